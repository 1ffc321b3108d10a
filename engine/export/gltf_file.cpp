#include "export/gltf_file.h"

#include "atlas/levels.h"
#include "body/body_coordinates.h"
#include "core/error.h"
#include "core/files.h"
#include "export/tiny_gltf_config.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace dv {
namespace {

constexpr int kArrayBuffer = TINYGLTF_TARGET_ARRAY_BUFFER;
constexpr int kElementArrayBuffer = TINYGLTF_TARGET_ELEMENT_ARRAY_BUFFER;

// Appends one tightly packed array to the single buffer as its own buffer
// view and accessor; returns the accessor's index. Every element here is a
// multiple of four bytes, as glTF asks of vertex attributes.
template <typename T>
int add_array(tinygltf::Model& model, const std::vector<T>& values, int component_type, int type, int target) {
    std::vector<unsigned char>& data = model.buffers[0].data;
    const std::size_t offset = data.size();
    const std::size_t bytes = values.size() * sizeof(T);
    data.resize(offset + bytes);
    if (bytes > 0)
        std::memcpy(data.data() + offset, values.data(), bytes);

    tinygltf::BufferView view;
    view.buffer = 0;
    view.byteOffset = offset;
    view.byteLength = bytes;
    view.target = target;
    model.bufferViews.push_back(view);

    tinygltf::Accessor accessor;
    accessor.bufferView = int(model.bufferViews.size()) - 1;
    accessor.componentType = component_type;
    accessor.type = type;
    accessor.count = values.size();
    model.accessors.push_back(accessor);
    return int(model.accessors.size()) - 1;
}

int add_vec3(tinygltf::Model& model, const std::vector<glm::vec3>& values) {
    return add_array(model, values, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC3, kArrayBuffer);
}

// POSITION must state its bounds.
int add_positions(tinygltf::Model& model, const std::vector<glm::vec3>& positions) {
    const int index = add_vec3(model, positions);
    glm::vec3 lo(0.0f), hi(0.0f);
    if (!positions.empty()) {
        lo = hi = positions.front();
        for (const glm::vec3& p : positions) {
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
        }
    }
    model.accessors[std::size_t(index)].minValues = {lo.x, lo.y, lo.z};
    model.accessors[std::size_t(index)].maxValues = {hi.x, hi.y, hi.z};
    return index;
}

int add_scalars(tinygltf::Model& model, const std::vector<float>& values) {
    return add_array(model, values, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_SCALAR, kArrayBuffer);
}

int add_material(tinygltf::Model& model, const std::string& name, std::vector<double> base_color, double roughness) {
    tinygltf::Material m;
    m.name = name;
    m.pbrMetallicRoughness.baseColorFactor = std::move(base_color);
    m.pbrMetallicRoughness.metallicFactor = 0.0;
    m.pbrMetallicRoughness.roughnessFactor = roughness;
    model.materials.push_back(m);
    return int(model.materials.size()) - 1;
}

int add_mesh_node(tinygltf::Model& model, tinygltf::Mesh mesh) {
    model.meshes.push_back(std::move(mesh));
    tinygltf::Node node;
    node.name = model.meshes.back().name;
    node.mesh = int(model.meshes.size()) - 1;
    model.nodes.push_back(node);
    return int(model.nodes.size()) - 1;
}

// What the numbers in the custom attributes mean, for whoever reads the file.
tinygltf::Value legend_extras(const ChartExport& chart) {
    tinygltf::Value::Object levels;
    for (int l = 1; l <= 31; ++l)
        levels[std::to_string(l)] = tinygltf::Value(level_name(Level(l)));
    levels[std::to_string(kNoConsistentRoot)] = tinygltf::Value(level_name(kNoConsistentRoot));
    levels[std::to_string(kNotShown)] = tinygltf::Value(level_name(kNotShown));
    tinygltf::Value::Object regions;
    for (int r = 0; r < int(Region::Count); ++r)
        regions[std::to_string(r)] = tinygltf::Value(std::string(region_name(Region(r))));
    tinygltf::Value::Object sides;
    for (Side s : {Side::Midline, Side::Left, Side::Right})
        sides[std::to_string(int(s))] = tinygltf::Value(std::string(side_name(s)));

    tinygltf::Value::Object extras;
    extras["map"] = tinygltf::Value(chart.map_id);
    extras["title"] = tinygltf::Value(chart.map_title);
    extras["citation"] = tinygltf::Value(chart.citation);
    extras["palette"] = tinygltf::Value(chart.palette_name);
    extras["subdivision"] = tinygltf::Value(chart.level);
    extras["levels"] = tinygltf::Value(std::move(levels));
    extras["regions"] = tinygltf::Value(std::move(regions));
    extras["sides"] = tinygltf::Value(std::move(sides));
    extras["attributes"] = tinygltf::Value(std::string(
        "_DOMINANT_LEVEL: heaviest root (a key of levels); _LEVELS: the strongest four roots, 0 = none; "
        "_WEIGHTS: their weights, summing to 1; _REGION: a key of regions; _SIDE: a key of sides; "
        "COLOR_0: the chart's colours, linear RGB"));
    return tinygltf::Value(std::move(extras));
}

tinygltf::Mesh skin_mesh(tinygltf::Model& model, const ChartExport& chart) {
    tinygltf::Primitive p;
    p.mode = TINYGLTF_MODE_TRIANGLES;
    p.attributes["POSITION"] = add_positions(model, chart.positions);
    p.attributes["NORMAL"] = add_vec3(model, chart.normals);
    p.attributes["COLOR_0"] = add_vec3(model, chart.colors);
    p.attributes["_DOMINANT_LEVEL"] = add_scalars(model, chart.dominant_level);
    p.attributes["_LEVELS"] = add_array(model, chart.levels, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC4, kArrayBuffer);
    p.attributes["_WEIGHTS"] = add_array(model, chart.weights, TINYGLTF_COMPONENT_TYPE_FLOAT, TINYGLTF_TYPE_VEC4, kArrayBuffer);
    p.attributes["_REGION"] = add_scalars(model, chart.region);
    p.attributes["_SIDE"] = add_scalars(model, chart.side);
    p.indices = add_array(model, chart.triangles, TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT, TINYGLTF_TYPE_SCALAR,
                          kElementArrayBuffer);
    // White, so COLOR_0 alone gives the chart; matte, as skin is.
    p.material = add_material(model, "dermatome chart", {1.0, 1.0, 1.0, 1.0}, 0.85);

    tinygltf::Mesh mesh;
    mesh.name = "skin";
    mesh.primitives.push_back(p);
    mesh.extras = legend_extras(chart);
    return mesh;
}

tinygltf::Model build_model(const ChartExport& chart) {
    tinygltf::Model model;
    model.asset.version = "2.0";
    model.asset.generator = "Dermaview";
    model.buffers.resize(1);

    tinygltf::Scene scene;
    scene.name = chart.map_title;
    scene.nodes.push_back(add_mesh_node(model, skin_mesh(model, chart)));
    if (!chart.others.empty()) {
        const int material = add_material(model, "eyes", {0.92, 0.91, 0.88, 1.0}, 0.3);
        for (const ChartExport::Part& part : chart.others) {
            tinygltf::Primitive p;
            p.mode = TINYGLTF_MODE_TRIANGLES;
            p.attributes["POSITION"] = add_positions(model, part.positions);
            p.attributes["NORMAL"] = add_vec3(model, part.normals);
            p.indices = add_array(model, part.triangles, TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT, TINYGLTF_TYPE_SCALAR,
                                  kElementArrayBuffer);
            p.material = material;
            tinygltf::Mesh mesh;
            mesh.name = part.name;
            mesh.primitives.push_back(p);
            scene.nodes.push_back(add_mesh_node(model, std::move(mesh)));
        }
    }
    model.scenes.push_back(scene);
    model.defaultScene = 0;
    return model;
}

} // namespace

std::string gltf_bytes(const ChartExport& chart, bool binary) {
    const tinygltf::Model model = build_model(chart);
    std::ostringstream out;
    tinygltf::TinyGLTF writer;
    if (!writer.WriteGltfSceneToStream(&model, out, /*prettyPrint=*/!binary, binary))
        throw InternalError("tinygltf could not serialise the charted body");
    return out.str();
}

bool gltf_is_binary(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext != ".glb" && ext != ".gltf")
        throw Error("cannot export to '" + path.string() + "': the name must end in .glb (binary glTF) or .gltf");
    return ext == ".glb";
}

void write_gltf(const std::filesystem::path& path, const ChartExport& chart) {
    write_text_file(path, gltf_bytes(chart, gltf_is_binary(path)));
}

} // namespace dv
