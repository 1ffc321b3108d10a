#pragma once
// An ISNCSCI examination (International Standards for Neurological
// Classification of Spinal Cord Injury, 2019 revision), as the worksheet
// records it: per side, light touch and pin prick at the 28 key sensory
// points, the 10 key muscles, the lowest non-key muscle with motor function;
// and the two anal observations. Its file is the exam JSON that ISNCSCI web
// calculators exchange (docs/isncsci.md).
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace dv::clinical {

// Segment levels in cranio-caudal order, the index used everywhere in the
// classification: C1 = 0 ... S3 = 27, S4_5 = 28, and "INT" (intact, below
// every segment) = 29.
inline constexpr int kLevelCount = 29;
inline constexpr int kIntact = 29;
std::string level_name(int level); // "C1" ... "S4_5", "INT"

// The 28 key sensory points C2 ... S4_5: point i is level i + 1.
inline constexpr int kSensoryPoints = 28;
inline constexpr int sensory_point_level(int point) { return point + 1; }
// The 10 key muscles: C5 C6 C7 C8 T1 (upper limb) L2 L3 L4 L5 S1 (lower limb).
inline constexpr int kKeyMuscles = 10;
inline constexpr std::array<int, kKeyMuscles> kKeyMuscleLevel = {4, 5, 6, 7, 8, 21, 22, 23, 24, 25};
// The level index of a name ("C5"), or -1.
int level_from_name(std::string_view name);

// The worksheet's tags for impairment not due to the spinal cord injury:
// "*" = consider it not normal for classification, "**" = consider it normal.
enum class Tag { None, ConsiderAbnormal, ConsiderNormal };

// One recorded score: a grade (sensory 0-2, motor 0-5) or NT, and a tag.
struct Score {
    int grade = 0;
    bool not_testable = false;
    Tag tag = Tag::None;
    bool operator==(const Score&) const = default;
};

enum class Observation { Yes, No, NotTestable };

struct ExamSide {
    std::array<Score, kSensoryPoints> light_touch{};
    std::array<Score, kSensoryPoints> pin_prick{};
    std::array<Score, kKeyMuscles> motor{};
    // Level index of the lowest non-key muscle with motor function, if any.
    std::optional<int> lowest_non_key_muscle;
    bool operator==(const ExamSide&) const = default;
};

struct IsncsciExam {
    ExamSide right, left;
    Observation voluntary_anal_contraction = Observation::No;
    Observation deep_anal_pressure = Observation::No;
    bool operator==(const IsncsciExam&) const = default;
};

// A score as the file writes it ("2", "0*", "NT**"), and back; parse_score
// returns nullopt for anything the standard does not allow at that kind of
// point (a tag on a normal grade, "3" for sensation...).
std::string score_text(const Score& score);
std::optional<Score> parse_score(std::string_view text, bool motor);
std::string observation_text(Observation o);

// Reads the exam JSON; throws dv::Error naming the field (e.g.
// "right.lightTouch.C6") and saying what is allowed there. `source` names
// the file in messages.
IsncsciExam parse_isncsci_exam(const std::string& text, const std::string& source);
IsncsciExam load_isncsci_exam(const std::string& path);
// Writes the same format, every field present, values as strings.
std::string write_isncsci_exam(const IsncsciExam& exam);

} // namespace dv::clinical
