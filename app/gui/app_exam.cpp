// The App's steps for an ISNCSCI exam on the body: the 28 key points per
// side drawn with their scores, a click on one selecting its worksheet cell,
// and the paint at a landmark as a script checks it (docs/isncsci.md).
#include "gui/app.h"

#include "figure/teaching_labels.h"

#include <imgui.h>

#include <cmath>

namespace dv::app {

namespace {
// A key point is clicked when the click lands within this many window
// units of it: about a fingertip on the body at the default distance.
constexpr float kKeyPointReach = 14.0f;

bool is_key_point(const Landmark& l) { return !l.level.empty() && l.name.starts_with("key_"); }

ImU32 score_fill(const clinical::Score& s) {
    if (s.not_testable)
        return IM_COL32(150, 150, 160, 235);
    return s.grade == 2 ? IM_COL32(235, 235, 228, 235) : s.grade == 1 ? IM_COL32(245, 180, 60, 235)
                                                                       : IM_COL32(220, 60, 50, 235);
}
} // namespace

bool App::select_clicked_key_point() {
    if (!exam_.exam || scene_.exam.empty())
        return false;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    const Landmark* nearest = nullptr;
    float best = kKeyPointReach;
    for (const Landmark& l : model_.landmarks().landmarks) {
        if (!is_key_point(l))
            continue;
        const glm::vec3 p = l.position_on(model_.body().skin);
        const auto pixel = project_to_pixel(input_.camera, int(size.x), int(size.y), p);
        if (!pixel || !seen_from(input_.camera, model_.body().skin, model_.caster(), p, l.vertex))
            continue;
        const float d = std::hypot(pixel->x - mouse.x, pixel->y - mouse.y);
        if (d < best) {
            best = d;
            nearest = &l;
        }
    }
    if (!nearest)
        return false;
    select_key_point(exam_, nearest->level, nearest->side == Side::Right);
    return true;
}

void App::draw_exam_points() {
    if (!exam_.exam || scene_.exam.empty() || scene_.display != DisplayMode::Sensory)
        return;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const bool pin = scene_.sensory == SensoryModality::PinPrick;
    for (const Landmark& l : model_.landmarks().landmarks) {
        if (!is_key_point(l))
            continue;
        const auto touch = key_point_cell(l.level, l.side == Side::Right, {SheetColumn::RightTouch, 0});
        if (!touch)
            continue;
        const glm::vec3 p = l.position_on(model_.body().skin);
        const auto pixel = project_to_pixel(input_.camera, int(size.x), int(size.y), p);
        if (!pixel || !seen_from(input_.camera, model_.body().skin, model_.caster(), p, l.vertex))
            continue;
        const SheetCell pin_cell{SheetColumn(int(touch->column) + 1), touch->row}; // LT's column, then PP's
        const clinical::Score& lt = cell_score(*exam_.exam, *touch);
        const clinical::Score& pp = cell_score(*exam_.exam, pin_cell);
        const std::string text = scene_.sensory == SensoryModality::Both
                                     ? clinical::score_text(lt) + "/" + clinical::score_text(pp)
                                     : clinical::score_text(pin ? pp : lt);
        const ImVec2 at(pixel->x, pixel->y);
        dl->AddCircleFilled(at, 5.0f, score_fill(pin ? pp : lt));
        dl->AddCircle(at, 5.0f, IM_COL32(20, 20, 24, 255), 0, 1.5f);
        const bool selected = exam_.entering && (exam_.selected == *touch || exam_.selected == pin_cell);
        if (selected)
            dl->AddCircle(at, 10.0f, IM_COL32(255, 230, 60, 255), 0, 2.5f);
        dl->AddText(ImVec2(at.x + 8.0f, at.y - 7.0f), IM_COL32(255, 255, 250, 255), text.c_str());
    }
}

std::vector<std::string> App::sensation_at(const std::string& name) const {
    std::vector<std::string> out;
    const SensoryPaint& paint = sensory_.paint();
    if (scene_.display != DisplayMode::Sensory || paint.light_touch.empty())
        return out;
    std::vector<Modality> shown;
    if (scene_.sensory != SensoryModality::PinPrick)
        shown.push_back(Modality::LightTouch);
    if (scene_.sensory != SensoryModality::LightTouch)
        shown.push_back(Modality::PinPrick);
    for (const Landmark& l : model_.landmarks().landmarks) {
        if (l.name != name || l.vertex >= paint.light_touch.size())
            continue;
        for (Modality m : shown) {
            // Shares of altered, absent and not testable skin; normal is the rest.
            const glm::vec3 s = paint.of(m)[l.vertex];
            const float normal = 1.0f - s.x - s.y - s.z;
            const SensoryScore most = s.y >= 0.5f   ? SensoryScore::Absent
                                      : s.x >= 0.5f ? SensoryScore::Altered
                                      : s.z >= 0.5f ? SensoryScore::NotTestable
                                      : normal >= 0.5f ? SensoryScore::Normal
                                                       : SensoryScore::Altered; // no share is half: mixed
            out.push_back(std::string(side_name(l.side)) + " " + std::string(modality_name(m)) + ": " +
                          std::string(sensory_score_name(most)));
        }
    }
    return out;
}

} // namespace dv::app
