// One side's sensory and motor levels, with every answer a not-testable
// score leaves open. The rules (docs/isncsci.md): the sensory level is the
// most caudal point with light touch and pin prick both normal, all above it
// normal too; the motor level the most caudal key muscle graded 3 or more
// with every muscle above it 5, and where a segment has no key muscle to test
// (C1-C4, T2-L1, S2-S5) the sensory level stands in for it.
#include "clinical/isncsci_side.h"

#include <algorithm>

namespace dv::clinical::detail {

namespace {
constexpr int kC4 = 3, kT1 = 8, kL1 = 20, kS1 = 25, kS3 = 27;
constexpr unsigned kSensoryNormal = 1u << 2, kSensoryAbnormal = 3u;
constexpr unsigned kAbsent = 1u;
} // namespace

// "**": normal. "*": not normal, but at least the recorded grade: an
// impairment from another cause can only have lowered what the cord
// carries. NT: any grade; "NT*" any but normal, every one resting on the tag.
Possible considered(const Score& score, int top_grade) {
    const unsigned normal = 1u << top_grade;
    const unsigned all = (normal << 1) - 1;
    const unsigned recorded = score.not_testable ? (score.tag == Tag::None ? all : 0u) : 1u << score.grade;
    if (score.tag == Tag::ConsiderNormal)
        return {normal, recorded};
    if (score.tag == Tag::ConsiderAbnormal)
        return {score.not_testable ? all & ~normal : (all & ~normal) & ~((1u << score.grade) - 1), recorded};
    return {score.not_testable ? all : 1u << score.grade, recorded};
}

Presence presence_of(const Score& score) {
    if (score.tag == Tag::ConsiderNormal)
        return {false, true, false};
    if (score.not_testable)
        return {true, true, false};
    if (score.grade == 0)
        return {true, score.tag == Tag::ConsiderAbnormal, score.tag == Tag::ConsiderAbnormal};
    return {false, true, false};
}

void add_option(Options& options, int value, bool star) {
    auto [it, inserted] = options.emplace(value, star);
    if (!inserted)
        it->second = it->second || star;
}

SideReading::SideReading(const ExamSide& side) : non_key_(side.lowest_non_key_muscle) {
    for (std::size_t p = 0; p < kSensoryPoints; ++p) {
        lt_[p] = considered(side.light_touch[p], 2);
        pp_[p] = considered(side.pin_prick[p], 2);
        lt_presence_[p] = presence_of(side.light_touch[p]);
        pp_presence_[p] = presence_of(side.pin_prick[p]);
    }
    for (std::size_t i = 0; i < kKeyMuscles; ++i) {
        muscle_[i] = considered(side.motor[i], 5);
        muscle_presence_[i] = presence_of(side.motor[i]);
    }
    find_sensory_levels();
    for (const auto& [level, star] : sensory_levels_)
        walk_motor(level, star);
}

bool SideReading::can_be_absent(int p) const {
    return lt_presence_[std::size_t(p)].absent && pp_presence_[std::size_t(p)].absent;
}

bool SideReading::can_be_present(int p) const {
    return lt_presence_[std::size_t(p)].present || pp_presence_[std::size_t(p)].present;
}

bool SideReading::present_only_by_tag(int p) const {
    const Presence& lt = lt_presence_[std::size_t(p)];
    const Presence& pp = pp_presence_[std::size_t(p)];
    return !((lt.present && !lt.by_tag) || (pp.present && !pp.by_tag));
}

bool SideReading::presence_tagged(int p) const {
    return lt_presence_[std::size_t(p)].by_tag || pp_presence_[std::size_t(p)].by_tag;
}

bool SideReading::tag_normal_through(int level) const {
    for (int p = 0; p < kSensoryPoints && sensory_point_level(p) <= level; ++p) {
        if (lt_[std::size_t(p)].tag_normal(2) || pp_[std::size_t(p)].tag_normal(2))
            return true;
    }
    for (int i = 0; i < kKeyMuscles && kKeyMuscleLevel[std::size_t(i)] <= level; ++i)
        if (muscle_[std::size_t(i)].tag_normal(5))
            return true;
    return false;
}

// Level l is possible when every point above it can be normal and the point
// just below can be abnormal; intact when every point can be normal. It
// carries "*" when a "**" let a point above count as normal, or when only a
// "NT*" made the point below abnormal.
void SideReading::find_sensory_levels() {
    bool star_above = false;
    for (int p = 0; p < kSensoryPoints; ++p) {
        const Possible& lt = lt_[std::size_t(p)];
        const Possible& pp = pp_[std::size_t(p)];
        const bool untagged_abnormal = (lt.mask & lt.recorded & kSensoryAbnormal) ||
                                       (pp.mask & pp.recorded & kSensoryAbnormal);
        if ((lt.mask & kSensoryAbnormal) || (pp.mask & kSensoryAbnormal))
            add_option(sensory_levels_, sensory_point_level(p) - 1, star_above || !untagged_abnormal);
        if (!(lt.mask & kSensoryNormal) || !(pp.mask & kSensoryNormal))
            return;
        star_above = star_above || lt.tag_normal(2) || pp.tag_normal(2);
    }
    add_option(sensory_levels_, kIntact, star_above);
}

void SideReading::emit(int sensory, int with_vac, int without_vac, bool star) {
    motor_options_.push_back({sensory, with_vac, without_vac, star});
}

bool SideReading::walk_muscles(int first, int last, int prev_level, int sensory, bool& star) {
    for (int i = first; i <= last; ++i) {
        const Possible& m = muscle_[std::size_t(i)];
        const int level = kKeyMuscleLevel[std::size_t(i)];
        if (m.mask & 0b000111u) // below 3: the level above is the motor level
            emit(sensory, prev_level, prev_level, star || m.by_tag(0b000111u));
        if (m.mask & 0b011000u) // 3 or 4 with everything above normal
            emit(sensory, level, level, star || m.by_tag(0b011000u));
        if (!(m.mask & 0b100000u))
            return false;
        star = star || m.by_tag(0b100000u);
        prev_level = level;
    }
    return true;
}

// The motor level for one possible sensory level of this side. Through
// C1-C4 it is the sensory level; the arm's key muscles are read from C5
// when C4 is normal; past T1 the sensory level stands in (T2-L1) until the
// leg's key muscles, which need sensation normal through L1; past S1 again
// the sensory level, and below S3 voluntary anal contraction: the motor
// level is intact only with it, S3 without it.
void SideReading::walk_motor(int sensory, bool sensory_star) {
    if (sensory < kC4) {
        emit(sensory, sensory, sensory, sensory_star);
        return;
    }
    bool star = tag_normal_through(kC4);
    if (!walk_muscles(0, 4, kC4, sensory, star))
        return;
    if (sensory <= kT1) {
        emit(sensory, kT1, kT1, star);
        return;
    }
    if (sensory < kL1) {
        emit(sensory, sensory, sensory, star || sensory_star);
        return;
    }
    star = star || tag_normal_through(kL1);
    if (!walk_muscles(5, 9, kL1, sensory, star))
        return;
    if (sensory <= kS1)
        emit(sensory, kS1, kS1, star);
    else if (sensory < kIntact)
        emit(sensory, sensory, sensory, star || sensory_star);
    else
        emit(sensory, kIntact, kS3, star || sensory_star);
}

bool SideReading::can_have_function_below(int motor_level) const {
    for (int i = 0; i < kKeyMuscles; ++i)
        if (kKeyMuscleLevel[std::size_t(i)] > motor_level + 3 && muscle_can_move(i))
            return true;
    return non_key_ && *non_key_ > motor_level + 3;
}

bool SideReading::can_lack_function_below(int motor_level) const {
    for (int i = 0; i < kKeyMuscles; ++i)
        if (kKeyMuscleLevel[std::size_t(i)] > motor_level + 3 && !muscle_can_be_still(i))
            return false;
    return !(non_key_ && *non_key_ > motor_level + 3);
}

// From S1 upwards, the first key muscle below the motor level that can move
// is a possible zone; one that surely moves ends the search; with none, the
// motor level. Where grade C is possible the lowest non-key muscle with
// function extends the zone down to it when it lies more than three levels
// below that: the same three-level margin that lets a non-key muscle make
// an injury motor incomplete (the ISNCSCI calculators' reading, checked
// against them in tests/test_isncsci_cases.cpp).
void SideReading::add_motor_zpp(int motor_level, bool level_star, bool grade_c_possible, Options& out) const {
    auto add = [&](int level, bool star) {
        const bool non_key = grade_c_possible && non_key_ && *non_key_ > level + 3;
        add_option(out, non_key ? *non_key_ : level, star);
    };
    for (int i = kKeyMuscles - 1; i >= 0; --i) {
        const int level = kKeyMuscleLevel[std::size_t(i)];
        if (level <= motor_level)
            break;
        if (muscle_can_move(i))
            add(level, muscle_moves_by_tag(i));
        if (!muscle_can_be_still(i))
            return;
    }
    add(motor_level, level_star);
}

// From S3 upwards, the first point with any sensation is a possible zone; one
// with sensation for sure ends the search; with none down to C2, C1. Once
// the search has passed a point whose absence a tag put in doubt, what it
// finds carries "*".
void SideReading::add_sensory_zpp(Options& out) const {
    bool passed_tag = false;
    for (int p = kSensoryPoints - 2; p >= 0; --p) {
        if (can_be_present(p))
            add_option(out, sensory_point_level(p), passed_tag || present_only_by_tag(p));
        if (!can_be_absent(p))
            return;
        passed_tag = passed_tag || presence_tagged(p);
    }
    add_option(out, 0, passed_tag);
}

} // namespace dv::clinical::detail
