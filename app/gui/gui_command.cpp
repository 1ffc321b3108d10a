// `dermaview` with no verb: the interactive window.
#include "core/error.h"
#include "model/map_lookup.h"
#include "model/map_slots.h"
#include "model_options.h"
#include "core/data_paths.h"
#include "export/png_file.h"
#include "core/files.h"
#include "core/user_folders.h"
#include "figure/figure.h"
#include "gui/camera_input.h"
#include "gui/figure_panel.h"
#include "gui/landmark_overlay.h"
#include "gui/legend_overlay.h"
#include "gui/levels_panel.h"
#include "gui/map_watcher.h"
#include "gui/skin_probe.h"
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
#include <optional>
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
        {"--figures", "", "FOLDER", "where Save figure (F12) writes (default: the pictures folder's Dermaview/)"},
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
    "F12 saves a figure (a numbered PNG, see the panel's Figure section and docs/figures.md).\n"
    "\n"
    "Verbs:\n"
    "  dermaview render -o FILE [options]   render a PNG with no window (dermaview render --help)\n"
    "  dermaview landmarks [--json]         list the body's landmarks with positions\n"
    "  dermaview maps                       list the dermatome maps and their citations\n"
    "  dermaview check-map FILE             check a map file against the body\n"
    "  dermaview probe --at LANDMARK        which roots supply this skin?";

} // namespace

int run_gui(int argc, char** argv, int first) {
    return run_verb({"", kUsage,
                    kSummary,
                    kGuiOptions, 0},
                    argc, argv, first, [&](const cli::Args& args) {
        if (args.has("--version")) {
            std::cout << "dermaview " DERMAVIEW_VERSION "\n";
            return kExitOk;
        }
        const cli::Size size = cli::parse_size("--size", args.value("--size").value_or("1280x800"), 16384);
        const int max_frames = args.has("--frames") ? cli::parse_int("--frames", *args.value("--frames"), 1, 1 << 30) : 0;
        const double quit_after =
            args.has("--quit-after") ? cli::parse_int("--quit-after", *args.value("--quit-after"), 1, 86400) : 0.0;
        const auto screenshot = args.value("--screenshot");
        Scene scene;
        apply_scene_options(args, scene);
        if (screenshot)
            check_writable_destination(*screenshot);

        // Load the body before opening the window: a bad file fails fast, with no window flashing up.
        const auto t0 = std::chrono::steady_clock::now();
        const BodyModel model = load_model(scene);
        const BodyMesh& body = model.body();
        const double import_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();

        const auto t1 = std::chrono::steady_clock::now();
        const BodyCoordinates& coordinates = model.coordinates();
        (void)model.display_fields(); // computed now, so the panel's coordinates time covers them
        const double coordinates_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1).count();
        const RayCaster& caster = model.caster();

        Window window(size.width, size.height, "Dermaview");
        Renderer renderer(shader_dir());
        renderer.set_markers(model.landmark_points());

        PanelState panel;
        panel.body_file = body.source.filename().string();
        panel.vertices = body.skin.vertex_count();
        panel.faces = body.skin.face_count();
        panel.height_m = body.height_m();
        panel.import_ms = import_ms;
        panel.coordinates_ms = coordinates_ms;
        panel.landmark_count = model.landmarks().landmarks.size();
        panel.landmark_file = model.landmarks().source.filename().string();
        panel.display.mode = scene.display;
        panel.display.subdivision = scene.subdivision;
        panel.display.landmarks = scene.show_landmarks;
        int uploaded_subdivision = -1;

        MapWatcher map;
        const std::vector<std::filesystem::path> offered = map_files(maps_dir(data_dir()));
        const std::filesystem::path first_map = find_map(maps_dir(data_dir()), scene.map);
        for (const auto& f : offered)
            panel.map_ids.push_back(f.stem().string());
        if (std::find(offered.begin(), offered.end(), first_map) == offered.end())
            panel.map_ids.push_back(first_map.string()); // a file from elsewhere, given with --map
        for (std::size_t i = 0; i < panel.map_ids.size(); ++i)
            if (panel.map_ids[i] == first_map.stem().string() || panel.map_ids[i] == first_map.string())
                panel.map_index = int(i);
        map.open(first_map, model);
        if (!map.current())
            throw Error(map.error());
        bool map_changed = true;
        // The shown map, its cross-fade partner and the compared map; they
        // reach the renderer through slots.sync() below.
        MapSlots slots;
        Camera last_camera;
        RenderSettings last_settings;
        int last_w = 0, last_h = 0;
        bool body_changed = true;

        LevelsState levels = LevelsState::from_scene(scene);
        panel.gl = window.gl();

        CameraInput input;
        input.body_bounds = body.bounds();
        int fb_w = 0, fb_h = 0;
        window.framebuffer_size(fb_w, fb_h);
        input.left_inset = kPanelInset; // where the panel opens, until it has been drawn
        input.camera = input.framed(scene.view, fb_w, fb_h);

        FigurePanelState figure;
        figure.folder = args.value("--figures").value_or(default_screenshot_folder().string());
        std::optional<FigureFonts> fonts;
        StandardView last_view = scene.view;
        // The window's state as a scene: what Save figure draws and embeds.
        auto current_scene = [&] {
            Scene s = scene; // body and landmarks as given
            const std::string& id = panel.map_ids[std::size_t(panel.map_index)];
            s.map = id;
            s.compare = panel.compare == PanelState::Compare::SideBySide   ? CompareMode::SideBySide
                        : panel.compare == PanelState::Compare::Differences ? CompareMode::Differences
                                                                            : CompareMode::Off;
            if (!slots.compared())
                s.compare = CompareMode::Off;
            s.compare_with = s.compare == CompareMode::Off ? "" : panel.map_ids[std::size_t(panel.compare_index)];
            s.display = panel.display.mode;
            s.subdivision = panel.display.subdivision;
            s.show_landmarks = panel.display.landmarks;
            levels.copy_to(s);
            s.view = last_view;
            s.camera = input.camera;
            s.camera->shift_x = 0.0f; // the window's room for its panel is no part of a figure
            figure.figure_size(fb_w, fb_h, s.width, s.height);
            s.samples = 4;
            s.transparent = figure.transparent;
            s.overlays = figure.overlays;
            s.overlays.text_in_svg = false;
            return s;
        };
        // Renders offscreen at the figure's size and saves it under the next
        // free number; a failure is told in the notice and the window goes on.
        auto save_figure = [&] {
            try {
                const Scene s = current_scene();
                if (scene_needs_fonts(s) && !fonts)
                    fonts = load_figure_fonts();
                const std::filesystem::path folder = figure.folder.empty() ? default_screenshot_folder() : std::filesystem::path(figure.folder);
                std::error_code ec;
                std::filesystem::create_directories(folder, ec);
                if (ec)
                    throw Error("cannot create the figures folder '" + folder.string() + "': " + ec.message() +
                                "; choose another folder in the Figure section");
                const FigureInputs in{model, &slots};
                const Figure made = render_figure(renderer, s, in, fonts ? &*fonts : nullptr);
                const std::filesystem::path written = write_png_numbered(folder, "dermaview", made.image,
                                                                         figure_png_text(s, in));
                std::string told = "Saved " + written.string() + " (" + std::to_string(s.width) + " x " +
                                   std::to_string(s.height) + ")";
                if (figure.scene_file) {
                    std::filesystem::path json = written;
                    json.replace_extension(".json");
                    // Never over an earlier file, not even a scene file left from a deleted figure.
                    if (std::filesystem::exists(json, ec)) {
                        told += "; its scene file was not written: " + json.filename().string() +
                                " is already there (the PNG carries the scene anyway)";
                    } else {
                        write_text_file(json, scene_to_json(s));
                        told += " and its scene file";
                    }
                }
                std::cout << "saved figure " << written.string() << "\n" << std::flush;
                figure.tell(told, false);
            } catch (const std::exception& e) {
                std::cerr << "dermaview: figure not saved: " << e.what() << "\n";
                figure.tell(std::string("Figure not saved: ") + e.what(), true);
            }
        };

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
            const std::vector<int> keys = window.take_key_presses();
            input.update(fb_w, fb_h, dt, keys);
            for (int key : keys)
                if (key == GLFW_KEY_F12)
                    figure.save_requested = true;
            for (const ViewKey& k : kViewKeys)
                if (std::find(keys.begin(), keys.end(), k.key) != keys.end())
                    last_view = k.view;
            if (!ImGui::GetIO().WantCaptureKeyboard && map.current())
                for (int key : keys) {
                    if (key == GLFW_KEY_DOWN || key == GLFW_KEY_RIGHT)
                        levels.step(map.current()->map, +1);
                    if (key == GLFW_KEY_UP || key == GLFW_KEY_LEFT)
                        levels.step(map.current()->map, -1);
                }
            if (map.current())
                levels.advance_sweep(map.current()->map, dt);
            if (panel.map_requested) {
                panel.map_requested = false;
                map.open(find_map(maps_dir(data_dir()), panel.map_ids[std::size_t(panel.map_index)]), model);
                map_changed = true;
            }
            map_changed = map.poll(model) || map_changed;
            if (panel.display.subdivision != uploaded_subdivision) {
                uploaded_subdivision = panel.display.subdivision; // slots.sync() uploads that level
                body_changed = true;
            }
            // The comparison map, looked up again when asked for or when the shown map changed.
            if (panel.compare != PanelState::Compare::Off && (panel.compare_requested || map_changed)) {
                panel.compare_requested = false;
                if (panel.compare_index == panel.map_index && panel.map_ids.size() > 1)
                    panel.compare_index = panel.map_index == 0 ? 1 : 0;
                const std::string& id = panel.map_ids[std::size_t(panel.compare_index)];
                try {
                    slots.compare_with(model.map(find_map(maps_dir(data_dir()), id)));
                    panel.compare_title = slots.compared()->map.title;
                    panel.compare_citation = slots.compared()->map.citation;
                    body_changed = true;
                } catch (const std::exception& e) {
                    panel.map_error = std::string("cannot compare: ") + e.what();
                    panel.compare = PanelState::Compare::Off;
                }
            }
            if (panel.compare == PanelState::Compare::Off && slots.compared()) {
                slots.compare_with(nullptr);
                body_changed = true;
            }
            body_changed = body_changed || map_changed || slots.fading();
            if (map_changed && map.current()) {
                slots.show(map.handle()); // fades in over half a second from the map shown before
                panel.map_title = map.current()->map.title;
                panel.map_citation = map.current()->map.citation;
            }
            slots.advance(dt);
            slots.sync(renderer, model, panel.display.subdivision);
            panel.triangles = renderer.skin_triangle_count();
            map_changed = false;
            if (panel.map_error.rfind("cannot compare", 0) != 0 || panel.compare == PanelState::Compare::Off)
                panel.map_error = map.error();
            RenderSettings settings;
            settings.display = panel.display.mode;
            settings.show_markers = panel.display.landmarks;
            settings.selection = levels.selection();
            settings.emphasis = levels.emphasis;
            settings.palette = levels.palette;
            settings.band_borders = levels.band_borders;
            settings.overlap_hatching = levels.overlap_hatching;
            settings.map_mix = slots.mix_now();
            // While the body moves, skip antialiasing: software GL keeps up,
            // and the sharp frame returns as soon as it stops.
            const ImGuiIO& io = ImGui::GetIO();
            const bool moving = input.transition.active() || (!io.WantCaptureMouse && (io.MouseDown[0] || io.MouseDown[1] ||
                                                                                        io.MouseDown[2] || io.MouseWheel != 0.0f));
            settings.msaa_samples = moving ? 0 : 4;
            // Redraw the body only when something about it changed.
            const bool unchanged = input.camera == last_camera && settings == last_settings && !body_changed &&
                                   fb_w == last_w && fb_h == last_h;
            if (panel.compare == PanelState::Compare::SideBySide && slots.compared()) {
                // Two views with one camera: the current map left, the other right.
                const int half = fb_w / 2;
                Camera both = input.camera;
                RenderSettings left = settings, right = settings;
                left.map_mix = slots.mix_shown();
                right.map_mix = slots.mix_compared();
                right.dest_x = half;
                renderer.draw(both, half, fb_h, 0, left);
                renderer.draw(both, fb_w - half, fb_h, 0, right);
            } else {
                if (panel.compare == PanelState::Compare::Differences && slots.compared())
                    settings.differences = true;
                renderer.present(input.camera, fb_w, fb_h, 0, settings, unchanged && !settings.differences);
            }
            last_camera = input.camera;
            last_settings = settings;
            last_w = fb_w;
            last_h = fb_h;
            body_changed = false;
            if (map.current()) {
                if (const auto probed = probe_under_mouse({input.camera, caster, coordinates, map.current()->map,
                                                           map.current()->baked})) {
                    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                        Camera centred = input.camera;
                        centred.target = probed->hit.point;
                        input.transition.start(input.camera, centred, 0.35f);
                    } else if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
                               ImGui::GetIO().MouseDragMaxDistanceSqr[0] < 9.0f && is_spinal(probed->strongest)) {
                        levels.solo(probed->strongest); // blank skin has no root to light
                    }
                }
            }
            std::vector<std::string> lit;
            for (Level l : levels.selected)
                lit.push_back(level_name(l));
            std::vector<ScreenRect> captions = draw_map_caption(panel);
            if (panel.display.legend && panel.display.mode == DisplayMode::Dermatomes && map.current()) {
                const Scene shown = current_scene();
                const FigureInputs in{model, &slots};
                float below = 0.0f;
                for (const ScreenRect& r : captions)
                    below = std::max(below, r.y1);
                captions.push_back(draw_legend_overlay(legend_for(shown, in), below + 8.0f));
            }
            draw_landmark_overlay({input.camera, model.landmarks(), body.skin, caster, panel.display.callouts,
                                   panel.display.landmarks, panel.display.landmarks && panel.display.all_names, lit,
                                   levels.side != SideChoice::Right, levels.side != SideChoice::Left,
                                   std::move(captions)});
            if (const auto view = draw_panel(panel, [&] {
                    if (map.current())
                        draw_levels_panel(levels, map.current()->map);
                    draw_figure_panel(figure, fb_w, fb_h);
                })) {
                input.go_to(*view, fb_w, fb_h);
                last_view = *view;
            }
            // The panel covers the window's left part while it stays there.
            const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
            input.left_inset = panel.panel_x * scale < 0.5f * float(fb_w) ? (panel.panel_x + kPanelWidth + 12.0f) * scale : 0.0f;
            if (figure.copy_camera) {
                figure.copy_camera = false;
                ImGui::SetClipboardText(camera_to_text(input.camera).c_str());
                figure.tell("Camera copied: paste it into another window, or give it to 'dermaview render --camera'",
                            false);
            }
            if (!figure.pasted_camera.empty()) {
                try {
                    input.transition.start(input.camera, camera_from_text(figure.pasted_camera), 0.35f);
                    figure.tell("Camera pasted", false);
                } catch (const Error& e) {
                    figure.tell(e.what(), true);
                }
                figure.pasted_camera.clear();
            }
            draw_figure_notice(figure, dt);
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
            // After the frame is shown, so the notice of this save appears on the next.
            if (figure.save_requested) {
                figure.save_requested = false;
                save_figure();
            }
        }
        return kExitOk;
    });
}

} // namespace dv::app
