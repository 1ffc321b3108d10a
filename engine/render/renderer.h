#pragma once
// Draws the body into whatever GL context is current: a window's default
// framebuffer or an offscreen one. It never creates a context itself, so the
// GUI and the headless renderer share every line of drawing code.
#include "body/body_mesh.h"
#include "core/image.h"
#include "render/camera.h"

#include <filesystem>
#include <memory>

namespace dv {

struct RenderSettings {
    int msaa_samples = 4;             // clamped to what the driver offers
    bool transparent_background = false;
};

class Renderer {
public:
    // Builds the shaders found in `shader_dir`; throws dv::Error with the
    // compiler's log when one does not build. Needs a current GL 3.3 context.
    explicit Renderer(const std::filesystem::path& shader_dir);
    ~Renderer();
    Renderer(const Renderer&) = delete;
    Renderer& operator=(const Renderer&) = delete;

    void set_body(const BodyMesh& body); // uploads; the renderer keeps no pointer to `body`
    void clear_body();

    // Draws an antialiased frame of width x height pixels into `framebuffer`
    // (0: the window's), which must be at least that size.
    void draw(const Camera& camera, int width, int height, unsigned framebuffer, const RenderSettings& settings = {});

    // Draws offscreen and reads the pixels back. Throws dv::Error when the
    // size is beyond what the GL can allocate.
    Image render_image(const Camera& camera, int width, int height, const RenderSettings& settings = {});

    int max_image_size() const;      // largest width or height render_image accepts
    int samples_in_use() const;      // actual MSAA samples of the last frame

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace dv
