#include "body/body_asset.h"

#include "core/error.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

namespace dv {

namespace {

// Eight bytes; the digits are the layout's version (docs/web.md).
constexpr char kSignature[8] = {'D', 'V', 'B', 'O', 'D', 'Y', '0', '1'};
constexpr std::uint32_t kMaxMeshes = 64;
constexpr std::uint32_t kMaxNameBytes = 256;

// Words are written in the machine's order; every machine Dermaview builds
// for (x86-64, arm64, WebAssembly) is little-endian.
static_assert(std::endian::native == std::endian::little, "the body asset is little-endian");

void put_u32(std::string& out, std::uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }

template <class T>
void put_array(std::string& out, const std::vector<T>& values) {
    out.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
}

// Reads the bytes of one asset front to back; every read is checked against
// what is left, so a truncated or damaged file is an error, never a crash.
class Reader {
public:
    Reader(std::string bytes, std::string name) : bytes_(std::move(bytes)), name_(std::move(name)) {}
    std::uint32_t u32(const char* what) {
        std::uint32_t v = 0;
        take(&v, 4, what);
        return v;
    }
    template <class T>
    void array(std::vector<T>& out, std::uint32_t count, const char* what) {
        out.resize(count);
        take(out.data(), std::size_t(count) * sizeof(T), what);
    }
    void take(void* out, std::size_t n, const char* what) {
        if (n > bytes_.size() - at_)
            fail(std::string("it ends inside ") + what + " (truncated)");
        std::memcpy(out, bytes_.data() + at_, n);
        at_ += n;
    }
    bool at_end() const { return at_ == bytes_.size(); }
    [[noreturn]] void fail(const std::string& why) const {
        throw Error("body asset '" + name_ + "' is damaged: " + why +
                    "; prepare it again from the mesh (tools/web.sh does, docs/web.md)");
    }

private:
    std::string bytes_;
    std::string name_;
    std::size_t at_ = 0;
};

SurfaceMesh read_mesh(Reader& in) {
    SurfaceMesh mesh;
    const std::uint32_t name_bytes = in.u32("a mesh name");
    if (name_bytes > kMaxNameBytes)
        in.fail("a mesh name of " + std::to_string(name_bytes) + " bytes");
    mesh.name.resize(name_bytes);
    in.take(mesh.name.data(), name_bytes, "a mesh name");
    const std::uint32_t vertices = in.u32("a vertex count");
    const std::uint32_t faces = in.u32("a face count");
    const std::uint32_t indices = in.u32("an index count");
    if (faces == 0 || faces > kMaxBodyFaces || vertices > 4 * kMaxBodyFaces || indices > 16 * kMaxBodyFaces)
        in.fail("mesh '" + mesh.name + "' declares " + std::to_string(faces) + " faces, " + std::to_string(vertices) +
                " vertices, " + std::to_string(indices) + " indices");
    in.array(mesh.positions, vertices, "the positions");
    in.array(mesh.face_offsets, faces + 1, "the face offsets");
    in.array(mesh.face_indices, indices, "the face indices");
    if (mesh.face_offsets.front() != 0 || mesh.face_offsets.back() != indices)
        in.fail("mesh '" + mesh.name + "': the face offsets do not span the indices");
    for (std::uint32_t f = 0; f < faces; ++f)
        if (mesh.face_offsets[f + 1] < mesh.face_offsets[f] + 3)
            in.fail("mesh '" + mesh.name + "': face " + std::to_string(f) + " has fewer than three corners");
    if (std::any_of(mesh.face_indices.begin(), mesh.face_indices.end(), [&](std::uint32_t i) { return i >= vertices; }))
        in.fail("mesh '" + mesh.name + "' names a vertex past its " + std::to_string(vertices));
    if (!std::all_of(mesh.positions.begin(), mesh.positions.end(), [](const glm::vec3& p) {
            return std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z);
        }))
        in.fail("mesh '" + mesh.name + "' has non-finite positions");
    compute_smooth_normals(mesh);
    return mesh;
}

void append_mesh(std::string& out, const SurfaceMesh& mesh) {
    put_u32(out, static_cast<std::uint32_t>(mesh.name.size()));
    out += mesh.name;
    put_u32(out, static_cast<std::uint32_t>(mesh.vertex_count()));
    put_u32(out, static_cast<std::uint32_t>(mesh.face_count()));
    put_u32(out, static_cast<std::uint32_t>(mesh.face_indices.size()));
    put_array(out, mesh.positions);
    put_array(out, mesh.face_offsets);
    put_array(out, mesh.face_indices);
}

} // namespace

bool is_body_asset(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    char head[sizeof kSignature] = {};
    return in.read(head, sizeof head) && std::memcmp(head, kSignature, sizeof head) == 0;
}

void write_body_asset(const std::filesystem::path& file, const BodyMesh& body) {
    std::string out(kSignature, sizeof kSignature);
    put_u32(out, static_cast<std::uint32_t>(1 + body.others.size()));
    append_mesh(out, body.skin);
    for (const SurfaceMesh& m : body.others)
        append_mesh(out, m);
    std::ofstream f(file, std::ios::binary | std::ios::trunc);
    if (!f || !f.write(out.data(), static_cast<std::streamsize>(out.size())) || !f.flush())
        throw Error("cannot write the body asset '" + file.string() + "'; check that its folder exists and is writable");
}

BodyMesh read_body_asset(const std::filesystem::path& file) {
    std::ifstream f(file, std::ios::binary);
    if (!f)
        throw Error("cannot read the body asset '" + file.string() + "'");
    Reader in(std::string(std::istreambuf_iterator<char>(f), {}), file.string());
    char head[sizeof kSignature];
    in.take(head, sizeof head, "the signature");
    if (std::memcmp(head, kSignature, sizeof head) != 0)
        in.fail("it does not start with the signature DVBODY01");
    const std::uint32_t meshes = in.u32("the mesh count");
    if (meshes == 0 || meshes > kMaxMeshes)
        in.fail("it declares " + std::to_string(meshes) + " meshes");
    BodyMesh body;
    body.source = file;
    body.skin = read_mesh(in);
    for (std::uint32_t m = 1; m < meshes; ++m)
        body.others.push_back(read_mesh(in));
    if (!in.at_end())
        in.fail("bytes follow its last mesh");
    return body;
}

} // namespace dv
