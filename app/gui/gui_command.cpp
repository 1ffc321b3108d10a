// `dermaview` with no verb: the interactive window.
#include "body_loading.h"
#include "core/error.h"
#include "map_loading.h"
#include "core/data_paths.h"
#include "export/png_file.h"
#include "body/body_coordinates.h"
#include "body/ray_cast.h"
#include "gui/camera_input.h"
#include "gui/landmark_overlay.h"
#include "gui/map_watcher.h"
#include "gui/panel.h"
#include "gui/window.h"
#include "render/readback.h"
#include "render/renderer.h"
#include "scene_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <iostream>

namespace dv::app {

namespace {

std::vector<cli::Option> gui_options() {
    std::vector<cli::Option> options = {body_option(), landmarks_option()};
    for (cli::Option& o : scene_options())
        options.push_back(std::move(o));
    options.insert(options.end(), {
        {"--size", "", "WxH", "window size (default 1280x800)"},
        {"--frames", "", "N", "close after N frames (for scripted runs and smoke tests)"},
        {"--quit-after", "", "SECONDS", "close after this many seconds (for scripted runs)"},
        {"--screenshot", "", "FILE", "save the window, panel included, as PNG when closing"},
        {"--help", "-h", "", "show this help"},
        {"--version", "", "", "print the version"},
    });
    return options;
}
const std::vector<cli::Option> kGuiOptions = gui_options();

const char* kUsage = "dermaview [--body FILE] [--landmarks FILE] [--view NAME] [--display MODE] [--size WxH] [--frames N] [--screenshot FILE]\n"
                     "       dermaview render -o FILE [options]";

const char* kSummary =
    "Shows the body in a window. Left-drag orbits, right-drag or shift+left-drag pans,\n"
    "the wheel zooms, keys 1-6 choose the standard views and Home (or 0) frames the body.\n"
    "\n"
    "Verbs:\n"
    "  dermaview render -o FILE [options]   render a PNG with no window (dermaview render --help)\n"
    "  dermaview landmarks [--json]         list the body's landmarks with positions\n"
    "  dermaview maps                       list the dermatome maps and their citations\n"
    "  dermaview check-map FILE             check a map file against the body\n"
    "  dermaview probe --at LANDMARK        which roots supply this skin?";

} // namespace

int run_gui(int argc, char** argv, int first) {
    return guarded("", kUsage, [&] {
        const cli::Args args(kGuiOptions, argc, argv, first);
        if (args.has("--help")) {
            std::cout << cli::format_help(kUsage, kSummary, kGuiOptions);
            return kExitOk;
        }
        if (args.has("--version")) {
            std::cout << "dermaview " DERMAVIEW_VERSION "\n";
            return kExitOk;
        }
        const cli::Size size = cli::parse_size("--size", args.value("--size").value_or("1280x800"), 16384);
        const int max_frames = args.has("--frames") ? cli::parse_int("--frames", *args.value("--frames"), 1, 1 << 30) : 0;
        const double quit_after =
            args.has("--quit-after") ? cli::parse_int("--quit-after", *args.value("--quit-after"), 1, 86400) : 0.0;
        const auto screenshot = args.value("--screenshot");
        const SceneChoice scene = parse_scene_options(args);
        if (screenshot)
            check_writable_destination(*screenshot);

        // Load the body before opening the window: a bad file fails fast, with no window flashing up.
        const auto t0 = std::chrono::steady_clock::now();
        const LoadedBody loaded = load_body(args);
        const BodyMesh& body = loaded.body;
        const double import_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

        const auto t1 = std::chrono::steady_clock::now();
        const BodyCoordinates coordinates = compute_body_coordinates(body.skin, loaded.landmarks);
        const SkinDisplayFields fields = make_skin_display_fields(coordinates);
        const double coordinates_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1).count();
        const RayCaster caster(body.skin);

        Window window(size.width, size.height, "Dermaview");
        Renderer renderer(shader_dir());
        std::vector<glm::vec3> landmark_points;
        for (const Landmark& l : loaded.landmarks.landmarks)
            landmark_points.push_back(l.position_on(body.skin));
        renderer.set_markers(landmark_points);

        PanelState panel;
        panel.body_file = body.source.filename().string();
        panel.vertices = body.skin.vertex_count();
        panel.faces = body.skin.face_count();
        panel.height_m = body.height_m();
        panel.import_ms = import_ms;
        panel.coordinates_ms = coordinates_ms;
        panel.landmark_count = loaded.landmarks.landmarks.size();
        panel.landmark_file = loaded.landmarks.source.filename().string();
        panel.display.mode = scene.display;
        panel.display.subdivision = scene.subdivision;
        panel.display.landmarks = scene.show_landmarks;
        int uploaded_subdivision = -1;

        MapWatcher map;
        const std::vector<std::filesystem::path> offered = map_files(maps_dir());
        const std::filesystem::path first_map = find_map(maps_dir(), scene.map);
        for (const auto& f : offered)
            panel.map_ids.push_back(f.stem().string());
        if (std::find(offered.begin(), offered.end(), first_map) == offered.end())
            panel.map_ids.push_back(first_map.string()); // a file from elsewhere, given with --map
        for (std::size_t i = 0; i < panel.map_ids.size(); ++i)
            if (panel.map_ids[i] == first_map.stem().string() || panel.map_ids[i] == first_map.string())
                panel.map_index = int(i);
        map.open(first_map, body.skin, coordinates);
        if (!map.current())
            throw Error(map.error());
        bool map_changed = true;
        panel.gl = window.gl();

        CameraInput input;
        input.body_bounds = body.bounds();
        int fb_w = 0, fb_h = 0;
        window.framebuffer_size(fb_w, fb_h);
        input.camera = frame_view(scene.view, input.body_bounds,
                                  fb_h > 0 ? static_cast<float>(fb_w) / static_cast<float>(fb_h) : 1.0f);

        auto last = std::chrono::steady_clock::now();
        const auto started = last;
        for (int frame = 1; !window.should_close(); ++frame) {
            window.wait_while_minimised();
            window.begin_frame();
            const auto now = std::chrono::steady_clock::now();
            const float dt = std::chrono::duration<float>(now - last).count();
            last = now;
            panel.frame_times.add(dt * 1000.0f);

            window.framebuffer_size(fb_w, fb_h);
            input.update(fb_w, fb_h, dt, window.take_key_presses());
            if (panel.map_requested) {
                panel.map_requested = false;
                const std::string& id = panel.map_ids[std::size_t(panel.map_index)];
                map.open(id.find('/') != std::string::npos ? std::filesystem::path(id) : find_map(maps_dir(), id),
                         body.skin, coordinates);
                map_changed = true;
            }
            map_changed = map.poll(body.skin, coordinates) || map_changed;
            if (panel.display.subdivision != uploaded_subdivision) {
                renderer.set_body(body, panel.display.subdivision, &fields);
                uploaded_subdivision = panel.display.subdivision;
                panel.triangles = renderer.skin_triangle_count();
                map_changed = true;
            }
            if (map_changed && map.current()) {
                renderer.set_dermatomes(map.current()->baked.weights);
                panel.map_title = map.current()->map.title;
                panel.map_citation = map.current()->map.citation;
            }
            map_changed = false;
            panel.map_error = map.error();
            RenderSettings settings;
            settings.display = panel.display.mode;
            settings.show_markers = panel.display.landmarks;
            renderer.draw(input.camera, fb_w, fb_h, 0, settings);
            draw_landmark_overlay({input.camera, loaded.landmarks, body.skin, caster, panel.display.callouts,
                                   panel.display.landmarks, panel.display.landmarks && panel.display.all_names});
            const float aspect = fb_h > 0 ? static_cast<float>(fb_w) / static_cast<float>(fb_h) : 1.0f;
            draw_map_caption(panel);
            if (const auto view = draw_panel(panel))
                input.go_to(*view, aspect);
            window.end_frame();

            const bool last_frame =
                (max_frames > 0 && frame >= max_frames) ||
                (quit_after > 0.0 && std::chrono::duration<double>(now - started).count() >= quit_after);
            if (last_frame && screenshot) {
                write_png(*screenshot, read_framebuffer(0, fb_w, fb_h), {{"Software", "Dermaview " DERMAVIEW_VERSION}});
                std::cout << "wrote " << *screenshot << " (" << fb_w << "x" << fb_h << ")\n";
            }
            window.swap();
            if (last_frame)
                break;
        }
        return kExitOk;
    });
}

} // namespace dv::app
