// Band names on the body (figure/band_labels.h): the big bands of a full
// chart are named, each name stands on skin of its own level (checked in the
// level pass and, independently, by casting a ray through it), no two names
// and no name and the legend overlap, a level facing away is not named, and
// figures carry the names as haloed text in their pixels and their SVG.
#include "figure/band_labels.h"
#include "figure/figure.h"
#include "render/dermatome_palette.h"
#include "render/picking.h"
#include "support/process.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace dv::test;

namespace {

constexpr int kSide = 1600; // the size the plates are judged at

const dv::FigureFonts& fonts() {
    static const dv::FigureFonts f = dv::load_figure_fonts();
    return f;
}

dv::BandLabelStyle style() {
    dv::BandLabelStyle s;
    s.px = 20.0f * dv::figure_text_scale(kSide, kSide);
    s.width = [](std::string_view text, float px) { return fonts().bold.width(text, px); };
    return s;
}

struct Named {
    dv::LevelImage pass;
    std::vector<dv::BandLabel> labels;
    dv::Camera camera;
};

Named name_bands(const std::string& map, dv::StandardView view, dv::LevelSelection lit = {}) {
    const dv::BodyModel& model = default_model();
    Named out;
    out.camera = dv::frame_view(view, model.body().bounds(), 1.0f);
    constexpr int level = dv::BodyModel::bake_level;
    const dv::PreparedMap& m = *shipped_map(map);
    out.pass = dv::render_level_image({out.camera, kSide, kSide, model.display(level), model.packed(m, level).weights,
                                       model.display_fields(level).side, lit});
    out.labels = dv::place_band_labels(out.pass, style(), dv::Palette::Standard, {});
    return out;
}

std::set<std::string> names(const std::vector<dv::BandLabel>& labels) {
    std::set<std::string> out;
    for (const dv::BandLabel& l : labels)
        out.insert(l.text);
    return out;
}

// The roots of the skin under a pixel, found without the level pass: a ray
// cast through it onto the skin the map was baked on, read at the nearest vertex.
dv::PointWeights roots_under(const Named& n, glm::vec2 pixel) {
    static const dv::RayCaster caster(default_model().display(dv::BodyModel::bake_level).skin.mesh());
    const auto hit = dv::pick(n.camera, kSide, kSide, pixel, caster);
    REQUIRE(hit);
    return default_model().packed(*shipped_map("classical"), dv::BodyModel::bake_level).weights[hit->nearest_vertex];
}

} // namespace

TEST_CASE("A full chart names its big bands, each name on skin of its own band", "[figure][band-labels]") {
    const Named front = name_bands("classical", dv::StandardView::Anterior);
    const Named back = name_bands("classical", dv::StandardView::Posterior);
    const std::set<std::string> in_front = names(front.labels), behind = names(back.labels);
    INFO("front: " << Catch::Detail::stringify(std::vector<std::string>(in_front.begin(), in_front.end())));
    INFO("back: " << Catch::Detail::stringify(std::vector<std::string>(behind.begin(), behind.end())));
    // The trunk bands a teacher names from the front (nipples, umbilicus),
    // and the front of the thigh.
    CHECK(in_front.count("T4"));
    CHECK(in_front.count("T10"));
    CHECK((in_front.count("L2") || in_front.count("L3")));
    // From the back, the strips of the upper limb that run from the spine.
    int upper_limb = 0;
    for (const char* l : {"C5", "C6", "C7", "C8", "T1"})
        upper_limb += int(behind.count(l));
    CHECK(upper_limb >= 3);
    CHECK(behind.count("T8"));

    for (const Named* n : {&front, &back})
        for (const dv::BandLabel& l : n->labels) {
            INFO(l.text << " at " << l.centre.x << ", " << l.centre.y);
            // In the level pass it was placed on...
            CHECK(n->pass.at_image_pixel(l.centre) == l.level);
            // ...and on the body itself: the named root holds that skin.
            CHECK(roots_under(*n, l.centre).weight_of(l.level) >= 0.3f);
            // A trunk band seen whole is named once, not once per half.
        }
    for (const char* trunk : {"T4", "T10"})
        CHECK(std::count_if(front.labels.begin(), front.labels.end(), [&](const dv::BandLabel& l) { return l.text == trunk; }) == 1);
}

TEST_CASE("Band names keep clear of each other and of what is already lettered", "[figure][band-labels]") {
    const Named n = name_bands("evidence", dv::StandardView::Anterior);
    REQUIRE(n.labels.size() >= 10);
    for (std::size_t i = 0; i < n.labels.size(); ++i)
        for (std::size_t j = i + 1; j < n.labels.size(); ++j) {
            INFO(n.labels[i].text << " and " << n.labels[j].text);
            CHECK_FALSE(n.labels[i].box.overlaps(n.labels[j].box));
        }
    // A box over the chest (a legend, a label) pushes the chest's names away.
    const dv::FigureBox chest{0.0f, 0.0f, float(kSide), n.labels.front().centre.y + 300.0f};
    for (const dv::BandLabel& l : dv::place_band_labels(n.pass, style(), dv::Palette::Standard, {chest}))
        CHECK_FALSE(l.box.overlaps(chest));
}

TEST_CASE("A lit level is named where it faces the camera and not where it faces away", "[figure][band-labels]") {
    dv::LevelSelection t10_left;
    t10_left.select(18, true, false); // T10 on the body's left only
    const Named seen = name_bands("classical", dv::StandardView::Left, t10_left);
    const Named away = name_bands("classical", dv::StandardView::Right, t10_left);
    CHECK(names(seen.labels) == std::set<std::string>{"T10"});
    CHECK(away.labels.empty());
    // Only lit levels are named.
    const Named lit = name_bands("classical", dv::StandardView::Anterior, t10_left);
    CHECK(names(lit.labels) == std::set<std::string>{"T10"});
}

TEST_CASE("A figure letters band names as haloed text, clear of the legend, in PNG and SVG", "[figure][band-labels][cli]") {
    ScratchDir dir;
    const auto r = run_process({dermaview_binary(), "render", "--band-labels", "--legend", "--svg", "--size", "800x800",
                                "-o", (dir / "plate.png").string()});
    INFO(r.err);
    REQUIRE(r.exit_status == 0);
    std::ifstream in(dir / "plate.svg");
    const std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_THAT(svg, Catch::Contains("class=\"band-name\">T4</text>") && Catch::Contains("paint-order=\"stroke\""));

    // In the pixels: the figure with names differs from the one without
    // inside each name's box and nowhere on the legend's card.
    headless_context();
    dv::Renderer renderer(test_data_dir() / "shaders");
    dv::MapSlots slots;
    slots.show(shipped_map("classical"), false);
    slots.sync(renderer, default_model(), dv::kDefaultSubdivision);
    dv::Scene scene;
    scene.width = scene.height = 800;
    scene.overlays.legend = true;
    scene.camera = dv::figure_camera(scene, {default_model(), &slots}, &fonts());
    const dv::Figure plain = dv::render_figure(renderer, scene, {default_model(), &slots}, &fonts());
    scene.overlays.band_labels = true;
    const dv::Figure named = dv::render_figure(renderer, scene, {default_model(), &slots}, &fonts());
    const dv::FigureRect card = named.overlay.shapes.front().rect;
    int names_drawn = 0;
    for (const dv::FigureShape& s : named.overlay.shapes) {
        if (s.kind != dv::FigureShape::Kind::Text || s.text.halo.a == 0)
            continue;
        ++names_drawn;
        const float w = fonts().bold.width(s.text.text, s.text.px);
        const dv::FigureBox box{s.text.x, s.text.baseline - 0.73f * s.text.px, s.text.x + w, s.text.baseline};
        CHECK_FALSE(box.overlaps({card.x0, card.y0, card.x1, card.y1}));
        int changed = 0;
        for (int y = int(box.y0); y < int(box.y1); ++y)
            for (int x = int(box.x0); x < int(box.x1); ++x)
                changed += std::abs(int(plain.image.pixel(x, y)[0]) - int(named.image.pixel(x, y)[0])) > 40;
        CHECK(changed > 10);
    }
    CHECK(names_drawn >= 10);
}

TEST_CASE("Placement rules on a drawn level image: inside, once per band, none where the name does not fit",
          "[figure][band-labels]") {
    // 200 x 120 pass pixels at scale 1: a wide band of T4 across the middle,
    // left half on the body's right and right half on its left (they meet
    // at x = 100); a C6 strip 4 pixels high (too thin for any name); and two
    // L3 patches far apart on one side.
    dv::LevelImage pass;
    pass.width = 200;
    pass.height = 120;
    pass.level.assign(200 * 120, 0);
    pass.side.assign(200 * 120, 1);
    auto paint = [&](int x0, int y0, int x1, int y1, dv::Level level, std::int8_t side) {
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x) {
                pass.level[std::size_t(y * 200 + x)] = level;
                pass.side[std::size_t(y * 200 + x)] = side;
            }
    };
    paint(10, 40, 100, 70, 12, -1); // T4, body's right
    paint(100, 40, 190, 70, 12, 1); // T4, body's left
    paint(10, 80, 190, 84, 6, 1);   // C6, a sliver
    paint(10, 95, 40, 118, 23, 1);  // L3 here...
    paint(150, 95, 190, 118, 23, 1); // ...and far away
    dv::BandLabelStyle s;
    s.px = 14.0f;
    s.width = [](std::string_view text, float px) { return 0.6f * px * float(text.size()); };
    const std::vector<dv::BandLabel> labels = dv::place_band_labels(pass, s, dv::Palette::Standard, {});
    std::map<std::string, int> count;
    for (const dv::BandLabel& l : labels) {
        ++count[l.text];
        CHECK(pass.at_image_pixel(l.centre) == l.level);
        // The capitals lie inside the band.
        CHECK(pass.at_image_pixel({l.box.x0 + s.halo_px, l.box.y0 + s.halo_px}) == l.level);
        CHECK(pass.at_image_pixel({l.box.x1 - s.halo_px - 0.01f, l.box.y1 - s.halo_px - 0.01f}) == l.level);
    }
    CHECK(count["T4"] == 1); // the two halves meet at the midline: one name, near it
    CHECK(count["C6"] == 0);
    CHECK(count["L3"] == 2); // apart: each named
    for (const dv::BandLabel& l : labels)
        if (l.text == "T4")
            CHECK(std::abs(l.centre.x - 100.0f) < 20.0f);
    // The ink stands out from its band's colour: far apart in lightness.
    for (const dv::BandLabel& l : labels) {
        const dv::Lab ink = dv::srgb_to_lab(glm::dvec3(l.ink.r, l.ink.g, l.ink.b) / 255.0);
        CHECK(std::abs(ink.L - dv::level_lab(l.level, dv::Palette::Standard).L) > 35.0);
    }
}
