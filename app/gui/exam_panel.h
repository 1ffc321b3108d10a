#pragma once
// The panel's Exam section: an ISNCSCI exam entered on a worksheet-style
// table or by clicking the body's key points and typing scores, its
// classification kept up to date, exam files opened and saved
// (docs/isncsci.md, "In the window"). The section owns the exam; the scene
// carries it as text (Scene::exam) so the body is painted by it and a saved
// figure keeps it.
#include "clinical/isncsci_classification.h"
#include "gui/exam_sheet.h"
#include "scene/scene.h"

#include <optional>
#include <string>

namespace dv::app {

struct ExamPanelState {
    std::optional<clinical::IsncsciExam> exam; // none: no exam in the window
    clinical::IsncsciClassification classification; // of `exam`, as the caption shows it
    SheetCell selected;       // the cell typed keys go to
    bool entering = false;    // a cell is selected: 0-5, N and Tab go to the worksheet
    std::string path = "exam.json"; // the Exam file field, for Open and Save
    std::string error;        // why the last Open or Save failed (the exam is kept)
    std::string message;      // what the last Open or Save did
    std::string notice;       // the same, for the window's notice (taken and cleared by the App)
    bool notice_is_error = false;
};

// Takes an exam the scene came with (--exam) into the section.
void adopt_scene_exam(ExamPanelState& state, const Scene& scene);

// Draws the section; edits the state and, when the exam changes, the scene.
void draw_exam_panel(Scene& scene, ExamPanelState& state);
// What the section shows below the file controls once there is an exam:
// the classification, the modality, VAC and DAP, the worksheet table.
void draw_exam_sheet(Scene& scene, ExamPanelState& state);

// A key pressed over the window (a GLFW key) while entering: a score for the
// selected cell (then the next cell), Tab (the next cell), Escape (stop
// entering). True when the worksheet took it.
bool exam_key(Scene& scene, ExamPanelState& state, int key);

// Selects a key point's cell (clicked on the body): `level` as the landmark
// names it ("C6", "S4-5"), on the body's right or left.
void select_key_point(ExamPanelState& state, const std::string& level, bool right);

// The caption over the body: the levels, NLI, AIS and completeness, then
// the zones of partial preservation; a field with more than four possible
// values (much still NT) as its first and last and their count.
std::string exam_caption_title(const clinical::IsncsciClassification& c);
std::string exam_caption_detail(const clinical::IsncsciClassification& c);

} // namespace dv::app
