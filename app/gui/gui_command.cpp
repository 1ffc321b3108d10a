// `dermaview` with no verb: the interactive window, and --script to drive it
// from a file (docs/scripting.md).
#include "core/error.h"
#include "core/files.h"
#include "core/user_folders.h"
#include "export/png_file.h"
#include "core/data_paths.h"
#include "gui/app.h"
#include "gui/prefs.h"
#include "model/map_lookup.h"
#include "gui/script_runner.h"
#include "gui/ui_controls.h"
#include "scene/lecture.h"
#include "model_options.h"
#include "render/readback.h"
#include "scene_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <imgui.h>

#include <chrono>
#include <iostream>
#include <optional>

namespace dv::app {

namespace {

std::vector<cli::Option> gui_options() {
    std::vector<cli::Option> options = {body_option(), landmarks_option()};
    for (cli::Option& o : scene_options())
        options.push_back(std::move(o));
    options.insert(options.end(), {
        {"--size", "", "WxH", "window size (default 1280x800)"},
        {"--frames", "", "N", "close after N frames (for smoke tests)"},
        {"--quit-after", "", "SECONDS", "close after this many seconds"},
        {"--screenshot", "", "FILE", "save the window, panel included, as PNG when closing"},
        {"--figures", "", "FOLDER", "where Save figure (F12) writes (default: the pictures folder's Dermaview/)"},
        {"--script", "", "FILE", "do what FILE says, one action a line, then close (docs/scripting.md); exit 1 "
                                 "when an expect did not hold, 2 for a mistake in the script"},
        {"--lecture", "", "FILE", "play a lecture: its steps with PageDown/Right/Space and PageUp/Left, Ctrl+S adds "
                                  "the current view as a step (docs/lectures.md)"},
        {"--present", "", "", "presentation mode: full screen, no panel, large lettering (F11 switches)"},
        {"--list-controls", "", "", "print every control of the panel (all sections open) and close"},
        {"--help", "-h", "", "show this help"},
        {"--version", "", "", "print the version"},
    });
    return options;
}
const std::vector<cli::Option> kGuiOptions = gui_options();

const char* kUsage = "dermaview [--body FILE] [--landmarks FILE] [--view NAME] [--display MODE] [--size WxH] [--frames N] [--screenshot FILE]\n"
                     "       dermaview --script FILE [options]\n"
                     "       dermaview render -o FILE [options]";

const char* kSummary =
    "Shows the body in a window. Left-drag orbits, right-drag or shift+left-drag pans,\n"
    "the wheel zooms towards the cursor, keys 1-6 choose the standard views and Home (or 0) frames the body;\n"
    "F frames what is under the cursor, Tab hides the panel. A click on the skin adds or removes its level,\n"
    "Ctrl-click lights it alone, Shift-click a run of levels; Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes.\n"
    "F12 saves a figure (a numbered PNG, see the panel's Figure section and docs/figures.md).\n"
    "\n"
    "Verbs:\n"
    "  dermaview render -o FILE [options]   render a PNG with no window (dermaview render --help)\n"
    "  dermaview landmarks [--json]         list the body's landmarks with positions\n"
    "  dermaview maps                       list the dermatome maps and their citations\n"
    "  dermaview check-map FILE             check a map file against the body\n"
    "  dermaview probe --at LANDMARK        which roots supply this skin?\n"
    "  dermaview isncsci EXAM.json [--json] classify an ISNCSCI exam (docs/isncsci.md)";

struct RunLimits {
    int max_frames = 0;       // 0: no limit
    double quit_after = 0.0;  // seconds; 0: no limit
    std::optional<std::string> screenshot;
};

std::filesystem::path prefs_file() { return config_folder() / "window.json"; }
const std::string& layout_file() {
    static const std::string file = [] {
        std::error_code ec;
        std::filesystem::create_directories(config_folder(), ec);
        return (config_folder() / "layout.ini").string();
    }();
    return file;
}

// The remembered preferences; the last map unless --map names one, and only
// while it can still be found. `problem` says what could not be used.
WindowPrefs remembered(const cli::Args& args, Scene& scene, std::string& problem) {
    WindowPrefs prefs = load_prefs(prefs_file(), problem);
    if (prefs.map.empty() || args.has("--map"))
        return prefs;
    try {
        (void)find_map(maps_dir(data_dir()), prefs.map);
        scene.map = prefs.map;
    } catch (const Error&) {
        problem = "the last map, " + prefs.map + ", is no longer there; the window shows " + scene.map;
    }
    return prefs;
}

// The frame loop: real time for people, script frames for scripts.
int run_frames(App& app, ScriptRunner* script, const RunLimits& limits) {
    Window& window = app.window();
    auto last = std::chrono::steady_clock::now();
    const auto started = last;
    int frame = 0;
    while (!window.should_close()) {
        ++frame;
        window.wait_while_minimised();
        if (script)
            window.begin_frame([&] { script->inject(app); });
        else
            window.begin_frame();
        const auto now = std::chrono::steady_clock::now();
        const float dt = script ? ScriptRunner::kFrameSeconds : std::chrono::duration<float>(now - last).count();
        last = now;
        app.frame(dt, window.take_key_presses());
        if (script)
            script->after_frame(app);
        const bool last_frame = (limits.max_frames > 0 && frame >= limits.max_frames) ||
                                (limits.quit_after > 0.0 && std::chrono::duration<double>(now - started).count() >= limits.quit_after) ||
                                (script && script->finished());
        if (last_frame && limits.screenshot) {
            int w = 0, h = 0;
            app.framebuffer_size(w, h);
            write_png(*limits.screenshot, read_framebuffer(0, w, h), {{"Software", "Dermaview " DERMAVIEW_VERSION}});
            std::cout << "wrote " << *limits.screenshot << " (" << w << "x" << h << ")\n";
        }
        window.swap();
        if (last_frame)
            break;
        app.after_swap();
    }
    if (script && !script->finished()) { // the window was closed under it
        std::cerr << "dermaview: " << script->name() << ": the window was closed before the script's end\n";
        return 1;
    }
    if (script)
        std::cout << script->name() << ": " << frame << " frames, "
                  << (script->exit_code() == 0 ? "every expectation held" : "some expectations did not hold") << "\n";
    return script ? script->exit_code() : kExitOk;
}

// Two frames with every section open; prints "section<TAB>kind<TAB>label<TAB>alias".
int list_controls(App& app) {
    ui::registry().open_everything = true;
    for (int i = 0; i < 2; ++i) {
        app.window().begin_frame();
        app.frame(ScriptRunner::kFrameSeconds, app.window().take_key_presses());
        app.window().swap();
    }
    for (const ui::Control& c : ui::registry().controls())
        std::cout << c.section << "\t" << ui::kind_name(c.kind) << "\t" << c.label << "\t" << c.alias << "\n";
    return kExitOk;
}

} // namespace

int run_gui(int argc, char** argv, int first) {
    return run_verb({"", kUsage, kSummary, kGuiOptions, 0}, argc, argv, first, [&](const cli::Args& args) {
        if (args.has("--version")) {
            std::cout << "dermaview " DERMAVIEW_VERSION "\n";
            return kExitOk;
        }
        const cli::Size size = cli::parse_size("--size", args.value("--size").value_or("1280x800"), 16384);
        RunLimits limits;
        limits.max_frames = args.has("--frames") ? cli::parse_int("--frames", *args.value("--frames"), 1, 1 << 30) : 0;
        limits.quit_after =
            args.has("--quit-after") ? cli::parse_int("--quit-after", *args.value("--quit-after"), 1, 86400) : 0.0;
        limits.screenshot = args.value("--screenshot");
        if (limits.screenshot)
            check_writable_destination(*limits.screenshot);
        // A script is read and checked before anything opens: a typo fails at once.
        std::optional<ScriptRunner> script;
        if (const auto file = args.value("--script")) {
            try {
                script.emplace(parse_script(read_text_file(*file)), *file);
            } catch (const ScriptError& e) {
                std::cerr << "dermaview: " << *file << ":" << e.line << ": " << e.what() << "\n";
                return kExitUsage;
            }
        }
        AppOptions options;
        if (const auto file = args.value("--lecture")) {
            try { // read before the window opens: a bad file fails at once, naming step and field
                options.lecture = load_lecture(*file);
                options.lecture_file = *file;
            } catch (const Error& e) {
                std::cerr << "dermaview: " << e.what() << "\n";
                return kExitUsage;
            }
        }
        options.present = args.has("--present");
        apply_scene_options(args, options.scene);
        options.width = size.width;
        options.height = size.height;
        options.scripted = script.has_value();
        // A script starts from the defaults on every machine: nothing remembered is read or written.
        const bool remember = !script && !args.has("--list-controls");
        std::string problem;
        const WindowPrefs prefs = remember ? remembered(args, options.scene, problem) : WindowPrefs{};
        options.figures_folder = args.value("--figures").value_or(
            prefs.figures_folder.empty() ? default_screenshot_folder().string() : prefs.figures_folder);
        options.overlays = prefs.overlays;
        App app(options);
        if (!problem.empty()) {
            std::cerr << "dermaview: " << problem << "\n";
            app.tell(problem, true);
        }
        if (remember) // the panel's place and open sections, kept by Dear ImGui
            ImGui::GetIO().IniFilename = layout_file().c_str();
        if (args.has("--list-controls"))
            return list_controls(app);
        int status = kExitOk;
        try {
            status = run_frames(app, script ? &*script : nullptr, limits);
        } catch (const ScriptError& e) {
            std::cerr << "dermaview: " << script->name() << ":" << e.line << ": " << e.what() << "\n";
            return kExitUsage;
        }
        if (remember)
            if (const std::string failed = save_prefs(prefs_file(), {app.figures_folder(), app.scene().map, app.overlay_spots()});
                !failed.empty())
                std::cerr << "dermaview: " << failed << "\n";
        return status;
    });
}

} // namespace dv::app
