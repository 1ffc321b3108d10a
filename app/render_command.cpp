// `dermaview render`: figures with no window and no display server, through
// an EGL surfaceless context. Flags build a dv::Scene (or override one read
// with --scene); the engine's render_figure draws it, as the window's Save
// figure does.
#include "clinical/scene_sensory.h"
#include "core/error.h"
#include "core/files.h"
#include "export/png_file.h"
#include "figure/figure.h"
#include "model/map_lookup.h"
#include "model/map_slots.h"
#include "model_options.h"
#include "render/headless_context.h"
#include "render/picking.h"
#include "render/renderer.h"
#include "scene_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>

namespace dv::app {

namespace {

std::vector<cli::Option> render_options() {
    std::vector<cli::Option> options = {
        {"--output", "-o", "FILE", "PNG file to write (required); written whole or not at all"},
        {"--scene", "", "FILE", "start from a scene: a scene file (.json) or a PNG written by Dermaview; other flags override it"},
        {"--size", "", "WxH", "image size in pixels, 16 to 16384 a side (default 1920x1080)"},
        body_option(),
        landmarks_option(),
    };
    for (cli::Option& o : scene_options())
        options.push_back(std::move(o));
    options.insert(options.end(), {
        {"--camera", "", "TEXT", "the camera as the window's Copy camera gives it ('dermaview-camera {...}'); overrides --view"},
        {"--compare", "", "ID|FILE", "side by side: --map on the left, this map on the right, one camera"},
        {"--differences", "", "ID|FILE", "mark skin where --map and this map give different roots"},
        {"--samples", "", "N", "antialiasing samples per pixel, 0 to 16 (default 4)"},
        {"--transparent", "", "", "transparent background instead of the studio backdrop"},
        {"--legend", "", "", "a legend: the map's title and authors, the levels with their colours, the citation"},
        {"--labels", "", "", "name the key points of the lit levels and the teaching landmarks (T4: nipple line ...)"},
        {"--side-markers", "", "", "'R' and 'L' beside the body's right and left"},
        {"--svg", "", "", "put the legend and labels in FILE.svg as editable text over the PNG, not in its pixels"},
        {"--views", "", "LIST", "one file per view, e.g. anterior,posterior,left,right: FILE-anterior.png ..."},
        {"--turntable", "", "N", "N frames around the body, 2 to 720: FILE-000.png ..."},
        {"--save-scene", "", "FILE", "also write the scene as a scene file (JSON) for later --scene"},
        {"--help", "-h", "", "show this help"},
    });
    return options;
}
const std::vector<cli::Option> kRenderOptions = render_options();

const char* kUsage = "dermaview render -o FILE [--scene FILE] [--size WxH] [--map ID] [--levels LIST] [--side SIDE] "
                     "[--view NAME] [--transparent] [--legend] [--labels] [--views LIST | --turntable N] [options]";

// Every flag that is not an output choice goes into the scene.
void apply_figure_options(const cli::Args& args, Scene& scene) {
    apply_scene_options(args, scene);
    if (const auto size = args.value("--size")) {
        const cli::Size s = cli::parse_size("--size", *size, kMaxImageSide);
        scene.width = s.width;
        scene.height = s.height;
    }
    if (const auto samples = args.value("--samples"))
        scene.samples = cli::parse_int("--samples", *samples, 0, 16);
    if (const auto camera = args.value("--camera")) {
        try {
            scene.camera = camera_from_text(*camera);
        } catch (const Error& e) {
            throw cli::UsageError("--camera: " + std::string(e.what()));
        }
    }
    if (args.has("--compare") && args.has("--differences"))
        throw cli::UsageError("--compare and --differences cannot be combined; choose one");
    if (const auto other = args.value("--compare")) {
        scene.compare = CompareMode::SideBySide;
        scene.compare_with = *other;
    }
    if (const auto other = args.value("--differences")) {
        scene.compare = CompareMode::Differences;
        scene.compare_with = *other;
    }
    scene.transparent = scene.transparent || args.has("--transparent");
    scene.overlays.legend = scene.overlays.legend || args.has("--legend");
    scene.overlays.labels = scene.overlays.labels || args.has("--labels");
    scene.overlays.side_markers = scene.overlays.side_markers || args.has("--side-markers");
    scene.overlays.text_in_svg = scene.overlays.text_in_svg || args.has("--svg");
    if (scene.compare != CompareMode::Off && scene.display != DisplayMode::Dermatomes)
        throw cli::UsageError(scene.display == DisplayMode::Sensory
                                  ? "--compare and --differences show dermatome maps, a lesion is shown on one map (--map): "
                                    "drop --compare, or render each map with its own --map"
                                  : "--compare and --differences show dermatome maps; drop --display or use --display dermatomes");
    if (scene.overlays.text_in_svg && !scene_needs_fonts(scene))
        throw cli::UsageError("--svg writes the legend and labels: add --legend, --labels or --side-markers");
}

// Stage times on stderr when DERMAVIEW_TIMINGS is set: where a figure's
// seconds go, for the benchmark and for slow machines.
class Stopwatch {
public:
    void lap(const std::string& what) {
        const auto now = std::chrono::steady_clock::now();
        const std::clock_t cpu = std::clock(); // all threads of the process (llvmpipe's too)
        if (enabled_)
            std::cerr << "  " << std::lround(std::chrono::duration<double, std::milli>(now - last_).count()) << " ms ("
                      << std::lround(1000.0 * double(cpu - last_cpu_) / CLOCKS_PER_SEC) << " ms CPU)  " << what << "\n";
        last_ = now;
        last_cpu_ = cpu;
    }

private:
    bool enabled_ = std::getenv("DERMAVIEW_TIMINGS") != nullptr;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
    std::clock_t last_cpu_ = std::clock();
};

std::filesystem::path with_suffix(const std::filesystem::path& out, const std::string& suffix) {
    const std::string ext = out.extension().empty() ? ".png" : out.extension().string();
    return out.parent_path() / (out.stem().string() + "-" + suffix + ext);
}

struct Job {
    std::filesystem::path output;
    Scene scene;
};

// One scene per file: the scene itself, one per --views entry, or the
// frames of a --turntable.
std::vector<Job> plan_jobs(const cli::Args& args, const std::filesystem::path& output, const Scene& scene,
                           const Bounds& bounds, const std::function<Camera(const Scene&)>& framed) {
    std::vector<Job> jobs;
    if (const auto views = args.value("--views")) {
        std::size_t start = 0;
        while (start <= views->size()) {
            const std::size_t comma = views->find(',', start);
            const std::string name = views->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            start = comma == std::string::npos ? views->size() + 1 : comma + 1;
            if (name.empty())
                continue;
            const auto view = parse_view(name);
            if (!view)
                throw cli::UsageError("--views: '" + name + "' is not a view; expected anterior, posterior, left, "
                                      "right, superior or inferior, separated by commas");
            Job job{with_suffix(output, std::string(view_name(*view))), scene};
            job.scene.view = *view;
            job.scene.camera.reset();
            jobs.push_back(std::move(job));
        }
        if (jobs.empty())
            throw cli::UsageError("--views needs at least one view, e.g. anterior,posterior");
    } else if (const auto turns = args.value("--turntable")) {
        const int n = cli::parse_int("--turntable", *turns, 2, 720);
        // The body turns in place, where the first frame puts it (clear of
        // the legend), at one distance for every frame, the farthest any
        // angle needs, so it does not breathe in and out as it turns.
        const Camera first = framed(scene);
        const int w = scene.compare == CompareMode::SideBySide ? scene.width / 2 : scene.width;
        const float aspect = float(w) / float(scene.height);
        Camera plain = scene.camera ? first : frame_view(scene.view, bounds, aspect);
        glm::vec2 shift(0.0f); // pixels from the image centre to the body's centre in the first frame
        float distance = first.distance;
        if (!scene.camera) {
            if (const auto at = project_to_pixel(first, w, scene.height, bounds.center()))
                shift = *at - 0.5f * glm::vec2(float(w), float(scene.height));
            const float room = first.distance / plain.distance;
            for (int i = 1; i < n; ++i) {
                Camera c = plain;
                orbit(c, 360.0f * float(i) / float(n), 0.0f);
                fit_distance(c, bounds, aspect);
                distance = std::max(distance, c.distance * room);
            }
        }
        auto frame = [&](int i) {
            Camera c = plain;
            orbit(c, 360.0f * float(i) / float(n), 0.0f);
            if (!scene.camera) {
                c.distance = distance;
                pan(c, shift.x, shift.y, float(scene.height));
            }
            return c;
        };
        for (int i = 0; i < n; ++i) {
            char digits[16];
            std::snprintf(digits, sizeof digits, "%03d", i);
            Job job{with_suffix(output, digits), scene};
            job.scene.camera = frame(i);
            jobs.push_back(std::move(job));
        }
    } else {
        jobs.push_back({output, scene});
    }
    return jobs;
}

} // namespace

int run_render(int argc, char** argv, int first) {
    return run_verb({"render", kUsage,
                     "Renders figures to PNG without opening a window (headless OpenGL through EGL; no X server\n"
                     "needed). Each PNG carries its scene, so 'dermaview render --scene fig.png -o again.png'\n"
                     "draws it again.",
                     kRenderOptions, 0},
                    argc, argv, first, [&](const cli::Args& args) {
        const auto output = args.value("--output");
        if (!output)
            throw cli::UsageError("render needs an output file: -o FILE.png");
        Scene scene;
        if (const auto file = args.value("--scene"))
            scene = load_scene(*file);
        apply_figure_options(args, scene);

        Stopwatch clock;
        // Fail on an unwritable destination, a missing font or a bad map
        // before spending time on a render.
        check_writable_destination(*output);
        std::optional<FigureFonts> fonts;
        if (scene_needs_fonts(scene))
            fonts = load_figure_fonts();
        const BodyModel model = load_model(scene);
        const BodyMesh& body = model.body();
        if (args.has("--views") && args.has("--turntable"))
            throw cli::UsageError("--views and --turntable cannot be combined; choose one");

        clock.lap("start, fonts, body import");
        HeadlessContext context;
        Renderer renderer(shader_dir());
        clock.lap("GL context and shaders");
        // For tests of tiling, and for drivers whose limits are optimistic.
        if (const char* tile = std::getenv("DERMAVIEW_MAX_TILE"); tile && *tile)
            renderer.set_tile_size_limit(cli::parse_int("DERMAVIEW_MAX_TILE", tile, 16, kMaxImageSide));
        MapSlots maps;
        if (scene.display == DisplayMode::Dermatomes || scene.display == DisplayMode::Sensory) {
            maps.show(model.map(find_map(maps_dir(data_dir()), scene.map)), false);
            if (scene.compare != CompareMode::Off)
                maps.compare_with(model.map(find_map(maps_dir(data_dir()), scene.compare_with)));
        }
        // Plain skin needs no body coordinates: skip them and their time.
        maps.sync(renderer, model, scene.subdivision, scene.display != DisplayMode::Skin);
        if (scene.display == DisplayMode::Sensory) {
            const SensoryPaint paint = scene_sensory_paint(scene, model, *maps.shown(), scene.subdivision);
            renderer.set_sensory(paint.light_touch, paint.pin_prick);
        }
        clock.lap("body coordinates, maps and upload");
        if (scene.show_landmarks)
            renderer.set_markers(model.landmark_points());
        const FigureInputs in{model, &maps};
        // The camera goes into each file resolved (framed clear of the
        // legend), so the figure comes back the same even if the body or the
        // framing rules change.
        const auto framed = [&](const Scene& s) { return figure_camera(s, in, fonts ? &*fonts : nullptr); };
        const std::vector<Job> jobs = plan_jobs(args, *output, scene, body.bounds(), framed);

        if (const auto scene_file = args.value("--save-scene")) {
            Scene saved = jobs.front().scene;
            saved.camera = framed(saved);
            write_text_file(*scene_file, scene_to_json(saved));
        }
        for (const Job& job : jobs) {
            check_writable_destination(job.output);
            Scene resolved = job.scene;
            resolved.camera = framed(resolved);
            const Figure figure = render_figure(renderer, resolved, in, fonts ? &*fonts : nullptr);
            clock.lap("render and letter " + job.output.filename().string());
            write_png(job.output, figure.image, figure_png_text(resolved, in));
            clock.lap("encode and write PNG");
            std::cout << "wrote " << job.output.string() << " (" << resolved.width << "x" << resolved.height << ", "
                      << view_name(resolved.view) << " view)\n";
            if (resolved.overlays.text_in_svg) {
                std::filesystem::path svg = job.output;
                svg.replace_extension(".svg");
                write_text_file(svg, layout_to_svg(figure.overlay, job.output.filename().string()));
                std::cout << "wrote " << svg.string() << " (legend and labels as text, over the PNG)\n";
            }
        }
        return kExitOk;
    });
}

} // namespace dv::app
