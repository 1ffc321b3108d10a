#pragma once
// Lesion patterns of the roots and the spinal cord, and the skin each one
// numbs. A lesion is written as a short phrase ("root L5 left", "cord T10
// complete", "brown-sequard T8 left"; kLesionForms lists them all), kept in
// a scene as that phrase, and predicted on the body with a map's baked
// weights (docs/lesions.md says what each pattern paints and why).
#include "atlas/levels.h"
#include "clinical/sensory_paint.h"

#include <span>
#include <string>
#include <string_view>

namespace dv {

enum class LesionKind {
    Root,           // one or more consecutive roots on one side or both: "root L5 left", "roots C6-C7 right"
    CordComplete,   // everything below the level lost: "cord T6 complete"
    CordIncomplete, // everything below the level impaired, sacral sensation kept: "cord C5 incomplete"
    BrownSequard,   // a hemisection: "brown-sequard T8 left"
    CaudaEquina,    // the roots from the level down, both sides: "cauda-equina L3"
    Conus,          // the conus medullaris: the saddle, S3 to Co1: "conus"
    CentralCord,    // upper limbs more than lower, sacral sparing: "central-cord C5"
};

enum class LesionSide { Both, Left, Right };

struct Lesion {
    LesionKind kind = LesionKind::Root;
    // Roots: the first and last root lost. Cord kinds: `from` is the
    // neurological level, the lowest segment that is still normal, as
    // ISNCSCI counts it; the loss starts one segment below. Conus: unused.
    Level from = 0, to = 0;
    LesionSide side = LesionSide::Both; // roots and brown-sequard
    bool operator==(const Lesion&) const = default;
};

// Every form parse_lesion accepts, one per line, for messages and --help.
extern const std::string_view kLesionForms;

// Reads a lesion phrase (keywords and level names in any case). Throws
// dv::Error saying what is wrong and listing kLesionForms.
Lesion parse_lesion(std::string_view text);
// The phrase parse_lesion reads back: "root L5 left", "roots C6-C7 right".
std::string lesion_text(const Lesion& lesion);
// One line for a caption: "Left L5 radiculopathy (single root)".
std::string lesion_title(const Lesion& lesion);

// Skin where the lost roots together supply at least this share goes numb
// (absent); from kRootAlteredShare up to it, the skin is altered. A root
// lesion leaves the overlap zones with a neighbour's supply, so the numb
// area is smaller than the dermatome (docs/lesions.md, "Roots").
inline constexpr float kRootAbsentShare = 0.9f;
inline constexpr float kRootAlteredShare = 0.3f;

// What a cord lesion does per segment, side and modality (root lesions
// lose every modality of their roots; lesion_state gives those too, for the
// key points, but their paint follows the thresholds above).
SensoryState lesion_state(const Lesion& lesion);

// The predicted loss on every display skin vertex (weights and sides as for
// paint_sensory).
SensoryPaint predict_lesion(const Lesion& lesion, std::span<const PointWeights> weights, std::span<const float> side);

} // namespace dv
