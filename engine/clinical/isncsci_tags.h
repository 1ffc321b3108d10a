#pragma once
// Where the worksheet's "*" marks a result: a "*" / "**" tag on a score
// (impairment not due to the spinal cord injury) changed it. Decided by
// classifying the exam a second time with every tag removed and comparing.
// Internal to engine/clinical.
#include "clinical/isncsci_classification.h"

namespace dv::clinical::detail {

// The same exam with every tag dropped ("0*" -> "0", "NT**" -> "NT").
IsncsciExam without_tags(const IsncsciExam& exam);

// Marks in `tagged` what the tags changed, given the classification of the
// untagged exam: a motor level, NLI or motor zone that the untagged exam
// cannot give (besides the marks their own rules gave, isncsci_side.cpp);
// every completeness and AIS value when the tags changed the set of them.
// The sensory levels and zones keep their own rules' marks.
void mark_tag_changes(IsncsciClassification& tagged, const IsncsciClassification& untagged);

} // namespace dv::clinical::detail
