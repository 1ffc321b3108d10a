// The exam file: what the calculators write is read, what we write reads
// back the same, and each way of getting a point wrong is named.
#include "clinical/isncsci_exam.h"
#include "core/error.h"
#include "support/isncsci_builder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using dv::clinical::parse_isncsci_exam;
using dv::clinical::parse_score;
using nlohmann::json;

TEST_CASE("scores: the worksheet's values and tags, nothing else", "[isncsci]") {
    for (const char* ok : {"0", "1", "2", "NT", "0*", "1*", "0**", "1**", "NT*", "NT**"})
        CHECK(parse_score(ok, false).has_value());
    for (const char* bad : {"3", "2*", "2**", "-1", "nt", "", "1***", " 1", "10", "N", "*"})
        CHECK_FALSE(parse_score(bad, false).has_value());
    for (const char* ok : {"0", "3", "5", "4*", "0**", "NT", "NT**"})
        CHECK(parse_score(ok, true).has_value());
    for (const char* bad : {"6", "5*", "5**", "3.5"})
        CHECK_FALSE(parse_score(bad, true).has_value());
    CHECK(dv::clinical::score_text(*parse_score("NT**", true)) == "NT**");
}

TEST_CASE("an exam written and read back is the same exam", "[isncsci]") {
    dv::test::ExamBuilder b;
    b.below("right", "sensory", "T4", "1").set("left", "pinPrick", "C6", "0*").set("left", "motor", "L3", "NT**");
    b.non_key("left", "L4").anal(dv::clinical::Observation::NotTestable, dv::clinical::Observation::No);
    const std::string text = dv::clinical::write_isncsci_exam(b.exam());
    CHECK(parse_isncsci_exam(text, "round trip") == b.exam());
    const json j = json::parse(text);
    CHECK(j["left"]["pinPrick"]["C6"] == "0*");
    CHECK(j["left"]["lowestNonKeyMuscleWithMotorFunction"] == "L4");
    CHECK(j["voluntaryAnalContraction"] == "NT");
}

TEST_CASE("bad exams are refused with the field and what is allowed", "[isncsci]") {
    const json good = json::parse(dv::clinical::write_isncsci_exam(dv::test::ExamBuilder().exam()));
    auto message = [&](const json& exam) {
        try {
            parse_isncsci_exam(exam.dump(), "exam.json");
        } catch (const dv::Error& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    json j = good;
    j["right"]["pinPrick"]["T7"] = 2;
    CHECK_THAT(message(j), Catch::Contains("exam.json: right.pinPrick.T7: 2 is not a string"));
    j = good;
    j["left"]["lowestNonKeyMuscleWithMotorFunction"] = "T6";
    CHECK_THAT(message(j), Catch::Contains("left.lowestNonKeyMuscleWithMotorFunction: \"T6\" is not a myotome"));
    j = good;
    j["deepAnalPressure"] = "yes";
    CHECK_THAT(message(j), Catch::Contains("deepAnalPressure: \"yes\" is not allowed; use \"Yes\", \"No\" or \"NT\""));
    j = good;
    j.erase("voluntaryAnalContraction");
    CHECK_THAT(message(j), Catch::Contains("voluntaryAnalContraction: missing"));
    j = good;
    j["right"]["motor"]["C4"] = "5";
    CHECK_THAT(message(j), Catch::Contains("right.motor.C4: unknown field"));
    j = good;
    j["left"]["motor"] = json::array();
    CHECK_THAT(message(j), Catch::Contains("left.motor: expected an object"));
    // Absent, null or empty: no non-key muscle recorded.
    j = good;
    j["right"]["lowestNonKeyMuscleWithMotorFunction"] = nullptr;
    CHECK(message(j) == "accepted");
}
