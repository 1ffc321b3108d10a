#pragma once
// The one owner of a body and everything computed from it: its landmarks,
// body coordinates, ray caster, display fields, the display tessellation of
// each subdivision level, and the maps baked onto it. Every host (the
// window, `render`, `probe`, `check-map`, the bench, the tests) holds one of
// these instead of assembling the pipeline itself (docs/architecture.md).
//
// Everything past the body and landmarks is computed on first use and kept:
// ask for what you need, as often as you like. A map file is baked again
// when its modification time changes; each subdivision level is its own
// cache entry. Not thread-safe: the caches fill on const calls.
#include "body/body_coordinates.h"
#include "body/body_mesh.h"
#include "body/landmarks.h"
#include "body/ray_cast.h"
#include "model/prepared_map.h"
#include "render/display_mesh.h"
#include "render/skin_display.h"

#include "atlas/trigeminal.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace dv {

class BodyModel {
public:
    // Imports the body and reads its landmarks; an empty path means the
    // default (the MakeHuman base mesh; the landmark file in `data_dir`).
    // Throws dv::Error for a missing or broken file, and when the landmarks
    // do not fit the mesh's topology.
    static BodyModel load(const std::filesystem::path& body_file, const std::filesystem::path& landmark_file,
                          const std::filesystem::path& data_dir);
    // The same from what is already in memory (tests, other importers).
    BodyModel(BodyMesh body, LandmarkSet landmarks);

    BodyModel(BodyModel&&) noexcept;
    BodyModel& operator=(BodyModel&&) noexcept;
    BodyModel(const BodyModel&) = delete;
    BodyModel& operator=(const BodyModel&) = delete;
    ~BodyModel();

    const BodyMesh& body() const { return body_; }
    const LandmarkSet& landmarks() const { return landmarks_; }
    std::vector<glm::vec3> landmark_points() const; // each landmark on the skin, for Renderer::set_markers

    const BodyCoordinates& coordinates() const;     // per base skin vertex
    // Per vertex of the skin at a subdivision level (refined_coordinates.h);
    // level 0 is coordinates() itself. Throws dv::Error for a level out of range.
    const BodyCoordinates& coordinates(int level) const;
    const RayCaster& caster() const;                // of the base skin: picking, hidden labels
    const SkinDisplayFields& display_fields() const; // per base skin vertex

    // The body as drawn at a subdivision level (0..Subdivision::max_levels),
    // and the display fields carried onto its skin. Throws dv::Error for a
    // level out of range.
    const DisplayMesh& display(int level) const;
    const SkinDisplayFields& display_fields(int level) const;
    // How much skin mark (nipples, umbilicus: render/skin_marks.h) each
    // vertex of display(level)'s skin shows. Needs only the landmarks, not
    // the body coordinates, so that plain skin shows them cheaply.
    const std::vector<float>& skin_marks(int level) const;
    // The trigeminal layer (atlas/trigeminal.h) read by load() from the data
    // folder; empty for a model made from memory until one is set.
    const TrigeminalLayer& trigeminal_layer() const;
    void set_trigeminal_layer(TrigeminalLayer layer);
    // Its V1, V2, V3 weights per vertex of display(level)'s skin.
    const std::vector<glm::vec3>& trigeminal(int level) const;

    // Maps are baked on the skin at this subdivision level, the window's
    // default: fine enough that a 2 cm band has vertices inside it
    // (docs/map-format.md, "How a map is baked").
    static constexpr int bake_level = 1;

    // The map in `file`, parsed and baked onto this body. Baked on the first
    // call and again whenever the file's modification time has changed since
    // the last look; otherwise the same snapshot comes back. Throws MapError
    // (or dv::Error for an unreadable file) while the file has never baked
    // cleanly. When a changed file fails, the last good snapshot comes back
    // and map_error() says what is wrong with the file now.
    MapHandle map(const std::filesystem::path& file) const;
    std::string map_error(const std::filesystem::path& file) const; // empty when the last look was clean

    // A map at display level `level`, packed for the renderer; computed once
    // per snapshot and level. At the bake level these are the baked weights
    // themselves; coarser levels take the vertices they share with it;
    // finer ones carry the weights with the stencils of the levels between.
    const PackedMap& packed(const PreparedMap& map, int level) const;

    // How many times each piece was computed: for tests that check the
    // caching, and for anyone wondering where a start-up's time went.
    struct Computations {
        int coordinates = 0, refined_coordinates = 0, caster = 0, display_fields = 0, displays = 0, carried_fields = 0, bakes = 0, packs = 0;
    };
    const Computations& computations() const;

private:
    struct Caches;
    BodyMesh body_;
    LandmarkSet landmarks_;
    std::unique_ptr<Caches> caches_;
};

} // namespace dv
