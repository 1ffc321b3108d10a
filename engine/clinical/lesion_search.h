#pragma once
// The reverse of a lesion: given a patch of altered skin, which single root
// explains it best, on one map? Each root (per side) is scored by its share
// of the patch's supply: the mean of its baked weight over the patch,
// weighted by skin area. A root that explains the patch supplies most of
// it; docs/lesions.md, "From a patch to a root", gives the reasoning and
// the threshold.
#include "atlas/bake.h"
#include "body/landmarks.h"
#include "clinical/sensory_paint.h"
#include "render/display_mesh.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace dv {

struct RootCandidate {
    Level level = 0;
    BodySide side = BodySide::Left;
    float coverage = 0.0f; // share of the patch's supply from this root, 0..1 (area-weighted mean weight)
    float spill = 0.0f;    // share of the root's own dominant skin (weight >= 0.5) outside the patch, 0..1
};

struct PatchExplanation {
    std::vector<RootCandidate> ranked; // best first; roots with no share of the patch left out
    float patch_area_cm2 = 0.0f;
    float left_share = 0.0f, right_share = 0.0f; // of the patch's area on each side (midline counts half)
    bool single_root = false; // the best root supplies at least kExplainedCoverage of the patch
    std::string verdict;      // one sentence for the user
};

// A single root explains a patch when it supplies this share of it: the
// rest can be the overlap rim a root lesion leaves altered.
inline constexpr float kExplainedCoverage = 0.6f;

// The display skin's vertices within `radius` (metres, straight distance)
// of any of `points`: a patch drawn as a few dabs.
std::vector<std::uint32_t> patch_around(const DisplayMesh& display, std::span<const glm::vec3> points, float radius);

// Points of a patch named by landmarks: "mtp2_dorsal:left,middle_tip"
// (comma-separated; a name with ":left" or ":right" is that side's, a bare
// name the midline landmark or both sides of a paired one). Throws
// dv::Error naming an unknown landmark.
std::vector<glm::vec3> landmark_patch_points(const LandmarkSet& landmarks, const SurfaceMesh& skin,
                                             std::string_view names);
// "x,y,z;x,y,z" in metres. Throws dv::Error naming the bad entry.
std::vector<glm::vec3> parse_patch_points(std::string_view text);

// Ranks the roots for a patch of display vertices. `weights` and `side` as
// for paint_sensory, on the same display mesh.
PatchExplanation explain_patch(const DisplayMesh& display, std::span<const std::uint32_t> patch,
                               std::span<const PointWeights> weights, std::span<const float> side);

} // namespace dv
