#include "cli_args.h"

#include <charconv>
#include <sstream>

namespace dv::cli {

namespace {
const Option* find(const std::vector<Option>& options, const std::string& word) {
    for (const Option& o : options)
        if (word == o.name || (!o.short_name.empty() && word == o.short_name))
            return &o;
    return nullptr;
}
} // namespace

Args::Args(const std::vector<Option>& options, int argc, char** argv, int first, std::size_t max_positional) {
    for (int i = first; i < argc; ++i) {
        std::string word = argv[i];
        std::optional<std::string> inline_value;
        if (const auto eq = word.find('='); word.rfind("--", 0) == 0 && eq != std::string::npos) {
            inline_value = word.substr(eq + 1);
            word = word.substr(0, eq);
        }
        const Option* opt = find(options, word);
        if (!opt) {
            if (word.rfind('-', 0) == 0 && word.size() > 1)
                throw UsageError("unknown option '" + word + "'");
            if (positional_.size() < max_positional) {
                positional_.push_back(word);
                continue;
            }
            throw UsageError("unexpected argument '" + word + "'");
        }
        if (values_.count(opt->name))
            throw UsageError("option '" + opt->name + "' given twice");
        if (opt->value_name.empty()) {
            if (inline_value)
                throw UsageError("option '" + opt->name + "' takes no value");
            values_[opt->name] = "";
            continue;
        }
        if (inline_value) {
            values_[opt->name] = *inline_value;
        } else if (i + 1 < argc) {
            values_[opt->name] = argv[++i];
        } else {
            throw UsageError("option '" + opt->name + "' needs a value (" + opt->value_name + ")");
        }
        if (values_[opt->name].empty())
            throw UsageError("option '" + opt->name + "' needs a non-empty value (" + opt->value_name + ")");
    }
}

std::optional<std::string> Args::value(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end())
        return std::nullopt;
    return it->second;
}

std::string format_help(const std::string& usage, const std::string& summary, const std::vector<Option>& options) {
    std::ostringstream out;
    out << "Usage: " << usage << "\n\n" << summary << "\n\nOptions:\n";
    for (const Option& o : options) {
        std::string left = "  " + (o.short_name.empty() ? "    " : o.short_name + ", ") + o.name;
        if (!o.value_name.empty())
            left += " " + o.value_name;
        out << left;
        if (left.size() < 28)
            out << std::string(28 - left.size(), ' ');
        else
            out << "\n" << std::string(28, ' ');
        out << o.help << "\n";
    }
    return out.str();
}

int parse_int(const std::string& flag, const std::string& text, int min, int max) {
    int v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max)
        throw UsageError(flag + " '" + text + "': expected a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max));
    return v;
}

Size parse_size(const std::string& flag, const std::string& text, int max_side) {
    const auto x = text.find_first_of("xX");
    const std::string hint = "expected WIDTHxHEIGHT with each side from 16 to " + std::to_string(max_side) +
                             " pixels, for example 1920x1080";
    if (x == std::string::npos)
        throw UsageError(flag + " '" + text + "': " + hint);
    Size s;
    try {
        s.width = parse_int(flag, text.substr(0, x), 16, max_side);
        s.height = parse_int(flag, text.substr(x + 1), 16, max_side);
    } catch (const UsageError&) {
        throw UsageError(flag + " '" + text + "': " + hint);
    }
    return s;
}

} // namespace dv::cli
