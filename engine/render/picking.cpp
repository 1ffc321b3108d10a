#include "render/picking.h"

#include <glm/mat4x4.hpp>
#include <glm/matrix.hpp>

namespace dv {

std::optional<RayHit> pick(const Camera& camera, int width, int height, glm::vec2 pixel, const RayCaster& caster) {
    if (width <= 0 || height <= 0)
        return std::nullopt;
    const float aspect = float(width) / float(height);
    const glm::mat4 inverse = glm::inverse(camera.projection(aspect) * camera.view());
    // Pixel centres, and GL's y runs up.
    const glm::vec2 ndc((pixel.x + 0.5f) / float(width) * 2.0f - 1.0f, 1.0f - (pixel.y + 0.5f) / float(height) * 2.0f);
    glm::vec4 near_point = inverse * glm::vec4(ndc, -1.0f, 1.0f);
    glm::vec4 far_point = inverse * glm::vec4(ndc, 1.0f, 1.0f);
    near_point /= near_point.w;
    far_point /= far_point.w;
    return caster.cast(glm::vec3(near_point), glm::vec3(far_point - near_point));
}

std::optional<glm::vec2> project_to_pixel(const Camera& camera, int width, int height, glm::vec3 point) {
    const glm::vec4 clip = camera.projection(float(width) / float(height)) * camera.view() * glm::vec4(point, 1.0f);
    if (clip.w <= 0.0f)
        return std::nullopt;
    return glm::vec2((clip.x / clip.w * 0.5f + 0.5f) * float(width), (0.5f - clip.y / clip.w * 0.5f) * float(height));
}

} // namespace dv
