#include "model_options.h"

#include "verb_support.h"

#include <cmath>

namespace dv::app {

cli::Option body_option() { return {"--body", "", "FILE", "body mesh to load (default: the MakeHuman base mesh)"}; }
cli::Option landmarks_option() {
    return {"--landmarks", "", "FILE", "landmark file for a body of another topology (default: the MakeHuman one)"};
}
cli::Option map_option() {
    return {"--map", "", "ID|FILE", "dermatome map: classical, evidence, or a map file (default classical)"};
}

BodyModel load_model(const Scene& scene) { return BodyModel::load(scene.body, scene.landmarks, data_dir()); }

BodyModel load_model(const cli::Args& args) {
    return BodyModel::load(args.value("--body").value_or(""), args.value("--landmarks").value_or(""), data_dir());
}

std::string describe_weights(const PointWeights& w) {
    std::string out;
    for (int i = 0; i < w.count; ++i) {
        const LevelWeight& e = w.entries[std::size_t(i)];
        if (!out.empty())
            out += ", ";
        out += level_name(e.level);
        if (w.count > 1 || e.weight < 0.995f)
            out += " " + std::to_string(int(std::lround(e.weight * 100.0f))) + " %";
    }
    return out.empty() ? "nothing" : out;
}

} // namespace dv::app
