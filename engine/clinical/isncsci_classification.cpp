// The whole-exam answers, built from each side's possible levels
// (isncsci_side.cpp): every combination of the two sides' possibilities and
// of the anal observations is followed through, so an NT yields exactly the
// answers some reading of it gives.
#include "clinical/isncsci_classification.h"

#include "clinical/isncsci_side.h"
#include "clinical/isncsci_tags.h"

#include <algorithm>
#include <set>

namespace dv::clinical {

namespace {

using detail::Options;
using detail::SideReading;

constexpr int kS4_5Point = 27;

std::vector<Observation> possible(Observation o) {
    if (o == Observation::NotTestable)
        return {Observation::Yes, Observation::No};
    return {o};
}

std::string join_levels(const Options& options, bool not_applicable = false) {
    std::string out = not_applicable ? "NA" : "";
    for (const auto& [level, star] : options)
        out += (out.empty() ? "" : ",") + level_name(level) + (star ? "*" : "");
    return out;
}

std::string join_letters(const std::set<char>& letters) {
    std::string out;
    for (char letter : letters)
        out += (out.empty() ? "" : ",") + std::string(1, letter);
    return out;
}

struct ExamReading {
    const IsncsciExam& exam;
    SideReading right, left;
    std::vector<Observation> vac, dap;

    explicit ExamReading(const IsncsciExam& e)
        : exam(e), right(e.right), left(e.left), vac(possible(e.voluntary_anal_contraction)),
          dap(possible(e.deep_anal_pressure)) {}

    bool dap_can(Observation o) const { return std::find(dap.begin(), dap.end(), o) != dap.end(); }
    bool vac_can(Observation o) const { return std::find(vac.begin(), vac.end(), o) != vac.end(); }

    // No sacral sparing at all: no anal contraction, no deep anal pressure,
    // no sensation at S4-5 on either side.
    bool can_be_complete(Observation v) const {
        return v == Observation::No && dap_can(Observation::No) && right.can_be_absent(kS4_5Point) &&
               left.can_be_absent(kS4_5Point);
    }
    bool can_be_incomplete(Observation v) const {
        return v == Observation::Yes || dap_can(Observation::Yes) || right.can_be_present(kS4_5Point) ||
               left.can_be_present(kS4_5Point);
    }
};

// How many of the key muscles below `nli` (both sides) surely / possibly
// grade 3 or more, and how many there are.
struct MuscleCount {
    int at_least = 0, at_most = 0, total = 0;
};

MuscleCount count_below(const ExamReading& r, int nli) {
    MuscleCount c;
    for (const SideReading* side : {&r.right, &r.left})
        for (int i = 0; i < kKeyMuscles; ++i) {
            if (kKeyMuscleLevel[std::size_t(i)] <= nli)
                continue;
            ++c.total;
            c.at_most += side->muscle_can_reach(i, 3) ? 1 : 0;
            c.at_least += side->muscle_can_be_below(i, 3) ? 0 : 1;
        }
    return c;
}

// Letters (grades, or C/I for completeness); a "*" on them is decided by
// the tags pass (isncsci_tags.h).
using Grades = std::set<char>;

int motor_level(const detail::MotorOption& o, Observation vac) {
    return vac == Observation::Yes ? o.motor_with_vac : o.motor_without_vac;
}

// Whether some reading of `side` (with anal contraction `vac`) has motor
// function more than three levels below its motor level / none there.
bool can_move_below(const SideReading& side, Observation vac) {
    for (const auto& o : side.motor_options())
        if (side.can_have_function_below(motor_level(o, vac)))
            return true;
    return false;
}

bool can_be_still_below(const SideReading& side, Observation vac) {
    for (const auto& o : side.motor_options())
        if (side.can_lack_function_below(motor_level(o, vac)))
            return true;
    return false;
}

bool can_be_intact(const SideReading& side) {
    for (const auto& o : side.motor_options())
        if (o.sensory == kIntact && o.motor_with_vac == kIntact)
            return true;
    return false;
}

// The ASIA Impairment Scale for an incomplete injury with anal contraction
// `vac`: E when every level is intact; B when the contraction is absent and
// neither side moves anything more than three levels below its motor level;
// otherwise motor incomplete, C or D by whether at least half the key
// muscles below the neurological level grade 3 or more. Like the worksheet
// calculators, each question is asked of all readings of the exam at once
// (B if some reading is motor complete, C/D for every possible NLI if some
// reading is motor incomplete), not reading by reading.
void add_incomplete_grades(const ExamReading& r, Observation vac, const Options& nli, Grades& out) {
    const bool with_vac = vac == Observation::Yes;
    if (with_vac && can_be_intact(r.right) && can_be_intact(r.left))
        out.insert('E');
    if (!with_vac && can_be_still_below(r.right, vac) && can_be_still_below(r.left, vac))
        out.insert('B');
    if (!with_vac && !can_move_below(r.right, vac) && !can_move_below(r.left, vac))
        return;
    for (const auto& [level, star] : nli) {
        if (level == kIntact)
            continue; // every level intact: E, above
        const MuscleCount c = count_below(r, level);
        if (2 * c.at_most >= c.total)
            out.insert('D');
        if (2 * c.at_least < c.total)
            out.insert('C');
    }
}

void classify_levels(const ExamReading& r, IsncsciClassification& out) {
    Options motor_r, motor_l, nli;
    for (const auto& a : r.right.motor_options())
        for (const auto& b : r.left.motor_options()) {
            const int level = std::min({a.sensory, b.sensory, a.motor_with_vac, b.motor_with_vac});
            detail::add_option(nli, level, r.right.tag_normal_through(level) || r.left.tag_normal_through(level));
        }
    Grades complete, grades;
    for (Observation v : r.vac) {
        for (const auto& a : r.right.motor_options())
            detail::add_option(motor_r, motor_level(a, v), a.star);
        for (const auto& b : r.left.motor_options())
            detail::add_option(motor_l, motor_level(b, v), b.star);
        if (r.can_be_complete(v)) {
            complete.insert('C');
            grades.insert('A');
        }
        if (r.can_be_incomplete(v)) {
            complete.insert('I');
            add_incomplete_grades(r, v, nli, grades);
        }
    }
    out.sensory_right = join_levels(r.right.sensory_levels());
    out.sensory_left = join_levels(r.left.sensory_levels());
    out.motor_right = join_levels(motor_r);
    out.motor_left = join_levels(motor_l);
    out.neurological_level = join_levels(nli);
    out.injury_complete = join_letters(complete);
    out.asia_impairment_scale = join_letters(grades);
}

// 2019: the sensory zone applies on a side without sacral sensation (no
// deep anal pressure, S4-5 absent on that side); the motor zone whenever
// voluntary anal contraction is absent, complete injury or not.
void classify_zones(const ExamReading& r, IsncsciClassification& out) {
    // The lowest non-key muscle with function counts where it may have made
    // the injury motor incomplete: where C is a possible grade.
    const bool non_key = out.asia_impairment_scale.find('C') != std::string::npos;
    auto sensory = [&](const SideReading& side) {
        Options zones;
        const bool applies = r.dap_can(Observation::No) && side.can_be_absent(kS4_5Point);
        if (applies)
            side.add_sensory_zpp(zones);
        return join_levels(zones, r.dap_can(Observation::Yes) || side.can_be_present(kS4_5Point));
    };
    auto motor = [&](const SideReading& side) {
        Options zones;
        if (r.vac_can(Observation::No))
            for (const auto& option : side.motor_options())
                side.add_motor_zpp(option.motor_without_vac, option.star, non_key, zones);
        return join_levels(zones, r.vac_can(Observation::Yes));
    };
    out.zpp_sensory_right = sensory(r.right);
    out.zpp_sensory_left = sensory(r.left);
    out.zpp_motor_right = motor(r.right);
    out.zpp_motor_left = motor(r.left);
}

IsncsciClassification classify_as_read(const IsncsciExam& exam) {
    const ExamReading reading(exam);
    IsncsciClassification out;
    classify_levels(reading, out);
    classify_zones(reading, out);
    return out;
}

} // namespace

IsncsciResult classify_isncsci(const IsncsciExam& exam) {
    IsncsciResult result;
    result.classification = classify_as_read(exam);
    const IsncsciExam plain = detail::without_tags(exam);
    if (!(plain == exam))
        detail::mark_tag_changes(result.classification, classify_as_read(plain));
    result.totals = isncsci_totals(exam);
    return result;
}

} // namespace dv::clinical
