// Fuzz target: a scene (scene/scene.h), as JSON and as the camera text the
// clipboard carries. A bad scene may be refused with dv::Error; anything else
// escaping is a bug, and a scene that is read must write back to the same
// scene (so a figure re-rendered from its PNG is the figure that was saved).
#include "core/error.h"
#include "scene/scene.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const dv::Scene scene = dv::scene_from_json(text, "fuzz.json");
        if (!(dv::scene_from_json(dv::scene_to_json(scene), "again") == scene))
            std::abort(); // written and read again, a scene must not change
    } catch (const dv::Error&) {
    }
    try {
        (void)dv::camera_from_text(text);
    } catch (const dv::Error&) {
    }
    return 0;
}
