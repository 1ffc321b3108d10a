#include "figure/teaching_labels.h"

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>

#include <algorithm>
#include <cctype>

namespace dv {

namespace {

struct Callout {
    const char* landmark;
    Side side;
    const char* text;
    const char* levels[2]; // the levels it marks: with levels lit, it is named only when one of them is
};
// The points a teacher names when drawing the trunk bands (reference §6).
constexpr Callout kCallouts[] = {
    {"nipple", Side::Left, "T4: nipple line", {"T4"}},
    {"xiphoid_process", Side::Midline, "T6: xiphoid", {"T6"}},
    {"umbilicus", Side::Midline, "T10: umbilicus", {"T10"}},
    {"inguinal_ligament_midpoint", Side::Left, "T12/L1: inguinal ligament", {"T12", "L1"}},
    {"spinous_process_C7", Side::Midline, "C7 spinous process", {"C7"}},
    {"spinous_process_T4", Side::Midline, "T4 spinous process (approx.)", {"T4"}},
    {"spinous_process_T10", Side::Midline, "T10 spinous process (approx.)", {"T10"}},
};

// A callout belongs on a full chart (nothing lit), or beside a lit level it
// marks; with C6-C8 lit on the hand, "T10: umbilicus" is clutter.
bool marks_lit_level(const Callout& c, const std::vector<std::string>& lit) {
    if (lit.empty())
        return true;
    for (const char* level : c.levels)
        if (level && std::find(lit.begin(), lit.end(), level) != lit.end())
            return true;
    return false;
}

} // namespace

bool seen_from(const Camera& camera, const SurfaceMesh& skin, const RayCaster& caster, glm::vec3 point,
               std::uint32_t vertex) {
    if (glm::dot(skin.normals[vertex], camera.eye() - point) <= 0.0f)
        return false;
    return caster.visible(camera.eye(), point, 0.01f);
}

std::vector<TeachingLabel> teaching_labels(const TeachingLabelQuery& q) {
    std::vector<TeachingLabel> out;
    // One label per point: T4's key point is the nipple, S4 and S5 share one.
    auto add = [&](const Landmark& l, std::string text) {
        if (std::any_of(out.begin(), out.end(), [&](const TeachingLabel& t) { return t.vertex == l.vertex; }))
            return true; // labelled already
        const glm::vec3 p = l.position_on(q.skin);
        const auto pixel = project_to_pixel(q.camera, q.width, q.height, p);
        // A point outside the picture (a close-up) is not named: its label
        // would be pushed to the edge, pointing at nothing in view.
        const bool inside = pixel && pixel->x >= 0.0f && pixel->y >= 0.0f && pixel->x <= float(q.width) &&
                            pixel->y <= float(q.height);
        if (!inside || !seen_from(q.camera, q.skin, q.caster, p, l.vertex))
            return false;
        out.push_back({p, *pixel, std::move(text), l.vertex});
        return true;
    };
    // Key points of the lit levels first; a teaching callout on the same
    // skin then gives way.
    for (const std::string& level : q.key_point_levels) {
        // S4 and S5 share the one ISNCSCI point S4-5.
        const std::string key = level == "S4" || level == "S5" ? "key_S4_5" : "key_" + level;
        for (Side side : {Side::Left, Side::Right}) {
            if ((side == Side::Left && !q.left) || (side == Side::Right && !q.right))
                continue;
            if (const Landmark* l = q.landmarks.find(key, side); l && add(*l, level + " key point"))
                break; // one label a level: the dot on the other side says the same
        }
    }
    if (q.callouts)
        for (const Callout& c : kCallouts) {
            if (!marks_lit_level(c, q.key_point_levels))
                continue;
            if (const Landmark* l = q.landmarks.find(c.landmark, c.side))
                add(*l, c.text);
        }
    return out;
}

std::string readable_landmark_name(std::string_view name) {
    std::string s(name);
    // The ISNCSCI points and the spinous processes are named by their level.
    if (s.starts_with("key_")) {
        std::string level = s.substr(4);
        std::replace(level.begin(), level.end(), '_', '-'); // key_S4_5: S4-5
        return level + " key point";
    }
    if (s.starts_with("spinous_process_"))
        return s.substr(16) + " spinous process";
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '_') {
            out += ' ';
        } else if (std::isdigit(static_cast<unsigned char>(c)) && i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]))) {
            out += ' ';
            out += c; // mtp1: MTP 1
        } else {
            out += c;
        }
    }
    // Joint abbreviations as anatomists write them.
    for (const char* abbreviation : {"mtp", "mcp"}) {
        const std::size_t at = out.find(abbreviation);
        if (at != std::string::npos && (at == 0 || out[at - 1] == ' '))
            for (std::size_t k = 0; k < 3; ++k)
                out[at + k] = char(std::toupper(static_cast<unsigned char>(out[at + k])));
    }
    if (!out.empty())
        out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

} // namespace dv
