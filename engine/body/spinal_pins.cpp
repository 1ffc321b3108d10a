#include "body/spinal_pins.h"

namespace dv::coordinates {

namespace {

using spinal::C;
using spinal::L;
using spinal::S;
using spinal::T;

// Each band runs from its own spinous process behind to its anterior
// landmark in front, so bands slope down toward the front
// (docs/body-coordinates.md). Levels between two segments (x.5) are borders.
constexpr SpinalPin kPins[] = {
    // Front midline, top down.
    {"suprasternal_notch", false, C(4) + 0.5, kFrontLine}, // the C4/C5 border: C4 is the cape above the clavicles
    {"key_T3", true, T(3), kFrontLine | kClavicularLines | kPoint}, // 3rd intercostal space
    {"nipple", true, T(4), kFrontLine | kClavicularLines | kPoint | kRequired},
    {"xiphoid_process", false, T(6), kFrontLine},
    {"umbilicus", false, T(10), kFrontLine | kPoint | kRequired},
    {"pubic_symphysis", false, L(1), kFrontLine}, // L1 over the pubis, below the inguinal ligament's T12/L1 border
    // Midclavicular lines: ISNCSCI places T3..T12 there at the same levels as
    // the front midline, so the front of the trunk has level bands and the
    // slope comes on the flanks.
    {"clavicle_midpoint", true, C(5), kClavicularLines},
    {"key_T5", true, T(5), kClavicularLines | kPoint},
    {"key_T6", true, T(6), kClavicularLines | kPoint},
    {"key_T7", true, T(7), kClavicularLines | kPoint},
    {"key_T8", true, T(8), kClavicularLines | kPoint},
    {"key_T9", true, T(9), kClavicularLines | kPoint},
    {"key_T10", true, T(10), kClavicularLines | kPoint},
    {"key_T11", true, T(11), kClavicularLines | kPoint},
    // The T12 key point: the lowest part of T12, just above the T12/L1 border.
    {"inguinal_ligament_midpoint", true, T(12) + 0.4, kClavicularLines | kPoint | kRequired},
    // Back midline, top down: each level at its own spinous process.
    {"spinous_process_C7", false, C(7), kBackLine},
    {"spinous_process_T4", false, T(4), kBackLine | kPoint | kRequired},
    {"spinous_process_T10", false, T(10), kBackLine | kPoint | kRequired},
    {"spinous_process_L4", false, L(4), kBackLine},
    {"perianal_centre", false, S(5), kBackLine | kPoint | kRequired}, // down the natal cleft to S5
    // Buttocks and perineum, where no line runs.
    {"gluteal_fold_midpoint", true, S(2), kPoint},
    {"ischial_tuberosity", true, S(3), kPoint},
    {"perineal_midpoint", false, S(4), kPoint},
};

} // namespace

std::span<const SpinalPin> spinal_pins() { return kPins; }

} // namespace dv::coordinates
