// The program as installed, away from the build tree and from Debian's test
// models: installs it (`cmake --install` to a scratch prefix, or the .deb that
// CPack makes, unpacked with dpkg-deb -x), then renders with the installed
// binary inside a mount namespace where /usr/share/assimp is an empty tmpfs,
// and checks that the picture holds a body. A ctest of its own (not Catch2)
// so that it can report SKIP when the namespace is not allowed:
//   dermaview_installed_check install|deb BUILD_DIR SCRATCH_DIR
// Exit 0 passed, 1 failed, 77 skipped (ctest SKIP_RETURN_CODE).
#include "export/png_file.h"
#include "support/image_checks.h"
#include "support/process.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using dv::test::run_process;

namespace {

constexpr int kPass = 0, kFail = 1, kSkip = 77;
const char* const kHidden = "/usr/share/assimp";

struct Failure {
    std::string what;
};

void require(bool ok, const std::string& what) {
    if (!ok)
        throw Failure{what};
}

std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// The installed tree's root (a prefix holding bin/ and share/).
fs::path install_with_cmake(const fs::path& build, const fs::path& scratch) {
    const fs::path prefix = scratch / "prefix";
    const auto r = run_process({CMAKE_COMMAND, "--install", build.string(), "--prefix", prefix.string()});
    require(r.exit_status == 0, "cmake --install failed:\n" + r.out + r.err);
    return prefix;
}

// Builds the .deb with CPack, checks its declared dependencies, and unpacks it.
fs::path unpack_deb(const fs::path& build, const fs::path& scratch) {
    const auto r = run_process({CPACK_COMMAND, "-G", "DEB", "--config", (build / "CPackConfig.cmake").string(), "-B",
                                (scratch / "package").string()});
    require(r.exit_status == 0, "cpack -G DEB failed:\n" + r.out + r.err);
    fs::path deb;
    for (const auto& e : fs::directory_iterator(scratch / "package"))
        if (e.path().extension() == ".deb")
            deb = e.path();
    require(!deb.empty(), "cpack wrote no .deb into " + (scratch / "package").string());
    std::cout << "built " << deb.filename().string() << " (" << fs::file_size(deb) / 1024 << " KiB)\n";

    const auto depends = run_process({"dpkg-deb", "-f", deb.string(), "Depends"});
    require(depends.exit_status == 0, "dpkg-deb -f failed: " + depends.err);
    std::cout << "Depends: " << depends.out;
    for (const char* package : {"libassimp5", "libglfw3", "libpng16-16", "libegl1", "libgl1", "fonts-dejavu-core"})
        require(depends.out.find(package) != std::string::npos,
                std::string("the package does not declare its dependency on ") + package);

    const fs::path root = scratch / "root";
    const auto x = run_process({"dpkg-deb", "-x", deb.string(), root.string()});
    require(x.exit_status == 0, "dpkg-deb -x failed: " + x.err);
    return root / "usr";
}

void check_layout(const fs::path& prefix) {
    for (const char* f : {"bin/dermaview", "share/dermaview/shaders/body.vert",
                          "share/dermaview/assets/maps/classical.json", "share/dermaview/bodies/makehuman-base.zae",
                          "share/dermaview/bodies/LICENSE-makehuman-base.txt", "share/applications/dermaview.desktop",
                          "share/icons/hicolor/scalable/apps/dermaview.svg"})
        require(fs::is_regular_file(prefix / f), std::string("the installed tree lacks ") + f);
    require(!fs::exists(prefix / "share/dermaview/assets/desktop"),
            "the menu entry is installed among the program's data too");
    std::ifstream license(prefix / "share/dermaview/bodies/LICENSE-makehuman-base.txt");
    const std::string text{std::istreambuf_iterator<char>(license), {}};
    require(text.find("Redistribution and use in source and binary forms") != std::string::npos,
            "the body's licence file does not hold the licence text");

    // The binary must not know where Debian's test models live.
    std::ifstream binary(prefix / "bin/dermaview", std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(binary), {}};
    require(bytes.find(kHidden) == std::string::npos, std::string("the binary still names ") + kHidden);
}

// Checks that a render on a transparent background shows a standing body:
// a fair part of the picture covered, inside a box taller than wide.
void check_body_in(const fs::path& png) {
    const dv::PngContents read = dv::read_png(png);
    const dv::Image& image = read.image;
    dv::test::Mask body(std::size_t(image.width) * std::size_t(image.height));
    for (std::size_t i = 0; i < body.size(); ++i)
        body[i] = image.rgba[4 * i + 3] > 0;
    const double coverage = dv::test::fraction(body);
    const dv::test::Box box = dv::test::bounding_box(body, image.width, image.height);
    std::cout << "the body covers " << coverage * 100.0 << "% of the picture, in a " << box.width() << "x"
              << box.height() << " box\n";
    require(coverage > 0.05 && coverage < 0.8, "the picture holds no body (coverage " + std::to_string(coverage) + ")");
    require(box.height() > box.width(), "what was drawn is not a standing body");
}

int render_with_assimp_hidden(const fs::path& prefix, const fs::path& scratch) {
    const bool hide = fs::exists(kHidden);
    if (hide) {
        const auto probe = run_process({"unshare", "-m", "sh", "-c", std::string("mount -t tmpfs none ") + kHidden});
        if (probe.exit_status != 0) {
            std::cout << "SKIP: cannot hide " << kHidden << " in a mount namespace here (unshare -m and mount need "
                      << "root or user namespaces): " << probe.err;
            return kSkip;
        }
    } else {
        std::cout << kHidden << " does not exist here: nothing to hide\n";
    }
    const fs::path png = scratch / "body.png";
    std::string script = "cd " + quoted(scratch.string()) + " && ";
    if (hide)
        script += std::string("mount -t tmpfs none ") + kHidden + " && test ! -e " + kHidden + "/models && ";
    script += "exec " + quoted((prefix / "bin/dermaview").string()) + " render --transparent --size 160x240 -o " +
              quoted(png.string());
    std::vector<std::string> argv = {"sh", "-c", script};
    if (hide)
        argv.insert(argv.begin(), {"unshare", "-m"});
    const auto r = run_process(argv, {{"DERMAVIEW_DATA_DIR", std::nullopt}});
    require(r.exit_status == 0, "the installed dermaview could not render with " + std::string(kHidden) +
                                    " hidden (exit " + std::to_string(r.exit_status) + "):\n" + r.err);
    check_body_in(png);
    return kPass;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4 || (std::string(argv[1]) != "install" && std::string(argv[1]) != "deb")) {
        std::cerr << "usage: dermaview_installed_check install|deb BUILD_DIR SCRATCH_DIR\n";
        return 2;
    }
    const fs::path build = argv[2], scratch = argv[3];
    try {
        fs::remove_all(scratch);
        fs::create_directories(scratch);
        const fs::path prefix = std::string(argv[1]) == "install" ? install_with_cmake(build, scratch)
                                                                   : unpack_deb(build, scratch);
        check_layout(prefix);
        const int status = render_with_assimp_hidden(prefix, scratch);
        fs::remove_all(scratch);
        return status;
    } catch (const Failure& f) {
        std::cerr << "FAILED: " << f.what << "\n";
    } catch (const std::exception& e) {
        std::cerr << "FAILED: " << e.what() << "\n";
    }
    return kFail;
}
