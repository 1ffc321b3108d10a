#pragma once
// One mesh of the body on the GPU: its vertex array with every per-vertex
// attribute the body shaders read (shader_interface.h numbers them), its
// indices, and its albedo. Internal to engine/render.
#include "body/body_mesh.h"
#include "render/gl_objects.h"
#include "render/skin_display.h"

#include <glm/vec3.hpp>

#include <cstdint>
#include <vector>

namespace dv {

struct GpuMesh {
    gl::VertexArray vao;
    gl::Buffer vertices;
    gl::Buffer indices;
    GLsizei index_count = 0;
    glm::vec3 albedo{1.0f};
};

// Uploads a mesh with its optional per-vertex display fields, skin marks
// and trigeminal weights (zero where absent); the maps' channels, the
// disagreement and the sensory paint are bound later, each from its own buffer.
GpuMesh upload(const SurfaceMesh& mesh, const std::vector<std::uint32_t>& triangles, glm::vec3 albedo,
               const SkinDisplayFields* fields = nullptr, const std::vector<float>* marks = nullptr,
               const std::vector<glm::vec3>* trigeminal = nullptr);

} // namespace dv
