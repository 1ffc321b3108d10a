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

#include <iostream>

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
    return guarded("render", kUsage, [&] {
        const cli::Args args(kRenderOptions, argc, argv, first);
        if (args.has("--help")) {
            std::cout << cli::format_help(
                kUsage,
                "Renders the body to a PNG without opening a window (headless OpenGL through EGL;\n"
                "no X server needed).",
                kRenderOptions);
            return kExitOk;
        }
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
        const int subdivision = scene.subdivision;

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
            if (settings.display == DisplayMode::Dermatomes)
                renderer.set_dermatomes(load_and_bake(find_map(maps_dir(), scene.map), body.skin, coords).baked.weights);
        }
        if (settings.show_markers) {
            std::vector<glm::vec3> points;
            for (const Landmark& l : loaded.landmarks.landmarks)
                points.push_back(l.position_on(body.skin));
            renderer.set_markers(points);
        }
        const float aspect = static_cast<float>(size.width) / static_cast<float>(size.height);
        const Camera camera = frame_view(scene.view, body.bounds(), aspect);
        const Image image = renderer.render_image(camera, size.width, size.height, settings);
        write_png(*output, image,
                  {{"Software", "Dermaview " DERMAVIEW_VERSION}, {"Title", "Body, " + std::string(view_name(scene.view)) + " view"}});
        std::cout << "wrote " << *output << " (" << size.width << "x" << size.height << ", "
                  << view_name(scene.view) << " view)\n";
        return kExitOk;
    });
}

} // namespace dv::app
