#pragma once
// The ISNCSCI classification of an exam (2019 revision): sensory and motor
// levels per side, the neurological level of injury, completeness, the ASIA
// Impairment Scale, the zones of partial preservation and the totals. Every
// field is text as the worksheet writes it: a level ("C5", "INT" for
// intact), and where a not-testable score leaves more than one answer
// possible, every possible one, comma-separated in cranio-caudal order
// ("C5,C6"); "NA" where a zone of partial preservation does not apply; a
// trailing "*" where a "*"/"**" tag changed the result; "ND" for a total an
// NT leaves undetermined. The rules, in our words: docs/isncsci.md.
#include "clinical/isncsci_exam.h"

#include <string>

namespace dv::clinical {

struct IsncsciClassification {
    std::string sensory_right, sensory_left, motor_right, motor_left;
    std::string neurological_level;
    std::string injury_complete; // "C" complete, "I" incomplete
    std::string asia_impairment_scale;
    std::string zpp_sensory_right, zpp_sensory_left, zpp_motor_right, zpp_motor_left;
};

struct IsncsciSideTotals {
    std::string upper_extremity, lower_extremity, light_touch, pin_prick, motor;
};

struct IsncsciTotals {
    IsncsciSideTotals right, left;
    std::string upper_extremity, lower_extremity, light_touch, pin_prick;
};

struct IsncsciResult {
    IsncsciClassification classification;
    IsncsciTotals totals;
};

IsncsciResult classify_isncsci(const IsncsciExam& exam);
IsncsciTotals isncsci_totals(const IsncsciExam& exam);

// The result as the calculators' JSON ({"classification": {...},
// "totals": {...}}, values as strings), indented.
std::string isncsci_result_json(const IsncsciResult& result);

} // namespace dv::clinical
