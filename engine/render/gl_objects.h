#pragma once
// Move-only owners for GL object names, so that every early return and every
// exception still deletes what was created. Internal to engine/render.
#include <glad/gl.h>

#include <utility>

namespace dv::gl {

template <void (*Delete)(GLuint)>
class Handle {
public:
    Handle() = default;
    explicit Handle(GLuint id) : id_(id) {}
    ~Handle() { reset(); }
    Handle(Handle&& o) noexcept : id_(std::exchange(o.id_, 0)) {}
    Handle& operator=(Handle&& o) noexcept {
        if (this != &o) {
            reset();
            id_ = std::exchange(o.id_, 0);
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    GLuint get() const { return id_; }
    explicit operator bool() const { return id_ != 0; }
    void reset() {
        if (id_)
            Delete(id_);
        id_ = 0;
    }

private:
    GLuint id_ = 0;
};

inline void delete_buffer(GLuint id) { glDeleteBuffers(1, &id); }
inline void delete_vertex_array(GLuint id) { glDeleteVertexArrays(1, &id); }
inline void delete_framebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
inline void delete_renderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
inline void delete_program(GLuint id) { glDeleteProgram(id); }
inline void delete_shader(GLuint id) { glDeleteShader(id); }

using Buffer = Handle<delete_buffer>;
using VertexArray = Handle<delete_vertex_array>;
using Framebuffer = Handle<delete_framebuffer>;
using Renderbuffer = Handle<delete_renderbuffer>;
using Program = Handle<delete_program>;
using Shader = Handle<delete_shader>;

inline Buffer make_buffer() { GLuint id = 0; glGenBuffers(1, &id); return Buffer(id); }
inline VertexArray make_vertex_array() { GLuint id = 0; glGenVertexArrays(1, &id); return VertexArray(id); }
inline Framebuffer make_framebuffer() { GLuint id = 0; glGenFramebuffers(1, &id); return Framebuffer(id); }
inline Renderbuffer make_renderbuffer() { GLuint id = 0; glGenRenderbuffers(1, &id); return Renderbuffer(id); }

} // namespace dv::gl
