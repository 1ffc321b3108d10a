#pragma once
// An ISNCSCI exam as sensation per dermatome, what the sensory painter
// (clinical/sensory_paint.h) spreads over the skin: each key point's
// recorded score stands for its whole dermatome, per side and modality.
#include "clinical/isncsci_exam.h"
#include "clinical/sensory_paint.h"

#include <string>

namespace dv::clinical {

// 2 normal, 1 altered, 0 absent, NT not testable, as recorded: a tag says
// why a score is impaired, not that the skin feels otherwise, so "0*" and
// "0**" are painted absent. C2 ... S3 are their own segments; the S4-5 point
// stands for S4, S5 and Co1. C1 has no key point (no skin on a spinal map)
// and stays normal.
SensoryState exam_sensory_state(const IsncsciExam& exam);

// What a figure of an exam says of it: "Sensory R C6, L C6; NLI C6; AIS A".
std::string exam_caption(const IsncsciExam& exam);

inline constexpr const char* kIsncsciCitation =
    "American Spinal Injury Association. International Standards for Neurological Classification of Spinal Cord "
    "Injury (ISNCSCI), revised 2019. Richmond, VA: ASIA; 2019.";

} // namespace dv::clinical
