#version 330 core
// A studio portrait light for a sculpture-like body: a soft key from the upper
// left, a cooler fill from the right, a rim from behind that separates the
// silhouette from the backdrop, and sky/ground ambient. Lights are fixed to
// the camera so every view is lit the same way. Lighting is computed in linear
// space and written as sRGB.
#define HAS(feature) ((FEATURES & (feature)) != 0)
// Built once per variant (FEATURES, see body.vert), so that each view pays
// only for what it shows: plain skin with no features, the anatomy views,
// the dermatomes with their optional refinements.
in vec3 v_position_view;
in vec3 v_normal_view;
in float v_skin_mark;   // nipples and umbilicus, 0..1 (render/skin_marks.h)
uniform float u_skin_marks; // 1 shows them (RenderSettings::skin_marks), 0 hides them
in vec3 v_trigeminal;          // V1, V2, V3 weights (atlas/trigeminal.h)
uniform float u_trigeminal;    // 1 draws the trigeminal layer (RenderSettings::trigeminal)
uniform vec3 u_trigeminal_colors[3]; // linear, render/trigeminal_style.h
#if HAS(FEATURE_ANATOMY)
in vec3 v_region_color;  // linear
in vec4 v_coordinates;   // along, cos and sin of the angle around the limb, spinal level; premultiplied by validity
in vec3 v_validity;      // how much of this point's neighbourhood has each value (0..1)
// DISPLAY_REGIONS .. DISPLAY_SPINAL_LEVEL: the diagnostic views of the
// body's anatomy (DisplayMode in render/skin_display.h).
uniform int u_display_mode;
#endif

uniform vec3 u_albedo;   // linear
uniform vec3 u_up_view;  // world up, in view space
#if HAS(FEATURE_DERMATOMES)
// One map, or two drawn at once for side by side (body.vert): map m's
// values are element m of each array, channels 2m and 2m + 1.
#if HAS(FEATURE_TWO_MAPS)
#define MAPS 2
#else
#define MAPS 1
#endif
in vec4 v_blend[MAPS];  // rgb: sum of weight x colour, a: total weight
#if HAS(FEATURE_BLANKS)
in float v_blank[MAPS]; // weight of "no consistent root"
#endif
in vec4 v_channel_weights[2 * MAPS];    // per channel (render/dermatome_channels.h)
flat in uvec2 v_channel_slots[MAPS];    // each channel's palette slot over the triangle, a byte each
#if HAS(FEATURE_PATTERNS)
uniform uint u_pattern[PALETTE_SLOTS];  // each slot's LevelPattern (the colour-blind palette)
#endif
#if HAS(FEATURE_SELECTION)
in vec4 v_chosen_left[MAPS], v_chosen_right[MAPS], v_chosen_either[MAPS]; // the selected levels' colour sums and weights
flat in uint v_chosen_channels[MAPS]; // which channels are selected: left, right, either (body.vert)
in float v_side;                       // > 0 the body's left
uniform int u_emphasis;                // EMPHASIS_DIM or EMPHASIS_GLOW
#endif
#if HAS(FEATURE_DIFFERENCES)
in float v_disagreement;
#endif
#endif
// Screen-space patterns are drawn in the pixels of the whole frame, so that
// a frame drawn in tiles matches one drawn whole: this draw's bottom-left
// corner in the frame, and the frame's size against 1080 pixels high
// (x; y: its inverse, so that no fragment divides), so that stripes keep
// their size relative to the figure.
#if HAS(FRAME_SCALED_FEATURES)
uniform vec2 u_pattern_scale;
#endif
#if HAS(SCREEN_PATTERN_FEATURES)
uniform vec2 u_frame_origin;

// Antialiased stripes: the share of a one-pixel-wide box around the pixel
// that falls on the "on" part (the first `duty` of each period) of stripes
// along (slope, 1) with the given period in 1080p pixels. The
// box integral of a square wave is exact, so stripes stay crisp where they
// are wide and fade to their average where they would alias.
float stripes(float slope, float period_1080p, float duty) {
    vec2 p = gl_FragCoord.xy + u_frame_origin;
    float across = length(vec2(1.0, slope));                       // how fast x - slope * y grows across the stripes
    float periods_per_pixel = u_pattern_scale.y * (1.0 / period_1080p);
    float u = (p.x - slope * p.y) * periods_per_pixel;             // in periods, across the stripes
    float width = across * periods_per_pixel;                      // one pixel across the stripes, in periods
    // The square wave's integral, from the start of the period of u - width/2.
    float a = fract(u - 0.5 * width);
    float b = a + width;
    float on_a = min(a, duty);
    float on_b = floor(b) * duty + min(fract(b), duty);
    return (on_b - on_a) * (u_pattern_scale.x * (period_1080p / across));
}
#endif
#if HAS(FEATURE_SENSORY)
// An exam's or a lesion's paint (clinical/sensory_paint.h): per modality the
// shares of altered, absent and not testable skin; normal skin untinted.
in vec3 v_sensory_touch;
in vec3 v_sensory_pain;
uniform vec3 u_sensory_colours[3]; // linear: altered, absent, not testable (render/sensory_colours.h)
uniform int u_sensory_modality;    // SENSORY_LIGHT_TOUCH, SENSORY_PIN_PRICK or SENSORY_BOTH

// One modality's paint over the skin colour. Absent skin carries dark
// stripes and not testable skin lighter ones the other way, so neither
// rests on hue alone; `patterned` 0 leaves them out where the two
// modalities already share the skin in stripes.
vec3 sensory_tint(vec3 shares, float patterned) {
    vec3 s = clamp(shares, 0.0, 1.0);
    float normal = max(1.0 - s.x - s.y - s.z, 0.0);
    vec3 absent = u_sensory_colours[1] * (1.0 - 0.55 * patterned * stripes(1.0, 9.0, 0.3));
    vec3 untestable = u_sensory_colours[2] * (1.0 - 0.4 * patterned * stripes(-1.0, 7.0, 0.5));
    return (normal * u_albedo + s.x * u_sensory_colours[0] + s.y * absent + s.z * untestable) /
           max(normal + s.x + s.y + s.z, 1e-4);
}

vec3 sensory_albedo() {
    if (u_sensory_modality == SENSORY_LIGHT_TOUCH)
        return sensory_tint(v_sensory_touch, 1.0);
    if (u_sensory_modality == SENSORY_PIN_PRICK)
        return sensory_tint(v_sensory_pain, 1.0);
    // Both: light touch in rising stripes, pin prick in falling ones, so a
    // loss of one shows as stripes of its direction and a loss of both as a
    // crosshatch that leaves little skin between.
    // Where the stripes cross, the modality with more loss shows, so each
    // keeps whole stripes of its own direction.
    float touch = stripes(1.0, 16.0, 0.5), pain = stripes(-1.0, 16.0, 0.5);
    float touch_loss = dot(clamp(v_sensory_touch, 0.0, 1.0), vec3(1.0));
    float pain_loss = dot(clamp(v_sensory_pain, 0.0, 1.0), vec3(1.0));
    float touch_wins = smoothstep(-0.05, 0.05, touch_loss - pain_loss);
    float touch_share = touch * (1.0 - pain) + touch * pain * touch_wins;
    float pain_share = pain * (1.0 - touch) + touch * pain * (1.0 - touch_wins);
    return u_albedo * (1.0 - touch_share - pain_share) + sensory_tint(v_sensory_touch, 0.0) * touch_share +
           sensory_tint(v_sensory_pain, 0.0) * pain_share;
}
#endif

#if HAS(FEATURE_DERMATOMES)
#if HAS(FEATURE_PATTERNS)
// Antialiased dots on a square grid of the given period in 1080p pixels,
// each a `radius` share of the period: the share of the pixel they cover.
float dots(float period_1080p, float radius) {
    float period = period_1080p * u_pattern_scale.x; // in pixels
    vec2 q = fract((gl_FragCoord.xy + u_frame_origin) / period) - 0.5;
    return 1.0 - smoothstep(radius * period - 0.5, radius * period + 0.5, length(q) * period);
}

// The colour-blind palette's texture on a level's colour: marks that darken
// a light colour or lighten a dark one, so levels that share a colour are
// told apart by pattern (docs/palette.md). The legends draw the same
// (figure/legend_pattern.h); the periods below are theirs too.
vec3 patterned(vec3 colour, uint pattern) {
    if (pattern == uint(PATTERN_SOLID))
        return colour;
    float luminance = dot(colour, vec3(0.2126, 0.7152, 0.0722));
    vec3 mark = luminance > 0.18 ? colour * 0.40 : mix(colour, vec3(1.0), 0.45);
    float on;
    if (pattern == uint(PATTERN_STRIPES_RISING))
        on = stripes(1.0, 9.0, 0.4);
    else if (pattern == uint(PATTERN_STRIPES_FALLING))
        on = stripes(-1.0, 9.0, 0.4);
    else if (pattern == uint(PATTERN_CROSSHATCH))
        on = max(stripes(1.0, 9.0, 0.25), stripes(-1.0, 9.0, 0.25));
    else
        on = dots(7.0, 0.25);
    return mix(colour, mark, on);
}
#endif

float channel(vec4 lo, vec4 hi, int k) { return k < 4 ? lo[k] : hi[k - 4]; }
// Channel k's weight in map m.
float weight(int m, int k) { return channel(v_channel_weights[2 * m], v_channel_weights[2 * m + 1], k); }
// The palette slot channel k holds over this triangle in map m.
uint slot_of(int m, int k) {
    uvec2 slots = v_channel_slots[m];
    return ((k < 4 ? slots.x : slots.y) >> uint(8 * (k & 3))) & 255u;
}
vec3 channel_colour(int m, int k) { return palette_colour(slot_of(m, k)); }

// Flat bands with a narrow blend (docs/shading.md): the baked weights ramp
// over kBorderRampM either side of a border (atlas/border_ramp.h), so the
// share of the stronger of two levels, pushed out by SHARPEN_GAIN, ramps
// over the much narrower blend half-width and is flat beyond it.
float sharpened(float share) { return clamp(0.5 + SHARPEN_GAIN * (share - 0.5), 0.0, 1.0); }

// The two strongest channels at this point and how they show: their
// colours (patterned in the colour-blind palette), the shown share of the
// first, and the distance to their border in pixels.
struct Bands {
    vec3 first, second;
    float share;  // of `first`, sharpened
    float pixels; // from the border between them
};

Bands strongest_two(int m) {
    vec4 w0 = v_channel_weights[2 * m], w1 = v_channel_weights[2 * m + 1];
    // Derivatives per channel: each is linear over the triangle, unlike the
    // difference of the two strongest, which folds at their border.
    vec4 dx0 = dFdx(w0), dx1 = dFdx(w1), dy0 = dFdy(w0), dy1 = dFdy(w1);
    int a = 0, b = 0;
    float wa = -1.0, wb = -1.0;
    for (int k = 0; k < CHANNELS; ++k) {
        float w = channel(w0, w1, k);
        if (w > wa) {
            b = a;
            wb = wa;
            a = k;
            wa = w;
        } else if (w > wb) {
            b = k;
            wb = w;
        }
    }
    wb = max(wb, 0.0);
    Bands t;
    t.first = channel_colour(m, a);
    t.second = channel_colour(m, b);
#if HAS(FEATURE_PATTERNS)
    t.first = patterned(t.first, u_pattern[slot_of(m, a)] & 15u);
    t.second = patterned(t.second, u_pattern[slot_of(m, b)] & 15u);
#endif
    t.share = sharpened(wa / max(wa + wb, 1e-4));
    vec2 slope = vec2(channel(dx0, dx1, a) - channel(dx0, dx1, b), channel(dy0, dy1, a) - channel(dy0, dy1, b));
    t.pixels = (wa - wb) / max(length(slope), 1e-6);
    return t;
}
#endif

// The first map's colour; with two maps, the second's goes to the second
// colour attachment (Renderer::draw_pair).
layout(location = 0) out vec4 frag_color;
#if HAS(FEATURE_TWO_MAPS)
layout(location = 1) out vec4 frag_color_second;
#endif

vec3 linear_to_srgb(vec3 c) {
    c = clamp(c, 0.0, 1.0);
    return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

// How much of the albedo a light returns, per channel. Wrapped diffuse
// lets light bleed past the terminator the way it does through skin; the
// bled part is tinted red like light scattered under it.
vec3 skin_diffuse(vec3 n, vec3 l) {
    float ndl = dot(n, l);
    float plain = max(ndl, 0.0);
    float wrapped = max((ndl + 0.35) / 1.35, 0.0);
    return plain + (wrapped - plain) * vec3(0.85, 0.45, 0.35);
}

float specular(vec3 n, vec3 l, vec3 v, float shininess) {
    vec3 h = normalize(l + v);
    float fresnel = 0.04 + 0.96 * pow(1.0 - max(dot(h, v), 0.0), 5.0);
    return fresnel * pow(max(dot(n, h), 0.0), shininess) * (shininess + 8.0) / 25.0;
}

// Antialiased lines where value crosses a multiple of spacing, about 1.3 px wide.
float isoline(float value, float spacing) {
    float v = value / spacing;
    float w = max(fwidth(v), 1e-5);
    float d = abs(fract(v - 0.5) - 0.5);
    // Where lines would crowd closer than about two pixels (a jump at a
    // region border) they say nothing: leave them out.
    return (1.0 - smoothstep(0.6 * w, 1.6 * w, d)) * (1.0 - smoothstep(0.25, 0.5, w));
}

vec3 hue(float h) {
    vec3 rgb = clamp(abs(mod(h * 6.0 + vec3(0.0, 4.0, 2.0), 6.0) - 3.0) - 1.0, 0.0, 1.0);
    return pow(mix(vec3(1.0), rgb, 0.55) * 0.9, vec3(2.2));
}

// The surface colour and the strength of a dark isoline over it, for the
// current display mode. Skin with no value for the mode is shown grey.
vec3 display_albedo(int m, out float line, out vec3 emission) {
    line = 0.0;
    emission = vec3(0.0);
#if HAS(FEATURE_ANATOMY)
    vec3 none = vec3(0.30);
    if (u_display_mode == DISPLAY_REGIONS)
        return v_region_color;
    if (u_display_mode == DISPLAY_ALONG) {
        if (v_validity.x < 0.5)
            return none;
        float along = v_coordinates.x / v_validity.x;
        line = isoline(along, 0.1);
        return mix(pow(vec3(0.25, 0.45, 0.85), vec3(2.2)), pow(vec3(0.95, 0.65, 0.25), vec3(2.2)), clamp(along, 0.0, 1.0));
    }
    if (u_display_mode == DISPLAY_AROUND) {
        vec2 cs = v_coordinates.yz;
        if (v_validity.y < 0.5 || dot(cs, cs) < 1e-6)
            return none;
        float degrees = mod(atan(cs.y, cs.x) * 57.29578, 360.0);
        line = isoline(degrees, 30.0);
        return hue(degrees / 360.0);
    }
    if (u_display_mode == DISPLAY_SPINAL_LEVEL) {
        if (v_validity.z < 0.5)
            return none;
        float level = v_coordinates.w / v_validity.z;
        line = isoline(level - 0.5, 1.0); // band borders: level n spans n-0.5 .. n+0.5
        float band = floor(level + 0.5);
        return hue(fract(band * 0.381966)) * (mod(band, 2.0) < 0.5 ? 1.0 : 0.8);
    }
#endif
#if HAS(FEATURE_DERMATOMES)
    Bands bands = strongest_two(m); // before any branch: it takes derivatives
    float total = v_blend[m].a;
    if (total < 0.01)
        return u_albedo;
    vec3 c = mix(bands.second, bands.first, bands.share);
#if HAS(FEATURE_OVERLAP_HATCHING)
    // Where two roots share the skin, stripes of each in proportion to
    // its weight, so both colours stay readable instead of mixing.
    float wa = 0.0, wb = 0.0;
    vec3 ca = c, cb = c;
    for (int k = 0; k < CHANNELS; ++k) {
        float w = weight(m, k);
        if (w > wa) {
            wb = wa;
            cb = ca;
            wa = w;
            ca = channel_colour(m, k);
        } else if (w > wb) {
            wb = w;
            cb = channel_colour(m, k);
        }
    }
    float share = wa / max(wa + wb, 1e-4);
    // Only where the second root holds more than about 12 % (faded in, not cut).
    c = mix(c, mix(cb, ca, stripes(1.0, 6.0, share)), smoothstep(0.10, 0.14, wb / total));
#endif
#if HAS(FEATURE_BAND_BORDERS)
    {
        // Where the two strongest levels weigh the same: a dark line of even
        // width along the border, about 1.8 px on a 1080p frame and sized
        // with the frame like the patterns, never under 1.5 px.
        float half_width = max(0.75, 0.9 * u_pattern_scale.x);
        line = 0.75 * (1.0 - smoothstep(half_width - 0.5, half_width + 0.5, bands.pixels));
    }
#endif
#if HAS(FEATURE_BLANKS)
    // "No consistent root": fine diagonal hatching over its neutral tone,
    // in proportion to its share, so a blank zone never passes for a level.
    c = mix(c, c * 0.55, sharpened(v_blank[m] / total) * stripes(-1.0, 7.0, 0.5));
#endif
#if HAS(FEATURE_DIFFERENCES)
    // Where the maps give the skin to different roots: a strong magenta
    // wash with coarse stripes, over the chart in grey.
    float grey = dot(c, vec3(0.2126, 0.7152, 0.0722));
    float d = smoothstep(0.3, 0.7, v_disagreement);
    return mix(vec3(grey), vec3(0.85, 0.05, 0.45) * (0.75 + 0.25 * stripes(1.0, 10.0, 0.5)), d);
#elif HAS(FEATURE_SELECTION)
    // The levels selected on this point's side of the body (the body
    // coordinates' side, carried per vertex). The midline, and skin drawn
    // without body coordinates, count for both sides.
    vec4 chosen = v_side > 0.0 ? v_chosen_left[m] : v_side < 0.0 ? v_chosen_right[m] : v_chosen_either[m];
    // Lit as strongly as the chosen levels outweigh the strongest level not
    // chosen, the same two-level share the chart's bands use: a band
    // narrower than the bake's ramp holds both neighbours at every vertex,
    // and its share of the total alone would draw it half lit
    // (docs/shading.md, "Flat bands, narrow overlaps").
    uint chosen_bits = (v_chosen_channels[m] >> (v_side > 0.0 ? 0u : v_side < 0.0 ? 8u : 16u)) & 255u;
    float rival = 0.0;
    for (int k = 0; k < CHANNELS; ++k)
        if ((chosen_bits & (1u << uint(k))) == 0u)
            rival = max(rival, weight(m, k));
    float chosen_share = sharpened(chosen.a / max(chosen.a + rival, 1e-4));
    // Inside what is lit, the chart's own flat bands; at its edge the lit
    // levels' colour, not the unlit neighbour's.
    vec3 chosen_colour = chosen.a > 0.0 ? mix(chosen.rgb / chosen.a, c, smoothstep(0.6, 0.9, chosen.a / total)) : u_albedo;
    // Borders only between lit levels: at the edge of what is lit the step
    // to plain skin is the border.
    line *= smoothstep(0.9, 1.0, chosen.a / total);
    if (u_emphasis == EMPHASIS_DIM)
        return mix(u_albedo, chosen_colour, chosen_share);
    emission = 0.35 * chosen_share * chosen_colour;
    return mix(mix(u_albedo, c, 0.35) * 0.6, chosen_colour, chosen_share);
#else
    return c;
#endif
#else
    return u_albedo;
#endif
}

// The anchors a teacher points at (nipples: T4, umbilicus: T10) as skin,
// not as a dot: the surface there darker and less saturated, then lit like
// the rest, so it shows over every view and hides behind the body.
vec3 skin_mark(vec3 albedo) {
    float grey = dot(albedo, vec3(0.2126, 0.7152, 0.0722));
    vec3 areola = mix(albedo, vec3(grey), 0.35) * vec3(0.60, 0.50, 0.48);
    return mix(albedo, areola, v_skin_mark * u_skin_marks);
}

// The trigeminal divisions over the face (docs/trigeminal.md): a cranial
// nerve, so not a spinal colour but one grey-violet family with a fine
// diagonal hatch in body space, and a line where two divisions meet.
vec3 trigeminal_layer(vec3 albedo, inout float line) {
    vec3 w = v_trigeminal;
    float top = max(w.x, max(w.y, w.z));
    if (u_trigeminal < 0.5 || top <= 0.0)
        return albedo;
    int d = w.x >= max(w.y, w.z) ? 0 : (w.y >= w.z ? 1 : 2);
    float second = d == 0 ? max(w.y, w.z) : (d == 1 ? max(w.x, w.z) : max(w.x, w.y));
    float gap = top - second;
    line = max(line, 1.0 - smoothstep(0.0, 1.5 * fwidth(gap) + 1e-4, gap));
    float across = (v_position_view.x + v_position_view.y) / 0.006; // hatch periods, in body space
    float aa = fwidth(across);
    float hatch = (1.0 - smoothstep(0.2 - aa, 0.2 + aa, abs(fract(across) - 0.5))) * (1.0 - smoothstep(0.3, 0.6, aa));
    vec3 c = u_trigeminal_colors[d] * (1.0 + 0.45 * hatch);
    float cover = smoothstep(0.5 - fwidth(top), 0.5 + fwidth(top), top);
    return mix(albedo, c, cover);
}

// The studio lights at this point, the same whatever the albedo: the
// colour is albedo x diffuse + added. Computed once when two maps are shaded.
struct Light {
    vec3 diffuse; // key, fill and sky/ground ambient, per unit albedo
    vec3 added;   // specular and rim, independent of the albedo
};

Light studio_light() {
    vec3 n = normalize(v_normal_view);
    vec3 v = normalize(-v_position_view);
    if (dot(n, v) < 0.0)
        n = normalize(n - 1.01 * dot(n, v) * v); // keep grazing normals facing us

    vec3 key_dir = normalize(vec3(-0.65, 0.55, 0.55));
    vec3 fill_dir = normalize(vec3(0.7, 0.05, 0.5));
    vec3 rim_dir = normalize(vec3(0.3, 0.4, -0.85));

    Light light;
    float hemi = 0.5 + 0.5 * dot(n, u_up_view);
    light.diffuse = 1.75 * vec3(1.00, 0.97, 0.92) * skin_diffuse(n, key_dir) +
                    0.30 * vec3(0.85, 0.92, 1.00) * skin_diffuse(n, fill_dir) +
                    mix(vec3(0.07, 0.06, 0.06), vec3(0.20, 0.21, 0.24), hemi);
    float rim = pow(1.0 - max(dot(n, v), 0.0), 3.0) * max(dot(n, rim_dir) + 0.4, 0.0);
    light.added = 0.25 * specular(n, key_dir, v, 24.0) * vec3(1.0, 0.97, 0.92) + 0.45 * rim * vec3(0.90, 0.95, 1.00);
    return light;
}

// This point lit and written as sRGB, showing map m.
vec3 shaded(int m, Light light) {
    float line;
    vec3 emission;
    vec3 albedo = display_albedo(m, line, emission);
#if HAS(FEATURE_SENSORY)
    albedo = sensory_albedo();
    line *= 0.5; // the map's band borders, when drawn, are context here: fainter than over the chart
#endif
    albedo = trigeminal_layer(skin_mark(albedo), line);
    vec3 c = albedo * light.diffuse + light.added + emission;
    // A gentle filmic shoulder keeps highlights from clipping to flat white.
    c = c / (1.0 + 0.25 * c);
    c = mix(c, vec3(0.02), 0.85 * line);
    return linear_to_srgb(c);
}

void main() {
    Light light = studio_light();
    frag_color = vec4(shaded(0, light), 1.0);
#if HAS(FEATURE_TWO_MAPS) && HAS(FEATURE_DERMATOMES)
    frag_color_second = vec4(shaded(1, light), 1.0);
#elif HAS(FEATURE_TWO_MAPS)
    frag_color_second = frag_color; // the eyes: the same in both maps
#endif
}
