#pragma once
// One side of the exam as the classification reads it: each score turned
// into the set of grades it may stand for (NT: any; "**": normal; "NT*":
// any but normal), and what follows for that side alone: its possible
// sensory levels and motor levels. Internal to engine/clinical.
#include "clinical/isncsci_exam.h"

#include <array>
#include <map>
#include <vector>

namespace dv::clinical::detail {

// The grades a score may stand for, as a bit set (bit g = grade g), and the
// grades it stands for without its tag: a result reachable only through
// grades outside `recorded` rests on the tag (and so carries "*").
struct Possible {
    unsigned mask = 0;
    unsigned recorded = 0;
    bool by_tag(unsigned grades) const { return (mask & grades) != 0 && (mask & grades & recorded) == 0; }
    // Graded below normal but taken as normal ("**").
    bool tag_normal(int top_grade) const { return mask == (1u << top_grade) && by_tag(mask); }
};
Possible considered(const Score& score, int top_grade);

// Whether a score may mean some sensation / motor function is there (for
// sacral sparing, zones of partial preservation, motor function below the
// motor level), and whether that rests on a tag: a "0*" records an absence
// that is not due to the spinal cord injury, so the cord may well carry
// the function (and what follows from that is marked "*"); a "0**" is to
// be taken as normal.
struct Presence {
    bool absent = false, present = false;
    bool by_tag = false;
};
Presence presence_of(const Score& score);

// A possible value and whether a tag decided it.
using Options = std::map<int, bool>;
void add_option(Options& options, int value, bool star);

// One way the side's levels can come out: its sensory level, its motor level
// when voluntary anal contraction is present (also the one the neurological
// level uses) and when it is absent, and whether a tag decided them.
struct MotorOption {
    int sensory = 0;
    int motor_with_vac = 0;
    int motor_without_vac = 0;
    bool star = false;
};

class SideReading {
public:
    explicit SideReading(const ExamSide& side);

    const Options& sensory_levels() const { return sensory_levels_; }
    const std::vector<MotorOption>& motor_options() const { return motor_options_; }

    // Point p (0 = C2 ... 27 = S4_5) may have no sensation at all / some;
    // a tag decides that presence (alone / at all).
    bool can_be_absent(int p) const;
    bool can_be_present(int p) const;
    bool present_only_by_tag(int p) const;
    bool presence_tagged(int p) const;
    // Key muscle i may be still / move; a tag alone makes it move.
    bool muscle_can_be_still(int i) const { return muscle_presence_[std::size_t(i)].absent; }
    bool muscle_can_move(int i) const { return muscle_presence_[std::size_t(i)].present; }
    bool muscle_moves_by_tag(int i) const { return muscle_presence_[std::size_t(i)].by_tag; }

    // Some score at a level up to `level` is normal only by a "**" tag.
    bool tag_normal_through(int level) const;
    // Key muscle i may be graded at least / below `grade`.
    bool muscle_can_reach(int i, int grade) const { return (muscle_[std::size_t(i)].mask >> grade) != 0; }
    bool muscle_can_be_below(int i, int grade) const {
        return (muscle_[std::size_t(i)].mask & ((1u << grade) - 1)) != 0;
    }
    // Motor function (key muscle above 0, or the lowest non-key muscle) may
    // exist / may be missing more than three levels below `motor_level`.
    bool can_have_function_below(int motor_level) const;
    bool can_lack_function_below(int motor_level) const;
    // The possible motor zones of partial preservation below `motor_level`
    // (the most caudal level with motor function; the motor level if none);
    // the non-key muscle may count only when grade C is possible. A zone at
    // the motor level keeps the level's "*" (`level_star`).
    void add_motor_zpp(int motor_level, bool level_star, bool grade_c_possible, Options& out) const;
    // The possible sensory zones (most caudal level with any sensation).
    void add_sensory_zpp(Options& out) const;

private:
    void find_sensory_levels();
    void walk_motor(int sensory, bool sensory_star);
    // Walks key muscles first..last below `prev_level`, recording each place
    // the motor level can stop; returns whether all can be normal, and then
    // `star` says whether a tag was needed for that.
    bool walk_muscles(int first, int last, int prev_level, int sensory, bool& star);
    void emit(int sensory, int with_vac, int without_vac, bool star);

    std::array<Possible, kSensoryPoints> lt_{}, pp_{};
    std::array<Possible, kKeyMuscles> muscle_{};
    std::array<Presence, kSensoryPoints> lt_presence_{}, pp_presence_{};
    std::array<Presence, kKeyMuscles> muscle_presence_{};
    std::optional<int> non_key_;
    Options sensory_levels_;
    std::vector<MotorOption> motor_options_;
};

} // namespace dv::clinical::detail
