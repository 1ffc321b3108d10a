// Prepares a body for the browser build: imports it with the desktop's own
// import (Assimp, welding, checks) and writes the compact body asset the
// browser loads (engine/body/body_asset.h, docs/web.md). Run at build time by
// the web preset: dermaview_body_asset BODY OUT.dvbody
#include "body/body_asset.h"
#include "core/error.h"

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: dermaview_body_asset BODY OUT.dvbody\n";
        return 2;
    }
    try {
        const dv::BodyMesh body = dv::import_body(argv[1]);
        dv::write_body_asset(argv[2], body);
        std::cout << "wrote " << argv[2] << ": skin of " << body.skin.vertex_count() << " vertices, "
                  << body.skin.face_count() << " faces, and " << body.others.size() << " other parts\n";
        return 0;
    } catch (const dv::Error& e) {
        std::cerr << "dermaview_body_asset: " << e.what() << "\n";
        return 2;
    }
}
