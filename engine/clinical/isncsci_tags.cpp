// The "*" on results, by comparing the classification with and without the
// exam's tags (isncsci_tags.h).
#include "clinical/isncsci_tags.h"

#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace dv::clinical::detail {

namespace {

Score untagged(Score s) {
    s.tag = Tag::None;
    return s;
}

void strip(ExamSide& side) {
    for (Score& s : side.light_touch)
        s = untagged(s);
    for (Score& s : side.pin_prick)
        s = untagged(s);
    for (Score& s : side.motor)
        s = untagged(s);
}

// The values of a field without their marks; `marked` (if given) says
// which carried one.
std::vector<std::string> tokens(const std::string& field, std::vector<bool>* marked = nullptr) {
    std::vector<std::string> out;
    std::stringstream in(field);
    for (std::string token; std::getline(in, token, ',');) {
        const bool star = !token.empty() && token.back() == '*';
        while (!token.empty() && token.back() == '*')
            token.pop_back();
        out.push_back(token);
        if (marked)
            marked->push_back(star);
    }
    return out;
}

std::string join(const std::vector<std::string>& values, const std::vector<bool>& star) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? "," : "") + values[i] + (star[i] ? "*" : "");
    return out;
}

// Each value the untagged exam cannot give is marked ("NA" never is), as
// well as those already marked for resting on a "**" score.
void mark_new_values(std::string& field, const std::string& untagged_field) {
    std::vector<bool> star;
    const std::vector<std::string> values = tokens(field, &star), plain = tokens(untagged_field);
    const std::set<std::string> known(plain.begin(), plain.end());
    for (std::size_t i = 0; i < values.size(); ++i)
        star[i] = star[i] || (values[i] != "NA" && !known.count(values[i]));
    field = join(values, star);
}

// Every value is marked when the tags changed the set of values.
void mark_changed_set(std::string& field, const std::string& untagged_field) {
    const std::vector<std::string> values = tokens(field), plain = tokens(untagged_field);
    const bool changed = std::set<std::string>(values.begin(), values.end()) !=
                         std::set<std::string>(plain.begin(), plain.end());
    field = join(values, std::vector<bool>(values.size(), changed));
}

} // namespace

IsncsciExam without_tags(const IsncsciExam& exam) {
    IsncsciExam out = exam;
    strip(out.right);
    strip(out.left);
    return out;
}

void mark_tag_changes(IsncsciClassification& tagged, const IsncsciClassification& untagged) {
    mark_new_values(tagged.motor_right, untagged.motor_right);
    mark_new_values(tagged.motor_left, untagged.motor_left);
    mark_new_values(tagged.neurological_level, untagged.neurological_level);
    mark_new_values(tagged.zpp_motor_right, untagged.zpp_motor_right);
    mark_new_values(tagged.zpp_motor_left, untagged.zpp_motor_left);
    mark_changed_set(tagged.injury_complete, untagged.injury_complete);
    mark_changed_set(tagged.asia_impairment_scale, untagged.asia_impairment_scale);
}

} // namespace dv::clinical::detail
