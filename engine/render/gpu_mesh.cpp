#include "render/gpu_mesh.h"

#include "render/shader_interface.h"

#include <cstddef>

namespace dv {

namespace {

struct Vertex {
    glm::vec3 position;
    glm::vec3 normal;
    glm::vec3 region_color;
    glm::vec4 coordinates; // see SkinDisplayFields
    glm::vec3 validity;
    float side; // see SkinDisplayFields; 0 (both sides) without fields
    float mark; // BodyModel::skin_marks; 0 (no mark) without them
    glm::vec3 trigeminal; // BodyModel::trigeminal; 0 (no division) without it
};

} // namespace

GpuMesh upload(const SurfaceMesh& mesh, const std::vector<std::uint32_t>& triangles, glm::vec3 albedo,
               const SkinDisplayFields* fields, const std::vector<float>* marks,
               const std::vector<glm::vec3>* trigeminal) {
    std::vector<Vertex> vertices(mesh.positions.size());
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        vertices[i] = {mesh.positions[i], mesh.normals[i], albedo, glm::vec4(0.0f), glm::vec3(0.0f), 0.0f, 0.0f, glm::vec3(0.0f)};
        if (fields) {
            vertices[i].region_color = fields->region_color[i];
            vertices[i].coordinates = fields->coordinates[i];
            vertices[i].validity = fields->validity[i];
            vertices[i].side = fields->side[i];
        }
        if (marks)
            vertices[i].mark = (*marks)[i];
        if (trigeminal)
            vertices[i].trigeminal = (*trigeminal)[i];
    }
    GpuMesh gpu;
    gpu.albedo = albedo;
    gpu.index_count = static_cast<GLsizei>(triangles.size());
    gpu.vao = gl::make_vertex_array();
    gpu.vertices = gl::make_buffer();
    gpu.indices = gl::make_buffer();
    glBindVertexArray(gpu.vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, gpu.vertices.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(Vertex)), vertices.data(),
                 GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indices.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(triangles.size() * sizeof(std::uint32_t)),
                 triangles.data(), GL_STATIC_DRAW);
    auto attribute = [](int location, GLint size, std::size_t offset) {
        glEnableVertexAttribArray(GLuint(location));
        glVertexAttribPointer(GLuint(location), size, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                              reinterpret_cast<const void*>(offset));
    };
    attribute(shader::kAttribPosition, 3, offsetof(Vertex, position));
    attribute(shader::kAttribNormal, 3, offsetof(Vertex, normal));
    attribute(shader::kAttribRegionColor, 3, offsetof(Vertex, region_color));
    attribute(shader::kAttribCoordinates, 4, offsetof(Vertex, coordinates));
    attribute(shader::kAttribValidity, 3, offsetof(Vertex, validity));
    attribute(shader::kAttribSide, 1, offsetof(Vertex, side));
    attribute(shader::kAttribSkinMark, 1, offsetof(Vertex, mark));
    attribute(shader::kAttribTrigeminal, 3, offsetof(Vertex, trigeminal));
    glBindVertexArray(0);
    return gpu;
}


} // namespace dv
