#pragma once
// A body already imported, welded and checked, stored as compact binary: the
// form the browser build loads, where there is no Assimp. The native tool
// tools/body_asset.cpp writes it from the same import the desktop uses, so
// both builds see the same vertices in the same order (the landmarks name
// vertices by index). The layout is in docs/web.md.
#include "body/body_mesh.h"

#include <filesystem>

namespace dv {

// Whether `file` starts with the body asset's signature.
bool is_body_asset(const std::filesystem::path& file);

// Throws dv::Error when the file cannot be written.
void write_body_asset(const std::filesystem::path& file, const BodyMesh& body);

// Reads a body asset and computes its normals, as import_body does. Throws
// dv::Error naming the file and what is wrong (truncated, indices out of
// range, sizes past kMaxBodyFaces).
BodyMesh read_body_asset(const std::filesystem::path& file);

} // namespace dv
