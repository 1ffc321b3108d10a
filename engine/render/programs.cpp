#include "render/programs.h"

#include "core/error.h"
#include "core/files.h"
#include "render/shader_interface.h"
#include "render/shader_program.h"

namespace dv {

using namespace shader;

namespace {

BodyProgram build_body(const std::filesystem::path& dir, unsigned features) {
    if (!valid_body_variant(features))
        throw Error("internal error: no body program has the features " + std::to_string(features));
    BodyProgram p;
    p.features = features;
    std::string prefix = "#define FEATURES " + std::to_string(features) + "\n";
    if (features & kFeatureDermatomes) // the palette both stages look colours up in
        prefix += read_text_file(dir / "palette.glsl");
    p.program = gl::build_program(dir / "body.vert", dir / "body.frag", prefix);
    const std::string name = "body (" + body_variant_name(features) + ")";
    auto required = [&](const char* uniform) { return gl::required_uniform(p.program, uniform, name); };
    p.view = required("u_view");
    p.projection = required("u_projection");
    p.up_view = required("u_up_view");
    p.albedo = required("u_albedo");
    p.skin_marks = required("u_skin_marks");
    p.trigeminal = required("u_trigeminal");
    p.trigeminal_colors = required("u_trigeminal_colors");
    if (features & kFeatureAnatomy)
        p.display_mode = required("u_display_mode");
    // Under the sensory paint the map gives only its band borders: no colours.
    if ((features & kFeatureDermatomes) && !(features & kFeatureSensory))
        p.palette = required("u_palette");
    if (features & kFeaturePatterns)
        p.patterns = required("u_pattern");
    if (features & kScreenPatternFeatures)
        p.frame_origin = required("u_frame_origin");
    if (features & kFrameScaledFeatures)
        p.pattern_scale = required("u_pattern_scale");
    if (features & kFeatureSelection) {
        p.selected_left = required("u_selected_left");
        p.selected_right = required("u_selected_right");
        p.emphasis = required("u_emphasis");
    }
    if (features & kFeatureSensory) {
        p.sensory_colours = required("u_sensory_colours");
        p.sensory_modality = required("u_sensory_modality");
    }
    return p;
}

} // namespace

std::string body_variant_name(unsigned features) {
    if (features & kFeatureAnatomy)
        return "anatomy";
    if (features & kFeatureSensory)
        return features & kFeatureBandBorders ? "sensory + band borders" : "sensory";
    if (!(features & kFeatureDermatomes))
        return features & kFeatureTwoMaps ? "plain skin, two maps" : "plain skin";
    std::string name = "dermatomes";
    if (features & kFeatureBandBorders)
        name += " + band borders";
    if (features & kFeatureOverlapHatching)
        name += " + overlap hatching";
    if (features & kFeatureSelection)
        name += " + selection";
    if (features & kFeatureDifferences)
        name += " + differences";
    if (features & kFeatureBlanks)
        name += " + blank hatching";
    if (features & kFeaturePatterns)
        name += " + patterns";
    if (features & kFeatureTwoMaps)
        name += ", two maps";
    return name;
}

bool valid_body_variant(unsigned features) {
    const unsigned refinements =
        kFeatureBandBorders | kFeatureOverlapHatching | kFeatureSelection | kFeatureDifferences | kFeatureBlanks |
        kFeaturePatterns;
    const unsigned all = kFeatureAnatomy | kFeatureDermatomes | kFeatureSensory | kFeatureTwoMaps | refinements;
    if (features & ~all)
        return false;
    // Two maps at once: the chart (no differences: they are one body) or plain skin.
    if ((features & kFeatureTwoMaps) && (features & (kFeatureAnatomy | kFeatureSensory | kFeatureDifferences)))
        return false;
    // The sensory paint stands alone or keeps only the map's band borders.
    if (features & kFeatureSensory)
        return features == kFeatureSensory ||
               features == (kFeatureSensory | kFeatureDermatomes | kFeatureBandBorders);
    if ((features & kFeatureAnatomy) && (features & kFeatureDermatomes))
        return false;
    if ((features & refinements) && !(features & kFeatureDermatomes))
        return false;
    // The differences view shows no selection: its uniforms would be unused.
    return !((features & kFeatureSelection) && (features & kFeatureDifferences));
}

Programs::Programs(std::filesystem::path shader_dir) : dir_(std::move(shader_dir)) {
    background_.program = gl::build_program(dir_ / "background.vert", dir_ / "background.frag");
    background_.uv_rect = gl::required_uniform(background_.program, "u_uv_rect", "background");
    marker_.program = gl::build_program(dir_ / "marker.vert", dir_ / "marker.frag");
    marker_.view = gl::required_uniform(marker_.program, "u_view", "marker");
    marker_.projection = gl::required_uniform(marker_.program, "u_projection", "marker");
    marker_.point_size = gl::required_uniform(marker_.program, "u_point_size", "marker");
    // The views a session starts with; the rest are built when first shown.
    for (unsigned features : {0u, kFeatureAnatomy, kFeatureDermatomes | kFeatureBandBorders})
        body(features);
}

const BodyProgram& Programs::body(unsigned features) {
    auto it = body_.find(features);
    if (it == body_.end())
        it = body_.emplace(features, build_body(dir_, features)).first;
    return it->second;
}

} // namespace dv
