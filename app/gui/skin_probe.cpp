#include "gui/skin_probe.h"

#include "model_options.h"
#include "render/picking.h"

#include <imgui.h>

#include <string>

namespace dv::app {

std::optional<ProbeResult> probe_under_mouse(const ProbeInput& in) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantCaptureMouse || ImGui::IsMouseDragging(ImGuiMouseButton_Left) ||
        ImGui::IsMouseDragging(ImGuiMouseButton_Right))
        return std::nullopt;
    const auto hit = pick(in.camera, int(io.DisplaySize.x), int(io.DisplaySize.y),
                          glm::vec2(io.MousePos.x, io.MousePos.y), in.caster);
    if (!hit)
        return std::nullopt;
    const std::uint32_t v = hit->nearest_vertex;
    const PointWeights& w = in.baked.weights[v];
    const Zone& zone = in.map.zones[std::size_t(in.baked.zone[v])];
    ImGui::BeginTooltip();
    ImGui::Text("%s", describe_weights(w).c_str());
    ImGui::TextDisabled("%s (%s)", std::string(region_name(in.coords.region[v])).c_str(),
                        std::string(side_name(in.coords.side[v])).c_str());
    ImGui::Text("Confidence: %s", std::string(confidence_name(zone.confidence)).c_str());
    if (!zone.note.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextDisabled("%s", zone.note.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::TextDisabled("Click: light up %s   Double-click: centre here", level_name(w.entries[0].level).c_str());
    ImGui::EndTooltip();
    return ProbeResult{*hit, w.entries[0].level};
}

} // namespace dv::app
