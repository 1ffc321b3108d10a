// The ISNCSCI rules one at a time, on exams built for each (docs/isncsci.md):
// the levels where a segment has no key muscle, what NT leaves open, what the
// "*" / "**" tags change, the 2019 zones of partial preservation, and the
// grades A to E at their borders.
#include "clinical/isncsci_classification.h"
#include "support/isncsci_builder.h"

#include <catch2/catch.hpp>

using dv::clinical::Observation;
using dv::test::ExamBuilder;

namespace {
dv::clinical::IsncsciClassification classify(const ExamBuilder& b) {
    return dv::clinical::classify_isncsci(b.exam()).classification;
}
} // namespace

TEST_CASE("a normal exam is intact everywhere, grade E, no zones", "[isncsci]") {
    const auto r = dv::clinical::classify_isncsci(ExamBuilder().exam());
    const auto& c = r.classification;
    CHECK(c.sensory_right == "INT");
    CHECK(c.motor_left == "INT");
    CHECK(c.neurological_level == "INT");
    CHECK(c.injury_complete == "I");
    CHECK(c.asia_impairment_scale == "E");
    CHECK(c.zpp_sensory_right == "NA");
    CHECK(c.zpp_motor_left == "NA");
    CHECK(r.totals.upper_extremity == "50");
    CHECK(r.totals.lower_extremity == "50");
    CHECK(r.totals.light_touch == "112");
    CHECK(r.totals.right.pin_prick == "56");
    CHECK(r.totals.left.motor == "50");
}

TEST_CASE("without anal contraction the motor level stops at S3 and the grade is B", "[isncsci]") {
    // The S4-5 segment's motor function is the anal contraction; the NLI
    // reads sensation and the key muscles only.
    const auto c = classify(ExamBuilder().anal(Observation::No, Observation::Yes));
    CHECK(c.motor_right == "S3");
    CHECK(c.neurological_level == "INT");
    CHECK(c.asia_impairment_scale == "B");
    CHECK(c.zpp_motor_right == "S3");
    CHECK(c.zpp_sensory_right == "NA");
}

TEST_CASE("a C6 complete injury: levels, grade A, zones at the level", "[isncsci]") {
    const auto c = classify(ExamBuilder()
                                .below("both", "sensory", "C7", "0")
                                .set("both", "motor", "C6", "3")
                                .below("both", "motor", "C7", "0")
                                .anal(Observation::No, Observation::No));
    CHECK(c.sensory_right == "C6");
    CHECK(c.motor_left == "C6");
    CHECK(c.neurological_level == "C6");
    CHECK(c.injury_complete == "C");
    CHECK(c.asia_impairment_scale == "A");
    CHECK(c.zpp_sensory_left == "C6");
    CHECK(c.zpp_motor_right == "C6");
}

TEST_CASE("no sensation from C2 down: every level is C1", "[isncsci]") {
    const auto c = classify(ExamBuilder()
                                .below("both", "sensory", "C2", "0")
                                .below("both", "motor", "C5", "0")
                                .anal(Observation::No, Observation::No));
    CHECK(c.sensory_left == "C1");
    CHECK(c.motor_right == "C1");
    CHECK(c.neurological_level == "C1");
    CHECK(c.zpp_sensory_right == "C1");
    CHECK(c.zpp_motor_left == "C1");
}

TEST_CASE("where there is no key muscle the motor level follows the sensory level", "[isncsci]") {
    // Arms normal, sensation lost below T9: motor level T9, not T1.
    auto c = classify(ExamBuilder().below("both", "sensory", "T10", "1"));
    CHECK(c.sensory_right == "T9");
    CHECK(c.motor_right == "T9");
    CHECK(c.asia_impairment_scale == "D");
    // Sensation impaired at C6 with every arm muscle normal: the arm's key
    // muscles carry the motor level to T1, no further.
    c = classify(ExamBuilder().set("right", "lightTouch", "C6", "1"));
    CHECK(c.sensory_right == "C5");
    CHECK(c.motor_right == "T1");
    CHECK(c.neurological_level == "C5");
}

TEST_CASE("an NT gives every level some reading of it gives, and ND totals", "[isncsci]") {
    const auto r = dv::clinical::classify_isncsci(ExamBuilder().set("right", "lightTouch", "C6", "NT").exam());
    const auto& c = r.classification;
    CHECK(c.sensory_right == "C5,INT");
    CHECK(c.sensory_left == "INT");
    CHECK(c.motor_right == "T1,INT");
    CHECK(c.neurological_level == "C5,INT");
    CHECK(c.asia_impairment_scale == "D,E");
    CHECK(r.totals.right.light_touch == "ND");
    CHECK(r.totals.light_touch == "ND");
    CHECK(r.totals.right.pin_prick == "56");
}

TEST_CASE("an NT muscle leaves the motor level open across its grades", "[isncsci]") {
    const auto c = classify(ExamBuilder().set("left", "motor", "C7", "NT"));
    CHECK(c.motor_left == "C6,C7,INT");
    CHECK(c.neurological_level == "C6,C7,INT");
}

TEST_CASE("a '**' score counts as normal and marks what it changed", "[isncsci]") {
    const auto r = dv::clinical::classify_isncsci(ExamBuilder().set("right", "lightTouch", "C6", "0**").exam());
    CHECK(r.classification.sensory_right == "INT*");
    CHECK(r.classification.motor_right == "INT*");
    CHECK(r.classification.neurological_level == "INT*");
    CHECK(r.classification.asia_impairment_scale == "E*");
    CHECK(r.totals.right.light_touch == "54"); // totals add the grades as recorded
}

TEST_CASE("a '*' score is not normal; on NT the tag decides and is marked", "[isncsci]") {
    auto c = classify(ExamBuilder().set("right", "lightTouch", "C6", "1*"));
    CHECK(c.sensory_right == "C5");
    c = classify(ExamBuilder().set("right", "lightTouch", "C6", "NT*"));
    CHECK(c.sensory_right == "C5*");
    CHECK(c.neurological_level == "C5");
    c = classify(ExamBuilder().set("right", "motor", "C6", "3*"));
    CHECK(c.motor_right == "C6");
}

TEST_CASE("2019: the sensory zone applies per side, in an incomplete injury too", "[isncsci]") {
    // T9 complete below but light touch at S4-5 on the right: incomplete.
    const auto base = ExamBuilder()
                          .below("both", "sensory", "T10", "0")
                          .below("both", "motor", "L2", "0")
                          .set("right", "lightTouch", "S4_5", "1")
                          .anal(Observation::No, Observation::No);
    const auto c = classify(base);
    CHECK(c.injury_complete == "I");
    CHECK(c.asia_impairment_scale == "B");
    CHECK(c.zpp_sensory_right == "NA");
    CHECK(c.zpp_sensory_left == "T9");
    CHECK(c.zpp_motor_right == "T9"); // no anal contraction: the motor zone applies
}

TEST_CASE("a non-key muscle more than three levels below the motor level makes B a C", "[isncsci]") {
    auto b = ExamBuilder()
                 .below("both", "sensory", "T10", "0")
                 .below("both", "motor", "L2", "0")
                 .set("right", "lightTouch", "S4_5", "1")
                 .anal(Observation::No, Observation::No);
    auto c = classify(ExamBuilder(b).non_key("right", "L3"));
    CHECK(c.asia_impairment_scale == "C");
    CHECK(c.zpp_motor_right == "L3");
    // Within three levels (T12) it proves nothing: still B.
    c = classify(ExamBuilder(b).non_key("right", "T1"));
    CHECK(c.asia_impairment_scale == "B");
    // In a complete injury it changes nothing.
    c = classify(ExamBuilder(b).set("right", "lightTouch", "S4_5", "0").non_key("right", "L3"));
    CHECK(c.asia_impairment_scale == "A");
    CHECK(c.zpp_motor_right == "T9");
}

TEST_CASE("C or D by half the key muscles below the NLI at grade 3", "[isncsci]") {
    auto legs = [](const char* grade) {
        return ExamBuilder()
            .below("both", "sensory", "T10", "0")
            .set("both", "sensory", "S4_5", "1")
            .below("both", "motor", "L2", grade)
            .anal(Observation::Yes, Observation::No);
    };
    CHECK(classify(legs("3")).asia_impairment_scale == "D");
    CHECK(classify(legs("2")).asia_impairment_scale == "C");
    // Exactly half (5 of 10) at grade 3: D.
    CHECK(classify(legs("2").below("both", "motor", "L5", "3").set("right", "motor", "L4", "3"))
              .asia_impairment_scale == "D");
}

TEST_CASE("not-testable anal observations leave completeness and zones open", "[isncsci]") {
    const auto complete_t9 =
        ExamBuilder().below("both", "sensory", "T10", "0").below("both", "motor", "L2", "0");
    auto c = classify(ExamBuilder(complete_t9).anal(Observation::NotTestable, Observation::No));
    CHECK(c.injury_complete == "C,I");
    CHECK(c.asia_impairment_scale == "A,C");
    CHECK(c.zpp_motor_right == "NA,T9");
    CHECK(c.zpp_sensory_right == "T9");
    c = classify(ExamBuilder(complete_t9).anal(Observation::No, Observation::NotTestable));
    CHECK(c.asia_impairment_scale == "A,B");
    CHECK(c.zpp_sensory_left == "NA,T9");
    CHECK(c.zpp_motor_left == "T9");
}
