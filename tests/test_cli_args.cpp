// The command-line parser: what a user types is read as meant or refused with
// a message that names the flag.
#include "cli_args.h"

#include <catch2/catch.hpp>

using dv::cli::Args;
using dv::cli::UsageError;

namespace {
const std::vector<dv::cli::Option> kOptions = {
    {"--output", "-o", "FILE", "where"},
    {"--size", "", "WxH", "how big"},
    {"--transparent", "", "", "no background"},
};

Args parse(std::vector<std::string> words) {
    std::vector<char*> argv;
    for (std::string& w : words)
        argv.push_back(w.data());
    return Args(kOptions, int(argv.size()), argv.data(), 0);
}
} // namespace

TEST_CASE("Options are read in both --flag value and --flag=value forms", "[cli]") {
    const Args a = parse({"-o", "x.png", "--size=640x480", "--transparent"});
    CHECK(a.value("--output") == "x.png");
    CHECK(a.value("--size") == "640x480");
    CHECK(a.has("--transparent"));
    CHECK_FALSE(parse({}).has("--transparent"));
}

TEST_CASE("Odd command lines are refused with a message naming the problem", "[cli][errors]") {
    CHECK_THROWS_WITH(parse({"--bogus"}), Catch::Contains("unknown option '--bogus'"));
    CHECK_THROWS_WITH(parse({"stray"}), Catch::Contains("unexpected argument 'stray'"));
    CHECK_THROWS_WITH(parse({"--output"}), Catch::Contains("needs a value"));
    CHECK_THROWS_WITH(parse({"-o", "a", "-o", "b"}), Catch::Contains("given twice"));
    CHECK_THROWS_WITH(parse({"--transparent=yes"}), Catch::Contains("takes no value"));
    CHECK_THROWS_WITH(parse({"--size="}), Catch::Contains("non-empty"));
}

TEST_CASE("Sizes are WIDTHxHEIGHT within limits", "[cli]") {
    const auto s = dv::cli::parse_size("--size", "1920x1080", 16384);
    CHECK(s.width == 1920);
    CHECK(s.height == 1080);
    for (const char* bad : {"1920", "x1080", "0x100", "-5x100", "100x100000", "axb", "100x100x3", " 100x100"})
        CHECK_THROWS_AS(dv::cli::parse_size("--size", bad, 16384), UsageError);
}

TEST_CASE("Help lists every option with its value name", "[cli]") {
    const std::string help = dv::cli::format_help("prog [options]", "Does things.", kOptions);
    CHECK_THAT(help, Catch::Contains("-o, --output FILE"));
    CHECK_THAT(help, Catch::Contains("--size WxH"));
    CHECK_THAT(help, Catch::Contains("--transparent"));
}
