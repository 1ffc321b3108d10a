// Save figure (the button or F12): the window's scene rendered offscreen at
// the figure's size, under the next free number, as docs/figures.md describes.
#include "gui/app.h"

#include "core/files.h"
#include "core/user_folders.h"
#include "export/png_file.h"

#include <iostream>

namespace dv::app {

Scene App::figure_scene() const {
    Scene s = scene_;
    if (s.compare == CompareMode::Off || !maps_.compared()) {
        s.compare = CompareMode::Off;
        s.compare_with.clear();
    }
    s.camera = input_.camera;
    s.camera->shift_x = 0.0f; // the window's room for its panel is no part of a figure
    figure_.figure_size(fb_w_, fb_h_, s.width, s.height);
    s.samples = 4;
    s.transparent = figure_.transparent;
    s.overlays = figure_.overlays;
    s.overlays.text_in_svg = false;
    s.overlays.band_labels = panel_.band_names; // a figure names the bands when the window does
    return s;
}

void App::save_figure() {
    try {
        const Scene s = figure_scene();
        if (scene_needs_fonts(s) && !fonts_)
            fonts_ = load_figure_fonts();
        const std::filesystem::path folder =
            figure_.folder.empty() ? default_screenshot_folder() : std::filesystem::path(figure_.folder);
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
        if (ec)
            throw Error("cannot create the figures folder '" + folder.string() + "': " + ec.message() +
                        "; choose another folder in the Figure section");
        const FigureInputs in{model_, &maps_.slots()};
        const Figure made = render_figure(renderer_, s, in, fonts_ ? &*fonts_ : nullptr);
        const std::filesystem::path written = write_png_numbered(folder, "dermaview", made.image, figure_png_text(s, in));
        std::string told =
            "Saved " + written.string() + " (" + std::to_string(s.width) + " x " + std::to_string(s.height) + ")";
        if (figure_.scene_file) {
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
        figure_.tell(told, false);
    } catch (const std::exception& e) {
        std::cerr << "dermaview: figure not saved: " << e.what() << "\n";
        figure_.tell(std::string("Figure not saved: ") + e.what(), true);
    }
}

} // namespace dv::app
