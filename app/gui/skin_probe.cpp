#include "gui/skin_probe.h"

#include "gui/compare_view.h"
#include "model_options.h"
#include "render/picking.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace dv::app {

std::string readable_region_name(Region r) {
    switch (r) {
    case Region::HandPalm: return "palm of the hand";
    case Region::HandDorsum: return "back of the hand";
    case Region::FootDorsum: return "top of the foot";
    case Region::Sole: return "sole of the foot";
    case Region::Leg: return "lower leg";
    default: break;
    }
    std::string name(region_name(r)); // "index_finger": "index finger"
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
}

std::optional<ProbeResult> probe_under_mouse(const ProbeInput& in) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantCaptureMouse || ImGui::IsMouseDragging(ImGuiMouseButton_Left) ||
        ImGui::IsMouseDragging(ImGuiMouseButton_Right))
        return std::nullopt;
    const float width = in.view_width > 0.0f ? in.view_width : io.DisplaySize.x;
    const float height = in.view_height > 0.0f ? in.view_height : io.DisplaySize.y;
    if (io.MousePos.x < in.view_x || io.MousePos.x >= in.view_x + width || io.MousePos.y < in.view_y ||
        io.MousePos.y >= in.view_y + height)
        return std::nullopt;
    const auto hit = pick(in.camera, int(width), int(height),
                          glm::vec2(io.MousePos.x - in.view_x, io.MousePos.y - in.view_y), in.caster);
    if (!hit)
        return std::nullopt;
    const std::uint32_t v = hit->nearest_vertex;
    const PointWeights& w = in.baked.weights[v];
    const Zone& zone = in.map.zones[std::size_t(in.baked.zone[v])];
    const Level strongest = w.entries[0].level;
    const std::string both = in.first && in.second ? two_map_answer(*in.first, *in.second, v) : std::string();
    const std::string roots = both.empty() ? describe_weights(w) : both + "\n" + short_map_name(in.map.title) + " in detail: " + describe_weights(w);
    const std::string cranial = describe_division(
        division_at(in.trigeminal, in.coords.region[v], in.coords.along[v], in.coords.around_deg[v]));
    const std::string where = readable_region_name(in.coords.region[v]) + " (" +
                              std::string(side_name(in.coords.side[v])) + ")";
    const std::string confidence = "Confidence: " + std::string(confidence_name(zone.confidence));
    // Blank skin has no root to light: say so rather than offer a click that does nothing.
    const std::string click = is_spinal(strongest)
                                  ? "Click: light up " + level_name(strongest) + "   Double-click: centre here"
                                  : "No root to light here   Double-click: centre here";
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(roots.c_str());
    if (!cranial.empty())
        ImGui::TextUnformatted(cranial.c_str());
    ImGui::TextDisabled("%s", where.c_str());
    ImGui::TextUnformatted(confidence.c_str());
    if (!zone.note.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextDisabled("%s", zone.note.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::TextDisabled("%s", click.c_str());
    ImGui::EndTooltip();
    std::string text = roots + "\n" + (cranial.empty() ? "" : cranial + "\n") + where + "\n" + confidence + "\n";
    if (!zone.note.empty())
        text += zone.note + "\n";
    return ProbeResult{*hit, strongest, text + click};
}

} // namespace dv::app
