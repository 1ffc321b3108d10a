// Fuzz target: an ISNCSCI exam file (clinical/isncsci_exam.h) and its
// classification. A bad exam may be refused with dv::Error; anything else
// escaping is a bug, an exam that is read must write back to the same exam,
// and every exam read must classify (whatever its NTs and tags).
#include "clinical/isncsci_classification.h"
#include "core/error.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const dv::clinical::IsncsciExam exam = dv::clinical::parse_isncsci_exam(text, "fuzz.json");
        if (!(dv::clinical::parse_isncsci_exam(dv::clinical::write_isncsci_exam(exam), "again") == exam))
            std::abort();
        const dv::clinical::IsncsciResult r = dv::clinical::classify_isncsci(exam);
        if (r.classification.neurological_level.empty() || r.classification.asia_impairment_scale.empty())
            std::abort(); // every exam has some level and some grade
    } catch (const dv::Error&) {
    }
    return 0;
}
