// Fuzz target: the command line as the render verb and the window read it:
// cli::Args over the scene options and the render flags, then the value
// parsers (parse_size, parse_int, parse_level_list, parse_scene_options).
// The input is the argument words separated by NUL bytes. A bad command line
// may be refused with cli::UsageError; anything else escaping is a bug.
#include "cli_args.h"
#include "scene_options.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace {
std::vector<dv::cli::Option> options() {
    std::vector<dv::cli::Option> o = {
        {"--output", "-o", "FILE", ""}, {"--size", "", "WxH", ""},    {"--samples", "", "N", ""},
        {"--compare", "", "ID", ""},    {"--transparent", "", "", ""}, {"--help", "-h", "", ""},
    };
    for (dv::cli::Option& s : dv::app::scene_options())
        o.push_back(std::move(s));
    return o;
}
const std::vector<dv::cli::Option> kOptions = options();

template <typename F>
void refused_or_read(F&& f) {
    try {
        f();
    } catch (const dv::cli::UsageError&) {
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> words(1, "dermaview");
    words.emplace_back();
    for (std::size_t i = 0; i < size && words.size() < 64; ++i) {
        if (data[i] == 0)
            words.emplace_back();
        else
            words.back().push_back(char(data[i]));
    }
    std::vector<char*> argv;
    for (std::string& w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);

    refused_or_read([&] {
        const dv::cli::Args args(kOptions, int(words.size()), argv.data(), 1, 1);
        dv::Scene scene;
        dv::app::apply_scene_options(args, scene);
        if (const auto s = args.value("--size"))
            (void)dv::cli::parse_size("--size", *s, 16384);
        if (const auto n = args.value("--samples"))
            (void)dv::cli::parse_int("--samples", *n, 0, 16);
    });
    // Each word on its own through the value parsers, so they see every
    // shape of text, not only the ones that got past the option table.
    for (const std::string& w : words) {
        refused_or_read([&] { (void)dv::cli::parse_size("--size", w, 16384); });
        refused_or_read([&] { (void)dv::cli::parse_int("--frames", w, 1, 1 << 30); });
        refused_or_read([&] { (void)dv::app::parse_level_list(w); });
    }
    return 0;
}
