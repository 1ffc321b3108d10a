// Lesions from the command line and on screen: `render --lesion` draws the
// predicted loss with the renderer (pixels checked against plain skin),
// keeps the lesion in the figure's scene, and refuses a bad phrase;
// `lesion-from` ranks roots for a patch. docs/lesions.md.
#include "clinical/scene_sensory.h"
#include "export/png_file.h"
#include "scene/scene.h"
#include "support/process.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace dv::test;

namespace {
constexpr int kW = 500, kH = 900;

// A renderer of its own with the body, its fields and the classical map, as a host sets them up.
dv::Renderer& lesion_renderer() {
    headless_context();
    static dv::Renderer r(test_data_dir() / "shaders");
    static dv::MapSlots slots;
    static const bool ready = [] {
        slots.show(shipped_map("classical"), false);
        slots.sync(r, default_model(), dv::kDefaultSubdivision);
        return true;
    }();
    (void)ready;
    return r;
}

const dv::Camera& camera() { static const dv::Camera cam = front_view(kW, kH); return cam; }

glm::vec3 colour_at(const dv::Image& img, const std::string& landmark, dv::Side side) {
    return landmark_colour(img, camera(), landmark, side);
}

// Renders a lesion in the sensory view and plain skin from the same camera.
struct LesionRender {
    dv::Image lesion, skin;
};
LesionRender render_lesion(const std::string& text, dv::SensoryModality modality) {
    dv::Renderer& r = lesion_renderer();
    dv::Scene scene;
    scene.lesion = text;
    const dv::SensoryPaint paint =
        dv::scene_sensory_paint(scene, default_model(), *shipped_map("classical"), dv::kDefaultSubdivision);
    r.set_sensory(paint.light_touch, paint.pin_prick);
    dv::RenderSettings s;
    s.skin_marks = false;
    s.band_borders = false; // lines over the paint would fall on some sampled points
    s.display = dv::DisplayMode::Sensory;
    s.sensory_modality = modality;
    LesionRender out;
    out.lesion = r.render_image(camera(), kW, kH, s);
    s.display = dv::DisplayMode::Skin;
    out.skin = r.render_image(camera(), kW, kH, s);
    return out;
}

// Absent skin is blue-violet: blue over red where the skin under it is red over blue.
bool looks_absent(const LesionRender& r, const std::string& landmark, dv::Side side) {
    const glm::vec3 c = colour_at(r.lesion, landmark, side), s = colour_at(r.skin, landmark, side);
    return c.b > 1.15f * c.r && s.r > s.b;
}
bool looks_normal(const LesionRender& r, const std::string& landmark, dv::Side side) {
    return glm::length(colour_at(r.lesion, landmark, side) - colour_at(r.skin, landmark, side)) < 8.0f;
}

ProcessResult dermaview(std::vector<std::string> args) {
    args.insert(args.begin(), dermaview_binary());
    return run_process(args);
}
} // namespace

TEST_CASE("Rendered, a left L5 root lesion numbs the left foot's dorsum and leaves the right and the thigh",
          "[lesion][render]") {
    const LesionRender r = render_lesion("root L5 left", dv::SensoryModality::LightTouch);
    CHECK(looks_absent(r, "key_L5", dv::Side::Left));
    CHECK(looks_normal(r, "key_L5", dv::Side::Right));
    CHECK(looks_normal(r, "key_L3", dv::Side::Left));
    CHECK(looks_normal(r, "key_T4", dv::Side::Left));
}

TEST_CASE("Rendered, a left Brown-Sequard lesion at T8 shows left touch and right pin prick lost", "[lesion][render]") {
    const LesionRender touch = render_lesion("brown-sequard T8 left", dv::SensoryModality::LightTouch);
    CHECK(looks_absent(touch, "key_L3", dv::Side::Left));
    CHECK(looks_normal(touch, "key_L3", dv::Side::Right));
    const LesionRender pin = render_lesion("brown-sequard T8 left", dv::SensoryModality::PinPrick);
    CHECK(looks_absent(pin, "key_L3", dv::Side::Right));
    CHECK(looks_normal(pin, "key_L3", dv::Side::Left));
    CHECK(looks_normal(pin, "key_T4", dv::Side::Right));
}

TEST_CASE("render --lesion writes a figure whose scene keeps the lesion, and refuses a bad phrase", "[lesion][cli]") {
    ScratchDir dir;
    const auto png = dir.path() / "l5.png";
    const ProcessResult ok = dermaview({"render", "--lesion", "root l5 LEFT", "--legend", "--size", "320x480", "--samples",
                                        "0", "-o", png.string()});
    REQUIRE(ok.exit_status == 0);
    const dv::Scene scene = dv::load_scene(png);
    CHECK(scene.lesion == "root L5 left");
    CHECK(scene.display == dv::DisplayMode::Sensory);
    const ProcessResult bad = dermaview({"render", "--lesion", "root T13 left", "-o", (dir.path() / "x.png").string()});
    CHECK(bad.exit_status == 2);
    CHECK(bad.err.find("T13") != std::string::npos);
    CHECK(bad.err.find("cord T6 complete") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "x.png"));
}

TEST_CASE("A scene keeps its lesion and sensory modality through JSON, and names a bad lesion", "[lesion][scene]") {
    dv::Scene s;
    s.display = dv::DisplayMode::Sensory;
    s.lesion = "brown-sequard T8 left";
    s.sensory = dv::SensoryModality::PinPrick;
    CHECK(dv::scene_from_json(dv::scene_to_json(s), "test") == s);
    std::string text = dv::scene_to_json(s);
    text.replace(text.find("brown-sequard T8 left"), 21, "brown-sequard T8 up");
    CHECK_THROWS_WITH(dv::scene_from_json(text, "test"), Catch::Contains("\"lesion\"") && Catch::Contains("up"));
}

TEST_CASE("lesion-from ranks L5 first for the dorsum of the foot and finds no root for a stocking-glove patch",
          "[lesion][cli]") {
    const ProcessResult foot = dermaview({"lesion-from", "--landmarks", "mtp2_dorsal:left,mtp3_dorsal:left", "--json"});
    REQUIRE(foot.exit_status == 0);
    const auto j = nlohmann::json::parse(foot.out);
    REQUIRE(j["maps"].size() == 2);
    for (const auto& m : j["maps"]) {
        CHECK(m["candidates"][0]["root"] == "L5");
        CHECK(m["candidates"][0]["side"] == "left");
        CHECK(m["single_root"] == true);
    }
    const ProcessResult glove = dermaview({"lesion-from", "--landmarks",
                                           "index_tip,little_tip,thumb_tip,great_toe_tip,fifth_toe_tip,mtp3_dorsal",
                                           "--radius", "4"});
    REQUIRE(glove.exit_status == 0);
    CHECK(glove.out.find("no single root explains it") != std::string::npos);
    CHECK(glove.out.find("neuropathy") != std::string::npos);
    CHECK(dermaview({"lesion-from", "--landmarks", "nowhere"}).exit_status == 2);
    CHECK(dermaview({"lesion-from", "--points", "0,0"}).exit_status == 2);
    CHECK(dermaview({"lesion-from"}).exit_status == 2);
    CHECK(dermaview({"lesion-from", "--points", "0,0,0", "--radius", "big"}).exit_status == 2);
}

namespace {
// Blue-violet pixels (absent skin) in columns [x0, x1) of a window picture.
long absent_pixels(const dv::Image& img, int x0, int x1) {
    long n = 0;
    for (int y = 0; y < img.height; ++y)
        for (int x = x0; x < x1; ++x) {
            const std::uint8_t* p = img.pixel(x, y);
            n += p[2] > 60 && float(p[2]) > 1.3f * float(p[0]);
        }
    return n;
}
} // namespace

TEST_CASE("Scripted: the Lesion section applies, refuses and clears a lesion, switches modality, explains a patch",
          "[gui][script][lesion]") {
    ScratchDir dir;
    const std::string command = "cd '" + dir.path().string() + "' && xvfb-run -a -s '-screen 0 1920x1080x24' '" +
                                dermaview_binary() + "' --script '" + std::string(DERMAVIEW_TEST_SCRIPTS) +
                                "/lesion.txt' --size 1000x760";
    const ProcessResult r = run_process({"sh", "-c", command});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    // Light touch of a left hemisection: lost on the body's left, which faces
    // us on the right of the picture; the free view starts right of the panel.
    const dv::Image touch = dv::read_png(dir / "touch.png").image;
    const int middle = (424 + touch.width) / 2;
    CHECK(absent_pixels(touch, middle, touch.width) > 10 * std::max(absent_pixels(touch, 424, middle), 1L));
    CHECK(absent_pixels(touch, middle, touch.width) > 2000);
    // The figure saved with the T10 lesion: its scene keeps it, and the legs are absent-blue.
    std::vector<std::filesystem::path> figures;
    for (const auto& f : std::filesystem::directory_iterator(dir / "lesion_figures"))
        if (f.path().extension() == ".png")
            figures.push_back(f.path());
    REQUIRE(figures.size() == 1);
    const dv::Scene saved = dv::load_scene(figures[0]);
    CHECK(saved.lesion == "cord T10 complete");
    CHECK(saved.display == dv::DisplayMode::Sensory);
    const dv::Image figure = dv::read_png(figures[0]).image;
    CHECK(absent_pixels(figure, 0, figure.width) > 2000);
}
