// The body through Assimp: every format it reads (Collada, OBJ, FBX,
// glTF, ...). Native builds only; the browser build reads the body asset
// prepared from this import at build time (body/body_asset.h, docs/web.md).
#include "body/body_asset.h"
#include "body/body_mesh.h"

#include "core/error.h"

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <unordered_map>

namespace dv {

namespace {

struct PositionKey {
    std::uint32_t x, y, z;
    bool operator==(const PositionKey&) const = default;
};
struct PositionKeyHash {
    std::size_t operator()(const PositionKey& k) const {
        return (std::size_t{k.x} * 73856093u) ^ (std::size_t{k.y} * 19349663u) ^ (std::size_t{k.z} * 83492791u);
    }
};

PositionKey key_of(const glm::vec3& p) {
    // +0.0f folds -0 into 0 so that mirrored zeros weld.
    return {std::bit_cast<std::uint32_t>(p.x + 0.0f), std::bit_cast<std::uint32_t>(p.y + 0.0f),
            std::bit_cast<std::uint32_t>(p.z + 0.0f)};
}

// Appends one Assimp mesh, transformed to world space, welding equal positions.
void append_mesh(SurfaceMesh& out, std::unordered_map<PositionKey, std::uint32_t, PositionKeyHash>& welded,
                 const aiMesh& mesh, const aiMatrix4x4& to_world) {
    std::vector<std::uint32_t> remap(mesh.mNumVertices);
    for (unsigned v = 0; v < mesh.mNumVertices; ++v) {
        const aiVector3D w = to_world * mesh.mVertices[v];
        const glm::vec3 p(w.x, w.y, w.z);
        const auto [it, inserted] = welded.try_emplace(key_of(p), static_cast<std::uint32_t>(out.positions.size()));
        if (inserted)
            out.positions.push_back(p);
        remap[v] = it->second;
    }
    if (out.face_offsets.empty())
        out.face_offsets.push_back(0);
    for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
        const aiFace& face = mesh.mFaces[f];
        if (face.mNumIndices < 3)
            continue; // points and lines are not surface
        for (unsigned k = 0; k < face.mNumIndices; ++k)
            out.face_indices.push_back(remap[face.mIndices[k]]);
        out.face_offsets.push_back(static_cast<std::uint32_t>(out.face_indices.size()));
    }
}

struct MeshInstance {
    unsigned mesh;
    aiMatrix4x4 to_world;
};

void collect_instances(const aiNode& node, const aiMatrix4x4& parent, std::vector<MeshInstance>& out) {
    const aiMatrix4x4 to_world = parent * node.mTransformation;
    for (unsigned i = 0; i < node.mNumMeshes; ++i)
        out.push_back({node.mMeshes[i], to_world});
    for (unsigned c = 0; c < node.mNumChildren; ++c)
        collect_instances(*node.mChildren[c], to_world, out);
}

} // namespace

BodyMesh import_body(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw Error("body mesh '" + name + "' does not exist; pass an existing mesh file with --body FILE "
                    "(Collada .dae/.zae, .obj, .fbx, .gltf, ... anything Assimp reads)");
    if (std::filesystem::is_directory(file, ec))
        throw Error("body mesh '" + name + "' is a folder, not a mesh file; pass a file with --body FILE");
    if (is_body_asset(file)) // prepared for the browser; the desktop reads it too
        return read_body_asset(file);

    // A body is tens of thousands of faces (the MakeHuman base mesh: 13 378);
    // a file or a mesh orders of magnitude past that is the wrong file, and
    // importing it would take minutes and gigabytes before anything could be
    // said. Refuse it before reading, and by face count after.
    if (const auto bytes = std::filesystem::file_size(file, ec); !ec && bytes > kMaxBodyFileBytes)
        throw Error("body mesh '" + name + "' is " + std::to_string(bytes >> 20) + " MB; Dermaview reads body files up to " +
                    std::to_string(kMaxBodyFileBytes >> 20) + " MB (a body of " + std::to_string(kMaxBodyFaces) +
                    " faces fits easily); decimate the mesh or export it in a binary format");

    Assimp::Importer importer;
    // No triangulation: the MakeHuman body is all quads and later subdivision
    // wants them. Validation turns malformed files into an error, not a crash.
    const aiScene* scene = importer.ReadFile(name, aiProcess_ValidateDataStructure);
    if (!scene || !scene->mRootNode || (scene->mFlags & AI_SCENE_FLAGS_INCOMPLETE)) {
        std::string why = importer.GetErrorString();
        if (why.empty())
            why = "the file holds no complete scene";
        throw Error("cannot import body mesh '" + name + "': " + why);
    }

    std::vector<MeshInstance> instances;
    collect_instances(*scene->mRootNode, aiMatrix4x4(), instances);
    std::erase_if(instances, [&](const MeshInstance& m) {
        const aiMesh& mesh = *scene->mMeshes[m.mesh];
        return !(mesh.mPrimitiveTypes & aiPrimitiveType_POLYGON) && !(mesh.mPrimitiveTypes & aiPrimitiveType_TRIANGLE);
    });
    if (instances.empty())
        throw Error("body mesh '" + name + "' contains no surface (no triangles or polygons); "
                    "export the body as a polygon mesh");

    // The skin is the mesh with the most faces; eyes, teeth and the like are
    // smaller and are drawn but carry no dermatomes.
    const auto skin_it = std::max_element(instances.begin(), instances.end(), [&](const auto& a, const auto& b) {
        return scene->mMeshes[a.mesh]->mNumFaces < scene->mMeshes[b.mesh]->mNumFaces;
    });

    if (const unsigned faces = scene->mMeshes[skin_it->mesh]->mNumFaces; faces > kMaxBodyFaces)
        throw Error("body mesh '" + name + "' has " + std::to_string(faces) + " faces; Dermaview works with bodies of up to " +
                    std::to_string(kMaxBodyFaces) + " (the MakeHuman base mesh has 13378); decimate the mesh");

    BodyMesh body;
    body.source = file;
    std::unordered_map<PositionKey, std::uint32_t, PositionKeyHash> skin_welds;
    body.skin.name = scene->mMeshes[skin_it->mesh]->mName.C_Str();
    append_mesh(body.skin, skin_welds, *scene->mMeshes[skin_it->mesh], skin_it->to_world);
    for (auto it = instances.begin(); it != instances.end(); ++it) {
        if (it == skin_it)
            continue;
        SurfaceMesh other;
        other.name = scene->mMeshes[it->mesh]->mName.C_Str();
        std::unordered_map<PositionKey, std::uint32_t, PositionKeyHash> welds;
        append_mesh(other, welds, *scene->mMeshes[it->mesh], it->to_world);
        if (other.face_count() > 0)
            body.others.push_back(std::move(other));
    }
    if (body.skin.face_count() == 0)
        throw Error("body mesh '" + name + "' has no polygon faces");

    // Every mesh, not only the skin: one NaN in an eye spoils the bounds the
    // camera frames.
    const auto finite = [](const SurfaceMesh& m) {
        return std::all_of(m.positions.begin(), m.positions.end(), [](const glm::vec3& p) {
            return std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z);
        });
    };
    if (!finite(body.skin))
        throw Error("body mesh '" + name + "' has non-finite vertex positions (NaN or infinity); fix or re-export it");
    for (const SurfaceMesh& m : body.others)
        if (!finite(m))
            throw Error("body mesh '" + name + "': its part '" + m.name +
                        "' has non-finite vertex positions (NaN or infinity); fix or re-export it");

    compute_smooth_normals(body.skin);
    for (SurfaceMesh& m : body.others)
        compute_smooth_normals(m);
    return body;
}

} // namespace dv
