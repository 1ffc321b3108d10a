// Bad input of every kind, as a user would supply it: broken
// and oversized map files, strange meshes, a half-installed data folder,
// outputs that cannot be written or fill up, and absurd flags. Each must give
// a message that says what, where and what to do, exit status 2, and leave
// no output file behind. (Cases covered elsewhere are not repeated here:
// unknown flags and a missing folder in test_cli_errors.cpp, map validation
// in test_maps.cpp, landmark files and other topologies in test_landmarks.cpp.)
#include "atlas/dermatome_map.h"
#include "body/body_mesh.h"
#include "body/landmarks.h"
#include "body/subdivision.h"
#include "core/error.h"
#include "export/png_file.h"
#include "support/process.h"
#include "support/render_fixture.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using dv::test::dermaview_binary;
using dv::test::run_process;
using dv::test::ScratchDir;
namespace fs = std::filesystem;

namespace {
const fs::path kToy = fs::path(DERMAVIEW_TEST_FIXTURES) / "maps" / "toy.json";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
void write(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

std::size_t files_in(const fs::path& dir) {
    return std::size_t(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// The default skin as an OBJ, plus whatever `extra` appends (more vertices,
// faces or objects), with no normals in the file.
fs::path write_body_obj(const fs::path& path, const std::string& extra = "") {
    const dv::SurfaceMesh& skin = dv::test::default_body().skin;
    std::ofstream out(path);
    out << "o skin\n";
    for (const glm::vec3& p : skin.positions)
        out << "v " << p.x << " " << p.y << " " << p.z << "\n";
    for (std::size_t f = 0; f < skin.face_count(); ++f) {
        out << "f";
        for (std::uint32_t k = skin.face_offsets[f]; k < skin.face_offsets[f + 1]; ++k)
            out << " " << skin.face_indices[k] + 1;
        out << "\n";
    }
    out << extra;
    return path;
}

// `dermaview args...` must fail with exit 2 and a message containing every
// one of `says`, print nothing on stdout, and leave `dir` as it was.
void refused(const std::vector<std::string>& args, const std::vector<std::string>& says, const fs::path& dir,
             const std::map<std::string, std::optional<std::string>>& env = {}) {
    std::vector<std::string> argv{dermaview_binary()};
    argv.insert(argv.end(), args.begin(), args.end());
    const std::size_t before = files_in(dir);
    const auto r = run_process(argv, env);
    std::string shown;
    for (const std::string& a : args)
        shown += " " + a;
    INFO("dermaview" << shown << "\nstderr: " << r.err);
    CHECK(r.exit_status == 2);
    for (const std::string& s : says)
        CHECK_THAT(r.err, Catch::Contains(s));
    CHECK(r.out.empty());
    CHECK(files_in(dir) == before);
}
} // namespace

TEST_CASE("Empty, truncated, binary and huge map files are refused with the file and the reason", "[maps][errors]") {
    ScratchDir dir;
    SECTION("empty") {
        write(dir / "empty.json", "");
        CHECK_THROWS_WITH(dv::load_map(dir / "empty.json"), Catch::Contains("empty.json") && Catch::Contains("not valid JSON"));
    }
    SECTION("cut off halfway") {
        const std::string toy = slurp(kToy);
        write(dir / "cut.json", toy.substr(0, toy.size() / 2));
        CHECK_THROWS_WITH(dv::load_map(dir / "cut.json"),
                          Catch::Contains("cut.json") && Catch::Contains("line ") && Catch::Contains("not valid JSON"));
    }
    SECTION("binary") {
        std::string bytes;
        for (int i = 0; i < 4096; ++i)
            bytes.push_back(char((i * 37 + 11) & 0xff));
        write(dir / "binary.json", bytes);
        CHECK_THROWS_WITH(dv::load_map(dir / "binary.json"), Catch::Contains("binary.json") && Catch::Contains("not valid JSON"));
    }
    SECTION("huge: 50 MB, refused before it is read") {
        {
            std::ofstream out(dir / "huge.json", std::ios::binary);
            const std::string toy = slurp(kToy);
            out << toy.substr(0, toy.rfind('}')) << ", \"padding\": \"";
            const std::string block(1 << 20, 'x');
            for (int i = 0; i < 50; ++i)
                out << block;
            out << "\"}";
        }
        CHECK_THROWS_WITH(dv::load_map(dir / "huge.json"),
                          Catch::Contains("huge.json") && Catch::Contains("50.0 MB") && Catch::Contains("right file"));
        refused({"check-map", (dir / "huge.json").string()}, {"huge.json", "50.0 MB"}, dir.path());
    }
    SECTION("a folder or a device in place of a file") {
        CHECK_THROWS_WITH(dv::load_map(dir.path()), Catch::Contains("is a folder"));
        CHECK_THROWS_WITH(dv::load_map("/dev/zero"), Catch::Contains("/dev/zero") && Catch::Contains("not a regular file"));
        refused({"check-map", "/dev/zero"}, {"/dev/zero", "not a regular file"}, dir.path());
    }
}

TEST_CASE("A map listing a level that does not exist is refused by check-map and render, nothing written",
          "[maps][errors][cli]") {
    ScratchDir dir;
    std::string text = slurp(kToy);
    text.replace(text.find("\"C6\""), 4, "\"T13\"");
    write(dir / "t13.json", text);
    refused({"check-map", (dir / "t13.json").string()}, {"t13.json", "\"T13\"", "not a level"}, dir.path());
    refused({"render", "--map", (dir / "t13.json").string(), "-o", (dir / "x.png").string()},
            {"t13.json", "\"T13\""}, dir.path());
}

TEST_CASE("A mesh without normals, or with degenerate faces, loads with finite unit normals", "[body][errors]") {
    ScratchDir dir;
    SECTION("no normals in the file: computed") {
        const dv::BodyMesh body = dv::import_body(write_body_obj(dir / "plain.obj"));
        REQUIRE(body.skin.normals.size() == body.skin.vertex_count());
        for (const glm::vec3& n : body.skin.normals)
            REQUIRE(std::abs(glm::length(n) - 1.0f) < 1e-4f);
    }
    SECTION("zero-area faces and a repeated corner") {
        // Three new vertices on one line, a face over them, and a face that
        // names one corner twice.
        const std::size_t n = dv::test::default_body().skin.vertex_count();
        const std::string extra = "v 0 3 0\nv 0 3.1 0\nv 0 3.2 0\nf " + std::to_string(n + 1) + " " +
                                  std::to_string(n + 2) + " " + std::to_string(n + 3) + "\nf 1 1 " +
                                  std::to_string(n + 1) + "\n";
        const dv::BodyMesh body = dv::import_body(write_body_obj(dir / "degenerate.obj", extra));
        for (const glm::vec3& nrm : body.skin.normals)
            REQUIRE(std::isfinite(glm::length(nrm)));
        // Subdivision either handles the faces or says what is wrong with them.
        try {
            const dv::Subdivision sub(body.skin, 1);
            CHECK(sub.mesh().vertex_count() > body.skin.vertex_count());
        } catch (const dv::Error& e) {
            CHECK_THAT(e.what(), Catch::Contains("face"));
        }
        // The program refuses it: it is no longer the topology the landmarks are for.
        refused({"render", "--body", (dir / "degenerate.obj").string(), "-o", (dir / "x.png").string()},
                {"degenerate.obj", "--landmarks FILE"}, dir.path());
    }
}

TEST_CASE("NaN or infinite coordinates are refused, in the skin and in any other mesh of the file", "[body][errors]") {
    ScratchDir dir;
    SECTION("skin") {
        std::string obj = "v 0 0 0\nv 1 0 0\nv nan 1 0\nv 0 1 inf\nf 1 2 3 4\n";
        write(dir / "nan.obj", obj);
        CHECK_THROWS_WITH(dv::import_body(dir / "nan.obj"), Catch::Contains("nan.obj") && Catch::Contains("NaN or infinity"));
    }
    SECTION("an eye beside a good skin") {
        const fs::path path = write_body_obj(dir / "eye.obj", "o eye\nv 0 1.6 0.1\nv 0.01 1.6 0.1\nv 0 nan 0.1\nf -3 -2 -1\n");
        CHECK_THROWS_WITH(dv::import_body(path), Catch::Contains("eye.obj") && Catch::Contains("NaN or infinity"));
        refused({"render", "--body", path.string(), "-o", (dir / "x.png").string()}, {"eye.obj", "NaN or infinity"},
                dir.path());
    }
}

TEST_CASE("A body of two million faces is refused with a message, not an exhausted machine", "[body][errors]") {
    ScratchDir dir;
    // A 1000 x 1000 grid of quads, twice over: about 2 million faces.
    {
        std::ofstream out(dir / "dense.obj");
        const int n = 1000;
        for (int copy = 0; copy < 2; ++copy)
            for (int i = 0; i <= n; ++i)
                for (int j = 0; j <= n; ++j)
                    out << "v " << i * 0.001 << " " << j * 0.001 << " " << copy << "\n";
        for (int copy = 0; copy < 2; ++copy) {
            const int base = copy * (n + 1) * (n + 1) + 1;
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j) {
                    const int a = base + i * (n + 1) + j;
                    out << "f " << a << " " << a + 1 << " " << a + n + 2 << " " << a + n + 1 << "\n";
                }
        }
    }
    refused({"render", "--body", (dir / "dense.obj").string(), "-o", (dir / "x.png").string()},
            {"dense.obj", "2000000 faces", "decimate"}, dir.path());
}

TEST_CASE("A body file of 300 MB is refused before it is read", "[body][errors]") {
    ScratchDir dir;
    std::ofstream(dir / "vast.obj") << "v 0 0 0\n";
    fs::resize_file(dir / "vast.obj", 300u << 20); // sparse: no disk space used
    CHECK_THROWS_WITH(dv::import_body(dir / "vast.obj"), Catch::Contains("vast.obj") && Catch::Contains("300 MB"));
}

TEST_CASE("A data folder without shaders or assets says the installation is incomplete", "[cli][errors]") {
    ScratchDir dir;
    const fs::path out = dir / "out";
    fs::create_directory(out);
    const std::string png = (out / "x.png").string();
    SECTION("DERMAVIEW_DATA_DIR is an empty folder") {
        fs::create_directory(dir / "empty");
        refused({"render", "-o", png}, {"installation is incomplete", "DERMAVIEW_DATA_DIR"}, out,
                {{"DERMAVIEW_DATA_DIR", (dir / "empty").string()}});
        refused({"maps"}, {"installation is incomplete"}, out, {{"DERMAVIEW_DATA_DIR", (dir / "empty").string()}});
    }
    SECTION("an installation with its maps removed") {
        fs::copy(dv::test::test_data_dir(), dir / "data", fs::copy_options::recursive);
        for (const auto& e : fs::directory_iterator(dir / "data" / "assets" / "maps"))
            fs::remove(e.path());
        refused({"render", "-o", png}, {"no map called 'classical'", "none"}, out,
                {{"DERMAVIEW_DATA_DIR", (dir / "data").string()}});
    }
    SECTION("an installation with its landmark file removed") {
        fs::copy(dv::test::test_data_dir(), dir / "data", fs::copy_options::recursive);
        fs::remove(dir / "data" / "assets" / "landmarks" / "makehuman.json");
        refused({"render", "-o", png}, {"makehuman.json"}, out, {{"DERMAVIEW_DATA_DIR", (dir / "data").string()}});
    }
    SECTION("an installation with a shader removed") {
        fs::copy(dv::test::test_data_dir(), dir / "data", fs::copy_options::recursive);
        fs::remove(dir / "data" / "shaders" / "body.frag");
        refused({"render", "--display", "skin", "-o", png}, {"body.frag"}, out,
                {{"DERMAVIEW_DATA_DIR", (dir / "data").string()}});
    }
}

TEST_CASE("A device as the output file is refused, and the device is left alone", "[cli][errors]") {
    ScratchDir dir;
    refused({"render", "--size", "64x64", "-o", "/dev/full"}, {"/dev/full", "not a regular file"}, dir.path());
    struct stat st {};
    REQUIRE(::stat("/dev/full", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
}

TEST_CASE("A full disk mid-write leaves no file, not even a temporary one", "[cli][errors]") {
    // RLIMIT_FSIZE (ulimit -f, in 512-byte blocks for sh) stands in for a full
    // disk: the write fails with EFBIG part way, as ENOSPC would, and it
    // works for any user, with no mount.
    ScratchDir dir;
    const std::string png = (dir / "x.png").string();
    const auto r = run_process({"/bin/sh", "-c", "ulimit -f 40 && exec \"$0\" \"$@\"", dermaview_binary(), "render",
                                "--size", "800x600", "-o", png});
    INFO(r.err);
    CHECK(r.exit_status == 2);
    CHECK_THAT(r.err, Catch::Contains("cannot write '" + png + "'") && Catch::Contains("File too large") &&
                          Catch::Contains("nothing was written"));
    CHECK(files_in(dir.path()) == 0);
}

TEST_CASE("Absurd sizes, values and flags are refused with the flag and the allowed values", "[cli][errors]") {
    ScratchDir dir;
    const std::string png = (dir / "x.png").string();
    refused({"render", "--size", "0x0", "-o", png}, {"--size '0x0'", "16 to"}, dir.path());
    refused({"render", "--size", "99999999x1", "-o", png}, {"--size '99999999x1'", "16 to 16384"}, dir.path());
    refused({"render", "--size", "-5x3", "-o", png}, {"--size '-5x3'"}, dir.path());
    refused({"render", "--size=99999999x1", "-o", png}, {"--size '99999999x1'"}, dir.path());
    refused({"render", "--subdivision", "9", "-o", png}, {"--subdivision '9'", "0 to 2"}, dir.path());
    refused({"render", "--samples", "1000000000000", "-o", png}, {"--samples", "0 to 16"}, dir.path());
    refused({"render", "--view", "left", "--view", "right", "-o", png}, {"'--view' given twice"}, dir.path());
    refused({"render", "--view=left", "--view", "right", "-o", png}, {"'--view' given twice"}, dir.path());
    refused({"render", "--transparent=yes", "-o", png}, {"'--transparent' takes no value"}, dir.path());
    refused({"render", "--levels", "T12-T1", "-o", png}, {"--levels", "'T12-T1'"}, dir.path());
    refused({"render", "--levels", "", "-o", png}, {"--levels", "non-empty"}, dir.path());
    refused({"rendr", "-o", png}, {"unknown command 'rendr'", "render"}, dir.path());
    refused({"--frames", "0"}, {"--frames '0'"}, dir.path());
    refused({"--quit-after", "-1"}, {"--quit-after '-1'"}, dir.path());
}

TEST_CASE("Paths that are not UTF-8 work as the bytes they are", "[cli]") {
    ScratchDir dir;
    const std::string name = (dir / "fig\xff\xfe.png").string();
    const auto r = run_process({dermaview_binary(), "render", "--size", "64x64", "--display", "skin", "-o", name});
    INFO(r.err);
    CHECK(r.exit_status == 0);
    CHECK(fs::is_regular_file(name));
    // A map of that name that does not exist is named in the message as given.
    refused({"check-map", (dir / "m\xff.json").string()}, {"m\xff.json"}, dir.path());
}

TEST_CASE("A PNG whose header claims more pixels than its bytes can hold is refused before allocating them",
          "[png][errors]") {
    // 74 bytes claiming 16384 x 16384: reading used to zero-fill a 1 GB
    // buffer before finding the data missing (seen as the png_text fuzzer's
    // memory climbing; the file is made by hand).
    const fs::path file = fs::path(DERMAVIEW_TEST_FIXTURES) / "png" / "header_claims_16384x16384.png.bin";
    CHECK_THROWS_WITH(dv::read_png(file), Catch::Contains("16384x16384") && Catch::Contains("more than a file of its size"));
}

TEST_CASE("Map and landmark files nested a million deep are refused with the place, not a stack overflow",
          "[maps][landmarks][errors]") {
    // Two MB of "[[[[...": nlohmann/json parses it, then copies and prints
    // values recursively, and check-map died of a stack overflow (found by
    // reading the parsers after fuzzing; the fuzzers' inputs were too short
    // to nest that deep).
    const std::string deep = std::string(1'000'000, '[') + std::string(1'000'000, ']');
    CHECK_THROWS_WITH(dv::parse_map("{\"levels\": " + deep + "}", "deep.json"),
                      Catch::Contains("deep.json") && Catch::Contains("line 1, column 75") &&
                          Catch::Contains("nested more than 64 levels"));
    CHECK_THROWS_WITH(dv::parse_landmarks("{\n\"landmarks\": [{\"name\": " + deep + "}]}", "deep.json"),
                      Catch::Contains("deep.json") && Catch::Contains("line 2") && Catch::Contains("nested more than 64"));
    // (Column 75: the root object and 63 arrays are allowed, the 64th array is one too many.)
    // Brackets inside strings do not count.
    CHECK_THROWS_WITH(dv::parse_map("{\"note\": \"" + std::string(1000, '[') + "\"}", "strings.json"),
                      !Catch::Contains("nested"));
}
