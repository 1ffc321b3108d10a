#include "bench_band_names.h"

#include "figure/band_labels.h"
#include "figure/figure.h"
#include "model/map_slots.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

namespace dv::bench {

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
} // namespace

double band_name_ratio(const BodyModel& model, Renderer& renderer, const std::filesystem::path& map_file) {
    const FigureFonts fonts = load_figure_fonts();
    MapSlots slots;
    slots.show(model.map(map_file), false);
    slots.sync(renderer, model, kDefaultSubdivision);
    Scene scene;
    scene.width = scene.height = 1600;
    scene.overlays.legend = true;
    const FigureInputs in{model, &slots};
    scene.camera = figure_camera(scene, in, &fonts);
    (void)render_figure(renderer, scene, in, &fonts); // warm: the level pass's display skin and packed map
    std::vector<double> plain, named, plain_cpu, named_cpu, pass;
    for (int run = 0; run < 5; ++run)
        for (bool names : {false, true}) {
            scene.overlays.band_labels = names;
            const auto t0 = std::chrono::steady_clock::now();
            const std::clock_t c0 = std::clock(); // every thread of the process, llvmpipe's too
            (void)render_figure(renderer, scene, in, &fonts);
            (names ? named : plain).push_back(ms_since(t0));
            (names ? named_cpu : plain_cpu).push_back(1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC);
        }
    for (int run = 0; run < 5; ++run) {
        const auto t0 = std::chrono::steady_clock::now();
        BandLabelStyle style;
        style.width = [&](std::string_view text, float px) { return fonts.bold.width(text, px); };
        (void)band_labels_for_view(model, *slots.shown(), *scene.camera, 1600, 1600, {}, Palette::Standard, style, {});
        pass.push_back(ms_since(t0));
    }
    const double ratio = median(named) / median(plain);
    std::printf("  figure 1600x1600, legend   %8.1f ms; with band names %.1f ms: %.2f x; processor time %.2f x\n"
                "                             (level pass and placement alone %.1f ms; medians of 5, taking turns)\n",
                median(plain), median(named), ratio, median(named_cpu) / median(plain_cpu), median(pass));
    return ratio;
}

} // namespace dv::bench
