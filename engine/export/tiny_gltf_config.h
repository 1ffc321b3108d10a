#pragma once
// Debian's tinygltf (libtinygltf-dev), set up the one way Dermaview uses it:
// no image decoding or encoding (the exported body has no textures, and the
// stb image code would only widen what a hostile file could reach), JSON
// through the system nlohmann-json. Include this, never <tiny_gltf.h>.
#define TINYGLTF_NO_STB_IMAGE
#define TINYGLTF_NO_STB_IMAGE_WRITE
#define TINYGLTF_NO_EXTERNAL_IMAGE
#define TINYGLTF_USE_CPP14
#include <tiny_gltf.h>
