#include "body_loading.h"

#include "core/data_paths.h"
#include "verb_support.h"

namespace dv::app {

cli::Option body_option() { return {"--body", "", "FILE", "body mesh to load (default: the MakeHuman base mesh)"}; }
cli::Option landmarks_option() {
    return {"--landmarks", "", "FILE", "landmark file for a body of another topology (default: the MakeHuman one)"};
}

LoadedBody load_body(const cli::Args& args) {
    LoadedBody loaded;
    loaded.body = import_body(args.value("--body").value_or(default_body_path().string()));
    loaded.landmarks = load_landmarks(args.value("--landmarks").value_or(default_landmarks_path(data_dir()).string()));
    check_landmarks_fit(loaded.landmarks, loaded.body.skin, loaded.body.source);
    return loaded;
}

} // namespace dv::app
