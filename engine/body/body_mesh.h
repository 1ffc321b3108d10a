#pragma once
// The body as the engine sees it: one welded, closed skin surface plus the
// other meshes of the file (eyes), kept apart because dermatomes live on skin
// only.
#include <glm/vec3.hpp>

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace dv {

struct Bounds {
    glm::vec3 min{0.0f};
    glm::vec3 max{0.0f};
    glm::vec3 center() const { return 0.5f * (min + max); }
    glm::vec3 size() const { return max - min; }
};

// A polygon mesh with shared vertices. Faces are kept as polygons (the
// MakeHuman body is all quads, which later subdivision wants) and triangulated
// on demand for drawing.
struct SurfaceMesh {
    std::string name;
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;          // smooth, area-weighted, unit length
    std::vector<std::uint32_t> face_offsets; // face f uses face_indices[face_offsets[f] .. face_offsets[f+1])
    std::vector<std::uint32_t> face_indices;

    std::size_t vertex_count() const { return positions.size(); }
    std::size_t face_count() const { return face_offsets.empty() ? 0 : face_offsets.size() - 1; }
    std::vector<std::uint32_t> triangle_indices() const; // fan triangulation
    std::size_t triangle_count() const;
    Bounds bounds() const;
};

struct BodyMesh {
    std::filesystem::path source;
    SurfaceMesh skin;
    std::vector<SurfaceMesh> others; // eyes and anything that is not skin

    Bounds bounds() const;                        // of everything drawn
    float height_m() const { return skin.bounds().size().y; }
};

struct EdgeCensus {
    std::size_t edges = 0;
    std::size_t boundary = 0;    // used by one face
    std::size_t non_manifold = 0; // used by three or more faces
    bool closed() const { return boundary == 0 && non_manifold == 0; }
};

// Limits on what import_body accepts: far above any body mesh (the default
// has 13 378 faces), low enough that a wrong file is refused in seconds.
inline constexpr std::uintmax_t kMaxBodyFileBytes = 256u << 20;
inline constexpr unsigned kMaxBodyFaces = 1'000'000;

// Imports a body through Assimp. Vertices with the same position are welded
// (the file splits them where UVs or normals change); welded vertices keep the
// order of first appearance, so every body with the MakeHuman topology gets the
// same numbering. The skin is the mesh with the most faces; the rest go to
// `others`. Normals are recomputed smooth. Throws dv::Error with the file name
// and the importer's reason on failure.
BodyMesh import_body(const std::filesystem::path& file);

// Adds positions -> normals; used after import and after any reshaping.
void compute_smooth_normals(SurfaceMesh& mesh);

EdgeCensus count_edges(const SurfaceMesh& mesh);

} // namespace dv
