// `dermaview` with no verb: the interactive window.
#include "body_loading.h"
#include "core/data_paths.h"
#include "export/png_file.h"
#include "gui/camera_input.h"
#include "gui/panel.h"
#include "gui/window.h"
#include "render/readback.h"
#include "render/renderer.h"
#include "verb_support.h"
#include "verbs.h"

#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <chrono>
#include <iostream>

namespace dv::app {

namespace {

const std::vector<cli::Option> kGuiOptions = {
    body_option(),
    landmarks_option(),
    {"--view", "", "NAME", "view to start in: anterior, posterior, left, right, superior, inferior"},
    {"--size", "", "WxH", "window size (default 1280x800)"},
    {"--frames", "", "N", "close after N frames (for scripted runs and smoke tests)"},
    {"--screenshot", "", "FILE", "save the window, panel included, as PNG when closing"},
    {"--help", "-h", "", "show this help"},
    {"--version", "", "", "print the version"},
};

const char* kUsage = "dermaview [--body FILE] [--landmarks FILE] [--view NAME] [--size WxH] [--frames N] [--screenshot FILE]\n"
                     "       dermaview render -o FILE [options]";

const char* kSummary =
    "Shows the body in a window. Left-drag orbits, right-drag or shift+left-drag pans,\n"
    "the wheel zooms, keys 1-6 choose the standard views and Home (or 0) frames the body.\n"
    "\n"
    "Verbs:\n"
    "  dermaview render -o FILE [options]   render a PNG with no window (dermaview render --help)\n"
    "  dermaview landmarks [--json]         list the body's landmarks with positions";

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
        const auto screenshot = args.value("--screenshot");
        const std::string view_text = args.value("--view").value_or("anterior");
        const auto start_view = parse_view(view_text);
        if (!start_view)
            throw cli::UsageError("--view '" + view_text +
                                  "': expected anterior, posterior, left, right, superior or inferior");
        if (screenshot)
            check_writable_destination(*screenshot);

        // Load the body before opening the window: a bad file fails fast, with no window flashing up.
        const auto t0 = std::chrono::steady_clock::now();
        const LoadedBody loaded = load_body(args);
        const BodyMesh& body = loaded.body;
        const double import_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

        Window window(size.width, size.height, "Dermaview");
        Renderer renderer(shader_dir());
        renderer.set_body(body);

        PanelState panel;
        panel.body_file = body.source.filename().string();
        panel.vertices = body.skin.vertex_count();
        panel.faces = body.skin.face_count();
        panel.triangles = body.skin.triangle_count();
        for (const SurfaceMesh& m : body.others)
            panel.triangles += m.triangle_count();
        panel.height_m = body.height_m();
        panel.import_ms = import_ms;
        panel.gl = window.gl();

        CameraInput input;
        input.body_bounds = body.bounds();
        int fb_w = 0, fb_h = 0;
        window.framebuffer_size(fb_w, fb_h);
        input.camera = frame_view(*start_view, input.body_bounds,
                                  fb_h > 0 ? static_cast<float>(fb_w) / static_cast<float>(fb_h) : 1.0f);

        auto last = std::chrono::steady_clock::now();
        for (int frame = 1; !window.should_close(); ++frame) {
            window.wait_while_minimised();
            window.begin_frame();
            const auto now = std::chrono::steady_clock::now();
            const float dt = std::chrono::duration<float>(now - last).count();
            last = now;
            panel.frame_times.add(dt * 1000.0f);

            window.framebuffer_size(fb_w, fb_h);
            input.update(fb_w, fb_h, dt, window.take_key_presses());
            renderer.draw(input.camera, fb_w, fb_h, 0);
            const float aspect = fb_h > 0 ? static_cast<float>(fb_w) / static_cast<float>(fb_h) : 1.0f;
            if (const auto view = draw_panel(panel))
                input.go_to(*view, aspect);
            window.end_frame();

            const bool last_frame = max_frames > 0 && frame >= max_frames;
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
