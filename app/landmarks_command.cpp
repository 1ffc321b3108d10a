// `dermaview landmarks`: the named points of the body with their positions,
// as a table to read or JSON to process.
#include "model_options.h"
#include "verb_support.h"
#include "verbs.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

namespace dv::app {

namespace {
const char* kUsage = "dermaview landmarks [--json] [--body FILE] [--landmarks FILE]";
const std::vector<cli::Option> kOptions = {
    {"--json", "", "", "print JSON instead of a table"},
    body_option(),
    landmarks_option(),
    {"--help", "-h", "", "show this help"},
};
} // namespace

int run_landmarks(int argc, char** argv, int first) {
    return run_verb({"landmarks", kUsage,
                    "Lists the body's landmarks (ISNCSCI key sensory points and anatomical\n"
            "points) with their positions in metres: x to the body's left, y up,\n"
            "z forward.",
                    kOptions, 0},
                    argc, argv, first, [&](const cli::Args& args) {
        const BodyModel model = load_model(args);
        const SurfaceMesh& skin = model.body().skin;
        if (args.has("--json")) {
            nlohmann::ordered_json out;
            out["body"] = model.body().source.string();
            out["landmark_file"] = model.landmarks().source.string();
            out["units"] = "metres";
            out["axes"] = "x: body's left, y: up, z: forward";
            for (const Landmark& l : model.landmarks().landmarks) {
                const glm::vec3 p = l.position_on(skin);
                nlohmann::ordered_json j;
                j["name"] = l.name;
                j["side"] = side_name(l.side);
                j["group"] = l.group;
                if (!l.level.empty())
                    j["level"] = l.level;
                j["vertex"] = l.vertex;
                // Tenths of a millimetre: the vertices are stored to that precision.
                j["position"] = {std::round(double(p.x) * 1e4) / 1e4, std::round(double(p.y) * 1e4) / 1e4,
                                 std::round(double(p.z) * 1e4) / 1e4};
                j["confidence"] = confidence_name(l.confidence);
                j["description"] = l.description;
                out["landmarks"].push_back(j);
            }
            std::cout << out.dump(2) << "\n";
            return kExitOk;
        }
        std::printf("%-34s %-8s %-10s %8s %8s %8s  %s\n", "landmark", "side", "group", "x (m)", "y (m)", "z (m)",
                    "confidence");
        for (const Landmark& l : model.landmarks().landmarks) {
            const glm::vec3 p = l.position_on(skin);
            std::printf("%-34s %-8s %-10s %8.3f %8.3f %8.3f  %s\n", l.name.c_str(),
                        std::string(side_name(l.side)).c_str(), l.group.c_str(), double(p.x), double(p.y),
                        double(p.z), std::string(confidence_name(l.confidence)).c_str());
        }
        std::printf("%zu landmarks from %s\n", model.landmarks().landmarks.size(), model.landmarks().source.c_str());
        return kExitOk;
    });
}

} // namespace dv::app
