// The script language itself (docs/scripting.md): mistakes are refused with
// the line and what is wrong, a failed expectation exits 1 saying what was
// seen, and every control of the panel is exercised by some script.
#include "gui/script.h"
#include "gui/ui_registry.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace dv::test;
using dv::app::parse_script;
using dv::app::ScriptError;

namespace {
const std::string kScripts = DERMAVIEW_TEST_SCRIPTS;

std::string write(const ScratchDir& dir, const std::string& name, const std::string& text) {
    std::ofstream(dir / name) << text;
    return (dir / name).string();
}

ProcessResult run_under_xvfb(const std::vector<std::string>& args) {
    std::vector<std::string> argv = {"xvfb-run", "-a", "-s", "-screen 0 1920x1080x24", dermaview_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    return run_process(argv);
}

int error_line(const std::string& text) {
    try {
        parse_script(text);
    } catch (const ScriptError& e) {
        return e.line;
    }
    return 0;
}
} // namespace

TEST_CASE("A script's words: quotes keep spaces, '#' starts a comment", "[script]") {
    const auto actions = parse_script("# a comment\n\nselect Map \"Evidence-based dermatomes\"  # why\nexpect levels\n");
    REQUIRE(actions.size() == 2);
    CHECK(actions[0].line == 3);
    CHECK(actions[0].args == std::vector<std::string>{"Map", "Evidence-based dermatomes"});
    CHECK(actions[1].args == std::vector<std::string>{"levels"});
}

TEST_CASE("Mistakes in a script are refused with their line", "[script]") {
    CHECK(error_line("wait 2\nfly to T4\n") == 2);
    CHECK(error_line("click\n") == 1);
    CHECK(error_line("\ncheck Borders maybe\n") == 2);
    CHECK(error_line("key Hyper\n") == 1);
    CHECK(error_line("key ctrl+\n") == 1);
    CHECK(error_line("drag 1 2 3\n") == 1);
    CHECK(error_line("wait soon\n") == 1);
    CHECK(error_line("expect weather sunny\n") == 1);
    CHECK(error_line("select Map \"Evidence\n") == 1);
    CHECK(error_line("click 10 20 sideways\n") == 1);
    CHECK(error_line("expect sensation key_T10 absent\n") == 1);   // a landmark is written @key_T10
    CHECK(error_line("expect sensation @key_T10 numb\n") == 1);    // not a state the painter has
    CHECK(error_line("expect caption\n") == 1);
    CHECK(error_line("key F12\nkey ctrl+z\nkey Home 3\nclick @nipple right\n"
                     "expect sensation @key_T10 \"not testable\"\nexpect caption \"NLI C6\"\n") == 0);
}

TEST_CASE("A label on two controls is refused naming both sections, a missing one names the closed sections",
          "[script]") {
    using namespace dv::app::ui;
    Registry r;
    r.open_section("View", false);
    r.add({"Left", "", r.section(), Kind::Button, {}, {}, false, true});
    r.open_section("Levels", false);
    r.add({"Left", "", r.section(), Kind::Radio, {}, {}, false, true});
    r.add({"Thoracic", "", r.section(), Kind::TreeNode, {}, {}, true, true});
    r.note_closed("Cervical");
    r.add({"Evidence-based", "evidence", "Map", Kind::ComboEntry, {}, {}, false, true});
    std::string why;
    CHECK(r.unique("Left", "", why) == nullptr);
    CHECK_THAT(why, Catch::Contains("ambiguous") && Catch::Contains("button in View") &&
                        Catch::Contains("radio button in Levels"));
    CHECK(r.unique("C5", "", why) == nullptr);
    CHECK_THAT(why, Catch::Contains("no control labelled 'C5'") && Catch::Contains("closed now: Cervical"));
    REQUIRE(r.unique("Thoracic", "", why) != nullptr);
    CHECK(r.unique("Thoracic", "", why)->section == "Levels");
    // A combo's entry by its text or its alias, only inside its combo.
    CHECK(r.unique("evidence", "Map", why) != nullptr);
    CHECK(r.unique("Evidence-based", "Map", why) != nullptr);
    CHECK(r.unique("Evidence-based", "", why) == nullptr);
    CHECK(visible_label("Size##figure") == "Size");
}

TEST_CASE("dermaview --script: a mistake exits 2 before any window opens, naming file and line", "[script][cli]") {
    ScratchDir dir;
    const std::string script = write(dir, "bad.txt", "wait 2\nclik Borders\n");
    // No display needed: the script is read first.
    const auto r = run_process({dermaview_binary(), "--script", script}, {{"DISPLAY", std::nullopt}});
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.txt:2:") && Catch::Contains("unknown action 'clik'"));
}

TEST_CASE("dermaview --script: a failed expectation exits 1 with its line and what was seen, a label not on "
          "screen exits 2", "[gui][script]") {
    ScratchDir dir;
    const std::string failing = write(dir, "fail.txt", "click \"Posterior [2]\"\nexpect view anterior\nexpect levels T4\n");
    const auto r = run_under_xvfb({"--script", failing, "--size", "900x700"});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exit_status == 1);
    CHECK_THAT(r.err, Catch::Contains("fail.txt:2: expect view anterior: saw \"posterior\""));
    CHECK_THAT(r.err, Catch::Contains("fail.txt:3: expect levels T4: saw \"\""));

    const std::string missing = write(dir, "missing.txt", "click Borders\ncheck C5 on\n");
    const auto m = run_under_xvfb({"--script", missing, "--size", "900x700"});
    INFO("stdout: " << m.out << "\nstderr: " << m.err);
    CHECK(m.exit_status == 2);
    CHECK_THAT(m.err, Catch::Contains("missing.txt:2: no control labelled 'C5' on screen") &&
                          Catch::Contains("Cervical"));
}

TEST_CASE("Every control of the panel is exercised by some script in tests/scripts", "[gui][script]") {
    const auto r = run_under_xvfb({"--list-controls", "--size", "1000x760"});
    INFO("stderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    std::set<std::string> used;
    for (const auto& file : std::filesystem::directory_iterator(kScripts)) {
        if (file.path().extension() != ".txt")
            continue;
        std::ifstream in(file.path());
        std::stringstream text;
        text << in.rdbuf();
        for (const std::string& label : dv::app::labels_used(parse_script(text.str())))
            used.insert(label);
    }
    std::istringstream listing(r.out);
    std::string line, unused;
    int controls = 0;
    while (std::getline(listing, line)) {
        // section, kind, label, alias: a combo's entry counts by its text or its alias (a map's id)
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string s; std::getline(fields, s, '\t');)
            f.push_back(s);
        REQUIRE(f.size() >= 3);
        ++controls;
        const bool entry = f[1] == "combo entry" || f[1] == "key entry";
        const std::string name = entry ? f[0] + " / " + f[2] : f[2];
        const std::string alias = entry && f.size() > 3 && !f[3].empty() ? f[0] + " / " + f[3] : name;
        // The worksheet's cells ("C6 R LT") are one control repeated down a
        // column: a column is exercised when a script clicks one of its cells.
        if (f[1] == "table cell") {
            const std::string column = f[2].substr(f[2].find(' '));
            const bool clicked = std::any_of(used.begin(), used.end(), [&](const std::string& u) {
                return u.size() > column.size() && u.ends_with(column) && u.find(' ') == u.size() - column.size();
            });
            if (!clicked)
                unused += "\n  table cell column '" + column + "' in " + f[0];
            continue;
        }
        if (!used.count(name) && !used.count(alias))
            unused += "\n  " + f[1] + " '" + name + "' in " + f[0];
    }
    INFO("controls no script touches:" << unused);
    CHECK(controls > 80);
    CHECK(unused.empty());
}
