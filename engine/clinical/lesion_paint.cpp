// What each lesion pattern numbs (clinical/lesion.h): a state per segment
// for the cord patterns, painted with the map's weights like an exam, and
// the dominance thresholds for root patterns. docs/lesions.md gives the
// clinical reasoning for each.
#include "clinical/lesion.h"

#include "core/error.h"

namespace dv {

namespace {

const Level kT1 = *parse_level("T1"), kS2 = *parse_level("S2"), kS3 = *parse_level("S3"), kCo1 = *parse_level("Co1");

constexpr Modality kModalities[] = {Modality::LightTouch, Modality::PinPrick};
constexpr BodySide kSides[] = {BodySide::Left, BodySide::Right};

void set_both_sides(SensoryState& s, Modality m, int from, int to, SensoryScore score) {
    if (from > to || to < 1 || from > kCo1)
        return;
    for (BodySide side : kSides)
        s.set_range(m, side, Level(std::max(from, 1)), Level(std::min<int>(to, kCo1)), score);
}

void set_all(SensoryState& s, int from, int to, SensoryScore score) {
    for (Modality m : kModalities)
        set_both_sides(s, m, from, to, score);
}

void set_side(SensoryState& s, Modality m, BodySide side, int from, int to, SensoryScore score) {
    if (from <= to && from <= kCo1)
        s.set_range(m, side, Level(from), Level(std::min<int>(to, kCo1)), score);
}

// A hemisection: the dorsal columns (light touch, proprioception) ascend on
// their own side and are cut there; the spinothalamic tract (pain and
// temperature, tested as pin prick) has crossed one or two segments above
// its entry, so the opposite side loses it from about two segments down.
// At the level itself the entering root zone is hit on the lesion's side.
SensoryState brown_sequard(const Lesion& l) {
    SensoryState s;
    const BodySide same = l.side == LesionSide::Right ? BodySide::Right : BodySide::Left;
    const BodySide other = same == BodySide::Left ? BodySide::Right : BodySide::Left;
    const int n = l.from;
    set_side(s, Modality::LightTouch, same, n, n, SensoryScore::Altered);
    set_side(s, Modality::PinPrick, same, n, n, SensoryScore::Altered);
    set_side(s, Modality::LightTouch, same, n + 1, kCo1, SensoryScore::Absent);
    set_side(s, Modality::PinPrick, other, n + 1, n + 1, SensoryScore::Altered);
    set_side(s, Modality::PinPrick, other, n + 2, kCo1, SensoryScore::Absent);
    return s;
}

// Central cord: the crossing spinothalamic fibres and the medial (arm)
// parts of the tracts suffer most, so pin prick is lost over the lesion's
// own segments down to T1 (or two segments for a thoracic one) with light
// touch impaired there, pin prick is impaired below, and the sacral
// segments, whose fibres run outermost, are spared.
SensoryState central_cord(const Lesion& l) {
    SensoryState s;
    const int n = l.from + 1, arm_end = std::max<int>(kT1, n + 1);
    set_both_sides(s, Modality::PinPrick, n, arm_end, SensoryScore::Absent);
    set_both_sides(s, Modality::LightTouch, n, arm_end, SensoryScore::Altered);
    set_both_sides(s, Modality::PinPrick, arm_end + 1, kS2, SensoryScore::Altered);
    return s;
}

SensoryState roots_state(const Lesion& l) {
    SensoryState s;
    const Level to = l.kind == LesionKind::CaudaEquina ? kCo1 : l.to;
    for (Modality m : kModalities)
        for (BodySide side : kSides)
            if (l.kind == LesionKind::CaudaEquina || l.side == LesionSide::Both ||
                (side == BodySide::Left) == (l.side == LesionSide::Left))
                s.set_range(m, side, l.from, to, SensoryScore::Absent);
    return s;
}

bool is_root_pattern(const Lesion& l) { return l.kind == LesionKind::Root || l.kind == LesionKind::CaudaEquina; }

} // namespace

SensoryState lesion_state(const Lesion& l) {
    SensoryState s;
    switch (l.kind) {
    case LesionKind::Root:
    case LesionKind::CaudaEquina: return roots_state(l);
    case LesionKind::CordComplete: set_all(s, l.from + 1, kCo1, SensoryScore::Absent); break;
    case LesionKind::CordIncomplete: set_all(s, l.from + 1, kCo1, SensoryScore::Altered); break;
    case LesionKind::BrownSequard: return brown_sequard(l);
    case LesionKind::Conus: set_all(s, kS3, kCo1, SensoryScore::Absent); break;
    case LesionKind::CentralCord: return central_cord(l);
    }
    return s;
}

SensoryPaint predict_lesion(const Lesion& lesion, std::span<const PointWeights> weights, std::span<const float> side) {
    const SensoryState state = lesion_state(lesion);
    if (!is_root_pattern(lesion))
        return paint_sensory(state, weights, side);
    if (weights.size() != side.size())
        throw InternalError("lesion paint: weights and sides are for different display skins");
    // Roots: the share of the skin's supply that is lost decides, not each
    // level's own score: skin goes numb only where the lost roots supply
    // nearly all of it (docs/lesions.md, "Roots").
    SensoryPaint paint;
    paint.light_touch.resize(weights.size());
    for (std::size_t v = 0; v < weights.size(); ++v) {
        const float lost = paint_point(state, Modality::LightTouch, weights[v], side[v]).y;
        const glm::vec3 shares = lost >= kRootAbsentShare    ? glm::vec3(0, 1, 0)
                                 : lost >= kRootAlteredShare ? glm::vec3(1, 0, 0)
                                                             : glm::vec3(0);
        paint.light_touch[v] = shares;
    }
    paint.pin_prick = paint.light_touch; // a root carries every modality
    return paint;
}

} // namespace dv
