#include "gui/exam_sheet.h"

namespace dv::app {

using clinical::Score;

bool is_motor(SheetColumn column) { return column == SheetColumn::RightMotor || column == SheetColumn::LeftMotor; }

bool is_right(SheetColumn column) {
    return column == SheetColumn::RightTouch || column == SheetColumn::RightPin || column == SheetColumn::RightMotor;
}

int rows_of(SheetColumn column) { return is_motor(column) ? clinical::kKeyMuscles : clinical::kSensoryPoints; }

std::string column_name(SheetColumn column) {
    switch (column) {
    case SheetColumn::RightTouch: return "R LT";
    case SheetColumn::RightPin: return "R PP";
    case SheetColumn::LeftTouch: return "L LT";
    case SheetColumn::LeftPin: return "L PP";
    case SheetColumn::RightMotor: return "R motor";
    case SheetColumn::LeftMotor: return "L motor";
    }
    return "";
}

std::string row_level(SheetColumn column, int row) {
    return clinical::level_name(is_motor(column) ? clinical::kKeyMuscleLevel[std::size_t(row)]
                                                 : clinical::sensory_point_level(row));
}

std::string cell_name(const SheetCell& cell) { return row_level(cell.column, cell.row) + " " + column_name(cell.column); }

Score& cell_score(clinical::IsncsciExam& exam, const SheetCell& cell) {
    clinical::ExamSide& side = is_right(cell.column) ? exam.right : exam.left;
    const std::size_t row = std::size_t(cell.row);
    switch (cell.column) {
    case SheetColumn::RightTouch:
    case SheetColumn::LeftTouch: return side.light_touch[row];
    case SheetColumn::RightPin:
    case SheetColumn::LeftPin: return side.pin_prick[row];
    default: return side.motor[row];
    }
}

const Score& cell_score(const clinical::IsncsciExam& exam, const SheetCell& cell) {
    return cell_score(const_cast<clinical::IsncsciExam&>(exam), cell); // the same cell, read only
}

SheetCell next_cell(const SheetCell& cell) {
    if (cell.row + 1 < rows_of(cell.column))
        return {cell.column, cell.row + 1};
    return {SheetColumn((int(cell.column) + 1) % kSheetColumns), 0};
}

std::optional<SheetCell> key_point_cell(const std::string& level, bool right, const SheetCell& like) {
    std::string name = level;
    if (name == "S4-5")
        name = "S4_5";
    const int index = clinical::level_from_name(name);
    const int point = index - 1; // point i is level i + 1
    if (index < 0 || point < 0 || point >= clinical::kSensoryPoints)
        return std::nullopt;
    const bool pin = like.column == SheetColumn::RightPin || like.column == SheetColumn::LeftPin;
    const SheetColumn column = right ? (pin ? SheetColumn::RightPin : SheetColumn::RightTouch)
                                     : (pin ? SheetColumn::LeftPin : SheetColumn::LeftTouch);
    return SheetCell{column, point};
}

std::optional<Score> typed_score(char key, const SheetCell& cell) {
    if (key == 'N' || key == 'n')
        return Score{0, true, clinical::Tag::None};
    const int most = is_motor(cell.column) ? 5 : 2;
    if (key >= '0' && key <= char('0' + most))
        return Score{key - '0', false, clinical::Tag::None};
    return std::nullopt;
}

clinical::IsncsciExam blank_exam() {
    clinical::IsncsciExam exam;
    const Score nt{0, true, clinical::Tag::None};
    for (clinical::ExamSide* side : {&exam.right, &exam.left}) {
        side->light_touch.fill(nt);
        side->pin_prick.fill(nt);
        side->motor.fill(nt);
    }
    exam.voluntary_anal_contraction = clinical::Observation::NotTestable;
    exam.deep_anal_pressure = clinical::Observation::NotTestable;
    return exam;
}

} // namespace dv::app
