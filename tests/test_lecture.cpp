// Lectures: the file format (engine/scene/lecture.h), bad files told by step
// and field, Ctrl+S's save that never loses the file, and a lecture played
// forward and back in the window whose steps match `dermaview render
// --scene` of the same steps (docs/lectures.md).
#include "core/error.h"
#include "export/png_file.h"
#include "scene/lecture.h"
#include "support/image_checks.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace dv::test;

namespace {
const std::string kShipped = std::string(DERMAVIEW_TEST_DATA_DIR) + "/assets/lectures/dermatomes-intro.json";

std::string two_steps(const std::string& second) {
    return R"({"format": "dermaview-lecture 1", "title": "t", "steps": [
        {"caption": "one", "map": "classical", "levels": ["T4"]}, )" + second + "]}";
}

std::string error_of(const std::string& text) {
    try {
        dv::lecture_from_json(text, "talk.json");
    } catch (const dv::Error& e) {
        return e.what();
    }
    return "";
}
} // namespace

TEST_CASE("A lecture reads its steps as scenes with captions, and writes them back the same", "[lecture]") {
    const dv::Lecture l = dv::lecture_from_json(two_steps(R"({"caption": "two", "view": "posterior",
        "levels": ["L5", "S1"], "compare": "differences", "compare_with": "evidence"})"), "talk.json");
    REQUIRE(l.steps.size() == 2);
    CHECK(l.steps[0].caption == "one");
    CHECK(l.steps[1].scene.view == dv::StandardView::Posterior);
    CHECK(l.steps[1].scene.levels.size() == 2);
    CHECK(l.steps[1].scene.compare == dv::CompareMode::Differences);
    CHECK(dv::lecture_from_json(dv::lecture_to_json(l), "again") == l);
}

TEST_CASE("The shipped lecture walks through T4/T10, the hand, the leg and the differences", "[lecture]") {
    const dv::Lecture l = dv::load_lecture(kShipped);
    std::string levels;
    bool differences = false;
    for (const dv::LectureStep& s : l.steps) {
        for (dv::Level v : s.scene.levels)
            levels += dv::level_name(v) + " ";
        differences = differences || s.scene.compare == dv::CompareMode::Differences;
        CHECK_FALSE(s.caption.empty());
    }
    for (const char* want : {"T4 ", "T10 ", "C6 ", "C7 ", "C8 ", "L4 ", "L5 ", "S1 "})
        CHECK_THAT(levels, Catch::Contains(want));
    CHECK(differences);
}

TEST_CASE("A bad lecture names the file, the step and the field", "[lecture][errors]") {
    CHECK_THAT(error_of(two_steps(R"({"caption": "two", "levels": ["T99"]})")),
               Catch::Contains("talk.json: step 2") && Catch::Contains("levels"));
    CHECK_THAT(error_of(two_steps(R"({"caption": 3})")), Catch::Contains("step 2") && Catch::Contains("caption"));
    CHECK_THAT(error_of(two_steps(R"({"levle": ["T4"]})")), Catch::Contains("step 2") && Catch::Contains("levle"));
    CHECK_THAT(error_of(R"({"format": "dermaview-lecture 1", "steps": []})"), Catch::Contains("steps"));
    CHECK_THAT(error_of(R"({"format": "dermaview-scene 1"})"), Catch::Contains("format"));
    CHECK_THAT(error_of("{\"format\": \"dermaview-lecture 1\", \"steps\": [\n{,]}"), Catch::Contains("line 2"));
}

TEST_CASE("dermaview --lecture with a bad file says where and exits 2 before any window", "[lecture][errors]") {
    ScratchDir dir;
    std::ofstream(dir / "bad.json") << two_steps(R"({"caption": "two", "side": "middle"})");
    const auto r = run_process({dermaview_binary(), "--lecture", (dir / "bad.json").string()});
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("bad.json: step 2") && Catch::Contains("side"));
    const auto missing = run_process({dermaview_binary(), "--lecture", (dir / "none.json").string()});
    CHECK(missing.exit_status == 2);
    CHECK_THAT(missing.err, Catch::Contains("none.json"));
}

TEST_CASE("Saving a lecture into a folder that cannot take it keeps the old file", "[lecture][errors]") {
    ScratchDir dir;
    const dv::Lecture l = dv::load_lecture(kShipped);
    dv::save_lecture(dir / "talk.json", l);
    CHECK(dv::load_lecture(dir / "talk.json") == l);
    CHECK_THROWS_AS(dv::save_lecture(dir / "no-such-folder" / "talk.json", l), dv::Error);
    CHECK(dv::load_lecture(dir / "talk.json") == l);
}

TEST_CASE("A lecture stepped forward and back in presentation mode matches render --scene of each step",
          "[gui][script][lecture]") {
    ScratchDir dir;
    const std::string script = std::string(DERMAVIEW_TEST_SCRIPTS) + "/lecture.txt";
    const auto r = run_process({"sh", "-c", "cd '" + dir.path().string() +
                                                "' && xvfb-run -a -s '-screen 0 1920x1080x24' '" + dermaview_binary() +
                                                "' --lecture '" + kShipped + "' --present --script '" + script + "'"});
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    REQUIRE(r.exit_status == 0);
    const dv::Lecture l = dv::load_lecture(kShipped);
    const dv::Image first = dv::read_png(dir / "step1.png").image;
    auto rendered = [&](int step) { // the step as a figure of the window's size, with no lettering
        const dv::Image& shot = first;
        dv::Scene s = l.steps[std::size_t(step - 1)].scene;
        s.width = shot.width;
        s.height = shot.height;
        std::ofstream(dir / "step.json") << dv::scene_to_json(s);
        const auto out = dir / ("render" + std::to_string(step) + ".png");
        const auto rr = run_process({dermaview_binary(), "render", "--scene", (dir / "step.json").string(), "-o",
                                     out.string()});
        REQUIRE(rr.exit_status == 0);
        return dv::read_png(out).image;
    };
    // The window letters its caption, key and labels over the body; the
    // figure has none. So the pictures are compared where the figure shows
    // the body (bright pixels: the backdrop is dark), and the lettering may
    // cover a small part of it.
    auto differing_on_body = [](const dv::Image& shot, const dv::Image& figure) {
        const Mask differ = differing_pixels(shot, figure, 24);
        long body = 0, changed = 0;
        for (int y = 0; y < figure.height; ++y)
            for (int x = 0; x < figure.width; ++x)
                if (luminance(figure.pixel(x, y)) > 90.0) {
                    ++body;
                    changed += differ[std::size_t(y) * std::size_t(figure.width) + std::size_t(x)];
                }
        return body > 0 ? double(changed) / double(body) : 1.0;
    };
    const dv::Image r1 = rendered(1), r2 = rendered(2), r3 = rendered(3), r4 = rendered(4);
    const std::pair<const char*, const dv::Image*> shots[] = {
        {"step1.png", &r1}, {"step2.png", &r2}, {"step4.png", &r4}, {"step3.png", &r3}, {"step2-again.png", &r2}};
    for (const auto& [file, want] : shots) {
        const dv::Image shot = dv::read_png(dir / file).image;
        REQUIRE(shot.width == want->width);
        const double same_step = differing_on_body(shot, *want);
        // And clearly more against another step's: the comparison can fail.
        const dv::Image& other = want == &r3 ? r2 : r3;
        const double other_step = differing_on_body(shot, other);
        INFO(file << ": " << same_step * 100.0 << " % of the body's pixels differ from its step's render, "
                  << other_step * 100.0 << " % from another step's");
        CHECK(same_step < 0.15);
        CHECK(other_step > same_step + 0.2);
    }
}
