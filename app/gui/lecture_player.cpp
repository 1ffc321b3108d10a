#include "gui/lecture_player.h"

#include "core/error.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>

namespace dv::app {

LectureKey lecture_key(int key, bool ctrl) {
    if (ctrl)
        return key == GLFW_KEY_S ? LectureKey::AddStep : LectureKey::None;
    if (key == GLFW_KEY_PAGE_DOWN || key == GLFW_KEY_RIGHT || key == GLFW_KEY_SPACE)
        return LectureKey::Next;
    if (key == GLFW_KEY_PAGE_UP || key == GLFW_KEY_LEFT)
        return LectureKey::Previous;
    return LectureKey::None;
}

LecturePlayer::LecturePlayer(Lecture lecture, std::filesystem::path file)
    : lecture_(std::move(lecture)), file_(std::move(file)) {
    if (lecture_.steps.empty())
        throw InternalError("a lecture with no steps"); // lecture_from_json refuses those
}

bool LecturePlayer::move(int by) {
    const int next = std::clamp(index_ + by, 0, int(lecture_.steps.size()) - 1);
    const bool changed = next != index_;
    index_ = next;
    return changed;
}

std::string LecturePlayer::add(LectureStep step, bool& ok) {
    Lecture grown = lecture_;
    grown.steps.insert(grown.steps.begin() + index_ + 1, std::move(step));
    try {
        save_lecture(file_, grown);
    } catch (const Error& e) {
        ok = false;
        return std::string("The step was not added: ") + e.what();
    }
    lecture_ = std::move(grown);
    ++index_;
    ok = true;
    return "Step " + std::to_string(index_ + 1) + " of " + std::to_string(lecture_.steps.size()) + " added to " +
           file_.string();
}

} // namespace dv::app
