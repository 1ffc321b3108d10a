// The script actions that take no frame: expectations, screenshots, file
// edits, and a settle once the window has settled. They look at the frame
// just drawn.
#include "gui/script_runner.h"

#include "core/files.h"
#include "export/png_file.h"
#include "gui/app.h"
#include "render/readback.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>

namespace dv::app {

namespace {
Image window_pixels(const App& app) {
    int w = 0, h = 0;
    app.framebuffer_size(w, h);
    return read_framebuffer(0, w, h);
}

// Pixels that differ clearly between the window now and an earlier
// screenshot, outside the panel and the notice (the window's own widgets,
// which change with every click).
long pixels_changed(const Image& now, const Image& before, const std::vector<ScreenRect>& skip, float scale) {
    if (now.width != before.width || now.height != before.height)
        return long(now.width) * now.height;
    long changed = 0;
    for (int y = 0; y < now.height; ++y)
        for (int x = 0; x < now.width; ++x) {
            const float wx = float(x) / scale, wy = float(y) / scale;
            if (std::any_of(skip.begin(), skip.end(),
                            [&](const ScreenRect& r) { return wx >= r.x0 && wx < r.x1 && wy >= r.y0 && wy < r.y1; }))
                continue;
            const std::uint8_t* a = now.pixel(x, y);
            const std::uint8_t* b = before.pixel(x, y);
            int most = 0;
            for (int c = 0; c < 3; ++c)
                most = std::max(most, std::abs(int(a[c]) - int(b[c])));
            changed += most > 24;
        }
    return changed;
}

long number_of(const std::string& word) { return std::stol(word); }

std::string joined_levels(const Scene& scene) {
    std::string out;
    for (Level l : scene.levels)
        out += (out.empty() ? "" : ",") + level_name(l);
    return out;
}

std::string messages(const App& app) {
    std::string out;
    for (const std::string& m : {app.hover_text(), app.notice_text(), app.map_error(), app.compare_error()})
        if (!m.empty())
            out += (out.empty() ? "" : " | ") + m;
    return out;
}

// A scene field as a script writes it: strings bare, the rest as JSON.
std::string scene_field(const Scene& scene, const std::string& key, int line) {
    const nlohmann::json j = nlohmann::json::parse(scene_to_json(scene));
    if (!j.contains(key))
        throw ScriptError(line, "the scene has no field '" + key + "' (see docs/figures.md for its fields)");
    return j[key].is_string() ? j[key].get<std::string>() : j[key].dump();
}
std::string box_text(const ScreenRect& r) {
    return "(" + std::to_string(int(r.x0)) + "," + std::to_string(int(r.y0)) + ")-(" + std::to_string(int(r.x1)) + "," +
           std::to_string(int(r.y1)) + ")";
}

// `count` bodies on screen, each body's projected box inside its view, and
// no view under the panel: what a lecturer needs to see both maps whole.
bool bodies_whole_and_clear(const App& app, int count, std::string& seen) {
    const std::vector<App::BodyOnScreen> bodies = app.bodies_on_screen();
    const ScreenRect panel = app.widget_boxes().front();
    bool held = int(bodies.size()) == count;
    seen = std::to_string(bodies.size()) + " bodies; panel " + box_text(panel);
    for (const App::BodyOnScreen& b : bodies) {
        const bool inside = b.body.x0 >= b.view.x0 && b.body.x1 <= b.view.x1 && b.body.y0 >= b.view.y0 &&
                            b.body.y1 <= b.view.y1 && b.body.x1 > b.body.x0;
        const bool clear = panel.x1 <= panel.x0 || !b.body.overlaps(panel);
        held = held && inside && clear;
        seen += "; body " + box_text(b.body) + " in view " + box_text(b.view) + (inside ? "" : " NOT WHOLE") +
                (clear ? "" : " UNDER THE PANEL");
    }
    return held;
}
// An overlay wholly inside the window ("inside"), and over no skin facing
// the camera as well ("clear"), or over some ("covers").
bool overlay_is(const App& app, const std::string& name, const std::string& state, std::string& seen) {
    const auto box = app.overlay_on_screen(name);
    if (!box) {
        seen = "no " + name + " on screen";
        return false;
    }
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const bool inside = box->x0 >= 0.0f && box->y0 >= 0.0f && box->x1 <= size.x + 0.5f && box->y1 <= size.y + 0.5f;
    const int under = app.skin_points_under(*box);
    seen = name + " " + box_text(*box) + " in a window " + std::to_string(int(size.x)) + "x" +
           std::to_string(int(size.y)) + ", over " + std::to_string(under) + " points of skin";
    return state == "inside" ? inside : state == "clear" ? inside && under == 0 : under > 0;
}
} // namespace

bool ScriptRunner::run_now(App& app) {
    const ScriptAction& a = action();
    if (a.verb == "expect") {
        expect(app);
        return true;
    }
    if (a.verb == "screenshot") {
        write_png(a.args[0], window_pixels(app), {{"Software", "Dermaview script " + name_}});
        return true;
    }
    if (a.verb == "edit") {
        std::string text = read_text_file(a.args[0]);
        const std::size_t at = text.find(a.args[1]);
        if (at == std::string::npos)
            throw ScriptError(a.line, "'" + a.args[1] + "' is not in " + a.args[0]);
        for (std::size_t p = at; p != std::string::npos; p = text.find(a.args[1], p + a.args[2].size()))
            text.replace(p, a.args[1].size(), a.args[2]);
        std::error_code ec;
        const auto before = std::filesystem::last_write_time(a.args[0], ec);
        write_text_file(a.args[0], text);
        // On a file system with coarse times two quick edits could look like
        // one; the window goes by the time, so make sure it moved.
        if (!ec && std::filesystem::last_write_time(a.args[0], ec) == before)
            std::filesystem::last_write_time(a.args[0], before + std::chrono::seconds(1), ec);
        return true;
    }
    if (a.verb == "wait")
        return frames_ == 0 && a.args[0] == "0";
    return a.verb == "settle" && app.settled();
}

void ScriptRunner::expect(App& app) {
    const ScriptAction& a = action();
    const std::string& kind = a.args[0];
    const std::string want = a.args.size() > 1 ? a.args[1] : "";
    std::string seen;
    bool held = false;
    if (kind == "levels") {
        seen = joined_levels(app.scene());
        held = seen == want;
    } else if (kind == "map") {
        seen = app.scene().map;
        held = seen == want;
    } else if (kind == "view" || kind == "display" || kind == "compare") {
        seen = scene_field(app.scene(), kind, a.line);
        held = seen == want;
    } else if (kind == "scene") {
        seen = scene_field(app.scene(), a.args[1], a.line);
        held = seen == a.args[2];
    } else if (kind == "text" || kind == "no-text") {
        seen = messages(app);
        held = (seen.find(want) != std::string::npos) == (kind == "text");
    } else if (kind == "label") {
        const auto& labels = app.labels();
        seen = std::to_string(std::count(labels.begin(), labels.end(), want)) + " of " + std::to_string(labels.size()) +
               " labels";
        held = std::count(labels.begin(), labels.end(), want) == long(number_of(a.args[2]));
    } else if (kind == "at-cursor") {
        // The landmark is in sight and within 3 window units of the mouse
        // (zooming at a point keeps that point under the cursor).
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const auto at = app.landmark_on_screen(want.substr(1));
        held = at && std::hypot(at->x0 - mouse.x, at->y0 - mouse.y) <= 3.0f;
        seen = at ? want + " at " + std::to_string(int(at->x0)) + "," + std::to_string(int(at->y0)) + ", the mouse at " +
                        std::to_string(int(mouse.x)) + "," + std::to_string(int(mouse.y))
                  : want + " not in sight";
    } else if (kind == "bodies") {
        held = bodies_whole_and_clear(app, std::stoi(want), seen);
    } else if (kind == "caption") {
        seen = app.caption_text();
        held = seen.find(want) != std::string::npos;
    } else if (kind == "sensation") {
        // Every landmark so named (both sides), in every modality the body shows.
        const std::vector<std::string> lines = app.sensation_at(want.substr(1));
        held = !lines.empty();
        for (const std::string& line : lines) {
            seen += (seen.empty() ? "" : "; ") + line;
            held = held && line.ends_with(": " + a.args[2]);
        }
        if (lines.empty())
            seen = "no sensation painted at " + want + " (is the body showing an exam or a lesion?)";
    } else if (kind == "overlay") {
        held = overlay_is(app, a.args[1], a.args[2], seen);
    } else if (kind == "checked") {
        const auto found = ui::registry().find(a.args[1]);
        if (found.size() != 1)
            throw ScriptError(a.line, "'" + a.args[1] + "' is " + (found.empty() ? "not on screen" : "ambiguous"));
        seen = found.front()->checked ? "on" : "off";
        held = seen == a.args[2];
    } else { // pixels-differ, pixels-same
        const Image before = read_png(want).image;
        const Image now = window_pixels(app);
        const long changed =
            pixels_changed(now, before, app.widget_boxes(), ImGui::GetIO().DisplayFramebufferScale.x);
        const long enough = std::max(50L, long(now.width) * now.height / 1000);
        seen = std::to_string(changed) + " pixels differ (" + std::to_string(enough) + " make a difference)";
        held = (changed >= enough) == (kind == "pixels-differ");
    }
    if (!held) {
        std::string asked = "expect";
        for (const std::string& w : a.args)
            asked += " " + w;
        fail(asked + ": saw \"" + seen + "\"");
    }
}

} // namespace dv::app
