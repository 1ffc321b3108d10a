#pragma once
// Exams for the ISNCSCI tests, written the way a clinician describes them:
// start from a normal exam and set what the injury changed.
#include "clinical/isncsci_exam.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace dv::test {

class ExamBuilder {
public:
    ExamBuilder() {
        for (clinical::ExamSide* side : {&exam_.right, &exam_.left}) {
            side->light_touch.fill({2, false, clinical::Tag::None});
            side->pin_prick.fill({2, false, clinical::Tag::None});
            side->motor.fill({5, false, clinical::Tag::None});
        }
        exam_.voluntary_anal_contraction = clinical::Observation::Yes;
        exam_.deep_anal_pressure = clinical::Observation::Yes;
    }

    // `sides` "right", "left" or "both"; `what` "lightTouch", "pinPrick",
    // "sensory" (both) or "motor"; every point from `from` down to S4_5 (or
    // S1 for muscles) when `downwards`, else that point alone.
    ExamBuilder& set(const std::string& sides, const std::string& what, const std::string& from,
                     const std::string& value, bool downwards = false) {
        const int first = clinical::level_from_name(from);
        if (first < 0)
            throw std::invalid_argument("no level " + from);
        for (clinical::ExamSide* side : targets(sides)) {
            if (what == "motor") {
                for (int i = 0; i < clinical::kKeyMuscles; ++i) {
                    const int l = clinical::kKeyMuscleLevel[std::size_t(i)];
                    if (l == first || (downwards && l > first))
                        side->motor[std::size_t(i)] = score(value, true);
                }
                continue;
            }
            for (int p = 0; p < clinical::kSensoryPoints; ++p) {
                const int l = clinical::sensory_point_level(p);
                if (l != first && !(downwards && l > first))
                    continue;
                if (what != "pinPrick")
                    side->light_touch[std::size_t(p)] = score(value, false);
                if (what != "lightTouch")
                    side->pin_prick[std::size_t(p)] = score(value, false);
            }
        }
        return *this;
    }
    ExamBuilder& below(const std::string& sides, const std::string& what, const std::string& from,
                       const std::string& value) {
        return set(sides, what, from, value, true);
    }
    ExamBuilder& anal(clinical::Observation vac, clinical::Observation dap) {
        exam_.voluntary_anal_contraction = vac;
        exam_.deep_anal_pressure = dap;
        return *this;
    }
    ExamBuilder& non_key(const std::string& side, const std::string& level) {
        (side == "right" ? exam_.right : exam_.left).lowest_non_key_muscle = clinical::level_from_name(level);
        return *this;
    }
    const clinical::IsncsciExam& exam() const { return exam_; }

private:
    std::vector<clinical::ExamSide*> targets(const std::string& sides) {
        if (sides == "right")
            return {&exam_.right};
        if (sides == "left")
            return {&exam_.left};
        return {&exam_.right, &exam_.left};
    }
    static clinical::Score score(const std::string& text, bool motor) {
        const auto s = clinical::parse_score(text, motor);
        if (!s)
            throw std::invalid_argument("bad score " + text);
        return *s;
    }
    clinical::IsncsciExam exam_;
};

} // namespace dv::test
