#include "render/render_target.h"

#include "core/error.h"

#include <string>

namespace dv {

void Target::ensure(int w, int h, int s, int colour_attachments) {
    if (fbo && w == width && h == height && s == samples && colour_attachments == colours)
        return;
    fbo = gl::make_framebuffer();
    depth = gl::make_renderbuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, fbo.get());
    const GLenum attachments[2] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
    for (int i = 0; i < 2; ++i) {
        color[std::size_t(i)].reset();
        if (i >= colour_attachments)
            continue;
        color[std::size_t(i)] = gl::make_renderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, color[std::size_t(i)].get());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_RGBA8, w, h);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, attachments[i], GL_RENDERBUFFER, color[std::size_t(i)].get());
    }
    glBindRenderbuffer(GL_RENDERBUFFER, depth.get());
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, s, GL_DEPTH_COMPONENT24, w, h);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth.get());
    glDrawBuffers(colour_attachments, attachments);
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE || glGetError() == GL_OUT_OF_MEMORY) {
        fbo.reset();
        throw Error("the GL could not allocate a " + std::to_string(w) + "x" + std::to_string(h) + " image with " +
                    std::to_string(s) + " samples; choose a smaller size");
    }
    width = w;
    height = h;
    samples = s;
    colours = colour_attachments;
}

} // namespace dv
