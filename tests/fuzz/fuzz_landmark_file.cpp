// Fuzz target: a landmark file (body/landmarks), parsed and validated. A bad
// file may be refused with dv::Error; anything else escaping is a bug.
#include "body/landmarks.h"
#include "core/error.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const dv::LandmarkSet set = dv::parse_landmarks(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
        for (const dv::Landmark& l : set.landmarks)
            (void)set.get(l.name, l.side); // every landmark it returns can be found again
    } catch (const dv::Error&) {
    }
    return 0;
}
