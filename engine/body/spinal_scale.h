#pragma once
// The spinal segments on one numeric scale, the body's own: C1..C8 = 1..8,
// T1..T12 = 9..20, L1..L5 = 21..25, S1..S5 = 26..30, Co1 = 31. A value of
// 18.0 is the middle of T10's band and 20.5 the T12/L1 border, so the
// spinal-level field of body_coordinates.h can be continuous. Only numbers
// live here; the names ("T10") are the atlas's (atlas/levels.h), since the
// body never depends on the atlas.
namespace dv::spinal {

// Where each group starts on the scale and how many segments it has.
inline constexpr int kFirstCervical = 1, kCervicalCount = 8;
inline constexpr int kFirstThoracic = 9, kThoracicCount = 12;
inline constexpr int kFirstLumbar = 21, kLumbarCount = 5;
inline constexpr int kFirstSacral = 26, kSacralCount = 5;
inline constexpr int kCoccygeal = 31; // Co1, the last segment on the scale
inline constexpr int kLastSegment = kCoccygeal;

// The index of a segment by its group and number: T(10) == 18.
constexpr int C(int n) { return kFirstCervical - 1 + n; }
constexpr int T(int n) { return kFirstThoracic - 1 + n; }
constexpr int L(int n) { return kFirstLumbar - 1 + n; }
constexpr int S(int n) { return kFirstSacral - 1 + n; }

static_assert(C(kCervicalCount) + 1 == kFirstThoracic && T(kThoracicCount) + 1 == kFirstLumbar &&
              L(kLumbarCount) + 1 == kFirstSacral && S(kSacralCount) + 1 == kCoccygeal);

} // namespace dv::spinal
