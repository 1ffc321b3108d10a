// An ISNCSCI exam on the body: its key-point scores as a sensory state per
// dermatome, and `render --exam` painting them with the classification in
// the figure's title.
#include "clinical/exam_sensory.h"
#include "export/png_file.h"
#include "scene/scene.h"
#include "support/isncsci_builder.h"
#include "support/process.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using dv::Modality;
using dv::SensoryScore;
using dv::test::dermaview_binary;
using dv::test::run_process;

namespace {
fs::path exams_dir() {
    return fs::path(DERMAVIEW_TEST_FIXTURES).parent_path().parent_path() / "assets" / "exams";
}
dv::Level L(const char* name) {
    return *dv::parse_level(name);
}
// Pixels of the sensory view's absent colour (a deep blue-violet, far from
// skin and from the grey background).
int absent_pixels(const dv::Image& image) {
    int n = 0;
    for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4) {
        const int r = image.rgba[i], g = image.rgba[i + 1], b = image.rgba[i + 2];
        n += (b > 90 && b > r + 45 && b > g + 55) ? 1 : 0;
    }
    return n;
}
} // namespace

TEST_CASE("an exam's key-point scores become the sensation of their dermatomes", "[isncsci]") {
    dv::test::ExamBuilder b;
    b.below("both", "sensory", "C7", "0").set("right", "pinPrick", "T4", "NT").set("left", "lightTouch", "C5", "1");
    b.set("left", "lightTouch", "C6", "0**");
    const dv::SensoryState s = dv::clinical::exam_sensory_state(b.exam());
    CHECK(s.get(Modality::LightTouch, dv::BodySide::Right, L("C6")) == SensoryScore::Normal);
    CHECK(s.get(Modality::LightTouch, dv::BodySide::Right, L("C7")) == SensoryScore::Absent);
    CHECK(s.get(Modality::PinPrick, dv::BodySide::Right, L("T4")) == SensoryScore::NotTestable);
    CHECK(s.get(Modality::LightTouch, dv::BodySide::Right, L("T4")) == SensoryScore::Absent);
    CHECK(s.get(Modality::LightTouch, dv::BodySide::Left, L("C5")) == SensoryScore::Altered);
    CHECK(s.get(Modality::LightTouch, dv::BodySide::Left, L("C6")) == SensoryScore::Absent); // as recorded
    for (const char* sacral : {"S3", "S4", "S5", "Co1"})
        CHECK(s.get(Modality::PinPrick, dv::BodySide::Left, L(sacral)) == SensoryScore::Absent);
    CHECK(s.get(Modality::PinPrick, dv::BodySide::Left, L("C1")) == SensoryScore::Normal);
}

TEST_CASE("render --exam paints the loss below the level and titles the figure with it", "[isncsci][render]") {
    dv::test::ScratchDir dir;
    auto render = [&](const fs::path& exam, const std::string& name) {
        const fs::path out = dir / name;
        const auto r = run_process({dermaview_binary(), "render", "--exam", exam.string(), "--size", "240x360",
                                    "-o", out.string()});
        INFO(r.err);
        REQUIRE(r.exit_status == 0);
        return dv::read_png(out);
    };
    const fs::path normal = dir / "normal.json";
    std::ofstream(normal) << dv::clinical::write_isncsci_exam(dv::test::ExamBuilder().exam());
    const auto c6 = render(exams_dir() / "c6-complete.json", "c6.png");
    const auto t10 = render(exams_dir() / "t10-complete.json", "t10.png");
    const auto none = render(normal, "normal.png");
    // Below C6 is more skin than below T10; a normal exam numbs nothing.
    CHECK(absent_pixels(none.image) == 0);
    CHECK(absent_pixels(t10.image) > 500);
    CHECK(absent_pixels(c6.image) > absent_pixels(t10.image) * 5 / 4);
    auto title = [](const dv::PngContents& png) {
        for (const auto& [key, value] : png.text)
            if (key == "Title")
                return value;
        return std::string();
    };
    CHECK_THAT(title(c6), Catch::Contains("NLI C6; AIS A"));
    CHECK_THAT(title(t10), Catch::Contains("Sensory R T10, L T10"));
}

TEST_CASE("render --exam refuses a bad exam naming the point, exit 2", "[isncsci][cli]") {
    dv::test::ScratchDir dir;
    const fs::path bad = dir / "bad.json";
    std::string text = dv::clinical::write_isncsci_exam(dv::test::ExamBuilder().exam());
    const std::string normal = "\"S4_5\": \"2\"";
    text.replace(text.find(normal), normal.size(), "\"S4_5\": \"9\"");
    std::ofstream(bad) << text;
    const auto r = run_process({dermaview_binary(), "render", "--exam", bad.string(), "-o", (dir / "x.png").string()});
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("lightTouch.S4_5: \"9\" is not allowed"));
    CHECK_FALSE(fs::exists(dir / "x.png"));
}

TEST_CASE("a scene carries its exam, so the figure can be made again", "[isncsci]") {
    dv::Scene scene;
    scene.display = dv::DisplayMode::Sensory;
    scene.exam = dv::clinical::write_isncsci_exam(dv::test::ExamBuilder().below("left", "sensory", "L2", "1").exam());
    const dv::Scene back = dv::scene_from_json(dv::scene_to_json(scene), "scene.json");
    CHECK(back == scene);
    std::string text = dv::scene_to_json(scene);
    const std::string altered = "\"L2\": \"1\"";
    text.replace(text.find(altered), altered.size(), "\"L2\": \"7\"");
    CHECK_THROWS_WITH(dv::scene_from_json(text, "scene.json"), Catch::Contains("scene.json: exam: left.lightTouch.L2"));
}
