#pragma once
// What the benchmark's parts share: the median of runs, and a window-sized
// colour target standing in for the window's framebuffer.
#include <glad/gl.h>

#include <algorithm>
#include <vector>

namespace dv::bench {

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct Offscreen {
    GLuint fbo = 0, color = 0;
    Offscreen(int w, int h) {
        glGenFramebuffers(1, &fbo);
        glGenRenderbuffers(1, &color);
        glBindRenderbuffer(GL_RENDERBUFFER, color);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color);
    }
    ~Offscreen() {
        glDeleteFramebuffers(1, &fbo);
        glDeleteRenderbuffers(1, &color);
    }
    Offscreen(const Offscreen&) = delete;
    Offscreen& operator=(const Offscreen&) = delete;
};

} // namespace dv::bench
