// The landmark file of the default body, checked against anatomy, and the
// loader's messages for broken files.
#include "body/landmarks.h"
#include "core/error.h"
#include "support/process.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <glm/geometric.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using dv::Side;
using namespace dv::test;

namespace {
const dv::LandmarkSet& landmarks() { return dv::test::default_landmarks(); }
glm::vec3 at(const char* name, Side side = Side::Left) {
    return landmarks().position(default_body().skin, name, side);
}

const char* kIsncsciLevels[] = {"C2", "C3", "C4", "C5", "C6", "C7", "C8", "T1", "T2", "T3", "T4", "T5", "T6", "T7",
                                "T8", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4-5"};

std::string key_name(std::string level) {
    for (char& c : level)
        if (c == '-')
            c = '_';
    return "key_" + level;
}
} // namespace

TEST_CASE("The default landmarks fit the default body", "[landmarks]") {
    REQUIRE_NOTHROW(dv::check_landmarks_fit(landmarks(), default_body().skin, default_body().source));
    CHECK(landmarks().landmarks.size() >= 150);
}

TEST_CASE("All 28 ISNCSCI key sensory points are there on both sides, with their level", "[landmarks]") {
    for (const char* level : kIsncsciLevels)
        for (Side side : {Side::Left, Side::Right}) {
            INFO(level << " " << dv::side_name(side));
            const dv::Landmark* l = landmarks().find(key_name(level), side);
            REQUIRE(l != nullptr);
            CHECK(l->level == level);
        }
}

TEST_CASE("The anatomical landmarks a teacher points at are all there", "[landmarks]") {
    for (const char* name : {"vertex_of_scalp", "external_occipital_protuberance", "menton", "suprasternal_notch",
                             "xiphoid_process", "umbilicus", "pubic_symphysis", "spinous_process_C7",
                             "spinous_process_T4", "spinous_process_T10", "perianal_centre"})
        CHECK(landmarks().find(name, Side::Midline) != nullptr);
    for (const char* name : {"angle_of_mandible", "acromion", "clavicle_midpoint", "nipple", "anterior_superior_iliac_spine",
                             "inguinal_ligament_midpoint", "medial_epicondyle", "lateral_epicondyle",
                             "antecubital_fossa_centre", "radial_styloid", "ulnar_styloid", "thumb_tip", "index_tip",
                             "middle_tip", "ring_tip", "little_tip", "thumb_proximal_phalanx_dorsal",
                             "little_proximal_phalanx_dorsal", "greater_trochanter", "patella_centre",
                             "medial_femoral_condyle", "lateral_femoral_condyle", "popliteal_fossa_centre",
                             "fibular_head", "medial_malleolus", "lateral_malleolus", "heel", "great_toe_tip",
                             "fifth_toe_tip", "mtp1_dorsal", "mtp5_dorsal", "iliac_crest_top", "ischial_tuberosity",
                             "gluteal_fold_midpoint", "axilla_apex"})
        for (Side side : {Side::Left, Side::Right}) {
            INFO(name << " " << dv::side_name(side));
            CHECK(landmarks().find(name, side) != nullptr);
        }
}

TEST_CASE("Left landmarks are on the body's left, right ones are their mirror images", "[landmarks]") {
    const dv::SurfaceMesh& skin = default_body().skin;
    for (const dv::Landmark& l : landmarks().landmarks) {
        const glm::vec3 p = l.position_on(skin);
        INFO(l.name << " " << dv::side_name(l.side));
        if (l.side == Side::Midline) {
            CHECK(std::abs(p.x) < 0.002f);
        } else if (l.side == Side::Left) {
            CHECK(p.x > 0.0f); // the body faces +Z, so its left is +X
            const glm::vec3 mirror = landmarks().position(skin, l.name, Side::Right);
            CHECK(glm::length(mirror - glm::vec3(-p.x, p.y, p.z)) < 0.002f);
        } else {
            CHECK(p.x < 0.0f);
        }
    }
}

TEST_CASE("Landmarks stand in anatomical order from head to foot", "[landmarks]") {
    const char* head_to_toe[] = {"vertex_of_scalp", "menton", "suprasternal_notch", "nipple", "xiphoid_process",
                                 "umbilicus", "pubic_symphysis", "patella_centre", "medial_malleolus"};
    for (std::size_t i = 0; i + 1 < std::size(head_to_toe); ++i) {
        const Side a = landmarks().find(head_to_toe[i], Side::Midline) ? Side::Midline : Side::Left;
        const Side b = landmarks().find(head_to_toe[i + 1], Side::Midline) ? Side::Midline : Side::Left;
        INFO(head_to_toe[i] << " above " << head_to_toe[i + 1]);
        CHECK(at(head_to_toe[i], a).y > at(head_to_toe[i + 1], b).y);
    }
    // The thoracic key points step down the chest, T3 to T12.
    for (int t = 3; t < 12; ++t) {
        const std::string upper = "key_T" + std::to_string(t), lower = "key_T" + std::to_string(t + 1);
        INFO(upper << " above " << lower);
        CHECK(at(upper.c_str()).y > at(lower.c_str()).y);
    }
    CHECK(at("key_T4").y == Approx(at("nipple").y).margin(0.01));
    CHECK(at("key_T10").y == Approx(at("umbilicus", Side::Midline).y).margin(0.01));
}

TEST_CASE("The hand's landmarks are a hand: thumb short and set apart, fingers in order", "[landmarks]") {
    const glm::vec3 wrist = 0.5f * (at("radial_styloid") + at("ulnar_styloid"));
    const float thumb = glm::length(at("thumb_tip") - wrist);
    const float middle = glm::length(at("middle_tip") - wrist);
    CHECK(thumb < middle);
    // Across the hand from the radial to the ulnar side: thumb, index, middle,
    // ring, little (knuckles, so the fingers' spread does not matter).
    const glm::vec3 radial_to_ulnar = glm::normalize(at("ulnar_styloid") - at("radial_styloid"));
    float previous = -1e9f;
    for (const char* knuckle : {"thumb_mcp_knuckle", "index_mcp_knuckle", "middle_mcp_knuckle", "ring_mcp_knuckle",
                                "little_mcp_knuckle"}) {
        const float across = glm::dot(at(knuckle) - wrist, radial_to_ulnar);
        INFO(knuckle);
        CHECK(across > previous);
        previous = across;
    }
    // The key points C6, C7, C8 sit on the thumb, middle and little fingers.
    CHECK(glm::length(at("key_C6") - at("thumb_proximal_phalanx_dorsal")) < 0.015f);
    CHECK(glm::length(at("key_C7") - at("middle_proximal_phalanx_dorsal")) < 0.015f);
    CHECK(glm::length(at("key_C8") - at("little_proximal_phalanx_dorsal")) < 0.015f);
}

TEST_CASE("Broken landmark files are refused with the file, the place and the fix", "[landmarks][errors]") {
    ScratchDir dir;
    auto write = [&](const std::string& text) {
        std::ofstream(dir / "l.json") << text;
        return dir / "l.json";
    };
    const std::string head = R"({"topology": "t", "vertex_count": 10, "landmarks": [)";
    CHECK_THROWS_WITH(dv::load_landmarks(write("{\n  \"topology\": \"t\",\n  oops\n}")),
                      Catch::Contains("l.json") && Catch::Contains("line 3, column 3"));
    CHECK_THROWS_WITH(dv::load_landmarks(write(head + R"({"name": "a", "side": "up", "group": "g", "description": "d", "vertex": 1}]})")),
                      Catch::Contains("side \"up\""));
    CHECK_THROWS_WITH(dv::load_landmarks(write(head + R"({"name": "a", "side": "left", "group": "g", "description": "d", "vertex": 10}]})")),
                      Catch::Contains("landmark #1 (\"a\")") && Catch::Contains("out of range"));
    CHECK_THROWS_WITH(dv::load_landmarks(write(head + R"({"name": "a", "side": "left", "group": "g", "vertex": 1}]})")),
                      Catch::Contains("missing field \"description\""));
    const std::string one = R"({"name": "a", "side": "left", "group": "g", "description": "d", "vertex": 1})";
    CHECK_THROWS_WITH(dv::load_landmarks(write(head + one + "," + one + "]}")), Catch::Contains("appears twice"));
    CHECK_THROWS_WITH(dv::load_landmarks(dir / "none.json"), Catch::Contains("none.json"));
    const dv::LandmarkSet small = dv::load_landmarks(write(head + one + "]}"));
    CHECK_THROWS_WITH(dv::check_landmarks_fit(small, default_body().skin, "body.zae"),
                      Catch::Contains("--landmarks FILE") && Catch::Contains("13380"));
}

TEST_CASE("dermaview landmarks lists positions in metres, as a table or JSON", "[landmarks][cli]") {
    const auto table = run_process({dermaview_binary(), "landmarks"});
    REQUIRE(table.exit_status == 0);
    CHECK_THAT(table.out, Catch::Contains("key_C6") && Catch::Contains("umbilicus"));
    const auto json = run_process({dermaview_binary(), "landmarks", "--json"});
    REQUIRE(json.exit_status == 0);
    const auto parsed = nlohmann::json::parse(json.out);
    CHECK(parsed["landmarks"].size() == landmarks().landmarks.size());
    CHECK(parsed["units"] == "metres");
}

TEST_CASE("A body of another topology is refused unless a landmark file for it is given", "[landmarks][cli][errors]") {
    const std::string duck = "/usr/share/assimp/models/Collada/duck.dae";
    ScratchDir dir;
    for (const char* verb : {"landmarks", "render"}) {
        std::vector<std::string> args{dermaview_binary(), verb, "--body", duck};
        if (std::string(verb) == "render")
            args.insert(args.end(), {"-o", (dir / "x.png").string()});
        const auto r = run_process(args);
        INFO(verb << ": " << r.err);
        CHECK(r.exit_status == 2);
        CHECK_THAT(r.err, Catch::Contains("--landmarks FILE"));
    }
}

namespace {
// Writes a skin as OBJ, optionally reshaped, the way another MakeHuman export
// of the same topology would arrive: same face list, other positions.
std::filesystem::path write_obj(const std::filesystem::path& path, const dv::SurfaceMesh& skin,
                                glm::vec3 scale, bool reverse_faces = false) {
    std::ofstream out(path);
    for (const glm::vec3& p : skin.positions)
        out << "v " << p.x * scale.x << " " << p.y * scale.y << " " << p.z * scale.z << "\n";
    for (std::size_t i = 0; i < skin.face_count(); ++i) {
        const std::size_t f = reverse_faces ? skin.face_count() - 1 - i : i;
        out << "f";
        for (std::uint32_t k = skin.face_offsets[f]; k < skin.face_offsets[f + 1]; ++k)
            out << " " << skin.face_indices[k] + 1;
        out << "\n";
    }
    return path;
}
} // namespace

TEST_CASE("The landmark file names the face list it was made for", "[landmarks]") {
    CHECK(landmarks().faces_fingerprint == dv::topology_fingerprint(default_body().skin));
}

TEST_CASE("Another body with the MakeHuman topology works unchanged, in any file format", "[landmarks][cli]") {
    ScratchDir dir;
    // Taller, broader and deeper than the default body, and an OBJ, not Collada.
    const auto path = write_obj(dir / "reshaped.obj", default_body().skin, {1.1f, 1.08f, 1.25f});
    const dv::BodyMesh reshaped = dv::import_body(path);
    REQUIRE_NOTHROW(dv::check_landmarks_fit(landmarks(), reshaped.skin, path));
    const glm::vec3 nipple = landmarks().position(reshaped.skin, "nipple", Side::Left);
    const glm::vec3 original = landmarks().position(default_body().skin, "nipple", Side::Left);
    CHECK(glm::length(nipple - original * glm::vec3(1.1f, 1.08f, 1.25f)) < 1e-4f);

    const auto r = run_process({dermaview_binary(), "landmarks", "--body", path.string()});
    INFO(r.err);
    CHECK(r.exit_status == 0);
}

TEST_CASE("A mesh with the right vertex count but another face list is refused", "[landmarks][errors]") {
    ScratchDir dir;
    const auto path = write_obj(dir / "shuffled.obj", default_body().skin, {1, 1, 1}, true);
    const dv::BodyMesh shuffled = dv::import_body(path);
    REQUIRE(shuffled.skin.vertex_count() == landmarks().vertex_count);
    CHECK_THROWS_WITH(dv::check_landmarks_fit(landmarks(), shuffled.skin, path), Catch::Contains("--landmarks FILE"));
}

TEST_CASE("A landmark can sit inside a face, as a blend of its corners", "[landmarks]") {
    ScratchDir dir;
    const dv::SurfaceMesh& skin = default_body().skin;
    const std::uint32_t a = skin.face_indices[0], b = skin.face_indices[1], c = skin.face_indices[2];
    const std::string head = R"({"topology": "makehuman-base", "vertex_count": 13380, "landmarks": [)";
    auto file = [&](const std::string& corners) {
        std::ofstream(dir / "f.json") << head << R"({"name": "p", "side": "left", "group": "g", "description": "d", "corners": )"
                                      << corners << "}]}";
        return dir / "f.json";
    };
    const dv::LandmarkSet set = dv::load_landmarks(
        file("[[" + std::to_string(a) + ", 0.5], [" + std::to_string(b) + ", 0.3], [" + std::to_string(c) + ", 0.2]]"));
    REQUIRE_NOTHROW(dv::check_landmarks_fit(set, skin, "body"));
    const glm::vec3 expected = 0.5f * skin.positions[a] + 0.3f * skin.positions[b] + 0.2f * skin.positions[c];
    CHECK(glm::length(set.position(skin, "p", Side::Left) - expected) < 1e-6f);
    CHECK(set.get("p", Side::Left).vertex == a); // the heaviest corner

    CHECK_THROWS_WITH(dv::load_landmarks(file("[[" + std::to_string(a) + ", 0.5], [" + std::to_string(b) + ", 0.2]]")),
                      Catch::Contains("add up to"));
    const dv::LandmarkSet apart = dv::load_landmarks(file("[[" + std::to_string(a) + ", 0.5], [13000, 0.5]]"));
    CHECK_THROWS_WITH(dv::check_landmarks_fit(apart, skin, "body"), Catch::Contains("not the corners of one face"));
}
