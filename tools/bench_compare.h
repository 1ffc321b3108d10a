#pragma once
// Two maps side by side against one map, as the window draws them: the
// frame times and their ratio, measured in one run (docs/performance.md).
#include "model/body_model.h"
#include "render/renderer.h"

namespace dv::bench {

struct CompareTimes {
    double one_ms = 0.0, two_ms = 0.0;          // while moving: every frame drawn
    double one_cpu_ms = 0.0, two_cpu_ms = 0.0;  // the same in processor time, all threads
    double one_still_ms = 0.0, two_still_ms = 0.0; // at rest: the kept frames shown again
};

// A window of w x h with the panel covering `inset` pixels on the left and
// bands of `top` and `bottom` pixels above and below the two bodies.
CompareTimes compare_frame_times(Renderer& renderer, const Bounds& body, int w, int h, int inset, int top, int bottom,
                                 int frames);

} // namespace dv::bench
