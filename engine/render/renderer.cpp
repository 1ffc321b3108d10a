#include "render/renderer.h"

#include "core/error.h"
#include "render/gl_objects.h"
#include "render/gpu_mesh.h"
#include "render/render_target.h"
#include "render/readback.h"
#include "render/dermatome_palette.h"
#include "render/programs.h"
#include "render/sensory_layer.h"
#include "render/shader_interface.h"
#include "render/trigeminal_style.h"

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

// Ids for uploaded bodies, unique across every renderer of the process.
std::uint64_t next_body_id() {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}

// Where one draw lies in the frame it belongs to: all of it, or one tile
// of a larger frame (RenderSettings::full_width).
struct FrameGeometry {
    glm::vec2 size{1.0f};   // the whole frame's, in pixels
    glm::vec2 origin{0.0f}; // this draw's bottom-left pixel in the frame (GL's bottom-up pixels)
    glm::vec2 viewport{1.0f}; // this draw's size in pixels
    glm::mat4 view{1.0f}, projection{1.0f};
};

FrameGeometry frame_geometry(const Camera& camera, int width, int height, const RenderSettings& settings) {
    FrameGeometry f;
    const bool tile = settings.full_width > 0 && settings.full_height > 0;
    f.size = tile ? glm::vec2(float(settings.full_width), float(settings.full_height))
                  : glm::vec2(float(width), float(height));
    f.origin = tile ? glm::vec2(float(settings.tile_x), float(settings.tile_y)) : glm::vec2(0.0f);
    f.viewport = glm::vec2(float(width), float(height));
    f.view = camera.view();
    f.projection = camera.projection(f.size.x / f.size.y);
    if (tile) {
        // Scale and shift clip space so that this tile's part of the frame
        // fills the viewport (an off-axis frustum, exact for every pixel).
        const float sx = f.size.x / float(width), sy = f.size.y / float(height);
        const float cx = (2.0f * f.origin.x + float(width)) / f.size.x - 1.0f;
        const float cy = (2.0f * f.origin.y + float(height)) / f.size.y - 1.0f;
        glm::mat4 crop(1.0f);
        crop[0][0] = sx;
        crop[1][1] = sy;
        crop[3][0] = -cx * sx;
        crop[3][1] = -cy * sy;
        f.projection = crop * f.projection;
    }
    return f;
}

// Screen-space patterns (hatching, stripes) are sized for a frame 1080
// pixels high and scale with the frame, so a 4K figure shows them as a
// 1080p one does; below half that size they would blur into their average,
// so they stop shrinking there.
constexpr float kPatternReferenceHeight = 1080.0f;
constexpr float kSmallestPatternScale = 0.5f;
float pattern_scale(float frame_height) {
    return std::max(frame_height / kPatternReferenceHeight, kSmallestPatternScale);
}

// Each palette slot's LevelPattern, as the shader's u_pattern holds them.
void upload_patterns(GLint location, Palette palette) {
    std::array<GLuint, shader::kPaletteSlots> patterns{};
    for (int slot = 0; slot < shader::kPaletteSlots; ++slot)
        patterns[std::size_t(slot)] = GLuint(level_pattern(DenseWeights::level_of(slot), palette));
    glUniform1uiv(location, GLsizei(patterns.size()), patterns.data());
}

// The body program variant a mesh is drawn with (shader::kFeature* bits).
unsigned body_features(DisplayMode mode, const RenderSettings& s, bool differences, bool blanks, bool has_map) {
    if (mode == DisplayMode::Skin)
        return 0;
    if (mode == DisplayMode::Sensory) // the paint, with the map's band borders over it when asked
        return shader::kFeatureSensory |
               (s.band_borders && has_map ? shader::kFeatureDermatomes | shader::kFeatureBandBorders : 0u);
    if (mode != DisplayMode::Dermatomes)
        return shader::kFeatureAnatomy;
    unsigned f = shader::kFeatureDermatomes;
    if (s.band_borders)
        f |= shader::kFeatureBandBorders;
    if (s.overlap_hatching)
        f |= shader::kFeatureOverlapHatching;
    if (blanks)
        f |= shader::kFeatureBlanks;
    if (s.palette == Palette::ColorBlindSafe)
        f |= shader::kFeaturePatterns;
    if (differences)
        f |= shader::kFeatureDifferences; // shows no selection
    else if (!s.selection.empty())
        f |= shader::kFeatureSelection;
    return f;
}

// Copies the bound read framebuffer's width x height frame to where the
// settings put it in the bound draw framebuffer.
void blit_to(int width, int height, const RenderSettings& settings) {
    glBlitFramebuffer(0, 0, width, height, settings.dest_x, settings.dest_y, settings.dest_x + width,
                      settings.dest_y + height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
}

} // namespace

struct Renderer::Impl {
    // Two maps on the GPU at once (slot 0 and 1), so that a switch can
    // cross-fade and a comparison can show both; the last weights of each
    // are kept to re-apply when the body is re-subdivided, and those carried
    // to the display mesh to find where the two disagree.
    std::array<gl::Buffer, 2> dermatome_buffer;
    std::array<bool, 2> has_map{};
    std::array<bool, 2> has_blanks{}; // the map in the slot leaves skin to "no consistent root"
    gl::Buffer disagreement_buffer;
    gl::Buffer sensory_buffer; // two vec3 per skin vertex: light touch, pin prick (set_sensory)
    std::size_t skin_vertices = 0;
    std::uint64_t body_id = 0;
    Programs programs;
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
    // And for the pass that draws two maps at once (draw_pair), with two
    // colour attachments: separate, so that side by side and one map never
    // reallocate each other's targets.
    Target pair_antialiased, pair_aliased;
    int last_samples = 0;
    Target resolved;
    Target kept; // the last presented frame
    int max_samples = 0;
    int max_size = 0;       // the GL's limit on a frame's side
    int tile_limit = 0;     // a smaller one asked for (tests); 0: none

    explicit Impl(const std::filesystem::path& shader_dir) : programs(shader_dir) {}
    void bind_dermatomes(int slot);
    void bind_second_map();
    Target& begin_frame(int width, int height, int msaa_samples, int colours);
    void draw_scene(const FrameGeometry& frame, const RenderSettings& settings, bool two_maps);
    void draw_body(const FrameGeometry& frame, const RenderSettings& settings, bool two_maps);
    void copy_out(const Target& from, int attachment, unsigned framebuffer, int dest_x, int dest_y);
};

namespace {
const std::filesystem::path& installed_shaders(const std::filesystem::path& shader_dir) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(shader_dir / "body.vert", ec))
        throw Error("the shaders are not in '" + shader_dir.string() +
                    "': the installation is incomplete. Reinstall (cmake --install), or point DERMAVIEW_DATA_DIR "
                    "at the folder that holds shaders/ and assets/");
    return shader_dir;
}
} // namespace

Renderer::Renderer(const std::filesystem::path& shader_dir)
    : impl_(std::make_unique<Impl>(installed_shaders(shader_dir))) {
    impl_->empty_vao = gl::make_vertex_array();
    glGetIntegerv(GL_MAX_SAMPLES, &impl_->max_samples);
    GLint rb = 0, vp[2] = {0, 0};
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &rb);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, vp);
    impl_->max_size = std::min({rb, vp[0], vp[1]});
}

Renderer::~Renderer() = default;

void Renderer::set_body(const DisplayMesh& display, const SkinDisplayFields* fields,
                        const std::vector<float>* skin_marks, const std::vector<glm::vec3>* trigeminal) {
    const std::size_t n = display.skin.mesh().vertex_count();
    if (fields && (fields->region_color.size() != n || fields->coordinates.size() != n || fields->validity.size() != n ||
                   fields->side.size() != n))
        throw InternalError("display fields do not match the display skin's vertex count");
    if (skin_marks && skin_marks->size() != n)
        throw InternalError("skin marks do not match the display skin's vertex count");
    if (trigeminal && trigeminal->size() != n)
        throw InternalError("trigeminal weights do not match the display skin's vertex count");
    Impl& r = *impl_;
    r.meshes.clear();
    r.meshes.push_back(upload(display.skin.mesh(), display.skin_triangles, kSkinAlbedo, fields, skin_marks, trigeminal));
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
        throw InternalError("a map packed for another display mesh, or no such slot");
    gl::Buffer& buffer = r.dermatome_buffer[std::size_t(slot)];
    if (!buffer)
        buffer = gl::make_buffer();
    glBindBuffer(GL_ARRAY_BUFFER, buffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(packing.vertices.size() * sizeof(ChannelVertex)),
                 packing.vertices.data(), GL_STATIC_DRAW);
    r.has_map[std::size_t(slot)] = true;
    r.has_blanks[std::size_t(slot)] = packing.channel_of_slot[std::size_t(shader::kNoConsistentRootSlot)] >= 0;
}

void Renderer::set_disagreement(const std::vector<float>& disagreement) {
    Impl& r = *impl_;
    if (r.meshes.empty() || disagreement.size() != r.skin_vertices)
        throw InternalError("disagreement for another display mesh");
    if (!r.disagreement_buffer)
        r.disagreement_buffer = gl::make_buffer();
    glBindVertexArray(r.meshes[0].vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, r.disagreement_buffer.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(disagreement.size() * sizeof(float)), disagreement.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(shader::kAttribDisagreement);
    glVertexAttribPointer(shader::kAttribDisagreement, 1, GL_FLOAT, GL_FALSE, sizeof(float), nullptr);
    glBindVertexArray(0);
}

void Renderer::set_sensory(const std::vector<glm::vec3>& light_touch, const std::vector<glm::vec3>& pin_prick) {
    Impl& r = *impl_;
    if (r.meshes.empty() || light_touch.size() != r.skin_vertices || pin_prick.size() != r.skin_vertices)
        throw InternalError("sensory paint for another display mesh");
    upload_sensory(r.meshes[0].vao.get(), r.sensory_buffer, light_touch, pin_prick);
}

// Points the skin's channel attributes (see body.vert) at one map's buffer.
void Renderer::Impl::bind_dermatomes(int slot) {
    Impl& r = *this;
    glBindVertexArray(r.meshes[0].vao.get());
    const GLuint weights[2] = {shader::kAttribChannelWeights0, shader::kAttribChannelWeights1};
    const GLuint slots[2] = {shader::kAttribChannelSlots0, shader::kAttribChannelSlots1};
    if (!r.has_map[std::size_t(slot)]) {
        for (int half = 0; half < 2; ++half) { // no map: zero weights, plain skin
            glDisableVertexAttribArray(weights[half]);
            glDisableVertexAttribArray(slots[half]);
        }
        return;
    }
    glBindBuffer(GL_ARRAY_BUFFER, r.dermatome_buffer[std::size_t(slot)].get());
    const auto stride = GLsizei(sizeof(ChannelVertex));
    for (int half = 0; half < 2; ++half) {
        const auto offset = std::size_t(half) * 4;
        glEnableVertexAttribArray(weights[half]);
        glVertexAttribPointer(weights[half], 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                              reinterpret_cast<const void*>(offsetof(ChannelVertex, weight) + offset));
        glEnableVertexAttribArray(slots[half]);
        glVertexAttribIPointer(slots[half], 4, GL_UNSIGNED_BYTE, stride,
                               reinterpret_cast<const void*>(offsetof(ChannelVertex, slot) + offset));
    }
}

// Points the second map's one attribute (see body.vert) at slot 1's buffer.
void Renderer::Impl::bind_second_map() {
    static_assert(sizeof(ChannelVertex) == 16 && offsetof(ChannelVertex, weight) == 0 &&
                      offsetof(ChannelVertex, slot) == 8,
                  "body.vert reads a ChannelVertex as four uints: weights 0-3, 4-7, then slots");
    glBindVertexArray(meshes[0].vao.get());
    glBindBuffer(GL_ARRAY_BUFFER, dermatome_buffer[1].get());
    glEnableVertexAttribArray(shader::kAttribSecondMap);
    glVertexAttribIPointer(shader::kAttribSecondMap, 4, GL_UNSIGNED_INT, GLsizei(sizeof(ChannelVertex)), nullptr);
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
    glEnableVertexAttribArray(shader::kAttribPosition);
    glVertexAttribPointer(shader::kAttribPosition, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
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
    const Target& target = r.begin_frame(width, height, settings.msaa_samples, 1);
    r.draw_scene(frame_geometry(camera, width, height, settings), settings, false);
    r.copy_out(target, 0, framebuffer, settings.dest_x, settings.dest_y);
}

// Both maps of a comparison share the camera, so the body's geometry (on
// software GL most of a frame's cost) is transformed and rasterised once,
// and each fragment is shaded for both maps into two colour attachments.
void Renderer::draw_pair(const Camera& camera, int width, int height, unsigned framebuffer,
                         const RenderSettings& settings, std::array<glm::ivec2, 2> corners) {
    if (width <= 0 || height <= 0)
        return;
    Impl& r = *impl_;
    // The pass shades the dermatome chart only; the other views (and a
    // slot without a map) are drawn once per map.
    if (settings.display != DisplayMode::Dermatomes || settings.differences || !r.has_map[0] || !r.has_map[1]) {
        for (std::size_t slot = 0; slot < 2; ++slot) {
            RenderSettings one = settings;
            one.map_mix = float(slot);
            one.dest_x = corners[slot].x;
            one.dest_y = corners[slot].y;
            draw(camera, width, height, framebuffer, one);
        }
        return;
    }
    const Target& target = r.begin_frame(width, height, settings.msaa_samples, 2);
    r.draw_scene(frame_geometry(camera, width, height, settings), settings, true);
    for (int slot = 0; slot < 2; ++slot)
        r.copy_out(target, slot, framebuffer, corners[std::size_t(slot)].x, corners[std::size_t(slot)].y);
}

// The target for a frame, bound, sized and cleared.
Target& Renderer::Impl::begin_frame(int width, int height, int msaa_samples, int colours) {
    const int samples = std::clamp(msaa_samples, 0, max_samples);
    Target& target = colours == 2 ? (samples > 0 ? pair_antialiased : pair_aliased)
                                   : (samples > 0 ? antialiased : aliased);
    target.ensure(width, height, samples, colours);
    last_samples = samples;
    glBindFramebuffer(GL_FRAMEBUFFER, target.fbo.get());
    glViewport(0, 0, width, height);
    glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
    glClearDepth(1.0);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    return target;
}

// The backdrop, the body and the landmark dots into the bound target.
void Renderer::Impl::draw_scene(const FrameGeometry& frame, const RenderSettings& settings, bool two_maps) {
    if (!settings.transparent_background) {
        // A tile of a larger frame sees its part of that frame's backdrop.
        glDisable(GL_DEPTH_TEST);
        const BackgroundProgram& background = programs.background();
        glUseProgram(background.program.get());
        const glm::vec4 uv_rect(frame.origin / frame.size, frame.viewport / frame.size);
        glUniform4fv(background.uv_rect, 1, glm::value_ptr(uv_rect));
        glBindVertexArray(empty_vao.get());
        glDrawArrays(GL_TRIANGLES, 0, 3);
    }

    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LESS);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glFrontFace(GL_CCW);
    draw_body(frame, settings, two_maps);
    if (settings.show_markers && marker_count > 0) {
        const MarkerProgram& marker = programs.marker();
        glUseProgram(marker.program.get());
        glUniformMatrix4fv(marker.view, 1, GL_FALSE, glm::value_ptr(frame.view));
        glUniformMatrix4fv(marker.projection, 1, GL_FALSE, glm::value_ptr(frame.projection));
        // Dots keep the same size on screen relative to the image height.
        glUniform1f(marker.point_size, std::max(5.0f, frame.size.y / 110.0f));
        glEnable(GL_PROGRAM_POINT_SIZE);
        glBindVertexArray(marker_vao.get());
        glDrawArrays(GL_POINTS, 0, marker_count);
        glDisable(GL_PROGRAM_POINT_SIZE);
    }
    glBindVertexArray(0);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
}

// Copies one colour attachment of a finished target to (dest_x, dest_y) of
// `framebuffer`, resolving its samples. A resolve must keep its rectangle
// (GL and ES 3.0 alike; WebGL 2 refuses it, desktop drivers let it pass): a
// frame placed elsewhere (a half of side by side) is resolved in place
// first, then copied across.
void Renderer::Impl::copy_out(const Target& from, int attachment, unsigned framebuffer, int dest_x, int dest_y) {
    const int width = from.width, height = from.height;
    const bool resolve_first = from.samples > 0 && (dest_x != 0 || dest_y != 0);
    if (resolve_first)
        aliased.ensure(width, height, 0); // before binding: allocating rebinds the framebuffers
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from.fbo.get());
    glReadBuffer(GLenum(GL_COLOR_ATTACHMENT0 + attachment));
    if (resolve_first) {
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, aliased.fbo.get());
        glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        glReadBuffer(GL_COLOR_ATTACHMENT0);
        glBindFramebuffer(GL_READ_FRAMEBUFFER, aliased.fbo.get());
    }
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
    glBlitFramebuffer(0, 0, width, height, dest_x, dest_y, dest_x + width, dest_y + height, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from.fbo.get());
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
}

// The skin and the eyes, each with the program variant its view needs.
void Renderer::Impl::draw_body(const FrameGeometry& frame, const RenderSettings& settings, bool two_maps) {
    const glm::vec3 up_in_view = glm::mat3(frame.view) * glm::vec3(0, 1, 0);
    const bool differences = settings.differences && has_map[1] && !two_maps;
    // With only one map uploaded, show it whatever the mix says; two maps
    // at once show slot 0 and slot 1.
    const float mix = two_maps ? 0.0f : !has_map[1] ? 0.0f : !has_map[0] ? 1.0f : settings.map_mix;
    const bool blanks = (mix < 1.0f && has_blanks[0]) || ((mix > 0.0f || two_maps) && has_blanks[1]);
    const unsigned pass = two_maps ? shader::kFeatureTwoMaps : 0u;
    for (std::size_t i = 0; i < meshes.size(); ++i) {
        const GpuMesh& m = meshes[i];
        // Only the skin (the first mesh) carries display fields and maps.
        const DisplayMode mode = i == 0 ? settings.display : DisplayMode::Skin;
        const BodyProgram& p =
            programs.body(pass | body_features(mode, settings, differences, blanks, has_map[mix < 1.0f ? 0 : 1]));
        glUseProgram(p.program.get());
        glUniformMatrix4fv(p.view, 1, GL_FALSE, glm::value_ptr(frame.view));
        glUniformMatrix4fv(p.projection, 1, GL_FALSE, glm::value_ptr(frame.projection));
        glUniform3fv(p.up_view, 1, glm::value_ptr(up_in_view));
        glUniform3fv(p.albedo, 1, glm::value_ptr(m.albedo));
        glUniform1f(p.skin_marks, settings.skin_marks ? 1.0f : 0.0f);
        glUniform1f(p.trigeminal, settings.trigeminal ? 1.0f : 0.0f);
        glUniform3fv(p.trigeminal_colors, 3, glm::value_ptr(kTrigeminalColors[0]));
        if (p.features & shader::kFeatureAnatomy)
            glUniform1i(p.display_mode, static_cast<int>(mode));
        glBindVertexArray(m.vao.get());
        if (p.features & shader::kFeatureSensory)
            set_sensory_uniforms(p, settings.sensory_modality, frame.origin, pattern_scale(frame.size.y));
        if (!(p.features & shader::kFeatureDermatomes)) {
            glDrawElements(GL_TRIANGLES, m.index_count, GL_UNSIGNED_INT, nullptr);
            continue;
        }
        std::array<GLuint, shader::kPaletteSlots> palette{};
        std::transform(dermatome_palette(settings.palette).begin(), dermatome_palette(settings.palette).end(),
                       palette.begin(), shader::pack_palette_colour);
        glUniform1uiv(p.palette, GLsizei(palette.size()), palette.data());
        if (p.features & shader::kFeaturePatterns)
            upload_patterns(p.patterns, settings.palette);
        if (p.features & shader::kFrameScaledFeatures) {
            if (p.features & shader::kScreenPatternFeatures)
                glUniform2fv(p.frame_origin, 1, glm::value_ptr(frame.origin));
            const float scale = pattern_scale(frame.size.y);
            glUniform2f(p.pattern_scale, scale, 1.0f / scale);
        }
        if (p.features & shader::kFeatureSelection) {
            glUniform1ui(p.selected_left, settings.selection.left);
            glUniform1ui(p.selected_right, settings.selection.right);
            glUniform1i(p.emphasis, settings.emphasis == Emphasis::Glow ? shader::kEmphasisGlow : shader::kEmphasisDim);
        }
        bind_dermatomes(mix < 1.0f ? 0 : 1);
        if (two_maps)
            bind_second_map();
        glDrawElements(GL_TRIANGLES, m.index_count, GL_UNSIGNED_INT, nullptr);
        if (mix > 0.0f && mix < 1.0f) {
            // A cross-fade: the second map over the first at the same depth.
            // The same program and positions give the same depth values, so
            // LEQUAL passes exactly the fragments that are in front.
            bind_dermatomes(1);
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
}

void Renderer::present(const Camera& camera, int width, int height, unsigned framebuffer,
                       const RenderSettings& settings, bool unchanged) {
    if (width <= 0 || height <= 0)
        return;
    Target& kept = impl_->kept;
    const bool have_frame = kept.fbo && kept.width == width && kept.height == height;
    if (!unchanged || !have_frame) {
        kept.ensure(width, height, 0);
        RenderSettings offscreen = settings;
        offscreen.dest_x = 0;
        offscreen.dest_y = 0;
        draw(camera, width, height, kept.fbo.get(), offscreen);
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, kept.fbo.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
    blit_to(width, height, settings);
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
        throw InternalError("a region outside its frame or off the tile grid");
    // Tiles laid from the region's bottom-left corner, so each offset is a
    // multiple of the tile size, and so of kTileAlignment.
    const int tile = max_tile_size();
    RenderSettings part = settings;
    part.dest_x = 0;
    part.dest_y = 0;
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
