#pragma once
#include <filesystem>
#include <stdexcept>
#include <stdlib.h>
#include <string>

namespace dv::test {

// A fresh folder under /tmp, removed with everything in it at scope exit.
class ScratchDir {
public:
    ScratchDir() {
        std::string templ = (std::filesystem::temp_directory_path() / "dv-test-XXXXXX").string();
        path_ = mkdtemp(templ.data()) ? templ : throw std::runtime_error("mkdtemp failed");
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

} // namespace dv::test
