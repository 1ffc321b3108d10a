// The worksheet's totals: the recorded grades added up as written (a tag
// explains a grade, it does not change it); any NT among them leaves the
// total not determinable, "ND".
#include "clinical/isncsci_classification.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace dv::clinical {

namespace {

using Sum = std::optional<int>;

template <std::size_t N>
Sum sum(const std::array<Score, N>& scores, std::size_t first = 0, std::size_t last = N) {
    int total = 0;
    for (std::size_t i = first; i < last; ++i) {
        if (scores[i].not_testable)
            return std::nullopt;
        total += scores[i].grade;
    }
    return total;
}

Sum plus(Sum a, Sum b) {
    return a && b ? Sum(*a + *b) : std::nullopt;
}

std::string text(Sum s) {
    return s ? std::to_string(*s) : "ND";
}

struct SideSums {
    Sum upper, lower, touch, prick;
};

SideSums side_sums(const ExamSide& side) {
    return {sum(side.motor, 0, 5), sum(side.motor, 5, 10), sum(side.light_touch), sum(side.pin_prick)};
}

IsncsciSideTotals side_text(const SideSums& s) {
    return {text(s.upper), text(s.lower), text(s.touch), text(s.prick), text(plus(s.upper, s.lower))};
}

} // namespace

IsncsciTotals isncsci_totals(const IsncsciExam& exam) {
    const SideSums r = side_sums(exam.right), l = side_sums(exam.left);
    IsncsciTotals out;
    out.right = side_text(r);
    out.left = side_text(l);
    out.upper_extremity = text(plus(r.upper, l.upper));
    out.lower_extremity = text(plus(r.lower, l.lower));
    out.light_touch = text(plus(r.touch, l.touch));
    out.pin_prick = text(plus(r.prick, l.prick));
    return out;
}

std::string isncsci_result_json(const IsncsciResult& result) {
    using json = nlohmann::ordered_json;
    const IsncsciClassification& c = result.classification;
    auto side = [](const IsncsciSideTotals& t) {
        return json{{"upperExtremity", t.upper_extremity}, {"lowerExtremity", t.lower_extremity},
                    {"lightTouch", t.light_touch}, {"pinPrick", t.pin_prick}, {"motor", t.motor}};
    };
    json out;
    out["classification"] = {
        {"neurologicalLevels",
         {{"sensoryRight", c.sensory_right}, {"sensoryLeft", c.sensory_left},
          {"motorRight", c.motor_right}, {"motorLeft", c.motor_left}}},
        {"neurologicalLevelOfInjury", c.neurological_level},
        {"injuryComplete", c.injury_complete},
        {"ASIAImpairmentScale", c.asia_impairment_scale},
        {"zoneOfPartialPreservations",
         {{"sensoryRight", c.zpp_sensory_right}, {"sensoryLeft", c.zpp_sensory_left},
          {"motorRight", c.zpp_motor_right}, {"motorLeft", c.zpp_motor_left}}}};
    const IsncsciTotals& t = result.totals;
    out["totals"] = {{"right", side(t.right)}, {"left", side(t.left)},
                     {"upperExtremity", t.upper_extremity}, {"lowerExtremity", t.lower_extremity},
                     {"lightTouch", t.light_touch}, {"pinPrick", t.pin_prick}};
    return out.dump(2);
}

} // namespace dv::clinical
