#pragma once
// A figure as a value: what to show (body, map, levels, display options),
// from where (camera), how big, and which overlays. The window edits one, the
// command line builds one from flags, every PNG carries one as JSON in a text
// chunk, and `dermaview render --scene` draws it again. docs/figures.md
// describes the format.
#include "atlas/levels.h"
#include "render/camera.h"
#include "render/renderer.h"
#include "render/skin_display.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace dv {

enum class LevelSides { Both, Left, Right };
enum class CompareMode { Off, SideBySide, Differences };

struct FigureOverlays {
    bool legend = false;      // map title, authors, levels with their colours, citation
    bool labels = false;      // key points of the lit levels and the teaching landmarks
    bool side_markers = false; // "R" and "L" beside the body
    bool band_labels = false;  // each visible band named inside it ("T4"), as on a textbook plate
    bool text_in_svg = false; // overlays go to an SVG beside the PNG as editable text, not into its pixels
    bool operator==(const FigureOverlays&) const = default;
};

inline constexpr int kDefaultFigureWidth = 1920, kDefaultFigureHeight = 1080;

struct Scene {
    std::string body;      // mesh file; empty: the default MakeHuman body
    std::string landmarks; // landmark file; empty: the one for the MakeHuman topology
    std::string map = "classical"; // a map id in assets/maps, or a map file
    CompareMode compare = CompareMode::Off;
    std::string compare_with; // the second map, when compare is not Off
    DisplayMode display = DisplayMode::Dermatomes;
    int subdivision = kDefaultSubdivision;
    bool show_landmarks = false;
    std::vector<Level> levels; // lit levels in order; empty: the full chart
    LevelSides side = LevelSides::Both;
    Emphasis emphasis = Emphasis::Dim;
    Palette palette = Palette::Standard;
    bool band_borders = true;
    bool overlap_hatching = false; // overlaps as stripes of both roots, not a blend
    // A lesion phrase (clinical/lesion.h, e.g. "root L5 left"); empty: none.
    // Shown by the sensory display as the skin it numbs on `map`.
    std::string lesion;
    // An ISNCSCI exam (docs/isncsci.md) as the exam JSON text; empty: none.
    // Shown by the sensory display as the skin its key points score, with
    // its classification in the title.
    std::string exam;
    SensoryModality sensory = SensoryModality::Both; // what the sensory display paints
    bool trigeminal = false;       // the trigeminal divisions V1-V3 over the face (docs/trigeminal.md)
    StandardView view = StandardView::Anterior;
    std::optional<Camera> camera; // absent: framed from `view` for the image's aspect
    int width = kDefaultFigureWidth, height = kDefaultFigureHeight;
    int samples = 4; // antialiasing samples per pixel
    bool transparent = false;
    FigureOverlays overlays;

    LevelSelection selection() const;
    // The renderer's settings for this scene (map slot 0, no comparison).
    RenderSettings render_settings() const;
    // The camera it is seen from: `camera`, or `view` framed on `bounds`.
    Camera resolved_camera(const Bounds& bounds) const;
    bool operator==(const Scene&) const = default;
};

// The PNG text chunk keyword a scene is stored under.
inline constexpr const char* kScenePngKeyword = "Dermaview scene";

std::string scene_to_json(const Scene& scene); // with "format": "dermaview-scene 1"
// Reads a scene; `where` names the source in messages. Throws dv::Error
// saying where (line, column or field) and what is expected. Fields left out
// keep their defaults; unknown fields are refused (a typo would otherwise
// silently change a figure).
Scene scene_from_json(const std::string& text, const std::string& where);
// A scene file (JSON) or a PNG written by Dermaview (its text chunk).
Scene load_scene(const std::filesystem::path& file);

// The camera as one line of text, for the clipboard; camera_from_text reads
// it back (or a bare camera object, as in a scene file) and throws dv::Error
// for anything else.
std::string camera_to_text(const Camera& camera);
Camera camera_from_text(const std::string& text);

std::string_view side_choice_name(LevelSides s); // "both", "left", "right"
std::optional<LevelSides> parse_side_choice(std::string_view name);

} // namespace dv
