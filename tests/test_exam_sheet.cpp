// The window's exam worksheet (app/gui/exam_sheet.h): the order a clinician
// fills it in, what a typed key records, and which cell a key point on the
// body stands for.
#include "clinical/isncsci_classification.h"
#include "gui/exam_sheet.h"

#include <catch2/catch.hpp>

#include <set>

using namespace dv::app;

TEST_CASE("The worksheet is filled down each column, sensory columns first, and every cell comes once",
          "[exam][window]") {
    SheetCell c{SheetColumn::RightTouch, 0};
    CHECK(cell_name(c) == "C2 R LT");
    std::set<std::string> seen;
    int steps = 0;
    do {
        seen.insert(cell_name(c));
        c = next_cell(c);
        ++steps;
    } while (!(c == SheetCell{SheetColumn::RightTouch, 0}) && steps < 1000);
    CHECK(steps == 4 * 28 + 2 * 10);
    CHECK(seen.size() == std::size_t(steps)); // no cell twice
    // The last light touch point (S4-5) leads to the first pin prick one; muscles end at S1.
    CHECK(cell_name(next_cell({SheetColumn::RightTouch, 27})) == "C2 R PP");
    CHECK(cell_name(next_cell({SheetColumn::LeftPin, 27})) == "C5 R motor");
    CHECK(cell_name({SheetColumn::LeftMotor, 9}) == "S1 L motor");
}

TEST_CASE("A typed key is a score only where the standard allows it", "[exam][window]") {
    const SheetCell touch{SheetColumn::LeftTouch, 4}, muscle{SheetColumn::RightMotor, 1};
    CHECK(typed_score('2', touch)->grade == 2);
    CHECK_FALSE(typed_score('3', touch)); // sensation is 0, 1 or 2
    CHECK(typed_score('5', muscle)->grade == 5);
    CHECK_FALSE(typed_score('6', muscle));
    CHECK(typed_score('N', touch)->not_testable);
    CHECK_FALSE(typed_score('x', muscle));
}

TEST_CASE("A key point clicked on the body selects its cell on its side, in the modality being entered",
          "[exam][window]") {
    CHECK(cell_name(*key_point_cell("C6", false, {SheetColumn::RightTouch, 0})) == "C6 L LT");
    CHECK(cell_name(*key_point_cell("C6", true, {SheetColumn::LeftPin, 3})) == "C6 R PP");
    CHECK(cell_name(*key_point_cell("S4-5", true, {SheetColumn::RightMotor, 0})) == "S4_5 R LT");
    CHECK_FALSE(key_point_cell("C1", true, {}));
    CHECK_FALSE(key_point_cell("nipple", true, {}));
}

TEST_CASE("A new worksheet is NT everywhere, so nothing is classified until scores are entered", "[exam][window]") {
    dv::clinical::IsncsciExam exam = blank_exam();
    CHECK(cell_score(exam, {SheetColumn::RightTouch, 10}).not_testable);
    CHECK(cell_score(exam, {SheetColumn::LeftMotor, 9}).not_testable);
    CHECK(exam.deep_anal_pressure == dv::clinical::Observation::NotTestable);
    // Typing into a cell changes that score only.
    cell_score(exam, {SheetColumn::LeftPin, 4}) = *typed_score('0', {SheetColumn::LeftPin, 4});
    CHECK(exam.left.pin_prick[4].grade == 0);
    CHECK_FALSE(exam.left.pin_prick[4].not_testable);
    CHECK(exam.left.light_touch[4].not_testable);
}
