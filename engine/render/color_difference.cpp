#include "render/color_difference.h"

#include <cmath>

namespace dv {

namespace {

constexpr double kPi = 3.14159265358979323846;

double degrees(double radians) { return radians * 180.0 / kPi; }
double radians(double degrees) { return degrees * kPi / 180.0; }

// IEC 61966-2-1: the sRGB transfer curve, undone.
double decode(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double lab_f(double t) {
    constexpr double delta = 6.0 / 29.0;
    return t > delta * delta * delta ? std::cbrt(t) : t / (3.0 * delta * delta) + 4.0 / 29.0;
}

// The hue angle in degrees, 0..360; 0 for a neutral colour (the paper's convention).
double hue_angle(double b, double a) {
    if (a == 0.0 && b == 0.0)
        return 0.0;
    const double h = degrees(std::atan2(b, a));
    return h < 0.0 ? h + 360.0 : h;
}

} // namespace

Lab srgb_to_lab(glm::dvec3 srgb) {
    const double r = decode(srgb.r), g = decode(srgb.g), b = decode(srgb.b);
    // The sRGB primaries to XYZ, relative to the D65 white (Y = 1).
    const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
    const double fx = lab_f(x / 0.95047), fy = lab_f(y), fz = lab_f(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double ciede2000(const Lab& first, const Lab& second) {
    // Steps and names follow Sharma, Wu & Dalal (2005), equations 2 to 22.
    const double c1 = std::hypot(first.a, first.b), c2 = std::hypot(second.a, second.b);
    const double c_mean = (c1 + c2) / 2.0;
    const double c_mean7 = std::pow(c_mean, 7.0);
    const double g = 0.5 * (1.0 - std::sqrt(c_mean7 / (c_mean7 + std::pow(25.0, 7.0))));
    const double a1 = (1.0 + g) * first.a, a2 = (1.0 + g) * second.a;
    const double c1p = std::hypot(a1, first.b), c2p = std::hypot(a2, second.b);
    const double h1p = hue_angle(first.b, a1), h2p = hue_angle(second.b, a2);

    const double dl = second.L - first.L;
    const double dc = c2p - c1p;
    double dh = 0.0;
    if (c1p * c2p != 0.0) {
        dh = h2p - h1p;
        if (dh > 180.0)
            dh -= 360.0;
        else if (dh < -180.0)
            dh += 360.0;
    }
    const double dH = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2.0));

    const double l_mean = (first.L + second.L) / 2.0;
    const double cp_mean = (c1p + c2p) / 2.0;
    double hp_mean = h1p + h2p;
    if (c1p * c2p != 0.0) {
        if (std::abs(h1p - h2p) <= 180.0)
            hp_mean /= 2.0;
        else
            hp_mean = hp_mean < 360.0 ? (hp_mean + 360.0) / 2.0 : (hp_mean - 360.0) / 2.0;
    }
    const double t = 1.0 - 0.17 * std::cos(radians(hp_mean - 30.0)) + 0.24 * std::cos(radians(2.0 * hp_mean)) +
                     0.32 * std::cos(radians(3.0 * hp_mean + 6.0)) - 0.20 * std::cos(radians(4.0 * hp_mean - 63.0));
    const double d_theta = 30.0 * std::exp(-std::pow((hp_mean - 275.0) / 25.0, 2.0));
    const double cp_mean7 = std::pow(cp_mean, 7.0);
    const double rc = 2.0 * std::sqrt(cp_mean7 / (cp_mean7 + std::pow(25.0, 7.0)));
    const double l50 = (l_mean - 50.0) * (l_mean - 50.0);
    const double sl = 1.0 + 0.015 * l50 / std::sqrt(20.0 + l50);
    const double sc = 1.0 + 0.045 * cp_mean;
    const double sh = 1.0 + 0.015 * cp_mean * t;
    const double rt = -std::sin(radians(2.0 * d_theta)) * rc;

    const double tl = dl / sl, tc = dc / sc, th = dH / sh;
    return std::sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
}

} // namespace dv
