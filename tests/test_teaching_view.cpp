// The teaching view, rendered headless: levels that light up as rings, one
// side at a time, the map switch, and picking the skin under a pixel.
#include "render/picking.h"
#include "support/image_checks.h"
#include "support/render_fixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

using namespace dv::test;
using dv::Side;

namespace {
constexpr int kW = 600, kH = 800;

const dv::LandmarkSet& landmarks() { return dv::test::default_landmarks(); }
const dv::BakedMap& baked(const std::string& id) { return shipped_map(id)->baked; }
// A renderer of its own, kept in step with the maps by its own slots.
dv::Renderer& renderer() {
    headless_context();
    static dv::Renderer r(test_data_dir() / "shaders");
    return r;
}
dv::MapSlots& slots() {
    static dv::MapSlots s;
    return s;
}
// With the display fields, so that each point knows its side.
void sync_renderer() { slots().sync(renderer(), dv::test::default_model(), 1); }
const dv::Camera& camera() { static const dv::Camera cam = front_view(kW, kH); return cam; }
// The map alone, no fade and no comparison.
dv::Image render(const std::string& map, dv::LevelSelection selection = {}) {
    slots().compare_with(nullptr);
    slots().show(shipped_map(map), false);
    sync_renderer();
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Dermatomes;
    s.selection = selection;
    s.map_mix = slots().mix_shown();
    return renderer().render_image(camera(), kW, kH, s);
}
glm::vec2 pixel_of(const char* name, Side side) {
    return dv::project_to_pixel(camera(), kW, kH, landmarks().position(default_body().skin, name, side)).value();
}
// How far a small patch is from plain skin colour: 0 for bare skin.
double colourfulness(const dv::Image& img, glm::vec2 at) {
    double c = 0.0;
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const std::uint8_t* p = img.pixel(int(at.x) + dx, int(at.y) + dy);
            // Skin is warm: red over green over blue. Dermatome colours break that order.
            const double r = p[0], g = p[1], b = p[2];
            c += std::max(0.0, g - r) + std::max(0.0, b - g) + std::abs((r - g) - 25.0) * 0.2;
        }
    return c / 25.0;
}
// Pixels that differ from `baseline` in the right or left half of the image.
long changed_pixels(const dv::Image& img, const dv::Image& baseline, bool image_right) {
    const Mask m = differing_pixels(img, baseline, 10);
    long n = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = image_right ? kW / 2 : 0; x < (image_right ? kW : kW / 2); ++x)
            n += m[std::size_t(y) * kW + x];
    return n;
}
dv::LevelSelection select(const char* level, bool left = true, bool right = true) {
    dv::LevelSelection s;
    s.select(dv::parse_level(level).value(), left, right);
    return s;
}
} // namespace

TEST_CASE("With T10 selected the umbilicus lights up and the nipples do not; with T4 the opposite",
          "[render][teaching]") {
    for (const std::string map : {"classical", "evidence"}) {
        const dv::Image t10 = render(map, select("T10"));
        const dv::Image t4 = render(map, select("T4"));
        const glm::vec2 umbilicus = pixel_of("umbilicus", Side::Midline) + glm::vec2(6.0f, 0.0f);
        const glm::vec2 nipple = pixel_of("nipple", Side::Left);
        INFO(map << ": T10 render at umbilicus " << colourfulness(t10, umbilicus) << ", at nipple "
                 << colourfulness(t10, nipple) << "; T4 render at umbilicus " << colourfulness(t4, umbilicus)
                 << ", at nipple " << colourfulness(t4, nipple));
        CHECK(colourfulness(t10, umbilicus) > 3.0 * colourfulness(t10, nipple) + 5.0);
        CHECK(colourfulness(t4, nipple) > 3.0 * colourfulness(t4, umbilicus) + 5.0);
    }
}

TEST_CASE("A level selected on the left lights nothing on the right", "[render][teaching]") {
    const dv::Image left_only = render("classical", select("C6", true, false));
    const dv::Image both = render("classical", select("C6", true, true));
    // The baseline lights a level that cannot be seen from the front (Co1,
    // at the coccyx), so the rest is bare skin as in any selection.
    const dv::Image none = render("classical", select("Co1", true, true));
    // In the anterior view the body's left is on the image's right.
    CHECK(changed_pixels(left_only, none, true) > 200);
    CHECK(changed_pixels(left_only, none, false) == 0);
    CHECK(changed_pixels(both, none, false) > 200);
}

TEST_CASE("A side's selection follows the body's own midline when the body stands off the origin",
          "[render][teaching]") {
    // The body moved 1 m to its left (+x): every vertex has x > 0, so a
    // side taken from the sign of world x would call all of it left.
    dv::BodyMesh moved = default_body();
    const glm::vec3 shift(1.0f, 0.0f, 0.0f);
    for (glm::vec3& p : moved.skin.positions)
        p += shift;
    for (dv::SurfaceMesh& m : moved.others)
        for (glm::vec3& p : m.positions)
            p += shift;
    REQUIRE(moved.skin.bounds().min.x > 0.0f);
    headless_context();
    dv::Renderer r(test_data_dir() / "shaders");
    // The same vertices, so the same coordinates, sides and weights.
    const dv::BodyModel& model = dv::test::default_model();
    r.set_body(dv::DisplayMesh(moved, 1), &model.display_fields(1));
    r.set_map(0, model.packed(*shipped_map("classical"), 1).packing);
    // Framed on the moved body, the picture is the one the other tests see.
    const dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, moved.bounds(), float(kW) / kH);
    auto draw = [&](dv::LevelSelection selection) {
        dv::RenderSettings s;
        s.display = dv::DisplayMode::Dermatomes;
        s.selection = selection;
        return r.render_image(cam, kW, kH, s);
    };
    const dv::Image none = draw(select("Co1")), left = draw(select("C6", true, false)),
                    right = draw(select("C6", false, true));
    // The body's left is on the image's right.
    CHECK(changed_pixels(left, none, true) > 200);
    CHECK(changed_pixels(left, none, false) == 0);
    CHECK(changed_pixels(right, none, false) > 200);
    CHECK(changed_pixels(right, none, true) == 0);
}

TEST_CASE("Switching maps changes the colour where the maps differ", "[render][teaching]") {
    // Classical puts the patella in L4, the evidence-based map in L3.
    const glm::vec2 patella = pixel_of("patella_centre", Side::Left);
    const dv::Image kg = render("classical"), eb = render("evidence");
    CHECK(mean_abs_difference(kg, eb, int(patella.x) - 2, int(patella.y) - 2, int(patella.x) + 3, int(patella.y) + 3) > 15.0);
    // ... and not where they agree: the thumb is C6 in both.
    const glm::vec2 thumb = pixel_of("thumb_proximal_phalanx_dorsal", Side::Left);
    CHECK(mean_abs_difference(kg, eb, int(thumb.x) - 1, int(thumb.y) - 1, int(thumb.x) + 2, int(thumb.y) + 2) < 8.0);
}

TEST_CASE("Picking the pixel where a landmark appears finds that skin, and its level", "[teaching]") {
    const dv::RayCaster& caster = default_model().caster();
    for (auto [name, side, level] : {std::tuple{"umbilicus", Side::Midline, "T10"}, std::tuple{"nipple", Side::Left, "T4"},
                                     std::tuple{"key_L2", Side::Right, "L2"}, std::tuple{"patella_centre", Side::Left, "L4"}}) {
        const auto hit = dv::pick(camera(), kW, kH, pixel_of(name, side), caster);
        INFO(name);
        REQUIRE(hit.has_value());
        const glm::vec3 expected = landmarks().position(default_body().skin, name, side);
        CHECK(glm::length(hit->point - expected) < 0.02f);
        CHECK(dv::level_name(baked("classical").weights[hit->nearest_vertex].entries[0].level) == level);
    }
    CHECK_FALSE(dv::pick(camera(), kW, kH, {3.0f, 3.0f}, caster).has_value()); // a corner: backdrop
}

TEST_CASE("The differences view marks skin where the maps disagree and leaves the rest grey", "[render][teaching]") {
    slots().show(shipped_map("classical"), false);
    slots().compare_with(shipped_map("evidence"));
    sync_renderer();
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Dermatomes;
    s.differences = true;
    s.map_mix = slots().mix_shown();
    const dv::Image img = renderer().render_image(camera(), kW, kH, s);
    slots().compare_with(nullptr);
    auto magenta = [&](glm::vec2 at) {
        double m = 0.0;
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx) {
                const std::uint8_t* p = img.pixel(int(at.x) + dx, int(at.y) + dy);
                m += (double(p[0]) + double(p[2])) / 2.0 - double(p[1]);
            }
        return m / 25.0;
    };
    // Patella: classical L4, evidence-based L3. Thumb: C6 in both.
    const double patella = magenta(pixel_of("patella_centre", Side::Left));
    const double thumb = magenta(pixel_of("thumb_proximal_phalanx_dorsal", Side::Left));
    INFO("magenta at patella " << patella << ", at thumb " << thumb);
    CHECK(patella > 60.0);
    CHECK(thumb < 15.0);
}

TEST_CASE("The map switch cross-fades: halfway, every pixel lies between the two maps", "[render][teaching]") {
    // Classical shown, then evidence chosen: the fade starts from classical.
    slots().compare_with(nullptr);
    slots().show(shipped_map("classical"), false);
    slots().show(shipped_map("evidence"));
    REQUIRE(slots().partner() == shipped_map("classical"));
    sync_renderer();
    auto now = [&] {
        dv::RenderSettings s;
        s.display = dv::DisplayMode::Dermatomes;
        s.map_mix = slots().mix_now();
        return renderer().render_image(camera(), kW, kH, s);
    };
    const dv::Image from = now();
    slots().advance(0.5f * dv::MapSlots::kFadeSeconds);
    const dv::Image half = now();
    slots().advance(0.5f * dv::MapSlots::kFadeSeconds);
    CHECK_FALSE(slots().fading());
    const dv::Image to = now();
    CHECK(mean_abs_difference(from, render("classical"), 0, 0, kW, kH) < 0.01);
    CHECK(mean_abs_difference(to, render("evidence"), 0, 0, kW, kH) < 0.01);
    const glm::vec2 patella = pixel_of("patella_centre", Side::Left);
    int outside = 0, skin_pixels = 0;
    for (int y = 0; y < kH; ++y)
        for (int x = 0; x < kW; ++x)
            for (int c = 0; c < 3; ++c) {
                const int a = from.pixel(x, y)[c], b = to.pixel(x, y)[c], m = half.pixel(x, y)[c];
                skin_pixels += a != b;
                outside += m < std::min(a, b) - 2 || m > std::max(a, b) + 2;
            }
    CHECK(skin_pixels > 10000);
    CHECK(outside < skin_pixels / 1000); // a few edge samples at most
    // At the patella (L4 against L3) the half-way colour is the average of the two.
    for (int c = 0; c < 3; ++c) {
        const auto* a = from.pixel(int(patella.x), int(patella.y));
        const auto* b = to.pixel(int(patella.x), int(patella.y));
        const auto* m = half.pixel(int(patella.x), int(patella.y));
        INFO("channel " << c << ": " << int(a[c]) << " / " << int(m[c]) << " / " << int(b[c]));
        CHECK(std::abs(int(m[c]) - (int(a[c]) + int(b[c])) / 2) <= 2);
    }
    CHECK(mean_abs_difference(from, to, int(patella.x) - 2, int(patella.y) - 2, int(patella.x) + 3, int(patella.y) + 3) > 15.0);
}

TEST_CASE("Hatched overlaps show both roots as fine stripes only where two roots share the skin", "[render][teaching]") {
    render("classical");
    dv::RenderSettings s;
    s.display = dv::DisplayMode::Dermatomes;
    s.band_borders = false;
    s.map_mix = slots().mix_shown();
    const dv::Image blend = renderer().render_image(camera(), kW, kH, s);
    s.overlap_hatching = true;
    const dv::Image hatched = renderer().render_image(camera(), kW, kH, s);
    // Stripes run diagonally: neighbours along a row change colour often.
    // Counted where the two renders differ, the overlaps: the blend changes
    // colour across each (they are only the map's transition_cm wide, a few
    // pixels in this full-body view: docs/map-format.md), the stripes add
    // changes inside them. A fixed count would tie the test to one width.
    const Mask changed = differing_pixels(blend, hatched, 12);
    auto row_changes = [&](const dv::Image& img) {
        long n = 0;
        for (int y = 0; y < img.height; ++y)
            for (int x = 0; x + 1 < img.width; ++x) {
                if (!changed[std::size_t(y) * std::size_t(img.width) + std::size_t(x)])
                    continue;
                const std::uint8_t *a = img.pixel(x, y), *b = img.pixel(x + 1, y);
                n += std::abs(int(a[0]) - int(b[0])) + std::abs(int(a[1]) - int(b[1])) + std::abs(int(a[2]) - int(b[2])) > 40;
            }
        return n;
    };
    long differing = 0;
    for (auto m : changed)
        differing += m;
    INFO("row changes in the overlaps: blend " << row_changes(blend) << ", hatched " << row_changes(hatched)
                                               << "; differing " << differing);
    CHECK(row_changes(hatched) > row_changes(blend) + differing / 20);
    // Only the overlaps: the core of each band keeps its blended colour.
    CHECK(differing > 1000);
    CHECK(differing < long(kW) * kH / 10);
}

namespace {
// The pieces of a pixel mask, joined across pixel edges, largest first:
// each as its size and a pixel of it.
struct Piece {
    long size = 0;
    int x = 0, y = 0;
};
std::vector<Piece> mask_pieces(const Mask& m, int w, int h) {
    std::vector<char> seen(m.size(), 0);
    std::vector<Piece> sizes;
    for (int start = 0; start < w * h; ++start) {
        if (!m[std::size_t(start)] || seen[std::size_t(start)])
            continue;
        long size = 0;
        std::vector<int> stack{start};
        seen[std::size_t(start)] = 1;
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            ++size;
            const int x = p % w, y = p / w;
            for (const auto& [dx, dy] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}}) {
                const int nx = x + dx, ny = y + dy;
                const int q = ny * w + nx;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && m[std::size_t(q)] && !seen[std::size_t(q)]) {
                    seen[std::size_t(q)] = 1;
                    stack.push_back(q);
                }
            }
        }
        sizes.push_back({size, start % w, start / w});
    }
    std::sort(sizes.begin(), sizes.end(), [](const Piece& a, const Piece& b) { return a.size > b.size; });
    return sizes;
}
} // namespace

TEST_CASE("T8 alone lights one unbroken band on each side, seen from the front and from the back",
          "[render][teaching][maps]") {
    // When zones were decided on the coarse base mesh, the narrow back band
    // broke into islands; rendered, the lit skin must be one piece per side.
    // Lit means clearly coloured: the band's soft edge fades into the skin,
    // and a pixel of that fade a shade off plain skin is not a piece.
    constexpr int kLit = 24;
    for (const dv::StandardView view : {dv::StandardView::Anterior, dv::StandardView::Posterior}) {
        const dv::Camera cam = dv::frame_view(view, default_body().bounds(), float(kW) / kH);
        for (const std::string map : {"classical", "evidence"}) {
            slots().compare_with(nullptr);
            slots().show(shipped_map(map), false);
            sync_renderer();
            dv::RenderSettings s;
            s.display = dv::DisplayMode::Skin;
            const dv::Image plain = renderer().render_image(cam, kW, kH, s);
            s.display = dv::DisplayMode::Dermatomes;
            s.map_mix = slots().mix_shown();
            for (const bool left : {true, false}) {
                s.selection = select("T8", left, !left);
                const dv::Image lit = renderer().render_image(cam, kW, kH, s);
                const std::vector<Piece> pieces = mask_pieces(differing_pixels(lit, plain, kLit), kW, kH);
                std::string sizes;
                for (const Piece& p : pieces)
                    sizes += std::to_string(p.size) + " at (" + std::to_string(p.x) + ", " + std::to_string(p.y) + ") ";
                INFO(map << ", " << (view == dv::StandardView::Anterior ? "front" : "back") << ", T8 on the "
                         << (left ? "left" : "right") << ": pieces of lit pixels " << sizes);
                REQUIRE(!pieces.empty());
                CHECK(pieces.front().size > 500);
                // An island is a piece of band; a lone pixel or two where the
                // crisp band's tip runs out at the flank, edge on, is not.
                const auto islands = std::count_if(pieces.begin() + 1, pieces.end(), [](const Piece& p) { return p.size > 2; });
                CHECK(islands == 0);
            }
        }
    }
}
