// `dermaview render`: the same picture as the window, with no window and no
// display server, through an EGL surfaceless context.
#include "body/body_coordinates.h"
#include "body_loading.h"
#include "core/data_paths.h"
#include "core/error.h"
#include "export/png_file.h"
#include "render/headless_context.h"
#include "render/renderer.h"
#include "map_loading.h"
#include "scene_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <algorithm>
#include <iostream>
#include <optional>

namespace dv::app {

namespace {

std::vector<cli::Option> render_options() {
    std::vector<cli::Option> options = {
        {"--output", "-o", "FILE", "PNG file to write (required); written whole or not at all"},
        {"--size", "", "WxH", "image size in pixels (default 1920x1080)"},
        body_option(),
        landmarks_option(),
    };
    for (cli::Option& o : scene_options())
        options.push_back(std::move(o));
    options.insert(options.end(), {
        {"--compare", "", "ID|FILE", "side by side: --map on the left, this map on the right, one camera"},
        {"--differences", "", "ID|FILE", "mark skin where --map and this map give different roots"},
        {"--samples", "", "N", "antialiasing samples per pixel, 0 to 16 (default 4)"},
        {"--transparent", "", "", "transparent background instead of the studio backdrop"},
        {"--help", "-h", "", "show this help"},
    });
    return options;
}
const std::vector<cli::Option> kRenderOptions = render_options();

constexpr int kMaxSide = 16384;
const char* kUsage = "dermaview render -o FILE [--size WxH] [--view NAME] [--display MODE] [--show-landmarks] [--body FILE] [--landmarks FILE] [--subdivision N] [--samples N] [--transparent]";

} // namespace

int run_render(int argc, char** argv, int first) {
    return run_verb({"render", kUsage,
                    "Renders the body to a PNG without opening a window (headless OpenGL through EGL;\n"
            "no X server needed).",
                    kRenderOptions, 0},
                    argc, argv, first, [&](const cli::Args& args) {
        const auto output = args.value("--output");
        if (!output)
            throw cli::UsageError("render needs an output file: -o FILE.png");
        const cli::Size size = cli::parse_size("--size", args.value("--size").value_or("1920x1080"), kMaxSide);
        const SceneChoice scene = parse_scene_options(args);
        RenderSettings settings;
        settings.msaa_samples = cli::parse_int("--samples", args.value("--samples").value_or("4"), 0, 16);
        settings.transparent_background = args.has("--transparent");
        settings.display = scene.display;
        settings.show_markers = scene.show_landmarks;
        settings.selection = scene.selection;
        settings.emphasis = scene.emphasis;
        settings.palette = scene.palette;
        settings.band_borders = scene.band_borders;
        settings.overlap_hatching = scene.overlap_hatching;
        const int subdivision = scene.subdivision;

        if (args.has("--compare") && args.has("--differences"))
            throw cli::UsageError("--compare and --differences cannot be combined; choose one");
        const std::optional<std::string> compare_with =
            args.has("--compare") ? args.value("--compare") : args.value("--differences");
        if (compare_with && settings.display != DisplayMode::Dermatomes)
            throw cli::UsageError("--compare and --differences show dermatome maps; drop --display or use --display dermatomes");

        // Fail on an unwritable destination before spending time on a render.
        check_writable_destination(*output);
        const LoadedBody loaded = load_body(args);
        const BodyMesh& body = loaded.body;

        HeadlessContext context;
        Renderer renderer(shader_dir());
        if (settings.display == DisplayMode::Skin) {
            renderer.set_body(body, subdivision);
        } else {
            const BodyCoordinates coords = compute_body_coordinates(body.skin, loaded.landmarks);
            const SkinDisplayFields fields = make_skin_display_fields(coords);
            renderer.set_body(body, subdivision, &fields);
            if (settings.display == DisplayMode::Dermatomes) {
                renderer.set_dermatomes(load_and_bake(find_map(maps_dir(), scene.map), body.skin, coords).baked.weights, 0);
                if (compare_with)
                    renderer.set_dermatomes(load_and_bake(find_map(maps_dir(), *compare_with), body.skin, coords).baked.weights, 1);
            }
        }
        if (settings.show_markers) {
            std::vector<glm::vec3> points;
            for (const Landmark& l : loaded.landmarks.landmarks)
                points.push_back(l.position_on(body.skin));
            renderer.set_markers(points);
        }
        Image image;
        if (args.has("--compare")) {
            // Side by side with one camera: the map on the left, the other on the right.
            const int half = size.width / 2;
            const Camera camera = frame_view(scene.view, body.bounds(), float(half) / float(size.height));
            settings.map_mix = 0.0f;
            const Image left = renderer.render_image(camera, half, size.height, settings);
            settings.map_mix = 1.0f;
            const Image right = renderer.render_image(camera, size.width - half, size.height, settings);
            image = Image(size.width, size.height);
            for (int y = 0; y < size.height; ++y) {
                std::copy_n(left.pixel(0, y), std::size_t(half) * 4, image.pixel(0, y));
                std::copy_n(right.pixel(0, y), std::size_t(size.width - half) * 4, image.pixel(half, y));
            }
        } else {
            settings.differences = args.has("--differences");
            const Camera camera = frame_view(scene.view, body.bounds(), float(size.width) / float(size.height));
            image = renderer.render_image(camera, size.width, size.height, settings);
        }
        write_png(*output, image,
                  {{"Software", "Dermaview " DERMAVIEW_VERSION}, {"Title", "Body, " + std::string(view_name(scene.view)) + " view"}});
        std::cout << "wrote " << *output << " (" << size.width << "x" << size.height << ", "
                  << view_name(scene.view) << " view)\n";
        return kExitOk;
    });
}

} // namespace dv::app
