#include "body_loading.h"

#include "core/data_paths.h"
#include "verb_support.h"

namespace dv::app {

cli::Option body_option() { return {"--body", "", "FILE", "body mesh to load (default: the MakeHuman base mesh)"}; }
cli::Option landmarks_option() {
    return {"--landmarks", "", "FILE", "landmark file for a body of another topology (default: the MakeHuman one)"};
}

LoadedBody load_body(const Scene& scene) {
    LoadedBody loaded;
    loaded.body = import_body(scene.body.empty() ? default_body_path() : std::filesystem::path(scene.body));
    loaded.landmarks =
        load_landmarks(scene.landmarks.empty() ? default_landmarks_path(data_dir()) : std::filesystem::path(scene.landmarks));
    check_landmarks_fit(loaded.landmarks, loaded.body.skin, loaded.body.source);
    return loaded;
}

LoadedBody load_body(const cli::Args& args) {
    Scene scene;
    scene.body = args.value("--body").value_or("");
    scene.landmarks = args.value("--landmarks").value_or("");
    return load_body(scene);
}

} // namespace dv::app
