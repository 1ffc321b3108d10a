#include "model/body_model.h"

#include "core/data_paths.h"
#include "core/error.h"
#include "body/refined_coordinates.h"
#include "render/renderer.h"
#include "render/skin_marks.h"

#include <array>
#include <exception>
#include <map>
#include <optional>

namespace dv {

namespace {
constexpr std::size_t kLevels = Subdivision::max_levels + 1;

static_assert(BodyModel::bake_level == kDefaultSubdivision, "maps are baked at the level the window shows by default");

std::size_t level_index(int level) {
    if (level < 0 || level > Subdivision::max_levels)
        throw Error("subdivision level " + std::to_string(level) + " is out of range: choose 0 to " +
                    std::to_string(Subdivision::max_levels));
    return std::size_t(level);
}
} // namespace

struct BodyModel::Caches {
    // What one map file gave at the last look: the last good snapshot, and
    // the failure of the last attempt when it failed.
    struct MapEntry {
        bool attempted = false;
        std::filesystem::file_time_type seen{}; // modification time at the last attempt
        MapHandle good;
        std::string error;
        std::exception_ptr failure; // thrown again while there is no good snapshot
    };

    std::optional<BodyCoordinates> coordinates;
    std::array<std::optional<BodyCoordinates>, kLevels> refined_coordinates; // [0] unused: coordinates is level 0
    std::optional<RayCaster> caster;
    std::optional<SkinDisplayFields> fields;
    std::array<std::unique_ptr<DisplayMesh>, kLevels> displays;
    std::array<std::optional<SkinDisplayFields>, kLevels> carried_fields;
    std::array<std::optional<std::vector<float>>, kLevels> skin_marks;
    TrigeminalLayer trigeminal_layer;
    std::array<std::optional<std::vector<glm::vec3>>, kLevels> trigeminal;
    std::map<std::filesystem::path, MapEntry> maps; // by absolute, normalised path
    Computations counts;
};

BodyModel BodyModel::load(const std::filesystem::path& body_file, const std::filesystem::path& landmark_file,
                          const std::filesystem::path& data_dir) {
    BodyMesh body = import_body(body_file.empty() ? default_body_path() : body_file);
    LandmarkSet landmarks = load_landmarks(landmark_file.empty() ? default_landmarks_path(data_dir) : landmark_file);
    BodyModel model(std::move(body), std::move(landmarks));
    // The face's cranial-nerve layer; an installation without the file
    // simply has no trigeminal layer, a broken file is an error.
    if (const auto layer = trigeminal_layer_path(data_dir); std::filesystem::exists(layer))
        model.set_trigeminal_layer(load_trigeminal_layer(layer));
    return model;
}

BodyModel::BodyModel(BodyMesh body, LandmarkSet landmarks)
    : body_(std::move(body)), landmarks_(std::move(landmarks)), caches_(std::make_unique<Caches>()) {
    check_landmarks_fit(landmarks_, body_.skin, body_.source);
}

BodyModel::BodyModel(BodyModel&&) noexcept = default;
BodyModel& BodyModel::operator=(BodyModel&&) noexcept = default;
BodyModel::~BodyModel() = default;

std::vector<glm::vec3> BodyModel::landmark_points() const {
    std::vector<glm::vec3> points;
    for (const Landmark& l : landmarks_.landmarks)
        points.push_back(l.position_on(body_.skin));
    return points;
}

const BodyCoordinates& BodyModel::coordinates() const {
    Caches& c = *caches_;
    if (!c.coordinates) {
        c.coordinates = compute_body_coordinates(body_.skin, landmarks_);
        ++c.counts.coordinates;
    }
    return *c.coordinates;
}

const BodyCoordinates& BodyModel::coordinates(int level) const {
    if (level_index(level) == 0)
        return coordinates();
    std::optional<BodyCoordinates>& c = caches_->refined_coordinates[std::size_t(level)];
    if (!c) {
        c = refine_coordinates(display(level).skin, coordinates());
        ++caches_->counts.refined_coordinates;
    }
    return *c;
}

const RayCaster& BodyModel::caster() const {
    Caches& c = *caches_;
    if (!c.caster) {
        c.caster.emplace(body_.skin);
        ++c.counts.caster;
    }
    return *c.caster;
}

const SkinDisplayFields& BodyModel::display_fields() const {
    Caches& c = *caches_;
    if (!c.fields) {
        c.fields = make_skin_display_fields(coordinates());
        ++c.counts.display_fields;
    }
    return *c.fields;
}

const DisplayMesh& BodyModel::display(int level) const {
    std::unique_ptr<DisplayMesh>& d = caches_->displays[level_index(level)];
    if (!d) {
        d = std::make_unique<DisplayMesh>(body_, level);
        ++caches_->counts.displays;
    }
    return *d;
}

const SkinDisplayFields& BodyModel::display_fields(int level) const {
    std::optional<SkinDisplayFields>& f = caches_->carried_fields[level_index(level)];
    if (!f) {
        const SkinDisplayFields& base = display_fields();
        const Subdivision& refined = display(level).skin;
        f = SkinDisplayFields{refined.interpolate(base.region_color), refined.interpolate(base.coordinates),
                              refined.interpolate(base.validity), refined.interpolate(base.side)};
        ++caches_->counts.carried_fields;
    }
    return *f;
}

const std::vector<float>& BodyModel::skin_marks(int level) const {
    std::optional<std::vector<float>>& m = caches_->skin_marks[level_index(level)];
    if (!m) // on the display skin's own vertices: the small discs keep their shape at every level
        m = skin_mark_weights(display(level).skin.mesh().positions, landmarks_, body_.skin);
    return *m;
}

const TrigeminalLayer& BodyModel::trigeminal_layer() const { return caches_->trigeminal_layer; }

void BodyModel::set_trigeminal_layer(TrigeminalLayer layer) {
    caches_->trigeminal_layer = std::move(layer);
    for (auto& t : caches_->trigeminal)
        t.reset();
}

const std::vector<glm::vec3>& BodyModel::trigeminal(int level) const {
    std::optional<std::vector<glm::vec3>>& t = caches_->trigeminal[level_index(level)];
    if (!t) // decided per display vertex from its own head and face coordinates, like the maps
        t = trigeminal_weights(caches_->trigeminal_layer, coordinates(level));
    return *t;
}

MapHandle BodyModel::map(const std::filesystem::path& file) const {
    // A body problem, not the map's: let it throw as it is.
    const BodyCoordinates& coords = coordinates(bake_level);
    const SurfaceMesh& skin = display(bake_level).skin.mesh();
    Caches::MapEntry& entry = caches_->maps[std::filesystem::absolute(file).lexically_normal()];
    std::error_code ec;
    const auto modified = std::filesystem::last_write_time(file, ec); // min() when unreadable
    if (entry.attempted && modified == entry.seen) {
        if (entry.good)
            return entry.good;
        std::rethrow_exception(entry.failure);
    }
    entry.attempted = true;
    entry.seen = modified;
    try {
        auto prepared = std::make_shared<PreparedMap>();
        prepared->file = file;
        prepared->modified = modified;
        prepared->map = load_map(file);
        prepared->baked = bake_map(prepared->map, skin, coords, bake_level);
        ++caches_->counts.bakes;
        entry.good = std::move(prepared);
        entry.error.clear();
        entry.failure = nullptr;
        return entry.good;
    } catch (const std::exception& e) {
        entry.error = e.what();
        entry.failure = std::current_exception();
        if (entry.good)
            return entry.good;
        throw;
    }
}

std::string BodyModel::map_error(const std::filesystem::path& file) const {
    const auto it = caches_->maps.find(std::filesystem::absolute(file).lexically_normal());
    return it == caches_->maps.end() ? std::string() : it->second.error;
}

const PackedMap& BodyModel::packed(const PreparedMap& map, int level) const {
    std::optional<PackedMap>& p = map.packed_[level_index(level)];
    if (!p) {
        const std::size_t baked_on = display(map.baked.level).skin.mesh().vertex_count();
        if (map.baked.weights.size() != baked_on)
            throw InternalError("the map '" + map.file.string() + "' was baked onto another body");
        const DisplayMesh& d = display(level);
        PackedMap packed;
        if (level <= map.baked.level) // the coarser mesh's vertices come first (body/subdivision.h)
            packed.weights.assign(map.baked.weights.begin(),
                                  map.baked.weights.begin() + std::ptrdiff_t(d.skin.mesh().vertex_count()));
        else
            packed.weights = carry_weights(d.skin.stencils().subspan(std::size_t(map.baked.level)), map.baked.weights);
        packed.packing = pack_channels(d.skin_triangles, packed.weights);
        p = std::move(packed);
        ++caches_->counts.packs;
    }
    return *p;
}

const BodyModel::Computations& BodyModel::computations() const { return caches_->counts; }

} // namespace dv
