#pragma once
// A lecture played in the window (engine/scene/lecture.h): which step is on
// screen, the keys a presenter remote sends to move between steps, and
// Ctrl+S adding the current view as a step. No ImGui here, so tests can
// drive it. docs/lectures.md describes what a lecturer sees.
#include "scene/lecture.h"

#include <filesystem>
#include <string>

namespace dv::app {

enum class LectureKey { None, Next, Previous, AddStep };
// PageDown, Right and Space go on; PageUp and Left go back (what a
// presenter remote sends); Ctrl+S adds a step. GLFW key codes.
LectureKey lecture_key(int key, bool ctrl);

class LecturePlayer {
public:
    LecturePlayer(Lecture lecture, std::filesystem::path file);

    const Lecture& lecture() const { return lecture_; }
    int index() const { return index_; } // from 0
    const LectureStep& current() const { return lecture_.steps[std::size_t(index_)]; }
    // Moves by `by` steps, staying within the lecture; true when the step changed.
    bool move(int by);
    // Puts `step` after the current one, makes it current and saves the
    // file whole or not at all. Returns what the window tells: where it was
    // saved, or why not (the step is then not added).
    std::string add(LectureStep step, bool& ok);

private:
    Lecture lecture_;
    std::filesystem::path file_;
    int index_ = 0;
};

} // namespace dv::app
