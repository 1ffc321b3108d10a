// Fuzz target: a dermatome map file, parsed and validated (atlas/dermatome_map),
// and when it passes, baked onto the default body, where the rest of the
// checks happen (holes, contradictions, zones that cover nothing).
// A map may be refused with dv::Error; anything else escaping is a bug.
#include "atlas/bake.h"
#include "atlas/dermatome_map.h"
#include "core/data_paths.h"
#include "core/error.h"
#include "model/body_model.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {
// Loaded once per process: the body is the same for every input. The input
// is bytes, not a file, so it is baked directly rather than through
// BodyModel::map.
const dv::BodyModel& model() {
    static const dv::BodyModel m(dv::import_body(dv::default_body_path()),
                                 dv::load_landmarks(DERMAVIEW_SOURCE_DIR "/assets/landmarks/makehuman.json"));
    return m;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    dv::DermatomeMap map;
    try {
        map = dv::parse_map(text, "fuzz.json");
    } catch (const dv::Error&) {
        return 0;
    }
    try {
        const dv::BakedMap baked = dv::bake_map(map, model().body().skin, model().coordinates());
        (void)baked;
    } catch (const dv::Error&) {
    }
    return 0;
}
