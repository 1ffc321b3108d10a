// The exam JSON of the ISNCSCI web calculators, read strictly: every point
// present, every value one the worksheet allows, no unknown keys, so that a
// typo is reported at its field instead of classifying a different exam.
#include "clinical/isncsci_exam.h"

#include "core/error.h"
#include "core/files.h"
#include "core/json_text.h"

#include <nlohmann/json.hpp>

#include <set>

namespace dv::clinical {

namespace {

using json = nlohmann::json;

constexpr std::array<const char*, kLevelCount> kLevelNames = {
    "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "T1", "T2", "T3", "T4", "T5", "T6", "T7",
    "T8", "T9", "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4_5"};

[[noreturn]] void fail(const std::string& source, const std::string& where, const std::string& what) {
    throw Error(source + ": " + where + ": " + what + " (the exam format is in docs/isncsci.md)");
}

std::string shown(const json& value) {
    std::string text = value.dump();
    if (text.size() > 40)
        text = text.substr(0, 37) + "...";
    return text;
}

// Keys of `object` must all be in `allowed`; else the first stranger is named.
void only_keys(const json& object, const std::set<std::string>& allowed, const std::string& source,
               const std::string& where) {
    for (const auto& item : object.items())
        if (!allowed.count(item.key()))
            fail(source, where.empty() ? item.key() : where + "." + item.key(), "unknown field");
}

const json& member(const json& object, const std::string& key, const std::string& source, const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end())
        fail(source, where, "missing");
    return *it;
}

Score read_score(const json& value, bool motor, const std::string& source, const std::string& where) {
    const char* allowed = motor ? "a motor grade is \"0\" to \"5\" or \"NT\"; grades below 5 and NT may be tagged "
                                  "\"*\" or \"**\" (\"4*\", \"NT**\")"
                                : "a sensory score is \"0\", \"1\", \"2\" or \"NT\"; 0, 1 and NT may be tagged "
                                  "\"*\" or \"**\" (\"0*\", \"NT**\")";
    if (!value.is_string())
        fail(source, where, shown(value) + " is not a string; " + allowed);
    const std::optional<Score> score = parse_score(value.get<std::string>(), motor);
    if (!score)
        fail(source, where, shown(value) + " is not allowed; " + allowed);
    return *score;
}

template <std::size_t N>
void read_points(const json& side, const char* key, bool motor, std::array<Score, N>& out, const std::string& source,
                 const std::string& where) {
    const std::string here = where + "." + key;
    const json& points = member(side, key, source, here);
    if (!points.is_object())
        fail(source, here, "expected an object of points keyed by level (\"C5\": \"5\")");
    std::set<std::string> names;
    for (std::size_t i = 0; i < N; ++i) {
        const std::string name = motor ? level_name(kKeyMuscleLevel[i]) : level_name(sensory_point_level(int(i)));
        names.insert(name);
        out[i] = read_score(member(points, name, source, here + "." + name), motor, source, here + "." + name);
    }
    only_keys(points, names, source, here);
}

ExamSide read_side(const json& root, const char* key, const std::string& source) {
    const json& side = member(root, key, source, key);
    if (!side.is_object())
        fail(source, key, "expected an object with motor, lightTouch and pinPrick");
    only_keys(side, {"motor", "lightTouch", "pinPrick", "lowestNonKeyMuscleWithMotorFunction"}, source, key);
    ExamSide out;
    read_points(side, "motor", true, out.motor, source, key);
    read_points(side, "lightTouch", false, out.light_touch, source, key);
    read_points(side, "pinPrick", false, out.pin_prick, source, key);
    const auto nk = side.find("lowestNonKeyMuscleWithMotorFunction");
    if (nk != side.end() && !nk->is_null() && !(nk->is_string() && nk->get<std::string>().empty())) {
        const int level = nk->is_string() ? level_from_name(nk->get<std::string>()) : -1;
        bool key_level = false;
        for (int l : kKeyMuscleLevel)
            key_level = key_level || l == level;
        if (!key_level)
            fail(source, std::string(key) + ".lowestNonKeyMuscleWithMotorFunction",
                 shown(*nk) + " is not a myotome; use one of C5 C6 C7 C8 T1 L2 L3 L4 L5 S1, or leave it out");
        out.lowest_non_key_muscle = level;
    }
    return out;
}

Observation read_observation(const json& root, const char* key, const std::string& source) {
    const json& value = member(root, key, source, key);
    if (value.is_string()) {
        const std::string text = value.get<std::string>();
        if (text == "Yes")
            return Observation::Yes;
        if (text == "No")
            return Observation::No;
        if (text == "NT")
            return Observation::NotTestable;
    }
    fail(source, key, shown(value) + " is not allowed; use \"Yes\", \"No\" or \"NT\"");
}

json side_json(const ExamSide& side) {
    json out = json::object();
    for (int i = 0; i < kKeyMuscles; ++i)
        out["motor"][level_name(kKeyMuscleLevel[std::size_t(i)])] = score_text(side.motor[std::size_t(i)]);
    for (int i = 0; i < kSensoryPoints; ++i) {
        const std::string name = level_name(sensory_point_level(i));
        out["lightTouch"][name] = score_text(side.light_touch[std::size_t(i)]);
        out["pinPrick"][name] = score_text(side.pin_prick[std::size_t(i)]);
    }
    if (side.lowest_non_key_muscle)
        out["lowestNonKeyMuscleWithMotorFunction"] = level_name(*side.lowest_non_key_muscle);
    return out;
}

} // namespace

std::string level_name(int level) {
    if (level == kIntact)
        return "INT";
    if (level < 0 || level >= kLevelCount)
        return "?";
    return kLevelNames[std::size_t(level)];
}

int level_from_name(std::string_view name) {
    for (int i = 0; i < kLevelCount; ++i)
        if (name == kLevelNames[std::size_t(i)])
            return i;
    return -1;
}

std::string score_text(const Score& score) {
    std::string text = score.not_testable ? "NT" : std::to_string(score.grade);
    if (score.tag == Tag::ConsiderAbnormal)
        text += "*";
    else if (score.tag == Tag::ConsiderNormal)
        text += "**";
    return text;
}

std::optional<Score> parse_score(std::string_view text, bool motor) {
    Score score;
    if (text.ends_with("**")) {
        score.tag = Tag::ConsiderNormal;
        text.remove_suffix(2);
    } else if (text.ends_with("*")) {
        score.tag = Tag::ConsiderAbnormal;
        text.remove_suffix(1);
    }
    const int top = motor ? 5 : 2;
    if (text == "NT") {
        score.not_testable = true;
    } else if (text.size() == 1 && text[0] >= '0' && text[0] <= char('0' + top)) {
        score.grade = text[0] - '0';
    } else {
        return std::nullopt;
    }
    // A normal grade has nothing to tag: the worksheet's tags explain an
    // impairment that is not due to the spinal cord injury.
    if (!score.not_testable && score.grade == top && score.tag != Tag::None)
        return std::nullopt;
    return score;
}

std::string observation_text(Observation o) {
    return o == Observation::Yes ? "Yes" : o == Observation::No ? "No" : "NT";
}

IsncsciExam parse_isncsci_exam(const std::string& text, const std::string& source) {
    if (const std::size_t deep = json_nesting_exceeded(text); deep != std::string::npos) {
        const TextPosition p = position_of(text, deep);
        fail(source, "line " + std::to_string(p.line) + ", column " + std::to_string(p.column),
             "nested too deep for an exam (it nests 3 levels)");
    }
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        const TextPosition p = position_of(text, e.byte > 0 ? e.byte - 1 : 0);
        fail(source, "line " + std::to_string(p.line) + ", column " + std::to_string(p.column),
             std::string("not valid JSON (") + e.what() + ")");
    } catch (const json::exception& e) {
        fail(source, "top level", std::string("not valid JSON (") + e.what() + ")");
    }
    if (!root.is_object())
        fail(source, "top level", "expected a JSON object with right, left, voluntaryAnalContraction and deepAnalPressure");
    only_keys(root, {"right", "left", "voluntaryAnalContraction", "deepAnalPressure"}, source, "");
    IsncsciExam exam;
    exam.right = read_side(root, "right", source);
    exam.left = read_side(root, "left", source);
    exam.voluntary_anal_contraction = read_observation(root, "voluntaryAnalContraction", source);
    exam.deep_anal_pressure = read_observation(root, "deepAnalPressure", source);
    return exam;
}

IsncsciExam load_isncsci_exam(const std::string& path) {
    return parse_isncsci_exam(read_text_file(path, 1u << 20), path);
}

std::string write_isncsci_exam(const IsncsciExam& exam) {
    json root = json::object();
    root["right"] = side_json(exam.right);
    root["left"] = side_json(exam.left);
    root["voluntaryAnalContraction"] = observation_text(exam.voluntary_anal_contraction);
    root["deepAnalPressure"] = observation_text(exam.deep_anal_pressure);
    return root.dump(2) + "\n";
}

} // namespace dv::clinical
