#pragma once
// A small command-line parser: each verb declares its options once, and the
// same table drives parsing and --help, so the two never disagree.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dv::cli {

struct Option {
    std::string name;       // "--size"
    std::string short_name; // "-o" or empty
    std::string value_name; // "WxH"; empty for a switch
    std::string help;
};

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Args {
public:
    // Parses argv[first..argc). Words that are not options are positional
    // arguments, up to `max_positional` of them. Throws UsageError for unknown
    // options, missing values, repeated options and stray words.
    Args(const std::vector<Option>& options, int argc, char** argv, int first, std::size_t max_positional = 0);

    bool has(const std::string& name) const { return values_.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::string> values_;
    std::vector<std::string> positional_;
};

std::string format_help(const std::string& usage, const std::string& summary, const std::vector<Option>& options);

struct Size {
    int width = 0;
    int height = 0;
};
// "1920x1080" -> {1920, 1080}; throws UsageError naming the flag otherwise.
Size parse_size(const std::string& flag, const std::string& text, int max_side);
int parse_int(const std::string& flag, const std::string& text, int min, int max);

} // namespace dv::cli
