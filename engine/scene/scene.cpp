#include "scene/scene.h"

#include "clinical/isncsci_exam.h"
#include "clinical/lesion.h"

#include "core/error.h"
#include "core/files.h"
#include "core/json_text.h"
#include "export/png_file.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstring>
#include <fstream>

namespace dv {

namespace {

// Ordered, so a scene file reads in the order written here, format first.
using json = nlohmann::ordered_json;

constexpr const char* kFormat = "dermaview-scene 1";

constexpr std::array<std::pair<CompareMode, const char*>, 3> kCompareNames{{
    {CompareMode::Off, "off"}, {CompareMode::SideBySide, "side by side"}, {CompareMode::Differences, "differences"}}};
constexpr std::array<std::pair<SensoryModality, const char*>, 3> kSensoryNames{{
    {SensoryModality::Both, "both"}, {SensoryModality::LightTouch, "light touch"}, {SensoryModality::PinPrick, "pin prick"}}};
constexpr std::array<std::pair<LevelSides, const char*>, 3> kSideNames{{
    {LevelSides::Both, "both"}, {LevelSides::Left, "left"}, {LevelSides::Right, "right"}}};

json camera_json(const Camera& c) {
    return {{"target", {c.target.x, c.target.y, c.target.z}},
            {"yaw_deg", c.yaw_deg},
            {"pitch_deg", c.pitch_deg},
            {"distance", c.distance},
            {"fov_y_deg", c.fov_y_deg}};
}

// Reads fields of one JSON object, each checked for type and range, with
// messages that name the source and the field.
class Fields {
public:
    Fields(const json& object, std::string where, std::string path)
        : object_(object), where_(std::move(where)), path_(std::move(path)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& expected) const {
        throw Error(where_ + ": field \"" + path_ + field + "\": expected " + expected);
    }
    const json* find(const std::string& field) const {
        const auto it = object_.find(field);
        return it == object_.end() ? nullptr : &*it;
    }
    void text(const std::string& field, std::string& out) const {
        if (const json* v = find(field)) {
            if (!v->is_string())
                fail(field, "text");
            out = v->get<std::string>();
        }
    }
    void flag(const std::string& field, bool& out) const {
        if (const json* v = find(field)) {
            if (!v->is_boolean())
                fail(field, "true or false");
            out = v->get<bool>();
        }
    }
    void integer(const std::string& field, int& out, int min, int max) const {
        if (const json* v = find(field)) {
            if (!v->is_number_integer() || v->get<long long>() < min || v->get<long long>() > max)
                fail(field, "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
            out = v->get<int>();
        }
    }
    void number(const std::string& field, float& out, float min, float max) const {
        if (const json* v = find(field)) {
            if (!v->is_number() || !(v->get<double>() >= double(min) && v->get<double>() <= double(max)))
                fail(field, "a number from " + std::to_string(double(min)) + " to " + std::to_string(double(max)));
            out = v->get<float>();
        }
    }
    template <class T, std::size_t N>
    void choice(const std::string& field, T& out, const std::array<std::pair<T, const char*>, N>& names) const {
        if (const json* v = find(field)) {
            std::string list;
            for (const auto& [value, name] : names) {
                if (v->is_string() && v->get<std::string>() == name) {
                    out = value;
                    return;
                }
                list += (list.empty() ? "\"" : ", \"") + std::string(name) + "\"";
            }
            fail(field, "one of " + list);
        }
    }
    // Refuses fields not in `known`.
    void only(std::initializer_list<const char*> known) const {
        for (const auto& [key, value] : object_.items()) {
            bool ok = false;
            for (const char* k : known)
                ok = ok || key == k;
            if (!ok) {
                std::string list;
                for (const char* k : known)
                    list += (list.empty() ? "" : ", ") + std::string(k);
                throw Error(where_ + ": unknown field \"" + path_ + key + "\"; a scene has " + list);
            }
        }
    }

private:
    const json& object_;
    std::string where_, path_;
};

template <class T, std::size_t N>
const char* name_of(T value, const std::array<std::pair<T, const char*>, N>& names) {
    for (const auto& [v, name] : names)
        if (v == value)
            return name;
    return names[0].second;
}

} // namespace

std::string_view side_choice_name(LevelSides s) { return name_of(s, kSideNames); }

std::optional<LevelSides> parse_side_choice(std::string_view name) {
    for (const auto& [value, n] : kSideNames)
        if (name == n)
            return value;
    return std::nullopt;
}

LevelSelection Scene::selection() const {
    LevelSelection s;
    for (Level l : levels)
        s.select(l, side != LevelSides::Right, side != LevelSides::Left);
    return s;
}

RenderSettings Scene::render_settings() const {
    RenderSettings s;
    s.msaa_samples = samples;
    s.transparent_background = transparent;
    s.display = display;
    s.show_markers = show_landmarks;
    s.selection = selection();
    s.emphasis = emphasis;
    s.palette = palette;
    s.band_borders = band_borders;
    s.overlap_hatching = overlap_hatching;
    s.sensory_modality = sensory;
    s.trigeminal = trigeminal;
    s.differences = compare == CompareMode::Differences;
    return s;
}

Camera Scene::resolved_camera(const Bounds& bounds) const {
    if (camera)
        return *camera;
    // A side-by-side figure frames the body in each half.
    const float w = compare == CompareMode::SideBySide ? float(width / 2) : float(width);
    return frame_view(view, bounds, w / float(height));
}

std::string scene_to_json(const Scene& s) {
    json levels = json::array();
    for (Level l : s.levels)
        levels.push_back(level_name(l));
    json j = {
        {"format", kFormat},
        {"body", s.body},
        {"landmarks", s.landmarks},
        {"map", s.map},
        {"compare", name_of(s.compare, kCompareNames)},
        {"compare_with", s.compare_with},
        {"display", std::string(display_mode_name(s.display))},
        {"subdivision", s.subdivision},
        {"show_landmarks", s.show_landmarks},
        {"levels", levels},
        {"side", std::string(side_choice_name(s.side))},
        {"emphasis", s.emphasis == Emphasis::Glow ? "glow" : "dim"},
        {"palette", s.palette == Palette::ColorBlindSafe ? "colorblind" : "standard"},
        {"band_borders", s.band_borders},
        {"overlap_hatching", s.overlap_hatching},
        {"lesion", s.lesion},
        {"sensory", name_of(s.sensory, kSensoryNames)},
        {"trigeminal", s.trigeminal},
        {"view", std::string(view_name(s.view))},
        {"width", s.width},
        {"height", s.height},
        {"samples", s.samples},
        {"transparent", s.transparent},
        {"overlays",
         {{"legend", s.overlays.legend},
          {"labels", s.overlays.labels},
          {"side_markers", s.overlays.side_markers},
          {"band_labels", s.overlays.band_labels},
          {"text_in_svg", s.overlays.text_in_svg}}},
    };
    if (s.camera)
        j["camera"] = camera_json(*s.camera);
    if (!s.exam.empty())
        j["exam"] = json::parse(s.exam);
    return j.dump(2) + "\n";
}

namespace {

json parse_json(const std::string& text, const std::string& where) {
    if (const std::size_t deep = json_nesting_exceeded(text); deep != std::string::npos) {
        const TextPosition p = position_of(text, deep);
        throw Error(where + ": line " + std::to_string(p.line) + ", column " + std::to_string(p.column) +
                    ": nested more than " + std::to_string(kMaxJsonNesting) + " levels deep; a scene nests 3");
    }
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        const TextPosition p = position_of(text, e.byte > 0 ? e.byte - 1 : 0);
        throw Error(where + ": line " + std::to_string(p.line) + ", column " + std::to_string(p.column) +
                    ": not valid JSON (" + e.what() + ")");
    } catch (const json::exception& e) {
        // A number too large for a double is out_of_range, not a parse_error
        // (the scene fuzzer found it: the exception escaped and aborted).
        throw Error(where + ": not valid JSON (" + std::string(e.what()) + "); write numbers within ±1e308");
    }
}

Camera read_camera(const json& j, const std::string& where, const std::string& path) {
    if (!j.is_object())
        throw Error(where + ": field \"" + path + "\": expected an object with target, yaw_deg, pitch_deg, distance, fov_y_deg");
    const Fields f(j, where, path + ".");
    f.only({"target", "yaw_deg", "pitch_deg", "distance", "fov_y_deg"});
    Camera c;
    if (const json* t = f.find("target")) {
        if (!t->is_array() || t->size() != 3 || !(*t)[0].is_number() || !(*t)[1].is_number() || !(*t)[2].is_number())
            f.fail("target", "three numbers [x, y, z] in metres");
        c.target = {(*t)[0].get<float>(), (*t)[1].get<float>(), (*t)[2].get<float>()};
    }
    f.number("yaw_deg", c.yaw_deg, -360.0f, 360.0f);
    f.number("pitch_deg", c.pitch_deg, -90.0f, 90.0f);
    f.number("distance", c.distance, 0.01f, 1000.0f);
    f.number("fov_y_deg", c.fov_y_deg, 1.0f, 150.0f);
    return c;
}

} // namespace

Scene scene_from_json(const std::string& text, const std::string& where) {
    const json j = parse_json(text, where);
    if (!j.is_object())
        throw Error(where + ": expected a JSON object (a Dermaview scene, see docs/figures.md)");
    const Fields f(j, where, "");
    // The format first: a map or landmark file given by mistake gets told so.
    std::string format;
    f.text("format", format);
    if (format != kFormat)
        throw Error(where + ": field \"format\" is \"" + format + "\"; this version reads \"" + kFormat +
                    "\" (is this a Dermaview scene?)");
    f.only({"format", "body", "landmarks", "map", "compare", "compare_with", "display", "subdivision",
            "show_landmarks", "levels", "side", "emphasis", "palette", "band_borders", "overlap_hatching", "lesion", "exam", "sensory", "trigeminal", "view", "camera", "width",
            "height", "samples", "transparent", "overlays"});
    Scene s;
    f.text("body", s.body);
    f.text("landmarks", s.landmarks);
    f.text("map", s.map);
    if (s.map.empty())
        f.fail("map", "a map id (classical, evidence) or a map file");
    f.choice("compare", s.compare, kCompareNames);
    f.text("compare_with", s.compare_with);
    if (s.compare != CompareMode::Off && s.compare_with.empty())
        f.fail("compare_with", "the map to compare with, since \"compare\" is not \"off\"");
    if (const json* d = f.find("display")) {
        const auto mode = d->is_string() ? parse_display_mode(d->get<std::string>()) : std::nullopt;
        if (!mode)
            f.fail("display", "one of \"dermatomes\", \"sensory\", \"skin\", \"regions\", \"along\", \"around\", \"level\"");
        s.display = *mode;
    }
    f.integer("subdivision", s.subdivision, 0, 2);
    f.flag("show_landmarks", s.show_landmarks);
    if (const json* levels = f.find("levels")) {
        if (!levels->is_array())
            f.fail("levels", "a list of level names such as [\"T4\", \"T10\"]");
        for (std::size_t i = 0; i < levels->size(); ++i) {
            const json& l = (*levels)[i];
            const auto level = l.is_string() ? parse_level(l.get<std::string>()) : std::nullopt;
            if (!level || !is_spinal(*level))
                f.fail("levels[" + std::to_string(i) + "]", "a level name, C2 ... Co1");
            s.levels.push_back(*level);
        }
    }
    f.choice("side", s.side, kSideNames);
    constexpr std::array<std::pair<Emphasis, const char*>, 2> emphases{{{Emphasis::Dim, "dim"}, {Emphasis::Glow, "glow"}}};
    f.choice("emphasis", s.emphasis, emphases);
    constexpr std::array<std::pair<Palette, const char*>, 2> palettes{
        {{Palette::Standard, "standard"}, {Palette::ColorBlindSafe, "colorblind"}}};
    f.choice("palette", s.palette, palettes);
    f.flag("band_borders", s.band_borders);
    f.flag("overlap_hatching", s.overlap_hatching);
    f.text("lesion", s.lesion);
    if (!s.lesion.empty()) {
        try {
            s.lesion = lesion_text(parse_lesion(s.lesion));
        } catch (const Error& e) {
            f.fail("lesion", std::string("a lesion phrase; ") + e.what());
        }
    }
    if (const json* e = f.find("exam")) {
        if (!e->is_object())
            f.fail("exam", "an ISNCSCI exam object (docs/isncsci.md)");
        s.exam = clinical::write_isncsci_exam(clinical::parse_isncsci_exam(e->dump(), where + ": exam"));
    }
    f.choice("sensory", s.sensory, kSensoryNames);
    f.flag("trigeminal", s.trigeminal);
    if (const json* v = f.find("view")) {
        const auto view = v->is_string() ? parse_view(v->get<std::string>()) : std::nullopt;
        if (!view)
            f.fail("view", "one of \"anterior\", \"posterior\", \"left\", \"right\", \"superior\", \"inferior\"");
        s.view = *view;
    }
    if (const json* c = f.find("camera"))
        s.camera = read_camera(*c, where, "camera");
    f.integer("width", s.width, 16, kMaxImageSide);
    f.integer("height", s.height, 16, kMaxImageSide);
    f.integer("samples", s.samples, 0, 16);
    f.flag("transparent", s.transparent);
    if (const json* o = f.find("overlays")) {
        if (!o->is_object())
            f.fail("overlays", "an object with legend, labels, side_markers, band_labels, text_in_svg");
        const Fields of(*o, where, "overlays.");
        of.only({"legend", "labels", "side_markers", "band_labels", "text_in_svg"});
        of.flag("legend", s.overlays.legend);
        of.flag("labels", s.overlays.labels);
        of.flag("side_markers", s.overlays.side_markers);
        of.flag("band_labels", s.overlays.band_labels);
        of.flag("text_in_svg", s.overlays.text_in_svg);
    }
    return s;
}

Scene load_scene(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw Error("cannot read scene '" + file.string() + "': no such file; give a scene file (.json) or a PNG " +
                    "written by Dermaview");
    char magic[8] = {};
    std::ifstream(file, std::ios::binary).read(magic, sizeof magic);
    if (std::memcmp(magic, "\x89PNG\r\n\x1a\n", 8) == 0) {
        const PngContents png = read_png(file);
        for (const auto& [key, text] : png.text)
            if (key == kScenePngKeyword)
                return scene_from_json(text, "scene in '" + file.string() + "'");
        throw Error("'" + file.string() + "' holds no Dermaview scene (no \"" + kScenePngKeyword +
                    "\" text chunk): it was not written by 'dermaview render' or the window's Save figure, or an "
                    "editor dropped its text chunks. Use the scene file or the original PNG");
    }
    return scene_from_json(read_text_file(file), "scene file '" + file.string() + "'");
}

std::string camera_to_text(const Camera& camera) { return "dermaview-camera " + camera_json(camera).dump(); }

Camera camera_from_text(const std::string& text) {
    const std::string prefix = "dermaview-camera ";
    const auto at = text.find(prefix);
    const auto brace = text.find_first_not_of(" \t\r\n");
    // The copied line, or a bare camera object such as a scene file's "camera".
    if (at == std::string::npos && (brace == std::string::npos || text[brace] != '{'))
        throw Error("no camera in the text: expected 'dermaview-camera {...}' as Copy camera gives it, or a "
                    "scene file's \"camera\" object");
    const std::string body = at == std::string::npos ? text.substr(brace) : text.substr(at + prefix.size());
    return read_camera(parse_json(body, "camera text"), "camera text", "camera");
}

} // namespace dv
