// The one translation unit that holds tinygltf's implementation; built
// without the project's warning flags, as it is not our code.
#define TINYGLTF_IMPLEMENTATION
#include "export/tiny_gltf_config.h"
