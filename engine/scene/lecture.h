#pragma once
// A lecture: an ordered list of steps, each a scene (engine/scene/scene.h:
// map, levels, side, view or camera, emphasis ...) with the caption the
// audience reads. `dermaview --lecture FILE` plays one; the window's Ctrl+S
// adds its current view as a step. docs/lectures.md describes the format.
#include "scene/scene.h"

#include <filesystem>
#include <string>
#include <vector>

namespace dv {

struct LectureStep {
    Scene scene;
    std::string caption; // what the step shows, in the lecturer's words
    bool operator==(const LectureStep&) const = default;
};

struct Lecture {
    std::string title;
    std::vector<LectureStep> steps;
    bool operator==(const Lecture&) const = default;
};

// Reads a lecture; `where` names the source in messages, which say the step
// (counted from 1) and the field: "intro.json: step 3: field \"levels\" ...".
// Throws dv::Error; a lecture needs at least one step.
Lecture lecture_from_json(const std::string& text, const std::string& where);
Lecture load_lecture(const std::filesystem::path& file);
std::string lecture_to_json(const Lecture& lecture);
// Writes the whole file or nothing (core/files.h write_text_file): a failed
// save never loses the lecture already on disk. Throws dv::Error.
void save_lecture(const std::filesystem::path& file, const Lecture& lecture);

} // namespace dv
