#include "figure/band_labels.h"

#include "figure/teaching_labels.h"
#include "render/dermatome_palette.h"
#include "render/picking.h"
#include "render/skin_marks.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>

namespace dv {

namespace {

// What connects pixels: one level on one side of the body.
int key_at(const LevelImage& pass, std::size_t i) {
    return pass.level[i] ? int(pass.level[i]) * 2 + (pass.side[i] < 0 ? 1 : 0) : 0;
}

struct Piece {
    Level level = 0;
    int side = 1;
    std::vector<std::uint32_t> pixels;
    glm::vec2 centroid{0.0f}; // pass pixels
};

struct Pieces {
    std::vector<std::int32_t> id; // per pass pixel, -1: none
    std::vector<Piece> list;
};

// 4-connected pieces of one key.
Pieces find_pieces(const LevelImage& pass) {
    const int w = pass.width, h = pass.height;
    Pieces out{std::vector<std::int32_t>(pass.level.size(), -1), {}};
    std::vector<std::uint32_t> stack;
    for (std::size_t start = 0; start < pass.level.size(); ++start) {
        const int key = key_at(pass, start);
        if (!key || out.id[start] >= 0)
            continue;
        Piece piece{pass.level[start], pass.side[start] < 0 ? -1 : 1, {}, {}};
        const auto id = std::int32_t(out.list.size());
        out.id[start] = id;
        stack.assign(1, std::uint32_t(start));
        glm::dvec2 sum(0.0);
        while (!stack.empty()) {
            const std::uint32_t i = stack.back();
            stack.pop_back();
            piece.pixels.push_back(i);
            const int x = int(i % std::uint32_t(w)), y = int(i / std::uint32_t(w));
            sum += glm::dvec2(x + 0.5, y + 0.5);
            const std::array<std::array<int, 2>, 4> steps = {{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}};
            for (const auto& s : steps) {
                const int nx = x + s[0], ny = y + s[1];
                if (nx < 0 || ny < 0 || nx >= w || ny >= h)
                    continue;
                const std::size_t j = std::size_t(ny) * std::size_t(w) + std::size_t(nx);
                if (out.id[j] < 0 && key_at(pass, j) == key) {
                    out.id[j] = id;
                    stack.push_back(std::uint32_t(j));
                }
            }
        }
        piece.centroid = glm::vec2(sum / double(piece.pixels.size()));
        out.list.push_back(std::move(piece));
    }
    return out;
}

// Chamfer (3, 4) distance from each pixel to the nearest pixel of another
// group or the backdrop, in pass pixels.
std::vector<float> clearance(const std::vector<std::int32_t>& id, int w, int h) {
    constexpr float kFar = 1e9f;
    std::vector<float> d(id.size(), kFar);
    auto relax = [&](int x, int y, int dx, int dy, float cost) {
        const std::size_t i = std::size_t(y) * std::size_t(w) + std::size_t(x);
        const int nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) {
            d[i] = std::min(d[i], cost);
            return;
        }
        const std::size_t j = std::size_t(ny) * std::size_t(w) + std::size_t(nx);
        d[i] = std::min(d[i], id[j] == id[i] ? d[j] + cost : cost);
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            if (id[std::size_t(y) * std::size_t(w) + std::size_t(x)] < 0) {
                d[std::size_t(y) * std::size_t(w) + std::size_t(x)] = 0.0f;
                continue;
            }
            relax(x, y, -1, 0, 3.0f), relax(x, y, 0, -1, 3.0f), relax(x, y, -1, -1, 4.0f), relax(x, y, 1, -1, 4.0f);
        }
    for (int y = h - 1; y >= 0; --y)
        for (int x = w - 1; x >= 0; --x) {
            if (id[std::size_t(y) * std::size_t(w) + std::size_t(x)] < 0)
                continue;
            relax(x, y, 1, 0, 3.0f), relax(x, y, 0, 1, 3.0f), relax(x, y, 1, 1, 4.0f), relax(x, y, -1, 1, 4.0f);
        }
    for (float& v : d)
        v /= 3.0f;
    return d;
}

// The groups named once each: a level's two halves where they meet at the
// midline (the image's left half tried first), every other piece alone.
std::vector<std::vector<int>> name_groups(const LevelImage& pass, const Pieces& pieces) {
    const int w = pass.width, h = pass.height;
    std::vector<int> partner(pieces.list.size(), -1);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * std::size_t(w) + std::size_t(x);
            const int a = pieces.id[i];
            if (a < 0)
                continue;
            for (const std::size_t j : {x + 1 < w ? i + 1 : i, y + 1 < h ? i + std::size_t(w) : i}) {
                const int b = pieces.id[j];
                if (b >= 0 && b != a && pass.level[j] == pass.level[i] && partner[std::size_t(a)] < 0 &&
                    partner[std::size_t(b)] < 0) {
                    partner[std::size_t(a)] = b;
                    partner[std::size_t(b)] = a;
                }
            }
        }
    std::vector<std::vector<int>> groups;
    for (int a = 0; a < int(pieces.list.size()); ++a) {
        const int b = partner[std::size_t(a)];
        if (b < 0)
            groups.push_back({a});
        else if (a < b)
            groups.push_back(pieces.list[std::size_t(a)].centroid.x <= pieces.list[std::size_t(b)].centroid.x
                                 ? std::vector<int>{a, b}
                                 : std::vector<int>{b, a});
    }
    auto area = [&](const std::vector<int>& g) {
        std::size_t n = 0;
        for (int p : g)
            n += pieces.list[std::size_t(p)].pixels.size();
        return n;
    };
    std::stable_sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) { return area(a) > area(b); });
    return groups;
}

// Dark ink on light bands, light on dark, each with a halo of the other.
void choose_ink(BandLabel& label, Palette palette) {
    const bool light = level_lab(label.level, palette).L > 58.0;
    label.ink = light ? Rgba{18, 20, 26, 255} : Rgba{252, 252, 248, 255};
    label.halo = light ? Rgba{255, 255, 250, 200} : Rgba{12, 14, 18, 190};
}

struct Placement {
    FigureBox box; // the capitals alone, image pixels
    glm::vec2 centre;
};

// One name's candidates: the pixels of its group (both halves of a band
// that meets itself at the midline), and the point it would rather be near.
struct Group {
    std::int32_t id = 0;
    std::vector<std::uint32_t> pixels;
    glm::vec2 target{0.0f}; // pass pixels
};

// Share of the name's box that may fall off its band: the corners of a
// box on a slanting band (the Vs of the back), under the halo.
constexpr float kMayStickOut = 0.12f;

// Two names of one level closer than this many font sizes are one too many.
constexpr float kSameNameApart = 8.0f;

// Where the name's capitals (size, image pixels) fit inside the group,
// clear of `taken`: among the most interior such points, the one nearest
// the group's target.
std::optional<Placement> fit(const LevelImage& pass, const std::vector<std::int32_t>& gid, const std::vector<float>& room,
                             const Group& g, glm::vec2 size, float halo, const std::vector<FigureBox>& taken) {
    const float s = pass.scale;
    const float hw = 0.5f * size.x / s, hh = 0.5f * size.y / s; // pass pixels
    if (float(g.pixels.size()) < 4.0f * hw * hh)
        return std::nullopt;
    float best_room = 0.0f;
    std::vector<std::pair<float, glm::vec2>> fits; // room, centre in pass pixels
    for (std::uint32_t i : g.pixels) {
        if (room[i] < 0.75f * hh + 0.5f)
            continue;
        const glm::vec2 c(float(i % std::uint32_t(pass.width)) + 0.5f, float(i / std::uint32_t(pass.width)) + 0.5f);
        const int x0 = int(std::floor(c.x - hw)), x1 = int(std::floor(c.x + hw));
        const int y0 = int(std::floor(c.y - hh)), y1 = int(std::floor(c.y + hh));
        if (x0 < 0 || y0 < 0 || x1 >= pass.width || y1 >= pass.height)
            continue;
        int outside = 0;
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                outside += gid[std::size_t(y) * std::size_t(pass.width) + std::size_t(x)] != g.id;
        if (float(outside) > kMayStickOut * float((x1 - x0 + 1) * (y1 - y0 + 1)))
            continue;
        const FigureBox box{c.x * s - 0.5f * size.x - halo, c.y * s - 0.5f * size.y - halo,
                            c.x * s + 0.5f * size.x + halo, c.y * s + 0.5f * size.y + halo};
        if (std::any_of(taken.begin(), taken.end(), [&](const FigureBox& t) { return t.overlaps(box); }))
            continue;
        const float score = room[i] - float(outside) / float(x1 - x0 + 1); // a box wholly inside is deeper
        fits.emplace_back(score, c);
        best_room = std::max(best_room, score);
    }
    if (fits.empty())
        return std::nullopt;
    // Deep enough is deep enough: then as near the target as may be, so the
    // names of neighbouring bands line up as on a plate.
    const float enough = 0.75f * best_room;
    std::optional<glm::vec2> chosen;
    float nearest = std::numeric_limits<float>::max();
    for (const auto& [r, c] : fits) {
        const float d = glm::distance(c, g.target);
        if (r >= enough && d < nearest) {
            nearest = d;
            chosen = c;
        }
    }
    const glm::vec2 centre = *chosen * s;
    return Placement{{centre.x - 0.5f * size.x, centre.y - 0.5f * size.y, centre.x + 0.5f * size.x,
                      centre.y + 0.5f * size.y},
                     centre};
}

} // namespace

std::vector<BandLabel> place_band_labels(const LevelImage& pass, const BandLabelStyle& style, Palette palette,
                                         std::vector<FigureBox> keep_clear) {
    std::vector<BandLabel> out;
    if (pass.width <= 0 || !style.width)
        return out;
    const Pieces pieces = find_pieces(pass);
    // Each group's pixels share an id, so that a name may straddle the midline.
    std::vector<Group> groups;
    std::vector<std::int32_t> group_of_piece(pieces.list.size(), -1);
    for (const std::vector<int>& members : name_groups(pass, pieces)) {
        // A band that meets itself at the midline is named near the
        // midline (between its halves' middles: on the back, at the
        // spinous processes, where the plates point to the trunk levels).
        Group g{std::int32_t(groups.size()), {}, glm::vec2(0.0f)};
        for (int p : members)
            g.target += pieces.list[std::size_t(p)].centroid / float(members.size());
        for (int p : members) {
            group_of_piece[std::size_t(p)] = g.id;
            const auto& px = pieces.list[std::size_t(p)].pixels;
            g.pixels.insert(g.pixels.end(), px.begin(), px.end());
        }
        groups.push_back(std::move(g));
    }
    std::vector<std::int32_t> gid(pieces.id.size(), -1);
    for (std::size_t i = 0; i < gid.size(); ++i)
        if (pieces.id[i] >= 0)
            gid[i] = group_of_piece[std::size_t(pieces.id[i])];
    const std::vector<float> room = clearance(gid, pass.width, pass.height);
    const float gap = 0.35f * style.px; // between two names
    for (const Group& g : groups) {
        const Level level = pass.level[g.pixels.front()];
        const std::string text = level_name(level);
        std::optional<Placement> placed;
        float px = style.px;
        for (float f : {1.0f, style.smallest}) {
            px = style.px * f;
            placed = fit(pass, gid, room, g, glm::vec2(style.width(text, px), style.cap_height * px),
                         style.halo_px + gap, keep_clear);
            if (placed)
                break;
        }
        if (!placed)
            continue;
        // Pieces of one band a border's wiggle cut apart (the thumb and the
        // forearm) are named once: a second name nearby says nothing new.
        if (std::any_of(out.begin(), out.end(), [&](const BandLabel& l) {
                return l.level == level && glm::distance(l.centre, placed->centre) < kSameNameApart * style.px;
            }))
            continue;
        BandLabel label{level, text, placed->centre, px, placed->box, {}, {}};
        label.box = {label.box.x0 - style.halo_px, label.box.y0 - style.halo_px, label.box.x1 + style.halo_px,
                     label.box.y1 + style.halo_px};
        choose_ink(label, palette);
        keep_clear.push_back(label.box);
        out.push_back(std::move(label));
    }
    return out;
}

std::vector<BandLabel> band_labels_for_view(const BodyModel& model, const PreparedMap& map, const Camera& camera,
                                            int width, int height, const LevelSelection& selection, Palette palette,
                                            const BandLabelStyle& style, std::vector<FigureBox> keep_clear) {
    // The marks a teacher points at stay uncovered ("T4 through the nipples").
    for (const SkinMarkAnchor& a : kSkinMarkAnchors) {
        const Landmark* l = model.landmarks().find(std::string(a.landmark), a.side);
        if (!l)
            continue;
        const glm::vec3 p = l->position_on(model.body().skin);
        const auto at = project_to_pixel(camera, width, height, p);
        const auto rim = project_to_pixel(camera, width, height, p + camera.right() * a.radius_m);
        if (at && rim && seen_from(camera, model.body().skin, model.caster(), p, l->vertex)) {
            const float r = glm::distance(*at, *rim);
            keep_clear.push_back({at->x - r, at->y - r, at->x + r, at->y + r});
        }
    }
    constexpr int level = BodyModel::bake_level;
    const LevelImage pass = render_level_image({camera, width, height, model.display(level),
                                                model.packed(map, level).weights, model.display_fields(level).side,
                                                selection});
    return place_band_labels(pass, style, palette, std::move(keep_clear));
}

void add_band_labels(FigureLayout& layout, const std::vector<BandLabel>& labels, float cap_height) {
    for (const BandLabel& l : labels) {
        const float halo = 0.5f * ((l.box.y1 - l.box.y0) - cap_height * l.px); // the box is the capitals plus the halo
        FigureText t{l.box.x0 + halo, l.centre.y + 0.5f * cap_height * l.px, l.px, true, l.ink, l.text};
        t.halo = l.halo;
        t.halo_px = halo;
        layout.shapes.push_back(t);
        layout.occupied.push_back(l.box);
    }
}

} // namespace dv
