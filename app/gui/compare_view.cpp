#include "gui/compare_view.h"

#include "atlas/levels.h"

#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace dv::app {

namespace {
constexpr float kGap = 8.0f; // window units between a band and what it borders
const ImU32 kCard = IM_COL32(12, 14, 18, 190);
const ImU32 kInk = IM_COL32(245, 245, 240, 255);

// The colour key's cell: swatch, gap, a level's name, gap. A longer entry
// ("no consistent root") takes as many cells as it needs.
float cell_width(const LegendContent& key) {
    const float swatch = ImGui::GetTextLineHeight() * 0.8f;
    float cell = swatch + 40.0f;
    for (const LegendEntry& e : key.entries)
        if (e.text.size() <= 4)
            cell = std::max(cell, swatch + 6.0f + ImGui::CalcTextSize(e.text.c_str()).x + 14.0f);
    return cell;
}

// Where each entry of the key goes in a strip `width` wide: its column and
// row; the last element is the number of columns used and of rows.
std::vector<std::pair<int, int>> strip_places(const LegendContent& key, float width) {
    const float swatch = ImGui::GetTextLineHeight() * 0.8f, cell = cell_width(key);
    const int columns = std::max(1, int(width / cell));
    std::vector<std::pair<int, int>> at;
    int column = 0, row = 0, used = 0;
    for (const LegendEntry& e : key.entries) {
        const float need = swatch + 6.0f + ImGui::CalcTextSize(e.text.c_str()).x + 14.0f;
        const int span = std::min(columns, std::max(1, int(std::ceil(need / cell))));
        if (column + span > columns) {
            column = 0;
            ++row;
        }
        at.emplace_back(column, row);
        column += span;
        used = std::max(used, column);
    }
    at.emplace_back(used, key.entries.empty() ? 0 : row + 1);
    return at;
}

int strip_rows(const LegendContent& key, float width) { return strip_places(key, width).back().second; }

void swatch(ImDrawList* dl, ImVec2 a, float size, ImU32 fill, bool hatched) {
    const ImVec2 b(a.x + size, a.y + size);
    dl->AddRectFilled(a, b, fill, 2.0f);
    if (hatched) // the same diagonal hatching as the skin's blank zones
        for (float d = 3.0f; d < 2.0f * size; d += 3.5f)
            dl->AddLine(ImVec2(a.x + std::max(0.0f, d - size), a.y + std::min(d, size)),
                        ImVec2(a.x + std::min(d, size), a.y + std::max(0.0f, d - size)), IM_COL32(40, 40, 40, 220));
    dl->AddRect(a, b, IM_COL32(0, 0, 0, 160), 2.0f);
}

std::string answer_of(const PreparedMap& m, std::uint32_t v) {
    if (v >= m.baked.weights.size())
        return "?";
    return level_name(m.baked.weights[v].entries[0].level);
}
} // namespace

ScreenRect ViewPart::screen(float scale, int fb_height) const {
    const float s = std::max(scale, 1e-3f);
    return {float(x) / s, float(fb_height - y - height) / s, float(x + width) / s, float(fb_height - y) / s};
}

CompareBands compare_bands(const std::optional<LegendContent>& key, float free_width) {
    const float line = ImGui::GetTextLineHeightWithSpacing();
    CompareBands b;
    b.top = 2.0f * line + 2.0f * kGap; // a title of up to two lines
    if (key)
        b.bottom = float(strip_rows(*key, free_width - 24.0f)) * (line + 4.0f) + 2.0f * kGap + 4.0f;
    return b;
}

std::vector<ViewPart> side_by_side_parts(const Camera& window_camera, const Bounds& body, int inset, int fb_w,
                                         int fb_h, float scale, const CompareBands& bands, const WindowMaps& maps) {
    inset = std::clamp(inset, 0, fb_w / 2);
    const int half = std::max(1, (fb_w - inset) / 2);
    const int bottom = int(std::lround(bands.bottom * scale));
    const int height = std::max(1, fb_h - bottom - int(std::lround(bands.top * scale)));
    // The distance that fits the body to the free part, and to a half, at
    // the window camera's angles: their ratio carries the user's zoom over.
    const float free_w = float(std::max(fb_w - inset, 1));
    Camera probe = window_camera;
    probe.target = body.center();
    fit_distance(probe, body, free_w / float(std::max(fb_h, 1)));
    const float whole = probe.distance;
    fit_distance(probe, body, float(half) / float(height));
    Camera camera = window_camera;
    camera.shift_x = 0.0f;
    camera.distance *= probe.distance / std::max(whole, 1e-6f);
    const MapSlots& slots = maps.slots();
    return {{camera, inset, bottom, half, height, maps.current(), slots.mix_shown()},
            {camera, inset + half, bottom, half, height, maps.compared(), slots.mix_compared()}};
}

void clear_outside(const std::vector<ViewPart>& parts, int fb_w, int fb_h) {
    if (parts.empty())
        return;
    // The backdrop's top tone (shaders/background.frag), which the views'
    // own backdrops reach at their top edge: the caption band joins them.
    glClearColor(0.235f, 0.259f, 0.298f, 1.0f);
    glEnable(GL_SCISSOR_TEST);
    auto clear = [](int x, int y, int w, int h) {
        if (w <= 0 || h <= 0)
            return;
        glScissor(x, y, w, h);
        glClear(GL_COLOR_BUFFER_BIT);
    };
    const ViewPart& first = parts.front();
    const ViewPart& last = parts.back();
    clear(0, 0, first.x, fb_h);                                  // under the panel
    clear(first.x, first.y + first.height, fb_w - first.x, fb_h); // the caption band
    clear(first.x, 0, fb_w - first.x, first.y);                  // the key's strip
    clear(last.x + last.width, 0, fb_w - last.x - last.width, fb_h); // an odd pixel at the right
    glDisable(GL_SCISSOR_TEST);
}

unsigned ComparisonFrame::target(int w, int h) {
    if (!holds(w, h)) {
        fbo_ = gl::make_framebuffer();
        color_ = gl::make_renderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, color_.get());
        glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, w, h);
        glBindFramebuffer(GL_FRAMEBUFFER, fbo_.get());
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, color_.get());
        w_ = w;
        h_ = h;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, fbo_.get());
    return fbo_.get();
}

void ComparisonFrame::show() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, w_, h_, 0, 0, w_, h_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

std::vector<ScreenRect> draw_half_captions(const std::vector<ViewPart>& parts, float scale, int fb_h) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    std::vector<ScreenRect> boxes;
    for (const ViewPart& p : parts) {
        if (!p.map)
            continue;
        const ScreenRect view = p.screen(scale, fb_h);
        const float room = std::max(80.0f, view.x1 - view.x0 - 24.0f);
        const std::string& title = p.map->map.title;
        const ImVec2 size = ImGui::CalcTextSize(title.c_str(), nullptr, false, room);
        const ImVec2 at(0.5f * (view.x0 + view.x1) - 0.5f * size.x, kGap);
        const ScreenRect box{at.x - 6, at.y - 4, at.x + size.x + 6, at.y + size.y + 4};
        dl->AddRectFilled(ImVec2(box.x0, box.y0), ImVec2(box.x1, box.y1), kCard, 4.0f);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, kInk, title.c_str(), nullptr, room);
        boxes.push_back(box);
    }
    return boxes;
}

ScreenRect draw_legend_strip(const LegendContent& key, const ScreenRect& area) {
    if (key.entries.empty())
        return {};
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float line = ImGui::GetTextLineHeight(), row_h = ImGui::GetTextLineHeightWithSpacing() + 4.0f;
    const float size = line * 0.8f, cell = cell_width(key);
    const auto places = strip_places(key, area.x1 - area.x0 - 24.0f);
    const float used = cell * float(places.back().first), rows = float(places.back().second);
    const float x0 = 0.5f * (area.x0 + area.x1 - used), y0 = area.y1 - kGap - rows * row_h;
    const ScreenRect box{x0 - 6.0f, y0 - 4.0f, x0 + used, area.y1 - kGap + 2.0f};
    dl->AddRectFilled(ImVec2(box.x0, box.y0), ImVec2(box.x1, box.y1), kCard, 4.0f);
    for (std::size_t i = 0; i < key.entries.size(); ++i) {
        const LegendEntry& e = key.entries[i];
        const float x = x0 + cell * float(places[i].first), y = y0 + row_h * float(places[i].second);
        swatch(dl, ImVec2(x, y + (line - size) * 0.5f), size, IM_COL32(e.swatch.r, e.swatch.g, e.swatch.b, 255),
               e.hatched);
        dl->AddText(ImVec2(x + size + 6.0f, y), kInk, e.text.c_str());
    }
    return box;
}

std::string short_map_name(const std::string& title) {
    std::string word = title.substr(0, title.find(' '));
    while (!word.empty() && !std::isalnum(static_cast<unsigned char>(word.back())))
        word.pop_back();
    std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return word.empty() ? title : word;
}

std::string two_map_answer(const PreparedMap& a, const PreparedMap& b, std::uint32_t v) {
    return short_map_name(a.map.title) + ": " + answer_of(a, v) + " \xC2\xB7 " + short_map_name(b.map.title) + ": " +
           answer_of(b, v);
}

} // namespace dv::app
