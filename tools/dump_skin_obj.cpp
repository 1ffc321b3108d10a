// Writes the welded skin of a body as OBJ, with vertices in the engine's own
// numbering, so landmark indices can be found and checked in any mesh viewer
// or script. A developer tool: dermaview_dump_skin [BODY] > skin.obj
#include "body/body_mesh.h"
#include "core/data_paths.h"
#include "core/error.h"

#include <cstdio>
#include <iostream>

int main(int argc, char** argv) {
    try {
        const dv::BodyMesh body = dv::import_body(argc > 1 ? argv[1] : dv::default_body_path().string());
        const dv::SurfaceMesh& m = body.skin;
        std::printf("# %s: %zu vertices, %zu faces; vertex k (0-based) is OBJ index k+1\n",
                    body.source.string().c_str(), m.vertex_count(), m.face_count());
        for (std::size_t i = 0; i < m.vertex_count(); ++i)
            std::printf("v %.6f %.6f %.6f\n", double(m.positions[i].x), double(m.positions[i].y), double(m.positions[i].z));
        for (std::size_t i = 0; i < m.vertex_count(); ++i)
            std::printf("vn %.5f %.5f %.5f\n", double(m.normals[i].x), double(m.normals[i].y), double(m.normals[i].z));
        for (std::size_t f = 0; f < m.face_count(); ++f) {
            std::printf("f");
            for (std::uint32_t k = m.face_offsets[f]; k < m.face_offsets[f + 1]; ++k)
                std::printf(" %u//%u", m.face_indices[k] + 1, m.face_indices[k] + 1);
            std::printf("\n");
        }
        return 0;
    } catch (const dv::Error& e) {
        std::cerr << "dermaview_dump_skin: " << e.what() << "\n";
        return 2;
    }
}
