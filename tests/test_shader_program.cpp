// Building the GLSL programs: errors that point at the file and line, the
// shared constants every shader sees, and uniforms that must exist.
#include "core/error.h"
#include "render/programs.h"
#include "render/shader_interface.h"
#include "render/shader_program.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

using namespace dv::test;

namespace {

void write(const std::filesystem::path& file, const std::string& text) {
    std::ofstream(file) << text;
}

const char* kVertex = "#version 330 core\n"
                      "layout(location = ATTRIB_POSITION) in vec3 a_position;\n"
                      "void main() { gl_Position = vec4(a_position, 1.0); }\n";

// The message of the dv::Error that building these files throws ("" if none).
std::string build_error(const std::filesystem::path& vert, const std::filesystem::path& frag,
                        const std::string& defines = {}) {
    try {
        dv::gl::build_program(vert, frag, defines);
    } catch (const dv::Error& e) {
        return e.what();
    }
    return {};
}

// Compilers write the line as "0:7(12)" (Mesa), "0(7)" (NVIDIA) or "0:7:" (AMD).
bool names_line(const std::string& message, int line) {
    const std::string n = std::to_string(line);
    return std::regex_search(message, std::regex("[0-9]+(:" + n + "[(:]|\\(" + n + "\\))"));
}

} // namespace

TEST_CASE("A shader that does not compile is reported with its file and the line in that file", "[render][shader]") {
    headless_context();
    ScratchDir dir;
    write(dir / "ok.vert", kVertex);
    // The mistake on line 7, after comments and a blank line, with defines
    // inserted after #version: the message must still say 7.
    write(dir / "broken.frag", "#version 330 core\n"
                               "// A fragment shader with a typo.\n"
                               "out vec4 frag_color;\n"
                               "\n"
                               "void main() {\n"
                               "    vec3 c = vec3(CHANNELS);\n"
                               "    frag_color = vec4(c, 1.0) +;\n"
                               "}\n");
    for (const char* defines : {"", "#define FEATURES 6\n#define EXTRA 1\n"}) {
        const std::string message = build_error(dir / "ok.vert", dir / "broken.frag", defines);
        INFO(message);
        CHECK_THAT(message, Catch::Contains((dir / "broken.frag").string()));
        CHECK(names_line(message, 7));
        CHECK_FALSE(names_line(message, 7 + 1));
    }
    // A #version that is not on the first line keeps the count too.
    write(dir / "late.vert", "// a header comment\n"
                             "#version 330 core\n"
                             "in vec3 a_position;\n"
                             "void main() { gl_Position = vec4(a_positon, 1.0); }\n");
    write(dir / "ok.frag", "#version 330 core\nout vec4 c;\nvoid main() { c = vec4(1.0); }\n");
    const std::string late = build_error(dir / "late.vert", dir / "ok.frag");
    INFO(late);
    CHECK_THAT(late, Catch::Contains("late.vert"));
    CHECK(names_line(late, 4));
    // No #version at all: said plainly.
    write(dir / "bare.frag", "out vec4 c;\nvoid main() { c = vec4(1.0); }\n");
    CHECK_THAT(build_error(dir / "ok.vert", dir / "bare.frag"), Catch::Contains("#version"));
}

TEST_CASE("Every shader sees the constants C++ uses, with the same values", "[render][shader]") {
    headless_context();
    ScratchDir dir;
    write(dir / "ok.vert", kVertex);
    // The fragment shader compiles only if each name is defined with C++'s value.
    std::string checks;
    const std::pair<const char*, int> expected[] = {
        {"ATTRIB_SIDE", dv::shader::kAttribSide},
        {"PALETTE_SLOTS", dv::DenseWeights::kSlots},
        {"NO_CONSISTENT_ROOT_SLOT", dv::DenseWeights::slot(dv::kNoConsistentRoot)},
        {"NOT_SHOWN_SLOT", dv::DenseWeights::slot(dv::kNotShown)},
        {"CHANNELS", dv::kDermatomeChannels},
        {"DISPLAY_DERMATOMES", int(dv::DisplayMode::Dermatomes)},
        {"DISPLAY_SPINAL_LEVEL", int(dv::DisplayMode::SpinalLevel)},
        {"FEATURE_SELECTION", int(dv::shader::kFeatureSelection)},
        {"FEATURE_BLANKS", int(dv::shader::kFeatureBlanks)},
        {"PALETTE_RED_BITS", dv::shader::kPaletteRedBits},
    };
    for (const auto& [name, value] : expected)
        checks += std::string("#if ") + name + " != " + std::to_string(value) + "\n#error " + name + "\n#endif\n";
    write(dir / "constants.frag", "#version 330 core\n" + checks + "out vec4 c;\nvoid main() { c = vec4(1.0); }\n");
    CHECK(build_error(dir / "ok.vert", dir / "constants.frag") == "");
}

TEST_CASE("Every body program variant builds and finds each uniform it uses", "[render][shader]") {
    headless_context();
    dv::Programs programs(test_data_dir() / "shaders");
    int variants = 0;
    for (unsigned features = 0; features < 256; ++features) {
        if (!dv::valid_body_variant(features))
            continue;
        INFO(dv::body_variant_name(features));
        const dv::BodyProgram& p = programs.body(features);
        CHECK(p.program);
        CHECK(p.view >= 0);
        CHECK(p.albedo >= 0);
        const bool sensory = features & dv::shader::kFeatureSensory;
        CHECK((p.palette >= 0) == (bool(features & dv::shader::kFeatureDermatomes) && !sensory));
        CHECK((p.sensory_modality >= 0) == sensory);
        CHECK((p.emphasis >= 0) == bool(features & dv::shader::kFeatureSelection));
        CHECK((p.frame_origin >= 0) == bool(features & dv::shader::kScreenPatternFeatures));
        ++variants;
    }
    // Plain skin, anatomy, and the dermatomes with or without borders,
    // overlap hatching and blank hatching, each with no selection, a
    // selection, or the differences; the sensory paint alone or with the
    // map's band borders.
    CHECK(variants == 2 + 2 * 2 * 2 * 3 + 2);
    CHECK_FALSE(dv::valid_body_variant(dv::shader::kFeatureAnatomy | dv::shader::kFeatureDermatomes));
}

TEST_CASE("A uniform a program does not have is an error when it is built, not a silent -1", "[render][shader]") {
    headless_context();
    ScratchDir dir;
    write(dir / "ok.vert", kVertex);
    // u_unused is declared but never read: the compiler removes it.
    write(dir / "uniforms.frag", "#version 330 core\nuniform vec4 u_used;\nuniform vec4 u_unused;\n"
                                 "out vec4 c;\nvoid main() { c = u_used; }\n");
    const dv::gl::Program p = dv::gl::build_program(dir / "ok.vert", dir / "uniforms.frag");
    CHECK(dv::gl::required_uniform(p, "u_used", "test") >= 0);
    for (const char* missing : {"u_unused", "u_usde"}) {
        INFO(missing);
        CHECK_THROWS_WITH(dv::gl::required_uniform(p, missing, "test"),
                          Catch::Contains(missing) && Catch::Contains("test"));
    }
}
