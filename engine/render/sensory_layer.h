#pragma once
// The GL side of the sensory view, kept out of renderer.cpp: uploading the
// per-vertex paint onto the skin's vertex array and setting the sensory
// program's uniforms. Internal to engine/render.
#include "render/gl_objects.h"
#include "render/programs.h"
#include "render/renderer.h"

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include <vector>

namespace dv {

// Fills `buffer` (made on first use) with the two modalities interleaved and
// points the skin's sensory attributes at it.
void upload_sensory(GLuint skin_vao, gl::Buffer& buffer, const std::vector<glm::vec3>& light_touch,
                    const std::vector<glm::vec3>& pin_prick);
// The colours, the modality and the screen-pattern uniforms of a program
// with the sensory feature.
void set_sensory_uniforms(const BodyProgram& p, SensoryModality modality, glm::vec2 frame_origin, float pattern_scale);

} // namespace dv
