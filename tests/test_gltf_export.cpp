// `dermaview export`: the charted body as glTF, read back with tinygltf as
// another tool would, and checked against what the body model says (the
// same roots, regions and sides at the same vertices) and against the
// anatomy a reader of the file relies on.
#include "atlas/levels.h"
#include "body/body_coordinates.h"
#include "export/gltf_file.h"
#include "export/tiny_gltf_config.h"
#include "render/dermatome_palette.h"
#include "support/process.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <map>
#include <set>

namespace {

using dv::test::ScratchDir;

tinygltf::Model load(const std::filesystem::path& file) {
    tinygltf::Model model;
    tinygltf::TinyGLTF loader;
    std::string err, warn;
    const bool binary = file.extension() == ".glb";
    const bool ok = binary ? loader.LoadBinaryFromFile(&model, &err, &warn, file.string())
                           : loader.LoadASCIIFromFile(&model, &err, &warn, file.string());
    INFO(err << warn);
    REQUIRE(ok);
    return model;
}

// One attribute of the skin's primitive as floats, `components` per vertex.
std::vector<float> floats(const tinygltf::Model& m, const std::string& attribute, int components) {
    const tinygltf::Primitive& p = m.meshes.at(0).primitives.at(0);
    INFO(attribute);
    REQUIRE(p.attributes.count(attribute) == 1);
    const tinygltf::Accessor& a = m.accessors.at(std::size_t(p.attributes.at(attribute)));
    REQUIRE(a.componentType == TINYGLTF_COMPONENT_TYPE_FLOAT);
    REQUIRE(tinygltf::GetNumComponentsInType(std::uint32_t(a.type)) == components);
    const tinygltf::BufferView& view = m.bufferViews.at(std::size_t(a.bufferView));
    const unsigned char* data = m.buffers.at(std::size_t(view.buffer)).data.data() + view.byteOffset + a.byteOffset;
    std::vector<float> out(a.count * std::size_t(components));
    std::memcpy(out.data(), data, out.size() * sizeof(float));
    return out;
}

std::vector<std::uint32_t> triangles(const tinygltf::Model& m) {
    const tinygltf::Accessor& a = m.accessors.at(std::size_t(m.meshes.at(0).primitives.at(0).indices));
    REQUIRE(a.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT);
    const tinygltf::BufferView& view = m.bufferViews.at(std::size_t(a.bufferView));
    std::vector<std::uint32_t> out(a.count);
    std::memcpy(out.data(), m.buffers.at(0).data.data() + view.byteOffset + a.byteOffset, out.size() * 4);
    return out;
}

// The pieces, connected over shared triangles, of the vertices for which `member` holds.
int count_pieces(std::size_t vertex_count, const std::vector<std::uint32_t>& tris,
                 const std::function<bool(std::uint32_t)>& member) {
    std::vector<std::uint32_t> parent(vertex_count);
    for (std::uint32_t v = 0; v < vertex_count; ++v)
        parent[v] = v;
    std::function<std::uint32_t(std::uint32_t)> root = [&](std::uint32_t v) {
        while (parent[v] != v)
            v = parent[v] = parent[parent[v]];
        return v;
    };
    for (std::size_t t = 0; t + 2 < tris.size(); t += 3)
        for (int e = 0; e < 3; ++e) {
            const std::uint32_t a = tris[t + std::size_t(e)], b = tris[t + std::size_t((e + 1) % 3)];
            if (member(a) && member(b))
                parent[root(a)] = root(b);
        }
    std::set<std::uint32_t> roots;
    for (std::uint32_t v = 0; v < vertex_count; ++v)
        if (member(v))
            roots.insert(root(v));
    return int(roots.size());
}

struct Exported {
    ScratchDir dir;
    tinygltf::Model model;
};

const tinygltf::Model& exported(const std::string& map) {
    static std::map<std::string, Exported> cache;
    auto it = cache.find(map);
    if (it == cache.end()) {
        it = cache.try_emplace(map).first;
        const auto file = it->second.dir / (map + ".glb");
        const auto r = dv::test::run_process({dv::test::dermaview_binary(), "export", "--map", map, "-o", file.string()});
        INFO(r.err);
        REQUIRE(r.exit_status == 0);
        it->second.model = load(file);
    }
    return it->second.model;
}

} // namespace

TEST_CASE("export writes a glTF body whose attributes are the chart the body model bakes", "[export]") {
    for (const std::string map_id : {"classical", "evidence"}) {
        INFO(map_id);
        const tinygltf::Model& m = exported(map_id);
        const dv::BodyModel& model = dv::test::default_model();
        const dv::MapHandle map = dv::test::shipped_map(map_id);
        const int level = 1;
        const auto& skin = model.display(level).skin.mesh();
        const auto& packed = model.packed(*map, level);
        const auto& coords = model.coordinates(level);

        const auto positions = floats(m, "POSITION", 3);
        REQUIRE(positions.size() == skin.vertex_count() * 3);
        REQUIRE(floats(m, "NORMAL", 3).size() == positions.size());
        const auto colors = floats(m, "COLOR_0", 3);
        const auto dominant = floats(m, "_DOMINANT_LEVEL", 1);
        const auto levels = floats(m, "_LEVELS", 4);
        const auto weights = floats(m, "_WEIGHTS", 4);
        const auto region = floats(m, "_REGION", 1);
        const auto side = floats(m, "_SIDE", 1);
        REQUIRE(triangles(m).size() == model.display(level).skin_triangles.size());

        for (std::size_t v = 0; v < skin.vertex_count(); v += 97) {
            const dv::PointWeights& w = packed.weights[v];
            REQUIRE(dominant[v] == float(w.entries[0].level));
            REQUIRE(region[v] == float(coords.region[v]));
            REQUIRE(side[v] == float(coords.side[v]));
            float sum = 0.0f;
            for (int i = 0; i < 4; ++i)
                sum += weights[v * 4 + std::size_t(i)];
            REQUIRE(sum == Approx(1.0f).margin(1e-4));
            REQUIRE(levels[v * 4] == dominant[v]);
            if (w.count == 1) { // a band's core: its own colour, unmixed
                const glm::vec3 c = dv::level_color(w.entries[0].level, dv::Palette::Standard);
                REQUIRE(colors[v * 3] == Approx(c.r).margin(1e-5));
                REQUIRE(colors[v * 3 + 2] == Approx(c.b).margin(1e-5));
            }
        }

        // What the numbers mean travels with the file.
        const tinygltf::Value& extras = m.meshes.at(0).extras;
        REQUIRE(extras.Get("map").Get<std::string>() == map_id);
        REQUIRE(extras.Get("levels").Get(std::to_string(int(*dv::parse_level("T10")))).Get<std::string>() == "T10");
        REQUIRE(extras.Get("regions").Get(std::to_string(int(dv::Region::Thumb))).Get<std::string>() == "thumb");
        REQUIRE(extras.Get("sides").Get(std::to_string(int(dv::Side::Left))).Get<std::string>() == "left");
    }
}

TEST_CASE("In the exported body T4 runs through the nipples, T10 through the umbilicus, C6 is the thumb", "[export]") {
    const dv::LandmarkSet& lm = dv::test::default_landmarks();
    for (const std::string map_id : {"classical", "evidence"}) {
        INFO(map_id);
        const tinygltf::Model& m = exported(map_id);
        const auto dominant = floats(m, "_DOMINANT_LEVEL", 1);
        const auto region = floats(m, "_REGION", 1);
        // Base vertices come first in the exported skin, so a landmark's vertex reads it directly.
        REQUIRE(dominant[lm.get("umbilicus", dv::Side::Midline).vertex] == float(*dv::parse_level("T10")));
        for (dv::Side s : {dv::Side::Left, dv::Side::Right}) {
            REQUIRE(dominant[lm.get("nipple", s).vertex] == float(*dv::parse_level("T4")));
            REQUIRE(dominant[lm.get("thumb_tip", s).vertex] == float(*dv::parse_level("C6")));
            REQUIRE(region[lm.get("thumb_tip", s).vertex] == float(dv::Region::Thumb));
        }
    }
}

TEST_CASE("In the exported body each thoracic band T3-T12 is one connected piece on each side", "[export]") {
    // Read as an outside check would: only the file's triangles and attributes.
    for (const std::string map_id : {"classical", "evidence"}) {
        const tinygltf::Model& m = exported(map_id);
        const auto dominant = floats(m, "_DOMINANT_LEVEL", 1);
        const auto side = floats(m, "_SIDE", 1);
        const auto tris = triangles(m);
        for (int t = 3; t <= 12; ++t) {
            const float level = float(*dv::parse_level("T" + std::to_string(t)));
            for (dv::Side s : {dv::Side::Left, dv::Side::Right}) {
                INFO(map_id << " T" << t << " " << dv::side_name(s));
                const int pieces = count_pieces(dominant.size(), tris, [&](std::uint32_t v) {
                    return dominant[v] == level && side[v] == float(s);
                });
                CHECK(pieces == 1);
            }
        }
    }
}

TEST_CASE("export refuses a wrong file name before doing the work, and a bad map, with exit 2", "[export]") {
    ScratchDir dir;
    const std::string bin = dv::test::dermaview_binary();
    auto r = dv::test::run_process({bin, "export", "--map", "classical", "-o", (dir / "body.obj").string()});
    REQUIRE(r.exit_status == 2);
    REQUIRE_THAT(r.err, Catch::Contains(".glb"));
    r = dv::test::run_process({bin, "export", "--map", "no-such-map", "-o", (dir / "body.glb").string()});
    REQUIRE(r.exit_status == 2);
    REQUIRE_THAT(r.err, Catch::Contains("no map called 'no-such-map'"));
    r = dv::test::run_process({bin, "export", "--map", "classical"});
    REQUIRE(r.exit_status == 2);
    REQUIRE_THAT(r.err, Catch::Contains("-o FILE.glb"));
    REQUIRE(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("export writes .gltf with the buffer inside, in the colour-blind palette on request", "[export]") {
    ScratchDir dir;
    const auto file = dir / "evidence.gltf";
    const auto r = dv::test::run_process({dv::test::dermaview_binary(), "export", "--map", "evidence", "--palette",
                                          "colorblind", "--subdivision", "0", "-o", file.string()});
    INFO(r.err);
    REQUIRE(r.exit_status == 0);
    const tinygltf::Model m = load(file);
    REQUIRE(m.buffers.size() == 1);
    REQUIRE(floats(m, "POSITION", 3).size() == dv::test::default_body().skin.vertex_count() * 3);
    REQUIRE(m.meshes.at(0).extras.Get("palette").Get<std::string>() == "colour-blind safe");
}
