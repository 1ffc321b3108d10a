// The ISNCSCI classification against published worked cases, field by
// field. Each file in tests/data/isncsci/ holds an exam in the calculators'
// format, the classification and totals its source publishes, and that
// source: the ISNCSCI 2019 validation cases of the open ISNCSCI algorithm
// (github.com/praxis-isncsci/algorithm, specs/2019.json), which come from
// the InStep training course (Module 5 assessment cases A-E and sample
// cases 1-2), re-keyed into the exam format of docs/isncsci.md.
#include "clinical/isncsci_classification.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using dv::test::dermaview_binary;
using dv::test::run_process;
using nlohmann::json;

namespace {

fs::path cases_dir() {
    return fs::path(DERMAVIEW_TEST_FIXTURES) / "isncsci";
}

json read_json(const fs::path& file) {
    std::ifstream in(file);
    return json::parse(in);
}

std::vector<fs::path> case_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(cases_dir()))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Every string leaf of `expected`, compared with the same path in `actual`.
void check_fields(const json& expected, const json& actual, const std::string& path) {
    if (!expected.is_object()) {
        INFO(path);
        CHECK(actual == expected);
        return;
    }
    for (const auto& item : expected.items()) {
        REQUIRE(actual.contains(item.key()));
        check_fields(item.value(), actual.at(item.key()), path + "/" + item.key());
    }
}

} // namespace

TEST_CASE("published ISNCSCI cases classify as published, field by field", "[isncsci]") {
    const std::vector<fs::path> files = case_files();
    REQUIRE(files.size() >= 7);
    for (const fs::path& file : files) {
        const json doc = read_json(file);
        INFO(file.filename().string() << ": " << doc.at("source").get<std::string>());
        const auto exam = dv::clinical::parse_isncsci_exam(doc.at("exam").dump(), file.string());
        const json actual = json::parse(dv::clinical::isncsci_result_json(dv::clinical::classify_isncsci(exam)));
        check_fields(doc.at("expected"), actual, "");
    }
}

TEST_CASE("dermaview isncsci --json prints the published classification", "[isncsci][cli]") {
    dv::test::ScratchDir dir;
    const json doc = read_json(cases_dir() / "instep-assessment-a.json");
    const fs::path exam = dir / "exam.json";
    std::ofstream(exam) << doc.at("exam").dump(2);
    const auto r = run_process({dermaview_binary(), "isncsci", exam.string(), "--json"});
    REQUIRE(r.exit_status == 0);
    check_fields(doc.at("expected"), json::parse(r.out), "");

    const auto text = run_process({dermaview_binary(), "isncsci", exam.string()});
    REQUIRE(text.exit_status == 0);
    CHECK_THAT(text.out, Catch::Contains("ASIA Impairment Scale (AIS): A"));
    CHECK_THAT(text.out, Catch::Contains("neurological level of injury (NLI): C5"));
}

TEST_CASE("dermaview isncsci refuses bad exams with the point named, exit 2", "[isncsci][cli]") {
    dv::test::ScratchDir dir;
    json exam = read_json(cases_dir() / "instep-sample-1.json").at("exam");
    auto try_exam = [&](const std::string& text) {
        const fs::path file = dir / "bad.json";
        std::ofstream(file) << text;
        return run_process({dermaview_binary(), "isncsci", file.string(), "--json"});
    };
    json missing = exam;
    missing["right"]["lightTouch"].erase("C6");
    json out_of_range = exam;
    out_of_range["left"]["motor"]["L3"] = "6";
    json unknown = exam;
    unknown["left"]["pinprick"] = json::object();
    const std::vector<std::pair<std::string, std::string>> bad = {
        {missing.dump(), "right.lightTouch.C6: missing"},
        {out_of_range.dump(), "left.motor.L3: \"6\" is not allowed"},
        {unknown.dump(), "left.pinprick: unknown field"},
        {"{\"right\": ", "not valid JSON"},
        {"[1, 2]", "expected a JSON object"},
    };
    for (const auto& [text, message] : bad) {
        const auto r = try_exam(text);
        INFO(message);
        CHECK(r.exit_status == 2);
        CHECK_THAT(r.err, Catch::Contains(message));
        CHECK(r.out.empty());
    }
    const auto none = run_process({dermaview_binary(), "isncsci", (dir / "absent.json").string()});
    CHECK(none.exit_status == 2);
    CHECK_THAT(none.err, Catch::Contains("absent.json"));
}
