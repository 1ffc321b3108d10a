// dermaview_bench: the figures people compare between machines and changes,
// and the performance budgets of docs/performance.md, met or not. Every
// number comes from this one run; frame times are medians. The window and
// the 4K figure are timed as the dermaview program, started as a user would.
//   dermaview_bench [--body FILE] [--frames N] [--level 0|1|2]
// --level: frame times at that subdivision level only.
#include "bench_band_names.h"
#include "bench_child.h"
#include "bench_support.h"
#include "bench_compare.h"
#include "core/data_paths.h"
#include "core/error.h"
#include "model/body_model.h"
#include "model/map_lookup.h"
#include "model/map_slots.h"
#include "render/headless_context.h"
#include "render/renderer.h"

#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

using dv::bench::cpu_ms;
using dv::bench::median;
using dv::bench::Offscreen;

struct FrameTime {
    double wall_ms = 0.0; // median
    double cpu_ms = 0.0;  // median, over every thread
};

// Frame times of each of `variants`, drawing the body into an offscreen
// target of w x h and turning it a little each frame so nothing can be
// cached. The variants take turns frame by frame, so a machine that is
// busier in one second than the next slows them alike and their ratio holds.
std::vector<FrameTime> frame_ms(dv::Renderer& renderer, const dv::BodyMesh& body, int w, int h, int frames,
                                const std::vector<dv::RenderSettings>& variants) {
    dv::Camera cam = dv::frame_view(dv::StandardView::Anterior, body.bounds(), float(w) / float(h));
    Offscreen target(w, h);
    std::vector<std::vector<double>> wall(variants.size()), cpu(variants.size());
    for (int i = 0; i < frames + 2; ++i) {
        dv::orbit(cam, 360.0f / float(frames), 0.0f);
        for (std::size_t v = 0; v < variants.size(); ++v) {
            const auto t0 = Clock::now();
            const double c0 = cpu_ms();
            renderer.draw(cam, w, h, target.fbo, variants[v]);
            glFinish(); // the GL works asynchronously; time the work, not the queueing
            if (i >= 2) { // the first frames warm caches and allocate targets
                wall[v].push_back(ms_since(t0));
                cpu[v].push_back(cpu_ms() - c0);
            }
        }
    }
    std::vector<FrameTime> medians;
    for (std::size_t v = 0; v < variants.size(); ++v)
        medians.push_back({median(wall[v]), median(cpu[v])});
    return medians;
}

dv::RenderSettings shading(dv::DisplayMode mode, int samples) {
    dv::RenderSettings s;
    s.display = mode;
    s.msaa_samples = samples;
    return s;
}

// The program as a user starts it: the window's first frame (needs a display;
// tools/bench.sh provides Xvfb) and a 4K figure, end to end. Run first, while
// this process is small: a child started with vfork (posix_spawn) begins its
// peak-RSS count at its parent's, so later the bench's own memory would be
// reported as the child's. One untimed small render first warms the file and
// shader caches, as any run after the first finds them.
struct ProgramFigures {
    double gui_first_ms = -1.0, gui_rss = 0.0, figure_ms = -1.0, figure_rss = 0.0;
};
ProgramFigures measure_program(const std::vector<std::string>& body_args) {
    ProgramFigures f;
    const std::string program = (dv::running_executable().parent_path() / "dermaview").string();
    std::printf("  program                    %s\n", program.c_str());
    char scratch[] = "/tmp/dv-bench-XXXXXX";
    if (!mkdtemp(scratch))
        throw dv::Error("cannot create a scratch folder in /tmp");
    const std::string png = std::string(scratch) + "/figure.png";
    auto command = [&](std::vector<std::string> words) {
        words.insert(words.begin(), program);
        words.insert(words.end(), body_args.begin(), body_args.end());
        return words;
    };
    (void)dv::bench::run_child(command({"render", "--size", "64x64", "-o", png}));
    const char* x_display = std::getenv("DISPLAY");
    if (x_display && *x_display) {
        const dv::bench::ChildRun gui = dv::bench::run_child(
            command({"--frames", "1", "--size", "1280x800"}), {{"DERMAVIEW_REPORT_FIRST_FRAME", "1"}});
        const std::string mark = "first frame presented at monotonic ";
        const auto at = gui.err.find(mark);
        if (gui.exit_status == 0 && at != std::string::npos) {
            f.gui_first_ms = std::atof(gui.err.c_str() + at + mark.size()) - gui.started_ms;
            f.gui_rss = gui.peak_rss_mb;
            std::printf("  window: start to first frame %5.1f ms  (dermaview --frames 1 --size 1280x800, launch to the first\n"
                        "                             presented frame; %.0f ms to exit; peak RSS %.0f MB)\n",
                        f.gui_first_ms, gui.wall_ms, gui.peak_rss_mb);
        } else {
            std::printf("  window: FAILED (exit %d): %s\n", gui.exit_status, gui.err.c_str());
        }
    } else {
        std::printf("  window: start to first frame  skipped: no DISPLAY (tools/bench.sh runs this under xvfb-run)\n");
    }
    // The teaching figure: evidence map, T4 and T10 lit, legend and labels,
    // transparent, 3840x2160; the median of three whole runs.
    std::vector<double> figure_times;
    for (int run = 0; run < 3; ++run) {
        const dv::bench::ChildRun figure = dv::bench::run_child(
            command({"render", "--map", "evidence", "--levels", "T4,T10", "--view", "anterior", "--size", "3840x2160",
                     "--transparent", "--legend", "--labels", "-o", png}));
        if (figure.exit_status != 0) {
            std::printf("  4K figure: FAILED (exit %d): %s\n", figure.exit_status, figure.err.c_str());
            std::filesystem::remove_all(scratch);
            return f;
        }
        figure_times.push_back(figure.wall_ms);
        f.figure_rss = std::max(f.figure_rss, figure.peak_rss_mb);
    }
    std::filesystem::remove_all(scratch);
    f.figure_ms = median(figure_times);
    std::printf("  4K figure                  %8.1f ms  (render --map evidence --levels T4,T10 --size 3840x2160 --transparent\n"
                "                             --legend --labels: the whole process, median of 3; peak RSS %.0f MB)\n",
                f.figure_ms, f.figure_rss);
    return f;
}

// Medians of five, in ms.
struct StageTimes {
    double coordinates = 0.0, subdivision[3] = {0.0, 0.0, 0.0}, bake = 0.0, pack = 0.0;
};

// Each stage on a fresh model, so that nothing comes from its caches:
// coordinates, the three display levels, then the maps parsed and baked,
// then carried to the display tessellation (level 1) and packed into
// channels, as the window does on start and on every map edit.
StageTimes time_stages(const dv::BodyModel& model, const std::vector<std::filesystem::path>& maps) {
    std::vector<double> coordinate_times, subdivision_times[3], bake_times, pack_times;
    for (int i = 0; i < 5; ++i) {
        const dv::BodyModel fresh(model.body(), model.landmarks());
        auto t0 = Clock::now();
        (void)fresh.coordinates();
        coordinate_times.push_back(ms_since(t0));
        for (int level = 0; level < 3; ++level) {
            t0 = Clock::now();
            (void)fresh.display(level);
            subdivision_times[level].push_back(ms_since(t0));
        }
        t0 = Clock::now();
        std::vector<dv::MapHandle> baked;
        for (const auto& file : maps)
            baked.push_back(fresh.map(file));
        bake_times.push_back(ms_since(t0));
        t0 = Clock::now();
        for (const dv::MapHandle& m : baked)
            (void)fresh.packed(*m, 1);
        pack_times.push_back(ms_since(t0));
    }
    StageTimes t;
    t.coordinates = median(coordinate_times);
    for (int level = 0; level < 3; ++level)
        t.subdivision[level] = median(subdivision_times[level]);
    t.bake = median(bake_times);
    t.pack = median(pack_times);
    return t;
}

// Plain against dermatome shading, per subdivision level and window size,
// printed as measured; returns the ratios at the window's default smoothing.
std::vector<std::pair<std::string, double>> shading_ratios(const dv::BodyModel& model, dv::Renderer& renderer,
                                                           const std::vector<std::filesystem::path>& maps,
                                                           const std::vector<int>& levels, int frames) {
    const dv::BodyMesh& body = model.body();
    std::vector<std::pair<std::string, double>> default_ratios;
    for (int level : levels) {
        dv::MapSlots slots;
        if (!maps.empty())
            slots.show(model.map(maps.front()));
        slots.sync(renderer, model, level);
        for (auto [w, h] : {std::pair{1280, 720}, std::pair{1920, 1080}}) {
            if (maps.empty()) {
                const double plain = frame_ms(renderer, body, w, h, frames, {shading(dv::DisplayMode::Skin, 4)})[0].wall_ms;
                std::printf("  frame %4dx%-4d level %d    %8.1f ms  plain\n", w, h, level, plain);
                continue;
            }
            const std::vector<FrameTime> t =
                frame_ms(renderer, body, w, h, frames,
                         {shading(dv::DisplayMode::Skin, 4), shading(dv::DisplayMode::Dermatomes, 4),
                          shading(dv::DisplayMode::Skin, 0), shading(dv::DisplayMode::Dermatomes, 0)});
            std::printf("  frame %4dx%-4d level %d    %8.1f ms  plain, 4x MSAA (%.0f fps; %zu skin triangles; median of %d)\n",
                        w, h, level, t[0].wall_ms, 1000.0 / t[0].wall_ms, renderer.skin_triangle_count(), frames);
            std::printf("  %26s %8.1f ms  dermatomes, 4x MSAA (%.0f fps): %.2f x plain; processor time %.2f x plain\n", "",
                        t[1].wall_ms, 1000.0 / t[1].wall_ms, t[1].wall_ms / t[0].wall_ms, t[1].cpu_ms / t[0].cpu_ms);
            std::printf("  %26s %8.1f ms  plain while moving, no MSAA (%.0f fps)\n", "", t[2].wall_ms,
                        1000.0 / t[2].wall_ms);
            std::printf("  %26s %8.1f ms  dermatomes while moving, no MSAA (%.0f fps): %.2f x plain; processor time %.2f x plain\n",
                        "", t[3].wall_ms, 1000.0 / t[3].wall_ms, t[3].wall_ms / t[2].wall_ms, t[3].cpu_ms / t[2].cpu_ms);
            if (level == dv::kDefaultSubdivision) {
                const std::string size = std::to_string(w) + "x" + std::to_string(h);
                default_ratios.emplace_back(size + ", 4x MSAA", t[1].wall_ms / t[0].wall_ms);
                default_ratios.emplace_back(size + ", moving", t[3].wall_ms / t[2].wall_ms);
            }
        }
    }
    return default_ratios;
}

} // namespace

int main(int argc, char** argv) {
    std::string body_path = dv::default_body_path().string();
    int frames = 40;
    std::vector<int> levels{0, 1, 2};
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--body") && i + 1 < argc)
            body_path = argv[++i];
        else if (!std::strcmp(argv[i], "--frames") && i + 1 < argc)
            frames = std::max(5, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--level") && i + 1 < argc)
            levels = {std::clamp(std::atoi(argv[++i]), 0, 2)};
        else {
            std::fprintf(stderr, "usage: dermaview_bench [--body FILE] [--frames N] [--level 0|1|2]\n");
            return 2;
        }
    }
    try {
        std::printf("Dermaview benchmark\n");
        // The programs get --body only when it was given: with its default
        // they load the same body by themselves.
        const bool own_body = body_path != dv::default_body_path().string();
        const ProgramFigures program = measure_program(own_body ? std::vector<std::string>{"--body", body_path}
                                                                : std::vector<std::string>{});
        const double gui_first_ms = program.gui_first_ms, figure_ms = program.figure_ms;
        const double gui_rss = program.gui_rss, figure_rss = program.figure_rss;
        const std::filesystem::path data = dv::data_dir_for_executable(dv::running_executable());
        const auto start = Clock::now();
        const dv::BodyModel model = dv::BodyModel::load(body_path, "", data);
        const double first_import = ms_since(start);
        dv::HeadlessContext context;
        const double context_ms = ms_since(start) - first_import;
        dv::Renderer renderer(data / "shaders");
        renderer.set_body(model.display(dv::kDefaultSubdivision));
        const dv::BodyMesh& body = model.body();
        (void)renderer.render_image(dv::frame_view(dv::StandardView::Anterior, body.bounds(), 1280.0f / 720.0f), 1280, 720);
        const double first_frame = ms_since(start);

        const std::vector<std::filesystem::path> maps = dv::map_files(dv::maps_dir(data));
        const StageTimes stages = time_stages(model, maps);

        std::vector<double> imports;
        for (int i = 0; i < 5; ++i) {
            const auto t0 = Clock::now();
            (void)dv::import_body(body_path);
            imports.push_back(ms_since(t0));
        }

        std::printf("  GL                         %s | %s\n", context.info().renderer.c_str(), context.info().version.c_str());
        std::printf("  body                       %s: %zu vertices, %zu triangles drawn\n", body_path.c_str(),
                    body.skin.vertex_count(), body.skin.triangle_count());
        std::printf("  mesh import (median of 5)  %8.1f ms\n", median(imports));
        std::printf("  first headless frame       %8.1f ms  (body and landmarks %.1f, EGL context %.1f, shaders+upload+render+readback %.1f)\n",
                    first_frame, first_import, context_ms, first_frame - first_import - context_ms);
        std::printf("  body coordinates (median 5) %7.1f ms  (regions, along, around, spinal level)\n",
                    stages.coordinates);
        std::printf("  bake %zu maps               %7.1f ms  (parse, bake with overlap; median of 5)\n", maps.size(),
                    stages.bake);
        std::printf("  carry + pack %zu maps        %7.1f ms  (to the level 1 display mesh, into the shader's channels; median of 5)\n",
                    maps.size(), stages.pack);
        for (int level = 0; level < 3; ++level)
            std::printf("  subdivision level %d        %8.1f ms\n", level, stages.subdivision[level]);
        // Plain shading against dermatome shading of the same mesh, in this one
        // run: their ratio is the cost of the dermatomes.
        const auto default_ratios = shading_ratios(model, renderer, maps, levels, frames);
        const double band_ratio = maps.empty() ? -1.0 : dv::bench::band_name_ratio(model, renderer, maps.front());

        // Two maps side by side as the window draws them at 1280x800 (the
        // panel's 424 pixels left, the captions' and key's bands), against one.
        std::optional<dv::bench::CompareTimes> compare;
        if (maps.size() >= 2) {
            dv::MapSlots slots;
            slots.show(model.map(maps[0]));
            slots.compare_with(model.map(maps[1]));
            slots.sync(renderer, model, dv::kDefaultSubdivision);
            compare = dv::bench::compare_frame_times(renderer, body.bounds(), 1280, 800, 424, 58, 41, frames);
            std::printf("  side by side 1280x800      %8.1f ms  two maps while moving, against %.1f ms for one: %.2f x; "
                        "processor time %.2f x; at rest %.1f against %.1f ms\n",
                        compare->two_ms, compare->one_ms, compare->two_ms / compare->one_ms,
                        compare->two_cpu_ms / compare->one_cpu_ms, compare->two_still_ms, compare->one_still_ms);
        }

        const double bench_rss = dv::bench::self_peak_rss_mb();
        std::printf("  peak RSS of this benchmark %8.0f MB  (all three subdivision levels and both maps at once; not the app)\n",
                    bench_rss);

        // The budgets (docs/performance.md), each met or not, on this machine.
        std::printf("\nBudgets\n");
        auto verdict = [](bool measured, bool met) { return !measured ? "not measured" : met ? "met" : "NOT MET"; };
        std::printf("  first frame < 1000 ms      headless %.0f ms: %s; window %s: %s\n", first_frame,
                    verdict(true, first_frame < 1000.0), gui_first_ms < 0 ? "-" : (std::to_string(int(gui_first_ms)) + " ms").c_str(),
                    verdict(gui_first_ms >= 0, gui_first_ms < 1000.0));
        for (const auto& [size, ratio] : default_ratios)
            std::printf("  shading ratio <= 1.5       %s, subdivision %d: %.2f: %s\n", size.c_str(),
                        dv::kDefaultSubdivision, ratio, verdict(true, ratio <= 1.5));
        if (compare)
            std::printf("  side by side <= 1.3 x one  1280x800, while moving: %.2f: %s\n", compare->two_ms / compare->one_ms,
                        verdict(true, compare->two_ms <= 1.3 * compare->one_ms));
        std::printf("  4K figure < 2000 ms        %s: %s\n", figure_ms < 0 ? "-" : (std::to_string(int(figure_ms)) + " ms").c_str(),
                    verdict(figure_ms >= 0, figure_ms < 2000.0));
        std::printf("  band names <= 1.3 x        1600x1600 figure: %.2f: %s\n", band_ratio, verdict(band_ratio > 0, band_ratio <= 1.3));
        const double app_rss = std::max(gui_rss, figure_rss);
        std::printf("  peak memory < 400 MB       the app: %.0f MB (largest of window and 4K figure): %s\n", app_rss,
                    verdict(app_rss > 0.0, app_rss < 400.0));
        return 0;
    } catch (const dv::Error& e) {
        std::fprintf(stderr, "dermaview_bench: %s\n", e.what());
        return 2;
    }
}
