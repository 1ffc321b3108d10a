#include "clinical/exam_sensory.h"

#include "clinical/isncsci_classification.h"

namespace dv::clinical {

namespace {

SensoryScore paint_score(const Score& s) {
    if (s.not_testable)
        return SensoryScore::NotTestable;
    return s.grade == 2 ? SensoryScore::Normal : s.grade == 1 ? SensoryScore::Altered : SensoryScore::Absent;
}

// Our level index (C1 = 0) is one below the atlas scale's (C1 = 1).
Level atlas_level(int point) {
    return Level(sensory_point_level(point) + 1);
}

void set_side(SensoryState& state, BodySide side, const ExamSide& exam) {
    const Level co1 = *parse_level("Co1");
    for (int p = 0; p < kSensoryPoints; ++p) {
        const Level level = atlas_level(p);
        const Level last = p == kSensoryPoints - 1 ? co1 : level; // S4-5: S4, S5 and Co1
        state.set_range(Modality::LightTouch, side, level, last, paint_score(exam.light_touch[std::size_t(p)]));
        state.set_range(Modality::PinPrick, side, level, last, paint_score(exam.pin_prick[std::size_t(p)]));
    }
}

} // namespace

SensoryState exam_sensory_state(const IsncsciExam& exam) {
    SensoryState state;
    set_side(state, BodySide::Right, exam.right);
    set_side(state, BodySide::Left, exam.left);
    return state;
}

std::string exam_caption(const IsncsciExam& exam) {
    const IsncsciClassification c = classify_isncsci(exam).classification;
    return "Sensory R " + c.sensory_right + ", L " + c.sensory_left + "; NLI " + c.neurological_level + "; AIS " +
           c.asia_impairment_scale;
}

} // namespace dv::clinical
