#include "model/map_slots.h"

#include <algorithm>

namespace dv {

void MapSlots::show(MapHandle map, bool fade) {
    if (map == shown_)
        return;
    if (fade && shown_ && map && !compared_) {
        // The old map stays in its slot; the new one goes into the other.
        partner_ = shown_;
        shown_slot_ = 1 - shown_slot_;
        fade_ = 0.0f;
    } else {
        partner_ = nullptr;
        fade_ = 1.0f;
    }
    shown_ = std::move(map);
}

void MapSlots::compare_with(MapHandle map) {
    compared_ = std::move(map);
    if (compared_) {
        partner_ = nullptr;
        fade_ = 1.0f;
    }
}

void MapSlots::advance(float seconds) {
    if (!partner_)
        return;
    fade_ = std::min(1.0f, fade_ + seconds / kFadeSeconds);
    if (fade_ >= 1.0f)
        partner_ = nullptr;
}

float MapSlots::mix_now() const {
    // Slot 0 alone is mix 0, slot 1 alone is mix 1; a fade runs from the partner's slot to the shown one's.
    return shown_slot_ == 1 ? fade_ : 1.0f - fade_;
}

void MapSlots::sync(Renderer& renderer, const BodyModel& model, int level, bool display_fields) {
    if (renderer.body_id() != body_id_ || &model != model_ || level != level_ || (display_fields && !fields_)) {
        renderer.set_body(model.display(level), display_fields ? &model.display_fields(level) : nullptr,
                          &model.skin_marks(level), &model.trigeminal(level));
        body_id_ = renderer.body_id();
        model_ = &model;
        level_ = level;
        fields_ = display_fields;
        uploaded_ = {};
        disagreement_of_ = {};
    }
    std::array<MapHandle, 2> wanted;
    wanted[std::size_t(shown_slot_)] = shown_;
    wanted[std::size_t(1 - shown_slot_)] = compared_ ? compared_ : partner_;
    for (std::size_t slot = 0; slot < 2; ++slot)
        if (wanted[slot] && wanted[slot] != uploaded_[slot]) {
            // A slot nobody wants keeps its old map: switching back to it is then free.
            renderer.set_map(int(slot), model.packed(*wanted[slot], level).packing);
            uploaded_[slot] = wanted[slot];
        }
    if (compared_ && shown_ && (disagreement_of_[0] != shown_ || disagreement_of_[1] != compared_)) {
        renderer.set_disagreement(map_disagreement(model.packed(*shown_, level), model.packed(*compared_, level)));
        disagreement_of_ = {shown_, compared_};
    }
}

} // namespace dv
