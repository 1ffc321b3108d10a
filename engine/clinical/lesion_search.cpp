#include "clinical/lesion_search.h"

#include "core/error.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cmath>
#include <string>
#include <cctype>
#include <cstdlib>
#include <map>

namespace dv {

namespace {

// A third of each triangle's area goes to each corner.
std::vector<float> vertex_areas(const DisplayMesh& display) {
    const auto& p = display.skin.mesh().positions;
    std::vector<float> area(p.size(), 0.0f);
    const auto& t = display.skin_triangles;
    for (std::size_t i = 0; i + 2 < t.size(); i += 3) {
        const float a = 0.5f * glm::length(glm::cross(p[t[i + 1]] - p[t[i]], p[t[i + 2]] - p[t[i]])) / 3.0f;
        for (int k = 0; k < 3; ++k)
            area[t[i + std::size_t(k)]] += a;
    }
    return area;
}

float left_part(float side) { return side > 0.0f ? 1.0f : side < 0.0f ? 0.0f : 0.5f; }

std::string percent(float x) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f %%", double(100.0f * x));
    return buf;
}

} // namespace

namespace {
std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(sep, start), text.size());
        std::string_view part = text.substr(start, end - start);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        if (!part.empty())
            out.push_back(part);
        start = end + 1;
    }
    return out;
}
} // namespace

std::vector<glm::vec3> landmark_patch_points(const LandmarkSet& landmarks, const SurfaceMesh& skin,
                                             std::string_view names) {
    std::vector<glm::vec3> out;
    for (std::string_view entry : split(names, ',')) {
        const std::size_t colon = entry.find(':');
        const std::string name(entry.substr(0, colon));
        const std::string side = colon == std::string_view::npos ? "" : std::string(entry.substr(colon + 1));
        if (!side.empty() && side != "left" && side != "right")
            throw Error("landmark '" + std::string(entry) + "': the side after ':' must be left or right");
        std::vector<const Landmark*> found;
        if (side.empty()) {
            if (const Landmark* m = landmarks.find(name, Side::Midline))
                found.push_back(m);
            for (Side s : {Side::Left, Side::Right})
                if (const Landmark* l = landmarks.find(name, s))
                    found.push_back(l);
        } else if (const Landmark* l = landmarks.find(name, side == "left" ? Side::Left : Side::Right)) {
            found.push_back(l);
        }
        if (found.empty())
            throw Error("no landmark '" + std::string(entry) + "'; 'dermaview landmarks' lists them (write name:left "
                        "or name:right for one side of a paired landmark)");
        for (const Landmark* l : found)
            out.push_back(l->position_on(skin));
    }
    if (out.empty())
        throw Error("no landmarks given: write names separated by commas, e.g. mtp2_dorsal:left,mtp3_dorsal:left");
    return out;
}

std::vector<glm::vec3> parse_patch_points(std::string_view text) {
    std::vector<glm::vec3> out;
    for (std::string_view entry : split(text, ';')) {
        const std::vector<std::string_view> xyz = split(entry, ',');
        glm::vec3 p(0.0f);
        bool ok = xyz.size() == 3;
        for (std::size_t k = 0; ok && k < 3; ++k) {
            // strtod, not std::from_chars: the browser build's C++ library
            // (libc++ 14) has no from_chars for floating point.
            const std::string word(xyz[k]);
            char* end = nullptr;
            p[int(k)] = float(std::strtod(word.c_str(), &end));
            ok = !word.empty() && !std::isspace(static_cast<unsigned char>(word[0])) &&
                 end == word.c_str() + word.size() && std::isfinite(p[int(k)]);
        }
        if (!ok)
            throw Error("point '" + std::string(entry) + "': expected x,y,z in metres (three numbers), points "
                        "separated by ';'");
        out.push_back(p);
    }
    if (out.empty())
        throw Error("no points given: write x,y,z in metres, points separated by ';'");
    return out;
}

std::vector<std::uint32_t> patch_around(const DisplayMesh& display, std::span<const glm::vec3> points, float radius) {
    const auto& p = display.skin.mesh().positions;
    std::vector<std::uint32_t> out;
    for (std::size_t v = 0; v < p.size(); ++v)
        if (std::any_of(points.begin(), points.end(), [&](glm::vec3 q) { return glm::distance(p[v], q) <= radius; }))
            out.push_back(std::uint32_t(v));
    return out;
}

PatchExplanation explain_patch(const DisplayMesh& display, std::span<const std::uint32_t> patch,
                               std::span<const PointWeights> weights, std::span<const float> side) {
    const std::vector<float> area = vertex_areas(display);
    if (weights.size() != area.size() || side.size() != area.size())
        throw InternalError("explain_patch: weights and sides are for another display skin");
    PatchExplanation out;
    if (patch.empty()) {
        out.verdict = "the patch covers no skin";
        return out;
    }
    // Per root and side: its supply inside the patch, and its dominant skin inside and in all.
    struct Tally {
        float supply = 0.0f, dominant_in = 0.0f, dominant_all = 0.0f;
    };
    std::map<std::pair<Level, int>, Tally> tally;
    std::vector<bool> in_patch(area.size(), false);
    float total = 0.0f;
    for (std::uint32_t v : patch) {
        in_patch[v] = true;
        total += area[v];
        out.left_share += area[v] * left_part(side[v]);
    }
    for (std::size_t v = 0; v < area.size(); ++v) {
        const float left = left_part(side[v]);
        for (int i = 0; i < weights[v].count; ++i) {
            const LevelWeight& e = weights[v].entries[std::size_t(i)];
            if (!is_spinal(e.level))
                continue;
            for (int s = 0; s < 2; ++s) {
                const float part = s == 0 ? left : 1.0f - left;
                if (part <= 0.0f)
                    continue;
                Tally& t = tally[{e.level, s}];
                if (in_patch[v])
                    t.supply += area[v] * part * e.weight;
                if (e.weight >= 0.5f) {
                    t.dominant_all += area[v] * part;
                    if (in_patch[v])
                        t.dominant_in += area[v] * part;
                }
            }
        }
    }
    for (const auto& [key, t] : tally) {
        if (t.supply <= 0.0f)
            continue;
        const float spill = t.dominant_all > 0.0f ? 1.0f - t.dominant_in / t.dominant_all : 0.0f;
        out.ranked.push_back({key.first, key.second == 0 ? BodySide::Left : BodySide::Right, t.supply / total, spill});
    }
    std::sort(out.ranked.begin(), out.ranked.end(), [](const RootCandidate& a, const RootCandidate& b) {
        return a.coverage != b.coverage ? a.coverage > b.coverage : a.spill < b.spill;
    });
    out.left_share /= total;
    out.right_share = 1.0f - out.left_share;
    out.patch_area_cm2 = total * 1e4f;
    const float best = out.ranked.empty() ? 0.0f : out.ranked.front().coverage;
    out.single_root = best >= kExplainedCoverage;
    if (out.single_root) {
        const RootCandidate& r = out.ranked.front();
        out.verdict = "explained by the " + std::string(body_side_name(r.side)) + " " + level_name(r.level) +
                      " root: it supplies " + percent(r.coverage) + " of the patch";
    } else if (std::min(out.left_share, out.right_share) >= 0.25f) {
        out.verdict = "no single root explains it: the patch lies on both sides (" + percent(out.left_share) +
                      " left) and the best root supplies only " + percent(best) +
                      "; symmetric distal loss (stocking-glove) points to a peripheral neuropathy, not a root";
    } else {
        out.verdict = "no single root explains it: the best root supplies only " + percent(best) +
                      " of the patch; several roots or a peripheral nerve may";
    }
    return out;
}

} // namespace dv
