#pragma once
// From a sensory state per dermatome to paint on the skin. A state says, for
// each spinal level, each side and each modality (light touch, pin prick),
// whether sensation is normal, altered, absent or not testable: what an
// ISNCSCI exam records at its key points, or what a lesion predicts. The
// painter spreads it over the skin with a map's baked weights, so the
// overlap between neighbouring dermatomes shows as a blend: skin that two
// levels share, one normal and one absent, is painted half absent
// (docs/lesions.md). No GL here: the result is what Renderer::set_sensory
// uploads.
#include "atlas/bake.h"
#include "atlas/levels.h"

#include <glm/vec3.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace dv {

enum class SensoryScore : std::uint8_t { Normal, Altered, Absent, NotTestable };
enum class Modality : std::uint8_t { LightTouch, PinPrick };
enum class BodySide : std::uint8_t { Left, Right };

std::string_view sensory_score_name(SensoryScore s); // "normal", "altered", "absent", "not testable"
std::string_view modality_name(Modality m);          // "light touch", "pin prick"
std::string_view body_side_name(BodySide s);         // "left", "right"

// The score of every spinal level (C1 ... Co1, atlas/levels.h), per side and
// modality; everything normal to start with. An ISNCSCI exam's S4-5 point
// covers S4, S5 and Co1: set all three.
class SensoryState {
public:
    SensoryScore get(Modality m, BodySide side, Level level) const;
    // Ignores a level that is not spinal (the blank kinds carry no sensation).
    void set(Modality m, BodySide side, Level level, SensoryScore score);
    // Sets [from, to] (inclusive) at once.
    void set_range(Modality m, BodySide side, Level from, Level to, SensoryScore score);
    bool all_normal() const;
    bool operator==(const SensoryState&) const = default;

private:
    static constexpr int kLevels = 31;
    std::array<std::array<std::array<SensoryScore, kLevels>, 2>, 2> scores_{};
};

// Per display skin vertex and per modality: the shares of altered (x),
// absent (y) and not testable (z) skin; normal is what is left of 1.
struct SensoryPaint {
    std::vector<glm::vec3> light_touch, pin_prick;
    const std::vector<glm::vec3>& of(Modality m) const { return m == Modality::LightTouch ? light_touch : pin_prick; }
    std::vector<glm::vec3>& of(Modality m) { return m == Modality::LightTouch ? light_touch : pin_prick; }
};

// One vertex's shares for a state: each level's weight goes to that level's
// score on the vertex's side. `side` is SkinDisplayFields::side (+1 left, -1
// right, 0 midline, where both sides count half). Blank skin ("not shown",
// "no consistent root") has no level to score and stays normal.
glm::vec3 paint_point(const SensoryState& state, Modality m, const PointWeights& weights, float side);

// Paints every display vertex: `weights` is a map packed at a display level
// (BodyModel::packed(map, level).weights), `side` the display fields' sides
// at the same level. Throws InternalError when their sizes differ.
SensoryPaint paint_sensory(const SensoryState& state, std::span<const PointWeights> weights,
                           std::span<const float> side);

// Gives blank skin the paint of the skin around it. A map leaves some skin
// to no root (the perineum "not shown" by Lee 2008, strips of "no consistent
// root"), yet a cord lesion numbs it with everything else below the level:
// each vertex's blank share takes the paint per unit of root weight of its
// surroundings, filled in harmonically across the blank area over the mesh
// edges of `triangles` (three display vertex indices each). A face left
// blank by a spinal map stays normal, as the neck around it is.
void fill_blank_skin(SensoryPaint& paint, std::span<const PointWeights> weights,
                     std::span<const std::uint32_t> triangles);

} // namespace dv
