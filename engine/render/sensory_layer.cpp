#include "render/sensory_layer.h"

#include "render/sensory_colours.h"
#include "render/shader_interface.h"

#include <glm/exponential.hpp>
#include <glm/gtc/type_ptr.hpp>

namespace dv {

void upload_sensory(GLuint skin_vao, gl::Buffer& buffer, const std::vector<glm::vec3>& light_touch,
                    const std::vector<glm::vec3>& pin_prick) {
    std::vector<glm::vec3> both;
    both.reserve(2 * light_touch.size());
    for (std::size_t i = 0; i < light_touch.size(); ++i) {
        both.push_back(light_touch[i]);
        both.push_back(pin_prick[i]);
    }
    if (!buffer)
        buffer = gl::make_buffer();
    glBindVertexArray(skin_vao);
    glBindBuffer(GL_ARRAY_BUFFER, buffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(both.size() * sizeof(glm::vec3)), both.data(),
                 GL_STATIC_DRAW);
    const auto stride = GLsizei(2 * sizeof(glm::vec3));
    glEnableVertexAttribArray(shader::kAttribSensoryTouch);
    glVertexAttribPointer(shader::kAttribSensoryTouch, 3, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(shader::kAttribSensoryPain);
    glVertexAttribPointer(shader::kAttribSensoryPain, 3, GL_FLOAT, GL_FALSE, stride,
                          reinterpret_cast<const void*>(sizeof(glm::vec3)));
    glBindVertexArray(0);
}

void set_sensory_uniforms(const BodyProgram& p, SensoryModality modality, glm::vec2 frame_origin, float pattern_scale) {
    // Chosen as sRGB (render/sensory_colours.h); the shader lights in linear space.
    auto linear = [](glm::vec3 c) { return glm::pow(c, glm::vec3(2.2f)); };
    const glm::vec3 colours[3] = {linear(kSensoryColours.altered), linear(kSensoryColours.absent),
                                  linear(kSensoryColours.not_testable)};
    glUniform3fv(p.sensory_colours, 3, glm::value_ptr(colours[0]));
    glUniform1i(p.sensory_modality, modality == SensoryModality::LightTouch ? shader::kSensoryLightTouch
                                    : modality == SensoryModality::PinPrick ? shader::kSensoryPinPrick
                                                                            : shader::kSensoryBoth);
    glUniform2fv(p.frame_origin, 1, glm::value_ptr(frame_origin));
    glUniform2f(p.pattern_scale, pattern_scale, 1.0f / pattern_scale);
}

} // namespace dv
