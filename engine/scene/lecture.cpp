#include "scene/lecture.h"

#include "core/error.h"
#include "core/files.h"
#include "core/json_text.h"

#include <nlohmann/json.hpp>

namespace dv {

namespace {
using json = nlohmann::ordered_json;
constexpr const char* kLectureFormat = "dermaview-lecture 1";

json parse_lecture_json(const std::string& text, const std::string& where) {
    if (const std::size_t deep = json_nesting_exceeded(text); deep != std::string::npos) {
        const TextPosition p = position_of(text, deep);
        throw Error(where + ": line " + std::to_string(p.line) + ", column " + std::to_string(p.column) +
                    ": nested more than " + std::to_string(kMaxJsonNesting) + " levels deep; a lecture nests 5");
    }
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        const TextPosition p = position_of(text, e.byte > 0 ? e.byte - 1 : 0);
        throw Error(where + ": line " + std::to_string(p.line) + ", column " + std::to_string(p.column) +
                    ": not valid JSON; check the commas, quotes and brackets there");
    } catch (const json::exception& e) { // a number too large for a double
        throw Error(where + ": not valid JSON (" + std::string(e.what()) + "); write numbers within 1e308");
    }
}
} // namespace

Lecture lecture_from_json(const std::string& text, const std::string& where) {
    const json j = parse_lecture_json(text, where);
    if (!j.is_object())
        throw Error(where + ": expected a JSON object (a Dermaview lecture, see docs/lectures.md)");
    const auto format = j.find("format");
    if (format == j.end() || !format->is_string() || format->get<std::string>() != kLectureFormat)
        throw Error(where + ": field \"format\" must be \"" + std::string(kLectureFormat) +
                    "\" (is this a Dermaview lecture? see docs/lectures.md)");
    for (const auto& [key, value] : j.items())
        if (key != "format" && key != "title" && key != "steps")
            throw Error(where + ": unknown field \"" + key + "\"; a lecture has \"format\", \"title\" and \"steps\"");
    Lecture lecture;
    if (const auto title = j.find("title"); title != j.end()) {
        if (!title->is_string())
            throw Error(where + ": field \"title\": expected text");
        lecture.title = title->get<std::string>();
    }
    const auto steps = j.find("steps");
    if (steps == j.end() || !steps->is_array() || steps->empty())
        throw Error(where + ": field \"steps\": expected a list of at least one step, each a scene with a caption");
    for (std::size_t i = 0; i < steps->size(); ++i) {
        const std::string at = where + ": step " + std::to_string(i + 1);
        json step = (*steps)[i];
        if (!step.is_object())
            throw Error(at + ": expected a JSON object (a scene's fields and a \"caption\")");
        LectureStep s;
        if (const auto caption = step.find("caption"); caption != step.end()) {
            if (!caption->is_string())
                throw Error(at + ": field \"caption\": expected text");
            s.caption = caption->get<std::string>();
            step.erase("caption");
        }
        // A step is a scene without its format line: the lecture has one.
        if (!step.contains("format"))
            step["format"] = "dermaview-scene 1";
        s.scene = scene_from_json(step.dump(), at);
        lecture.steps.push_back(std::move(s));
    }
    return lecture;
}

Lecture load_lecture(const std::filesystem::path& file) {
    return lecture_from_json(read_text_file(file), file.string());
}

std::string lecture_to_json(const Lecture& lecture) {
    json steps = json::array();
    for (const LectureStep& s : lecture.steps) {
        json step = {{"caption", s.caption}};
        const json scene = json::parse(scene_to_json(s.scene));
        for (const auto& [key, value] : scene.items())
            if (key != "format")
                step[key] = value;
        steps.push_back(std::move(step));
    }
    const json j = {{"format", kLectureFormat}, {"title", lecture.title}, {"steps", std::move(steps)}};
    return j.dump(2) + "\n";
}

void save_lecture(const std::filesystem::path& file, const Lecture& lecture) {
    write_text_file(file, lecture_to_json(lecture));
}

} // namespace dv
