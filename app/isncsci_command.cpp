// `dermaview isncsci EXAM.json [--json]`: the ISNCSCI classification of an
// exam file (engine/clinical/isncsci_classification.h, docs/isncsci.md).
#include "clinical/isncsci_classification.h"
#include "verb_support.h"
#include "verbs.h"

#include <iostream>

namespace dv::app {

namespace {

const std::vector<cli::Option> kIsncsciOptions = {
    {"--json", "", "", "print the classification and totals as the calculators' JSON"},
    {"--help", "-h", "", "show this help"}};

void print_text(const clinical::IsncsciResult& result) {
    const clinical::IsncsciClassification& c = result.classification;
    const clinical::IsncsciTotals& t = result.totals;
    std::cout << "                       right     left\n"
              << "sensory level          " << c.sensory_right << std::string(10 - std::min<std::size_t>(9, c.sensory_right.size()), ' ')
              << c.sensory_left << "\n"
              << "motor level            " << c.motor_right << std::string(10 - std::min<std::size_t>(9, c.motor_right.size()), ' ')
              << c.motor_left << "\n"
              << "neurological level of injury (NLI): " << c.neurological_level << "\n"
              << "complete or incomplete: " << c.injury_complete << "  (C complete, I incomplete)\n"
              << "ASIA Impairment Scale (AIS): " << c.asia_impairment_scale << "\n"
              << "zone of partial preservation: sensory R " << c.zpp_sensory_right << ", L " << c.zpp_sensory_left
              << "; motor R " << c.zpp_motor_right << ", L " << c.zpp_motor_left << "\n"
              << "totals (R + L = total; ND: not determinable):\n"
              << "  upper extremity motor (UEMS) " << t.right.upper_extremity << " + " << t.left.upper_extremity
              << " = " << t.upper_extremity << " of 50\n"
              << "  lower extremity motor (LEMS) " << t.right.lower_extremity << " + " << t.left.lower_extremity
              << " = " << t.lower_extremity << " of 50\n"
              << "  light touch                  " << t.right.light_touch << " + " << t.left.light_touch << " = "
              << t.light_touch << " of 112\n"
              << "  pin prick                    " << t.right.pin_prick << " + " << t.left.pin_prick << " = "
              << t.pin_prick << " of 112\n";
}

} // namespace

int run_isncsci(int argc, char** argv, int first) {
    const char* usage = "dermaview isncsci EXAM.json [--json]";
    return run_verb({"isncsci", usage,
                     "Classifies an ISNCSCI examination (2019 revision): sensory and motor levels,\n"
                     "neurological level of injury, completeness, ASIA Impairment Scale, zones of\n"
                     "partial preservation and totals. Where an NT leaves more than one answer\n"
                     "possible, every possible one is listed. The exam format: docs/isncsci.md.",
                     kIsncsciOptions, 1},
                    argc, argv, first, [&](const cli::Args& args) {
        if (args.positional().empty())
            throw cli::UsageError("isncsci needs the exam file (JSON, see docs/isncsci.md)");
        const clinical::IsncsciExam exam = clinical::load_isncsci_exam(args.positional().front());
        const clinical::IsncsciResult result = clinical::classify_isncsci(exam);
        if (args.has("--json"))
            std::cout << clinical::isncsci_result_json(result) << "\n";
        else
            print_text(result);
        return kExitOk;
    });
}

} // namespace dv::app
