#pragma once
// Writes a charted body (export/chart_export.h) as glTF 2.0: binary .glb, or
// .gltf with the buffer embedded. Positions, normals, the chart's colours in
// COLOR_0, and per vertex _DOMINANT_LEVEL, _LEVELS, _WEIGHTS, _REGION and
// _SIDE, with the names of the numbers in the mesh's `extras`
// (docs/export.md).
#include "export/chart_export.h"

#include <filesystem>
#include <string>

namespace dv {

// The file's bytes; `binary` picks .glb (true) or .gltf JSON (false).
std::string gltf_bytes(const ChartExport& chart, bool binary);

// Whether a path names a binary glTF (.glb: true) or a JSON one (.gltf:
// false); throws dv::Error for any other name. Check before doing the work.
bool gltf_is_binary(const std::filesystem::path& path);

// Writes whole or not at all; the format follows the extension (.glb or
// .gltf). Throws dv::Error for another extension or a write that fails.
void write_gltf(const std::filesystem::path& path, const ChartExport& chart);

} // namespace dv
