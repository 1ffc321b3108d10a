#pragma once
// Where the spinal-level field is pinned: the one table of anatomical
// anchors (spinal_pins.cpp) that spinal_field.cpp turns into constraints and
// docs/body-coordinates.md describes. Internal to the body coordinates.
#include "body/spinal_scale.h"

#include <span>
#include <string_view>

namespace dv::coordinates {

// What a landmark pins. The three lines are pinned by height: each vertex
// on the line takes the level interpolated between the anchors above and
// below it, so whole curves are pinned and the field has no bull's-eyes.
enum PinUse : unsigned {
    kFrontLine = 1u,       // the front midline
    kBackLine = 2u,        // the back midline
    kClavicularLines = 4u, // the midclavicular lines, where ISNCSCI puts the T3..T12 key points
    kPoint = 8u,           // the landmark's own vertex
    kRequired = 16u,       // as a point, it must lie on neck, trunk or perineum (else the regions are wrong)
};

struct SpinalPin {
    std::string_view landmark;
    bool bilateral; // left and right (a line anchor at their mean height); else a midline landmark
    double level;   // on the scale of spinal_scale.h
    unsigned uses;  // PinUse bits
};

std::span<const SpinalPin> spinal_pins();

// Pins that follow region borders rather than landmarks.
// The upper neck ring, where the neck meets head and face: the C2/C3 border
// (C2 is the back of the scalp, C3 the neck). The front and back midlines
// start from it.
inline constexpr double kUpperNeckRing = spinal::C(2) + 0.5;
// The shoulder ring, where the arm was cut off the trunk, by height: the
// C4/C5 border over the acromion (C5 belongs to the arm) down to T2 at the
// apex of the axilla (the intercostobrachial skin). Without it the flank
// under the arm took the levels of the back (T6 at the axilla).
inline constexpr double kShoulderRingTop = spinal::C(4) + 0.5;
inline constexpr double kShoulderRingBottom = spinal::T(2);

} // namespace dv::coordinates
