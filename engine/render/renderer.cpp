#include "render/renderer.h"

#include "core/error.h"
#include "render/gl_objects.h"
#include "render/readback.h"
#include "render/dermatome_palette.h"
#include "render/shader_program.h"

#include <glm/gtc/type_ptr.hpp>

#include <algorithm>
#include <atomic>
#include <string>
#include <vector>

namespace dv {

namespace {

// sRGB colours as an artist picks them; shaders light in linear space.
glm::vec3 srgb_to_linear(glm::vec3 c) { return glm::pow(c, glm::vec3(2.2f)); }
const glm::vec3 kSkinAlbedo = srgb_to_linear(glm::vec3(0.87f, 0.70f, 0.60f));
// Eyes are shaded like a sculpture's: an even, darker tone, never a white stare.
const glm::vec3 kEyeAlbedo = srgb_to_linear(glm::vec3(0.45f, 0.38f, 0.35f));

struct GpuMesh {
    gl::VertexArray vao;
    gl::Buffer vertices;
    gl::Buffer indices;
    GLsizei index_count = 0;
    glm::vec3 albedo{1.0f};
};

struct Vertex {
    glm::vec3 position;
    glm::vec3 normal;
    glm::vec3 region_color;
    glm::vec4 coordinates; // see SkinDisplayFields
    glm::vec3 validity;
};

GpuMesh upload(const SurfaceMesh& mesh, const std::vector<std::uint32_t>& triangles, glm::vec3 albedo,
               const SkinDisplayFields* fields = nullptr) {
    std::vector<Vertex> vertices(mesh.positions.size());
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        vertices[i] = {mesh.positions[i], mesh.normals[i], albedo, glm::vec4(0.0f), glm::vec3(0.0f)};
        if (fields) {
            vertices[i].region_color = fields->region_color[i];
            vertices[i].coordinates = fields->coordinates[i];
            vertices[i].validity = fields->validity[i];
        }
    }
    GpuMesh gpu;
    gpu.albedo = albedo;
    gpu.index_count = static_cast<GLsizei>(triangles.size());
    gpu.vao = gl::make_vertex_array();
    gpu.vertices = gl::make_buffer();
    gpu.indices = gl::make_buffer();
    glBindVertexArray(gpu.vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, gpu.vertices.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(Vertex)), vertices.data(),
                 GL_STATIC_DRAW);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indices.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(triangles.size() * sizeof(std::uint32_t)),
                 triangles.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<const void*>(offsetof(Vertex, position)));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<const void*>(offsetof(Vertex, normal)));
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<const void*>(offsetof(Vertex, region_color)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<const void*>(offsetof(Vertex, coordinates)));
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 3, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<const void*>(offsetof(Vertex, validity)));
    glBindVertexArray(0);
    return gpu;
}

// A colour and depth target of one size and sample count.
struct Target {
    gl::Framebuffer fbo;
    gl::Renderbuffer color, depth;
    int width = 0, height = 0, samples = -1;

    void ensure(int w, int h, int s) {
        if (fbo && w == width && h == height && s == samples)
            return;
        fbo = gl::make_framebuffer();
        color = gl::make_renderbuffer();
        depth = gl::make_renderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, color.get());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_RGBA8, w, h);
        glBindRenderbuffer(GL_RENDERBUFFER, depth.get());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_DEPTH_COMPONENT24, w, h);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth.get());
        const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        if (status != GL_FRAMEBUFFER_COMPLETE || glGetError() == GL_OUT_OF_MEMORY) {
            fbo.reset();
            throw Error("the GL could not allocate a " + std::to_string(w) + "x" + std::to_string(h) +
                        " image with " + std::to_string(s) + " samples; choose a smaller size");
        }
        width = w;
        height = h;
        samples = s;
    }
};

// Ids for uploaded bodies, unique across every renderer of the process.
std::uint64_t next_body_id() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

} // namespace

struct Renderer::Impl {
    // Two maps on the GPU at once (slot 0 and 1), so that a switch can
    // cross-fade and a comparison can show both.
    std::array<gl::Buffer, 2> dermatome_buffer;
    std::array<bool, 2> has_map{};
    gl::Buffer disagreement_buffer;
    std::size_t skin_vertices = 0;
    std::uint64_t body_id = 0;
    // One shader source, built for each kind of view (see body.frag).
    gl::Program skin_program;      // plain skin, and the eyes in every view
    gl::Program anatomy_program;   // regions, along, around, spinal level
    gl::Program dermatome_program; // the maps
    gl::Program background_program;
    gl::Program marker_program;
    gl::VertexArray marker_vao;
    gl::Buffer marker_buffer;
    GLsizei marker_count = 0;
    std::size_t skin_triangles = 0;
    gl::VertexArray empty_vao; // core profile draws need a bound VAO, even without attributes
    std::vector<GpuMesh> meshes;
    // The drawing targets, one with samples and one without: the window
    // switches between them as the view starts and stops moving, and
    // reallocating a target at every switch cost more than a frame.
    Target antialiased, aliased;
    int last_samples = 0;
    Target resolved;
    Target kept; // the last presented frame
    int max_samples = 0;
    int max_size = 0;       // the GL's limit on a frame's side
    int tile_limit = 0;     // a smaller one asked for (tests); 0: none

    void bind_dermatomes(int slot);
};

Renderer::Renderer(const std::filesystem::path& shader_dir) : impl_(std::make_unique<Impl>()) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(shader_dir / "body.vert", ec))
        throw Error("the shaders are not in '" + shader_dir.string() +
                    "': the installation is incomplete. Reinstall (cmake --install), or point DERMAVIEW_DATA_DIR "
                    "at the folder that holds shaders/ and assets/");
    auto body_variant = [&](const char* defines) {
        return gl::build_program(shader_dir / "body.vert", shader_dir / "body.frag", defines);
    };
    impl_->skin_program = body_variant("#define ANATOMY 0\n#define DERMATOMES 0\n");
    impl_->anatomy_program = body_variant("#define ANATOMY 1\n#define DERMATOMES 0\n");
    impl_->dermatome_program = body_variant("#define ANATOMY 0\n#define DERMATOMES 1\n");
    impl_->background_program = gl::build_program(shader_dir / "background.vert", shader_dir / "background.frag");
    impl_->marker_program = gl::build_program(shader_dir / "marker.vert", shader_dir / "marker.frag");
    impl_->empty_vao = gl::make_vertex_array();
    glGetIntegerv(GL_MAX_SAMPLES, &impl_->max_samples);
    GLint rb = 0, vp[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &rb);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, vp);
    impl_->max_size = std::min({rb, vp[0], vp[1]});
}

Renderer::~Renderer() = default;

void Renderer::set_body(const DisplayMesh& display, const SkinDisplayFields* fields) {
    const std::size_t n = display.skin.mesh().vertex_count();
    if (fields && (fields->region_color.size() != n || fields->coordinates.size() != n || fields->validity.size() != n))
        throw Error("internal error: display fields do not match the display skin's vertex count");
    Impl& r = *impl_;
    r.meshes.clear();
    r.meshes.push_back(upload(display.skin.mesh(), display.skin_triangles, kSkinAlbedo, fields));
    r.skin_vertices = n;
    r.skin_triangles = display.skin_triangles.size() / 3;
    for (std::size_t i = 0; i < display.others.size(); ++i)
        r.meshes.push_back(upload(display.others[i], display.other_triangles[i], kEyeAlbedo));
    r.has_map = {}; // packed for the old tessellation
    r.body_id = next_body_id();
}

void Renderer::set_map(int slot, const ChannelPacking& packing) {
    Impl& r = *impl_;
    if (r.meshes.empty() || packing.vertices.size() != r.skin_vertices || slot < 0 || slot > 1)
        throw Error("internal error: a map packed for another display mesh, or no such slot");
    gl::Buffer& buffer = r.dermatome_buffer[std::size_t(slot)];
    if (!buffer)
        buffer = gl::make_buffer();
    glBindBuffer(GL_ARRAY_BUFFER, buffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(packing.vertices.size() * sizeof(ChannelVertex)),
                 packing.vertices.data(), GL_STATIC_DRAW);
    r.has_map[std::size_t(slot)] = true;
}

void Renderer::set_disagreement(const std::vector<float>& disagreement) {
    Impl& r = *impl_;
    if (r.meshes.empty() || disagreement.size() != r.skin_vertices)
        throw Error("internal error: disagreement for another display mesh");
    if (!r.disagreement_buffer)
        r.disagreement_buffer = gl::make_buffer();
    glBindVertexArray(r.meshes[0].vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, r.disagreement_buffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(disagreement.size() * sizeof(float)), disagreement.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(9);
    glVertexAttribPointer(9, 1, GL_FLOAT, GL_FALSE, sizeof(float), nullptr);
    glBindVertexArray(0);
}

// Points the skin's channel attributes (locations 5 to 8, see body.vert) at
// one map's buffer.
void Renderer::Impl::bind_dermatomes(int slot) {
    Impl& r = *this;
    glBindVertexArray(r.meshes[0].vao.get());
    if (!r.has_map[std::size_t(slot)]) {
        for (GLuint location = 5; location <= 8; ++location)
            glDisableVertexAttribArray(location); // no map: zero weights, plain skin
        return;
    }
    glBindBuffer(GL_ARRAY_BUFFER, r.dermatome_buffer[std::size_t(slot)].get());
    const auto stride = GLsizei(sizeof(ChannelVertex));
    for (GLuint half = 0; half < 2; ++half) {
        const auto offset = half * 4;
        glEnableVertexAttribArray(5 + half);
        glVertexAttribPointer(5 + half, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                              reinterpret_cast<const void*>(offsetof(ChannelVertex, weight) + offset));
        glEnableVertexAttribArray(7 + half);
        glVertexAttribIPointer(7 + half, 4, GL_UNSIGNED_BYTE, stride,
                               reinterpret_cast<const void*>(offsetof(ChannelVertex, slot) + offset));
    }
}

void Renderer::clear_body() {
    impl_->meshes.clear();
    impl_->skin_vertices = 0;
    impl_->skin_triangles = 0;
    impl_->has_map = {};
    impl_->body_id = next_body_id();
}

std::uint64_t Renderer::body_id() const { return impl_->body_id; }

std::size_t Renderer::skin_triangle_count() const { return impl_->skin_triangles; }

void Renderer::set_markers(const std::vector<glm::vec3>& positions) {
    Impl& r = *impl_;
    if (!r.marker_vao) {
        r.marker_vao = gl::make_vertex_array();
        r.marker_buffer = gl::make_buffer();
    }
    glBindVertexArray(r.marker_vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, r.marker_buffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(positions.size() * sizeof(glm::vec3)), positions.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
    glBindVertexArray(0);
    r.marker_count = static_cast<GLsizei>(positions.size());
}

int Renderer::max_image_size() const { return kMaxImageSide; }

int Renderer::max_tile_size() const {
    const int limit = impl_->tile_limit > 0 ? std::min(impl_->tile_limit, impl_->max_size) : impl_->max_size;
    // Whole tiles keep every tile's offset on the alignment grid.
    return std::max(kTileAlignment, limit / kTileAlignment * kTileAlignment);
}

void Renderer::set_tile_size_limit(int pixels) { impl_->tile_limit = std::max(0, pixels); }
int Renderer::samples_in_use() const { return impl_->last_samples; }

void Renderer::draw(const Camera& camera, int width, int height, unsigned framebuffer, const RenderSettings& settings) {
    if (width <= 0 || height <= 0)
        return; // a minimised window: nothing to draw
    Impl& r = *impl_;
    const int samples = std::clamp(settings.msaa_samples, 0, r.max_samples);
    Target& target = samples > 0 ? r.antialiased : r.aliased;
    target.ensure(width, height, samples);
    r.last_samples = samples;

    glBindFramebuffer(GL_FRAMEBUFFER, target.fbo.get());
    glViewport(0, 0, width, height);
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClearDepth(1.0);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);

    // A tile of a larger frame sees that frame's projection and backdrop.
    const bool tile = settings.full_width > 0 && settings.full_height > 0;
    const float frame_w = float(tile ? settings.full_width : width), frame_h = float(tile ? settings.full_height : height);
    if (!settings.transparent_background) {
        glDisable(GL_DEPTH_TEST);
        glUseProgram(r.background_program.get());
        const glm::vec4 uv_rect = tile ? glm::vec4(float(settings.tile_x) / frame_w, float(settings.tile_y) / frame_h,
                                                   float(width) / frame_w, float(height) / frame_h)
                                       : glm::vec4(0.0f, 0.0f, 1.0f, 1.0f);
        glUniform4fv(gl::uniform(r.background_program, "u_uv_rect"), 1, glm::value_ptr(uv_rect));
        glBindVertexArray(r.empty_vao.get());
        glDrawArrays(GL_TRIANGLES, 0, 3);
    }

    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glFrontFace(GL_CCW);
    const glm::mat4 view = camera.view();
    glm::mat4 projection = camera.projection(frame_w / frame_h);
    if (tile) {
        // Scale and shift clip space so that this tile's part of the frame
        // fills the viewport (an off-axis frustum, exact for every pixel).
        const float sx = frame_w / float(width), sy = frame_h / float(height);
        const float cx = (2.0f * float(settings.tile_x) + float(width)) / frame_w - 1.0f;
        const float cy = (2.0f * float(settings.tile_y) + float(height)) / frame_h - 1.0f;
        glm::mat4 crop(1.0f);
        crop[0][0] = sx;
        crop[1][1] = sy;
        crop[3][0] = -cx * sx;
        crop[3][1] = -cy * sy;
        projection = crop * projection;
    }
    const glm::vec3 up_in_view = glm::mat3(view) * glm::vec3(0, 1, 0);
    auto set_common = [&](const gl::Program& p) {
        glUseProgram(p.get());
        glUniformMatrix4fv(gl::uniform(p, "u_view"), 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv(gl::uniform(p, "u_projection"), 1, GL_FALSE, glm::value_ptr(projection));
        glUniform3fv(gl::uniform(p, "u_up_view"), 1, glm::value_ptr(up_in_view));
    };
    for (std::size_t i = 0; i < r.meshes.size(); ++i) {
        const GpuMesh& m = r.meshes[i];
        // Only the skin (the first mesh) carries display fields and maps.
        const DisplayMode mode = i == 0 ? settings.display : DisplayMode::Skin;
        const bool dermatomes = mode == DisplayMode::Dermatomes;
        const gl::Program& p = dermatomes              ? r.dermatome_program
                               : mode == DisplayMode::Skin ? r.skin_program
                                                           : r.anatomy_program;
        set_common(p);
        glUniform3fv(gl::uniform(p, "u_albedo"), 1, glm::value_ptr(m.albedo));
        glUniform1i(gl::uniform(p, "u_display_mode"), static_cast<int>(mode));
        glBindVertexArray(m.vao.get());
        if (!dermatomes) {
            glDrawElements(GL_TRIANGLES, m.index_count, GL_UNSIGNED_INT, nullptr);
            continue;
        }
        const std::vector<glm::vec3>& palette = dermatome_palette(settings.palette);
        glUniform3fv(gl::uniform(p, "u_palette"), GLsizei(palette.size()), glm::value_ptr(palette[0]));
        glUniform1ui(gl::uniform(p, "u_selected_left"), settings.selection.left);
        glUniform1ui(gl::uniform(p, "u_selected_right"), settings.selection.right);
        glUniform1i(gl::uniform(p, "u_emphasis"), settings.selection.empty() ? 0 : 1 + int(settings.emphasis));
        glUniform1i(gl::uniform(p, "u_band_borders"), settings.band_borders ? 1 : 0);
        glUniform1i(gl::uniform(p, "u_overlap_hatching"), settings.overlap_hatching ? 1 : 0);
        glUniform1i(gl::uniform(p, "u_differences"), settings.differences && r.has_map[1] ? 1 : 0);
        // With only one map uploaded, show it whatever the mix says.
        const float mix = !r.has_map[1] ? 0.0f : !r.has_map[0] ? 1.0f : settings.map_mix;
        r.bind_dermatomes(mix < 1.0f ? 0 : 1);
        glDrawElements(GL_TRIANGLES, m.index_count, GL_UNSIGNED_INT, nullptr);
        if (mix > 0.0f && mix < 1.0f) {
            // A cross-fade: the second map over the first at the same depth.
            // The same program and positions give the same depth values, so
            // LEQUAL passes exactly the fragments that are in front.
            r.bind_dermatomes(1);
            glEnable(GL_BLEND);
            glBlendColor(0.0f, 0.0f, 0.0f, mix);
            glBlendFunc(GL_CONSTANT_ALPHA, GL_ONE_MINUS_CONSTANT_ALPHA);
            glDepthFunc(GL_LEQUAL);
            glDepthMask(GL_FALSE);
            glDrawElements(GL_TRIANGLES, m.index_count, GL_UNSIGNED_INT, nullptr);
            glDepthMask(GL_TRUE);
            glDepthFunc(GL_LESS);
            glDisable(GL_BLEND);
        }
    }
    if (settings.show_markers && r.marker_count > 0) {
        glUseProgram(r.marker_program.get());
        glUniformMatrix4fv(gl::uniform(r.marker_program, "u_view"), 1, GL_FALSE, glm::value_ptr(view));
        glUniformMatrix4fv(gl::uniform(r.marker_program, "u_projection"), 1, GL_FALSE, glm::value_ptr(projection));
        // Dots keep the same size on screen relative to the image height.
        glUniform1f(gl::uniform(r.marker_program, "u_point_size"), std::max(5.0f, frame_h / 110.0f));
        glEnable(GL_PROGRAM_POINT_SIZE);
        glBindVertexArray(r.marker_vao.get());
        glDrawArrays(GL_POINTS, 0, r.marker_count);
        glDisable(GL_PROGRAM_POINT_SIZE);
    }
    glBindVertexArray(0);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);

    // Resolve the samples into the destination.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, target.fbo.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
    glBlitFramebuffer(0, 0, width, height, settings.dest_x, 0, settings.dest_x + width, height, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
}

void Renderer::present(const Camera& camera, int width, int height, unsigned framebuffer,
                       const RenderSettings& settings, bool unchanged) {
    if (width <= 0 || height <= 0)
        return;
    Impl& r = *impl_;
    const bool have_frame = r.kept.fbo && r.kept.width == width && r.kept.height == height;
    if (!unchanged || !have_frame) {
        r.kept.ensure(width, height, 0);
        RenderSettings offscreen = settings;
        offscreen.dest_x = 0;
        draw(camera, width, height, r.kept.fbo.get(), offscreen);
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, r.kept.fbo.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
    glBlitFramebuffer(0, 0, width, height, settings.dest_x, 0, settings.dest_x + width, height, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
}

Image Renderer::render_image(const Camera& camera, int width, int height, const RenderSettings& settings) {
    Impl& r = *impl_;
    if (width <= 0 || height <= 0 || width > kMaxImageSide || height > kMaxImageSide)
        throw Error("cannot render a " + std::to_string(width) + "x" + std::to_string(height) +
                    " image: each side must be between 1 and " + std::to_string(kMaxImageSide) + " pixels");
    const int tile = max_tile_size();
    if (width <= tile && height <= tile) {
        r.resolved.ensure(width, height, 0);
        draw(camera, width, height, r.resolved.fbo.get(), settings);
        Image image = read_framebuffer(r.resolved.fbo.get(), width, height);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        return image;
    }
    Image image(width, height);
    render_region(camera, width, height, 0, 0, width, height, settings, image);
    return image;
}

void Renderer::render_region(const Camera& camera, int full_width, int full_height, int x, int y, int w, int h,
                             const RenderSettings& settings, Image& into) {
    Impl& r = *impl_;
    if (x % kTileAlignment || y % kTileAlignment || x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > full_width ||
        y + h > full_height || into.width != full_width || into.height != full_height)
        throw Error("internal error: a region outside its frame or off the tile grid");
    // Tiles laid from the region's bottom-left corner, so each offset is a
    // multiple of the tile size, and so of kTileAlignment.
    const int tile = max_tile_size();
    RenderSettings part = settings;
    part.dest_x = 0;
    part.full_width = full_width;
    part.full_height = full_height;
    for (int y0 = y; y0 < y + h; y0 += tile)
        for (int x0 = x; x0 < x + w; x0 += tile) {
            const int tw = std::min(tile, x + w - x0), th = std::min(tile, y + h - y0);
            part.tile_x = x0;
            part.tile_y = y0;
            r.resolved.ensure(tw, th, 0);
            draw(camera, tw, th, r.resolved.fbo.get(), part);
            const Image piece = read_framebuffer(r.resolved.fbo.get(), tw, th);
            const int top = full_height - y0 - th; // the tile's first row in the top-first image
            for (int row = 0; row < th; ++row)
                std::copy_n(piece.pixel(0, row), std::size_t(tw) * 4, into.pixel(x0, top + row));
        }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace dv
