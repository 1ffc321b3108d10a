// import_body in the browser build, which has no Assimp: it reads the body
// asset prepared natively at build time (body/body_asset.h, docs/web.md).
#include "body/body_asset.h"
#include "body/body_mesh.h"

#include "core/error.h"

namespace dv {

BodyMesh import_body(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw Error("body '" + name + "' does not exist or is not a file");
    if (!is_body_asset(file))
        throw Error("body '" + name + "' is not a Dermaview body asset; the browser build reads only bodies "
                    "prepared with dermaview_body_asset (docs/web.md)");
    return read_body_asset(file);
}

} // namespace dv
