#include "gui/exam_panel.h"

#include "core/error.h"
#include "core/files.h"
#include "gui/ui_controls.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <utility>
#include <vector>

namespace dv::app {

using clinical::Observation;
using clinical::Score;

namespace {

// The exam changed: classify it again and put it on the body.
void publish(Scene& scene, ExamPanelState& state) {
    state.classification = clinical::classify_isncsci(*state.exam).classification;
    scene.exam = clinical::write_isncsci_exam(*state.exam);
    scene.lesion.clear(); // the sensory display shows one of them at a time
    scene.display = DisplayMode::Sensory;
}

void tell(ExamPanelState& state, std::string text, bool error) {
    (error ? state.error : state.message) = text;
    (error ? state.message : state.error).clear();
    state.notice = std::move(text);
    state.notice_is_error = error;
}

void open_exam(Scene& scene, ExamPanelState& state) {
    try {
        state.exam = clinical::load_isncsci_exam(state.path);
        state.entering = false;
        tell(state, "Opened " + state.path, false);
        publish(scene, state);
    } catch (const Error& e) {
        tell(state, std::string(e.what()) + (state.exam ? "; the exam shown is kept" : ""), true);
    }
}

void save_exam(ExamPanelState& state) {
    try {
        write_text_file(state.path, clinical::write_isncsci_exam(*state.exam));
        tell(state, "Saved " + state.path, false);
    } catch (const Error& e) {
        tell(state, e.what(), true);
    }
}

void draw_files(Scene& scene, ExamPanelState& state) {
    if (ui::button("New exam")) {
        state.exam = blank_exam();
        state.selected = {};
        state.entering = true;
        state.error.clear();
        state.message = "A blank worksheet: every score NT until entered";
        ImGui::SetWindowFocus(nullptr); // keys go to the worksheet, not to the panel's fields (Tab)
        publish(scene, state);
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!state.exam);
    if (ui::button("Close exam")) {
        state.exam.reset();
        state.entering = false;
        scene.exam.clear();
        scene.display = DisplayMode::Dermatomes;
    }
    ImGui::EndDisabled();
    ImGui::PushItemWidth(-ImGui::CalcTextSize("Exam file").x - ImGui::GetStyle().ItemInnerSpacing.x);
    ui::input_text("Exam file", state.path);
    ImGui::PopItemWidth();
    if (ui::button("Open exam"))
        open_exam(scene, state);
    ImGui::SameLine();
    ImGui::BeginDisabled(!state.exam);
    if (ui::button("Save exam"))
        save_exam(state);
    ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0.0f);
    if (!state.error.empty())
        ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.4f, 1.0f), "%s", state.error.c_str());
    else if (!state.message.empty())
        ImGui::TextDisabled("%s", state.message.c_str());
    ImGui::PopTextWrapPos();
}

void draw_modality(Scene& scene) {
    int modality = int(scene.sensory);
    ImGui::TextUnformatted("Body shows");
    ImGui::SameLine();
    ui::radio("LT##exam", &modality, int(SensoryModality::LightTouch));
    ImGui::SameLine();
    ui::radio("PP##exam", &modality, int(SensoryModality::PinPrick));
    ImGui::SameLine();
    ui::radio("LT and PP", &modality, int(SensoryModality::Both));
    scene.sensory = SensoryModality(modality);
}

bool observation_combo(const char* label, Observation& value) {
    bool changed = false;
    ImGui::SetNextItemWidth(70.0f);
    if (ui::begin_combo(label, clinical::observation_text(value))) {
        for (Observation o : {Observation::Yes, Observation::No, Observation::NotTestable})
            if (ui::entry(clinical::observation_text(o), o == value)) {
                changed = o != value;
                value = o;
            }
        ui::end_combo();
    }
    return changed;
}

ImVec4 score_colour(const Score& s, bool motor) {
    if (s.not_testable)
        return ImVec4(0.6f, 0.6f, 0.65f, 1.0f);
    const int normal = motor ? 5 : 2;
    if (s.grade == normal)
        return ImVec4(0.92f, 0.92f, 0.9f, 1.0f);
    return s.grade == 0 ? ImVec4(1.0f, 0.42f, 0.38f, 1.0f) : ImVec4(1.0f, 0.75f, 0.3f, 1.0f);
}

// One table cell; a click selects it for typing.
void draw_cell(ExamPanelState& state, const SheetCell& cell) {
    const Score& s = cell_score(*state.exam, cell);
    ImGui::PushStyleColor(ImGuiCol_Text, score_colour(s, is_motor(cell.column)));
    if (ui::cell(cell_name(cell), clinical::score_text(s), state.entering && state.selected == cell, 36.0f)) {
        state.selected = cell;
        state.entering = true;
        ImGui::SetWindowFocus(nullptr); // keys go to the worksheet, not to the panel's fields (Tab)
    }
    ImGui::PopStyleColor();
}

// The worksheet: a row per key sensory point, motor beside the rows of the
// key muscles' levels, laid out as the ISNCSCI form (right side, then left).
void draw_table(ExamPanelState& state) {
    static constexpr SheetColumn kOrder[] = {SheetColumn::RightMotor, SheetColumn::RightTouch, SheetColumn::RightPin,
                                             SheetColumn::LeftTouch,  SheetColumn::LeftPin,    SheetColumn::LeftMotor};
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("worksheet", 7, flags))
        return;
    ImGui::TableSetupColumn("");
    for (SheetColumn c : kOrder)
        ImGui::TableSetupColumn(column_name(c).c_str());
    ImGui::TableHeadersRow();
    for (int point = 0; point < clinical::kSensoryPoints; ++point) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const std::string level = row_level(SheetColumn::RightTouch, point);
        ImGui::TextUnformatted(level == "S4_5" ? "S4-5" : level.c_str()); // as the form prints it
        for (SheetColumn c : kOrder) {
            ImGui::TableNextColumn();
            if (!is_motor(c)) {
                draw_cell(state, {c, point});
                continue;
            }
            for (int m = 0; m < clinical::kKeyMuscles; ++m)
                if (clinical::kKeyMuscleLevel[std::size_t(m)] == clinical::sensory_point_level(point))
                    draw_cell(state, {c, m});
        }
    }
    ImGui::EndTable();
}

void draw_classification(const ExamPanelState& state) {
    const clinical::IsncsciClassification& c = state.classification;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::Text("%s", exam_caption_title(c).c_str());
    ImGui::TextDisabled("%s", exam_caption_detail(c).c_str());
    if (state.entering)
        ImGui::TextDisabled("%s: type 0 1 2 (0-5 for a muscle) or N; Tab skips; Esc stops",
                            cell_name(state.selected).c_str());
    else
        ImGui::TextDisabled("Click a cell or a key point on the body to enter scores");
    ImGui::PopTextWrapPos();
}

} // namespace

void adopt_scene_exam(ExamPanelState& state, const Scene& scene) {
    if (scene.exam.empty())
        return;
    state.exam = clinical::parse_isncsci_exam(scene.exam, "the scene's exam");
    state.classification = clinical::classify_isncsci(*state.exam).classification;
}

void draw_exam_panel(Scene& scene, ExamPanelState& state) {
    // A lesion applied since (the Lesion section) takes the body: the
    // section keeps the exam, and the next score typed puts it back.
    if (!scene.lesion.empty() && !scene.exam.empty()) {
        scene.exam.clear();
        state.entering = false;
    }
    if (!ui::header("Exam", false))
        return;
    draw_files(scene, state);
    if (!state.exam) {
        if (!ui::registry().open_everything)
            return;
        // --list-controls: the worksheet a new exam shows, drawn for the list only.
        ExamPanelState listed;
        listed.exam = blank_exam();
        Scene untouched = scene;
        draw_exam_sheet(untouched, listed);
        return;
    }
    draw_exam_sheet(scene, state);
}

void draw_exam_sheet(Scene& scene, ExamPanelState& state) {
    draw_classification(state);
    draw_modality(scene);
    bool changed = observation_combo("Anal contraction (VAC)", state.exam->voluntary_anal_contraction);
    changed = observation_combo("Deep anal pressure (DAP)", state.exam->deep_anal_pressure) || changed;
    if (changed)
        publish(scene, state);
    draw_table(state);
}

bool exam_key(Scene& scene, ExamPanelState& state, int key) {
    if (!state.exam || !state.entering)
        return false;
    if (key == GLFW_KEY_ESCAPE) {
        state.entering = false;
        return true;
    }
    if (key == GLFW_KEY_TAB) {
        state.selected = next_cell(state.selected);
        return true;
    }
    char typed = 0;
    if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9)
        typed = char('0' + key - GLFW_KEY_0);
    else if (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_9)
        typed = char('0' + key - GLFW_KEY_KP_0);
    else if (key == GLFW_KEY_N)
        typed = 'N';
    else
        return false;
    const std::optional<Score> score = typed_score(typed, state.selected);
    if (!score) { // a 3 on a sensory point: say what is allowed, keep the cell
        state.error = std::string(1, typed) + " is no score for " + cell_name(state.selected) +
                      (is_motor(state.selected.column) ? ": type 0-5 or N" : ": type 0, 1, 2 or N");
        return true;
    }
    state.error.clear();
    cell_score(*state.exam, state.selected) = *score;
    state.selected = next_cell(state.selected);
    publish(scene, state);
    return true;
}

void select_key_point(ExamPanelState& state, const std::string& level, bool right) {
    if (!state.exam)
        return;
    if (const std::optional<SheetCell> cell = key_point_cell(level, right, state.selected)) {
        state.selected = *cell;
        state.entering = true;
    }
}

namespace {
// A field with many possible values (a half-entered sheet, NT everywhere)
// would fill the screen: the first and last of them, and how many.
std::string shortened(const std::string& field) {
    std::vector<std::string> values;
    for (std::size_t from = 0;;) {
        const std::size_t comma = field.find(',', from);
        values.push_back(field.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
        if (comma == std::string::npos)
            break;
        from = comma + 1;
    }
    if (values.size() <= 4)
        return field;
    return values.front() + ".." + values.back() + " (" + std::to_string(values.size()) + " possible)";
}
} // namespace

std::string exam_caption_title(const clinical::IsncsciClassification& raw) {
    clinical::IsncsciClassification c = raw;
    for (std::string* f : {&c.sensory_right, &c.sensory_left, &c.motor_right, &c.motor_left, &c.neurological_level})
        *f = shortened(*f);
    return "NLI " + c.neurological_level + ", AIS " + c.asia_impairment_scale + " (" +
           (c.injury_complete == "C" ? "complete" : c.injury_complete == "I" ? "incomplete" : c.injury_complete) +
           "); sensory R " + c.sensory_right + ", L " + c.sensory_left + "; motor R " + c.motor_right + ", L " +
           c.motor_left;
}

std::string exam_caption_detail(const clinical::IsncsciClassification& raw) {
    clinical::IsncsciClassification c = raw;
    for (std::string* f : {&c.zpp_sensory_right, &c.zpp_sensory_left, &c.zpp_motor_right, &c.zpp_motor_left})
        *f = shortened(*f);
    return "ZPP sensory R " + c.zpp_sensory_right + ", L " + c.zpp_sensory_left + "; motor R " + c.zpp_motor_right +
           ", L " + c.zpp_motor_left + " (ISNCSCI 2019)";
}

} // namespace dv::app
