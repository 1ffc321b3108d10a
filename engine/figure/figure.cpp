#include "figure/figure.h"

#include "clinical/exam_sensory.h"
#include "clinical/scene_sensory.h"
#include "figure/teaching_labels.h"
#include "render/picking.h"
#include "render/dermatome_palette.h"
#include "render/trigeminal_style.h"

#include <glm/common.hpp>
#include <glm/exponential.hpp>
#include <glm/trigonometric.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace dv {

namespace {

Rgba to_srgb8(glm::vec3 linear) {
    const glm::vec3 c = glm::pow(glm::clamp(linear, 0.0f, 1.0f), glm::vec3(1.0f / 2.2f));
    return {std::uint8_t(std::lround(c.r * 255.0f)), std::uint8_t(std::lround(c.g * 255.0f)),
            std::uint8_t(std::lround(c.b * 255.0f)), 255};
}

std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = char(out[0] - 'a' + 'A');
    return out;
}

std::string byline(const DermatomeMap& m) {
    return m.authors + (m.year ? ", " + std::to_string(m.year) : std::string());
}

std::vector<FigureLabel> labels_for(const Scene& scene, const FigureInputs& in, const Camera& camera, int x0, int w,
                                    int h) {
    std::vector<std::string> lit;
    if (scene.display == DisplayMode::Dermatomes)
        for (Level l : scene.levels)
            lit.push_back(level_name(l));
    std::vector<FigureLabel> out;
    // Points left of the body's axis are labelled to the left, the rest to the right.
    const auto axis = project_to_pixel(camera, w, h, in.model.body().bounds().center());
    const float axis_x = axis ? axis->x : 0.5f * float(w);
    for (const TeachingLabel& t : teaching_labels({camera, w, h, in.model.landmarks(), in.model.body().skin, in.model.caster(), true, lit,
                                                   scene.side != LevelSides::Right, scene.side != LevelSides::Left}))
        out.push_back({t.pixel + glm::vec2(float(x0), 0.0f), t.text, t.pixel.x < axis_x - 4.0f});
    return out;
}

// The pixel rectangle (x0, y0, x1, y1) that a box projects to; nothing
// when a corner is behind the eye.
std::optional<glm::vec4> projected_box(const Camera& camera, int w, int h, const Bounds& box) {
    glm::vec4 r(float(w), float(h), 0.0f, 0.0f);
    for (int i = 0; i < 8; ++i) {
        const glm::vec3 corner((i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y,
                               (i & 4) ? box.max.z : box.min.z);
        const auto p = project_to_pixel(camera, w, h, corner);
        if (!p)
            return std::nullopt;
        r = glm::vec4(std::min(r.x, p->x), std::min(r.y, p->y), std::max(r.z, p->x), std::max(r.w, p->y));
    }
    return r;
}

// Antialiasing costs per pixel of the whole frame on software GL (4x the
// samples to clear, shade and resolve), but only the body needs it: the
// rectangle it projects to is drawn with the scene's samples, the rest
// (backdrop, or nothing when transparent) with none. Same pixels, a third of
// the work for a body in the middle of a 16:9 figure.
Image render_frame(Renderer& renderer, const Camera& camera, int w, int h, const RenderSettings& settings,
                   const Bounds& body) {
    const auto box = projected_box(camera, w, h, body);
    if (!box)
        return renderer.render_image(camera, w, h, settings); // the eye is inside the box
    const float x0 = box->x, y0 = box->y, x1 = box->z, y1 = box->w;
    // In GL's bottom-up pixels, widened for the landmark dots and snapped to the tile grid.
    const float pad = 4.0f + float(h) / 110.0f;
    const int a = kTileAlignment;
    const int gx0 = std::clamp(int(std::floor((x0 - pad) / float(a))) * a, 0, w);
    const int gx1 = std::clamp(int(std::ceil((x1 + pad) / float(a))) * a, 0, w);
    const int gy0 = std::clamp(int(std::floor((float(h) - y1 - pad) / float(a))) * a, 0, h);
    const int gy1 = std::clamp(int(std::ceil((float(h) - y0 + pad) / float(a))) * a, 0, h);
    if (gx1 <= gx0 || gy1 <= gy0 || double(gx1 - gx0) * double(gy1 - gy0) > 0.7 * double(w) * double(h))
        return renderer.render_image(camera, w, h, settings);
    Image image(w, h); // all clear
    if (!settings.transparent_background) {
        RenderSettings plain = settings;
        plain.msaa_samples = 0;
        if (gy0 > 0)
            renderer.render_region(camera, w, h, 0, 0, w, gy0, plain, image);
        if (gy1 < h)
            renderer.render_region(camera, w, h, 0, gy1, w, h - gy1, plain, image);
        if (gx0 > 0)
            renderer.render_region(camera, w, h, 0, gy0, gx0, gy1 - gy0, plain, image);
        if (gx1 < w)
            renderer.render_region(camera, w, h, gx1, gy0, w - gx1, gy1 - gy0, plain, image);
    }
    renderer.render_region(camera, w, h, gx0, gy0, gx1 - gx0, gy1 - gy0, settings, image);
    return image;
}

// Wide images keep the legend in a column at the left; upright ones and
// side-by-side comparisons (two narrow halves) across the top.
bool legend_band(const Scene& scene) {
    return scene.compare == CompareMode::SideBySide || float(scene.width) < 1.25f * float(scene.height);
}

} // namespace

const DermatomeMap* FigureInputs::map() const { return maps && maps->shown() ? &maps->shown()->map : nullptr; }
const DermatomeMap* FigureInputs::compared_map() const {
    return maps && maps->compared() ? &maps->compared()->map : nullptr;
}

Camera figure_camera(const Scene& scene, const FigureInputs& in, const FigureFonts* fonts) {
    if (scene.camera)
        return *scene.camera;
    const Bounds body = in.model.body().bounds();
    const int w = scene.compare == CompareMode::SideBySide ? scene.width / 2 : scene.width, h = scene.height;
    Camera cam = scene.resolved_camera(body); // the view framed for the (half) image
    if (!scene.overlays.legend || !fonts)
        return cam;
    // The free rectangle of the (half) image, clear of the legend's card.
    const FigureRect card = legend_card(scene.width, scene.height, *fonts, legend_for(scene, in));
    const float gap = 12.0f * figure_text_scale(scene.width, scene.height);
    // Left centred when the rectangle the body's box projects to already
    // clears the card (the usual wide figure); moved aside only when not.
    if (const auto box = projected_box(cam, w, h, body);
        box && (box->x > card.x1 + gap || box->y > card.y1 + gap || box->z < card.x0 || box->w < card.y0))
        return cam;
    float x0 = 0.0f, y0 = 0.0f;
    const float x1 = float(w), y1 = float(h);
    if (legend_band(scene))
        y0 = std::min(card.y1 + gap, 0.6f * float(h));
    else
        x0 = std::min(card.x1 + gap, 0.6f * float(w));
    // Fit the body to that rectangle as if it were the whole frame (a
    // narrower field of view), then pan it to the rectangle's centre.
    const float tan_half = std::tan(glm::radians(cam.fov_y_deg) * 0.5f);
    Camera fit = cam;
    fit.fov_y_deg = glm::degrees(2.0f * std::atan(tan_half * (y1 - y0) / float(h)));
    fit_distance(fit, body, (x1 - x0) / (y1 - y0));
    cam.distance = fit.distance;
    pan(cam, 0.5f * (x0 + x1) - 0.5f * float(w), 0.5f * (y0 + y1) - 0.5f * float(h), float(h));
    return cam;
}

bool scene_needs_fonts(const Scene& s) {
    return s.overlays.legend || s.overlays.labels || s.overlays.side_markers || s.overlays.band_labels;
}

LegendContent legend_for(const Scene& scene, const FigureInputs& in) {
    LegendContent legend;
    std::string view = capitalised(view_name(scene.view)) + " view";
    if (scene.camera) {
        // The camera's angles name the view (panned or zoomed is still the
        // view; a turntable's frames pass through them), or none does.
        view = "View turned by hand";
        for (StandardView v : kAllViews) {
            const Camera named = frame_view(v, in.model.body().bounds(), 1.0f);
            const float yaw = std::remainder(scene.camera->yaw_deg - named.yaw_deg, 360.0f);
            if (std::abs(yaw) < 0.5f && std::abs(scene.camera->pitch_deg - named.pitch_deg) < 0.5f) {
                view = capitalised(view_name(v)) + " view";
                break;
            }
        }
    }
    legend.band = legend_band(scene);
    const DermatomeMap* scene_map = in.map();
    const DermatomeMap* compare_map = scene.compare != CompareMode::Off ? in.compared_map() : nullptr;
    if (scene.display == DisplayMode::Sensory) { // a lesion's (or exam's) key instead of the levels
        legend = sensory_legend(scene, scene_map, view);
        legend.band = legend_band(scene);
        return legend;
    }
    if (scene.display != DisplayMode::Dermatomes || !scene_map) {
        legend.title = "Body: " + std::string(display_mode_name(scene.display));
        legend.subtitle = view;
        return legend;
    }
    const DermatomeMap& map = *scene_map;
    legend.title = map.title;
    legend.byline = byline(map);
    if (compare_map && scene.compare == CompareMode::SideBySide) {
        legend.title = "Left: " + map.title;
        legend.byline = byline(map) + ". Right: " + compare_map->title + ", " + byline(*compare_map);
    } else if (compare_map && scene.compare == CompareMode::Differences) {
        legend.byline = byline(map) + ". Magenta: where it differs from " + compare_map->title + ", " +
                        byline(*compare_map);
    }
    std::string lit;
    for (Level l : scene.levels)
        lit += (lit.empty() ? "" : ", ") + level_name(l);
    const std::string sides = scene.side == LevelSides::Both ? "both sides" : std::string(side_choice_name(scene.side)) + " side only";
    legend.subtitle = view + (lit.empty() ? "; all levels" : "; " + lit + " on " + sides);
    const std::vector<Level>& shown = scene.levels.empty() ? map.levels : scene.levels;
    for (Level l : shown)
        legend.entries.push_back({level_name(l), to_srgb8(level_color(l, scene.palette)), false, level_pattern(l, scene.palette)});
    // The hatched blank skin shows with the full chart and around glowing
    // levels; with lit levels on plain skin it is not drawn, so not listed.
    const bool blanks_drawn = scene.levels.empty() || scene.emphasis == Emphasis::Glow;
    const bool blanks = blanks_drawn && (!map.tiles_all_skin || (compare_map && !compare_map->tiles_all_skin));
    if (blanks)
        legend.entries.push_back({"no consistent root", to_srgb8(level_color(kNoConsistentRoot, scene.palette)), true});
    // Skin a map leaves out (the face; the perineum in Lee's map) is drawn
    // in its own pale tone whenever the blanks are.
    auto leaves_out = [](const DermatomeMap& m) {
        return std::any_of(m.zones.begin(), m.zones.end(), [](const Zone& z) { return z.level == kNotShown; });
    };
    if (blanks_drawn && (leaves_out(map) || (compare_map && leaves_out(*compare_map))))
        legend.entries.push_back({std::string(kNotShownLegend), to_srgb8(level_color(kNotShown, scene.palette)), false});
    if (scene.trigeminal)
        legend.entries.push_back({std::string(kTrigeminalLegend), to_srgb8(kTrigeminalColors[1]), true});
    legend.citations.push_back(map.citation);
    legend.band = legend_band(scene);
    if (compare_map && scene.compare != CompareMode::Off)
        legend.citations.push_back(compare_map->citation);
    return legend;
}

std::vector<SideMarker> side_markers_for(const Camera& camera, int width, int height, const Bounds& body,
                                         const SagittalPlane& sagittal) {
    // Project points just beyond each flank at chest height, across the
    // body's sagittal plane (so a turned or moved body is lettered by its own
    // left, not the world's), and letter them when they fall apart in the image.
    const glm::vec3 c = body.center();
    const float y = body.min.y + 0.72f * (body.max.y - body.min.y);
    const float reach = 0.08f * (body.max.y - body.min.y);
    const glm::vec3 chest(c.x, y, c.z);
    const glm::vec3 on_plane = chest - sagittal.left * sagittal.signed_distance(chest);
    const float half_width = glm::dot(0.5f * body.size(), glm::abs(sagittal.left)); // the box's extent across the plane
    const auto left = project_to_pixel(camera, width, height, on_plane + sagittal.left * (half_width + reach));
    const auto right = project_to_pixel(camera, width, height, on_plane - sagittal.left * (half_width + reach));
    const auto centre = project_to_pixel(camera, width, height, on_plane);
    if (!left || !right || std::abs(left->x - right->x) < 0.12f * float(width))
        return {};
    const float s = figure_text_scale(width, height);
    std::vector<SideMarker> out;
    for (const auto& [p, letter, meaning] : {std::tuple{*right, "R", "the body's right"}, std::tuple{*left, "L", "the body's left"}}) {
        // A side left or right of the picture together with the chest (a
        // close-up of one hand) gets no letter: pulled in to the edge it
        // would stand on the body. Beyond the edge with the chest in view
        // (outstretched arms in a narrow half of side by side), or above or
        // below (a close-up of the legs), it comes in to the edge.
        const bool off_left = p.x < 0.0f && (!centre || centre->x < 0.0f);
        const bool off_right = p.x > float(width) && (!centre || centre->x > float(width));
        if (off_left || off_right)
            continue;
        const float m = 40.0f * s;
        out.push_back({glm::vec2(std::clamp(p.x, m, float(width) - m), std::clamp(p.y, m, float(height) - m)), letter,
                       meaning});
    }
    return out;
}

Figure render_figure(Renderer& renderer, const Scene& scene, const FigureInputs& in, const FigureFonts* fonts) {
    const Camera camera = figure_camera(scene, in, fonts);
    RenderSettings settings = scene.render_settings();
    settings.map_mix = in.maps ? in.maps->mix_shown() : 0.0f;
    Figure figure;
    std::vector<FigureLabel> labels;
    std::vector<SideMarker> markers;
    if (scene.compare == CompareMode::SideBySide) {
        // One camera, the scene's map on the left, the other on the right.
        const int half = scene.width / 2, rest = scene.width - half;
        const Image left = render_frame(renderer, camera, half, scene.height, settings, in.model.body().bounds());
        settings.map_mix = in.maps ? in.maps->mix_compared() : 0.0f;
        const Image right = render_frame(renderer, camera, rest, scene.height, settings, in.model.body().bounds());
        figure.image = Image(scene.width, scene.height);
        for (int y = 0; y < scene.height; ++y) {
            std::copy_n(left.pixel(0, y), std::size_t(half) * 4, figure.image.pixel(0, y));
            std::copy_n(right.pixel(0, y), std::size_t(rest) * 4, figure.image.pixel(half, y));
        }
        if (scene.overlays.labels)
            for (int x0 : {0, half}) {
                const auto part = labels_for(scene, in, camera, x0, x0 ? rest : half, scene.height);
                labels.insert(labels.end(), part.begin(), part.end());
            }
    } else {
        figure.image = render_frame(renderer, camera, scene.width, scene.height, settings, in.model.body().bounds());
        if (scene.overlays.labels)
            labels = labels_for(scene, in, camera, 0, scene.width, scene.height);
        if (scene.overlays.side_markers)
            markers = side_markers_for(camera, scene.width, scene.height, in.model.body().bounds(),
                                      fit_sagittal_plane(in.model.body().skin, in.model.landmarks()));
    }
    if (!scene_needs_fonts(scene))
        return figure;
    if (!fonts)
        throw InternalError("the figure needs fonts for its legend and labels");
    std::optional<LegendContent> legend;
    if (scene.overlays.legend)
        legend = legend_for(scene, in);
    figure.overlay = layout_figure(scene.width, scene.height, *fonts, legend, labels, markers);
    if (scene.overlays.band_labels)
        letter_band_labels(figure.overlay, scene, in, camera, *fonts);
    if (!scene.overlays.text_in_svg)
        paint_layout(figure.image, figure.overlay, *fonts);
    return figure;
}

PngText figure_png_text(const Scene& scene, const FigureInputs& in) {
    std::string title = capitalised(view_name(scene.view)) + " view";
    if (scene.display == DisplayMode::Dermatomes && in.map())
        title = in.map()->title + ", " + title;
    if (scene.display == DisplayMode::Sensory && !scene.lesion.empty())
        title = lesion_title(parse_lesion(scene.lesion)) + ", " + title;
    if (scene.display == DisplayMode::Sensory && !scene.exam.empty())
        title = "ISNCSCI exam (" + clinical::exam_caption(clinical::parse_isncsci_exam(scene.exam, "exam")) + "), " +
                title;
    PngText text = {{"Software", "Dermaview " DERMAVIEW_VERSION}, {"Title", title}};
    if (scene.display == DisplayMode::Dermatomes && in.map())
        text.emplace_back("Source", in.map()->citation);
    text.emplace_back(kScenePngKeyword, scene_to_json(scene));
    return text;
}

} // namespace dv
