#pragma once
// The ISNCSCI worksheet as the window's Exam section fills it: its cells
// (light touch and pin prick at the 28 key points per side, the 10 key
// muscles per side), their names as a person reads them ("C6 R LT",
// "C5 L motor"), and what a typed key does to the selected one. No ImGui
// here; docs/isncsci.md describes the section.
#include "clinical/isncsci_exam.h"

#include <optional>
#include <string>

namespace dv::app {

// The worksheet's columns in the order a clinician fills them (and Tab
// moves through them): the four sensory columns, then the two motor ones.
enum class SheetColumn { RightTouch, RightPin, LeftTouch, LeftPin, RightMotor, LeftMotor };
inline constexpr int kSheetColumns = 6;

struct SheetCell {
    SheetColumn column = SheetColumn::RightTouch;
    int row = 0; // a key sensory point (0 = C2 ... 27 = S4_5) or a key muscle (0 = C5 ... 9 = S1)
    bool operator==(const SheetCell&) const = default;
};

bool is_motor(SheetColumn column);
bool is_right(SheetColumn column);
int rows_of(SheetColumn column); // 28 or 10
std::string column_name(SheetColumn column); // "R LT", "R PP", "L LT", "L PP", "R motor", "L motor"
// The level a row stands for ("C2" ... "S4_5"; a muscle's "C5" ... "S1").
std::string row_level(SheetColumn column, int row);
std::string cell_name(const SheetCell& cell); // "C6 R LT"

// The score recorded in that cell.
clinical::Score& cell_score(clinical::IsncsciExam& exam, const SheetCell& cell);
const clinical::Score& cell_score(const clinical::IsncsciExam& exam, const SheetCell& cell);

// The next cell down the column, then the top of the next column; after the
// last, the first.
SheetCell next_cell(const SheetCell& cell);

// The cell of a key sensory point (a level as a landmark names it, "C6",
// "S4-5" or "S4_5") on one side, in the modality of `like` (light touch
// unless `like` is a pin prick column); nothing for a level with no point.
std::optional<SheetCell> key_point_cell(const std::string& level, bool right, const SheetCell& like);

// A typed character as a score for the cell: 0/1/2 (0-5 for a muscle) or N
// for NT. Nothing when the key is no score there.
std::optional<clinical::Score> typed_score(char key, const SheetCell& cell);

// A new worksheet: every score NT, the anal observations NT, as nothing has
// been examined yet.
clinical::IsncsciExam blank_exam();

} // namespace dv::app
