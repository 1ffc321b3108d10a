#pragma once
// The renderer's GLSL programs with their uniform locations, looked up once
// when each is built. A uniform a program uses but cannot be found is an
// error at build time, never a silent -1 at draw time. Internal to
// engine/render.
#include "render/gl_objects.h"

#include <filesystem>
#include <map>
#include <string>

namespace dv {

// shaders/body.vert and body.frag built with FEATURES = `features`
// (shader::kFeature* bits). Locations of uniforms the variant does not use
// stay -1 and must not be set.
struct BodyProgram {
    gl::Program program;
    unsigned features = 0;
    GLint view = -1, projection = -1, up_view = -1, albedo = -1, skin_marks = -1;
    GLint trigeminal = -1, trigeminal_colors = -1; // the trigeminal layer (atlas/trigeminal.h)
    GLint display_mode = -1;                  // anatomy
    GLint palette = -1;                          // dermatomes
    GLint patterns = -1;                         // the colour-blind palette's patterns
    GLint frame_origin = -1;  // screen-space patterns (shader::kScreenPatternFeatures)
    GLint pattern_scale = -1; // those and band borders (shader::kFrameScaledFeatures)
    GLint selected_left = -1, selected_right = -1, emphasis = -1; // selection
    GLint sensory_colours = -1, sensory_modality = -1;            // sensory paint
};

struct BackgroundProgram {
    gl::Program program;
    GLint uv_rect = -1;
};

struct MarkerProgram {
    gl::Program program;
    GLint view = -1, projection = -1, point_size = -1;
};

// A readable name of a body variant ("dermatomes + band borders"), for
// messages.
std::string body_variant_name(unsigned features);
// Whether `features` is a variant the shaders define (anatomy and
// dermatomes exclusive, refinements only with dermatomes, differences
// without selection).
bool valid_body_variant(unsigned features);

class Programs {
public:
    // Builds the background, marker, plain skin, anatomy and default
    // dermatome programs; throws dv::Error when one does not build.
    explicit Programs(std::filesystem::path shader_dir);

    // The body program with these features, built on first use (a view
    // switched on later costs one compile, once).
    const BodyProgram& body(unsigned features);
    const BackgroundProgram& background() const { return background_; }
    const MarkerProgram& marker() const { return marker_; }

private:
    std::filesystem::path dir_;
    std::map<unsigned, BodyProgram> body_;
    BackgroundProgram background_;
    MarkerProgram marker_;
};

} // namespace dv
