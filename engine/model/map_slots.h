#pragma once
// Which maps are on screen, and the renderer kept in step with them.
//
// A view shows one map, the scene's ("shown"). When it changes (another map
// chosen, or its file edited and baked again), the one shown before stays
// as the cross-fade partner until the fade is done. A comparison (side by
// side, or differences) adds a second map ("compared"), independent of the
// first. The renderer holds two maps at once; which of its two slots holds
// which map is this value's business alone: hosts and figures ask for the
// mix that shows the scene's map or the compared one, never for a slot.
//
//   MapSlots slots;
//   slots.show(model.map(file));                // the scene's map
//   slots.compare_with(model.map(other));       // or nullptr: no comparison
//   slots.sync(renderer, model, level);         // uploads what changed
//   settings.map_mix = slots.mix_now();         // mid-fade in a window
//   settings.map_mix = slots.mix_shown();       // a figure: the scene's map alone
//   slots.advance(seconds);                     // once per window frame
#include "model/body_model.h"
#include "model/prepared_map.h"
#include "render/renderer.h"

#include <array>
#include <cstdint>

namespace dv {

class MapSlots {
public:
    static constexpr float kFadeSeconds = 0.5f;

    // Shows `map` as the scene's map. With `fade`, and a different map shown
    // before and no comparison on, that map becomes the cross-fade partner
    // and the fade starts from it; otherwise the new map replaces it at once.
    // The same snapshot again changes nothing.
    void show(MapHandle map, bool fade = true);
    // The map to compare with (nullptr: none). A comparison needs both of
    // the renderer's slots, so it ends any fade.
    void compare_with(MapHandle map);
    // Moves the fade on by `seconds`; at the end the partner is let go.
    void advance(float seconds);

    const MapHandle& shown() const { return shown_; }
    const MapHandle& partner() const { return partner_; } // null unless fading
    const MapHandle& compared() const { return compared_; }
    bool fading() const { return partner_ != nullptr; }
    float fade() const { return fade_; } // 0: all partner .. 1: all shown

    // Makes `renderer` draw `model` at display `level` with these maps:
    // uploads the body (with its display fields when `display_fields`) unless
    // the renderer already holds the one this call uploaded last time (same
    // Renderer::body_id, model and level), each map not already in its slot,
    // and the maps' disagreement while comparing. Cheap when nothing
    // changed, so a window calls it every frame.
    void sync(Renderer& renderer, const BodyModel& model, int level, bool display_fields = true);

    // RenderSettings::map_mix for: the frame now (mid-fade in a window), the
    // scene's map alone (figures, the left of side by side), the compared map
    // alone (the right of side by side). Valid after sync().
    float mix_now() const;
    float mix_shown() const { return float(shown_slot_); }
    float mix_compared() const { return float(1 - shown_slot_); }

private:
    MapHandle shown_, partner_, compared_;
    float fade_ = 1.0f;
    int shown_slot_ = 0; // the renderer slot for shown_; the other takes partner_ or compared_

    // What the renderer was last given, to upload only what changed. The
    // handles keep their snapshots alive, so a new snapshot never reuses an
    // uploaded one's address.
    std::uint64_t body_id_ = 0; // Renderer::body_id() of the body uploaded here
    const BodyModel* model_ = nullptr;
    int level_ = -1;
    bool fields_ = false;
    std::array<MapHandle, 2> uploaded_;
    std::array<MapHandle, 2> disagreement_of_; // the pair whose disagreement was uploaded
};

} // namespace dv
