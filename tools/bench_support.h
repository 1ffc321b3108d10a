#pragma once
// What the benchmark's parts share: the median of runs, the processor time, and a window-sized
// colour target standing in for the window's framebuffer.
#include <glad/gl.h>

#include <algorithm>
#include <ctime>
#include <vector>

namespace dv::bench {

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

// Processor time of this process and all its threads (llvmpipe rasterises
// on worker threads): unlike the wall clock it barely moves when other
// programs compete for the cores, so ratios measured with it are steadier.
inline double cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
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
