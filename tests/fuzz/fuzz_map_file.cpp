// Fuzz target: a dermatome map file, parsed and validated (atlas/dermatome_map),
// and when it passes, baked onto the default body, where the rest of the
// checks happen (holes, contradictions, zones that cover nothing).
// A map may be refused with dv::Error; anything else escaping is a bug.
#include "atlas/bake.h"
#include "atlas/dermatome_map.h"
#include "body/body_coordinates.h"
#include "body/body_mesh.h"
#include "body/landmarks.h"
#include "core/data_paths.h"
#include "core/error.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace {
struct Body {
    dv::BodyMesh mesh;
    dv::BodyCoordinates coords;
};
// Loaded once per process: the body is the same for every input.
const Body& body() {
    static const std::unique_ptr<Body> b = [] {
        auto out = std::make_unique<Body>();
        out->mesh = dv::import_body(dv::default_body_path());
        const dv::LandmarkSet landmarks = dv::load_landmarks(DERMAVIEW_SOURCE_DIR "/assets/landmarks/makehuman.json");
        out->coords = dv::compute_body_coordinates(out->mesh.skin, landmarks);
        return out;
    }();
    return *b;
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
        const dv::BakedMap baked = dv::bake_map(map, body().mesh.skin, body().coords);
        (void)baked;
    } catch (const dv::Error&) {
    }
    return 0;
}
