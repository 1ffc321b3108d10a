#include "clinical/lesion.h"

#include "core/error.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

namespace dv {

const std::string_view kLesionForms =
    "  root L5 left             one root, on the left, right or both sides\n"
    "  roots C6-C7 right        consecutive roots\n"
    "  cord T6 complete         a complete cord lesion; T6 is the lowest normal level\n"
    "  cord C5 incomplete       an incomplete one: sensation below impaired, not lost\n"
    "  brown-sequard T8 left    a hemisection on the left\n"
    "  cauda-equina L3          the roots from L3 down, both sides\n"
    "  conus                    the conus medullaris: the saddle (S3-Co1)\n"
    "  central-cord C5          a central cord syndrome below C5\n";

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::istringstream in{std::string(text)};
    for (std::string w; in >> w;) {
        std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        out.push_back(w);
    }
    return out;
}

[[noreturn]] void refuse(std::string_view text, const std::string& why) {
    throw Error("lesion '" + std::string(text) + "': " + why + ". Write one of:\n" + std::string(kLesionForms));
}

// "l5", "T10", "co1": a segment, whatever the case.
Level segment(std::string_view text, const std::string& word) {
    std::string name = word;
    if (!name.empty())
        name[0] = char(std::toupper(static_cast<unsigned char>(name[0])));
    const auto level = parse_level(name);
    if (!level || !is_spinal(*level))
        refuse(text, "'" + word + "' is not a spinal segment (C1 ... C8, T1 ... T12, L1 ... L5, S1 ... S5, Co1)");
    return *level;
}

LesionSide side_word(std::string_view text, const std::string& word, bool both_allowed) {
    if (word == "left")
        return LesionSide::Left;
    if (word == "right")
        return LesionSide::Right;
    if (word == "both" && both_allowed)
        return LesionSide::Both;
    refuse(text, "'" + word + "' is not a side (" + std::string(both_allowed ? "left, right or both" : "left or right") + ")");
}

void expect_words(std::string_view text, const std::vector<std::string>& w, std::size_t n, const char* form) {
    if (w.size() != n)
        refuse(text, std::string("expected '") + form + "'");
}

Lesion parse_roots(std::string_view text, const std::vector<std::string>& w) {
    expect_words(text, w, 3, "roots C6-C7 right");
    Lesion l;
    l.kind = LesionKind::Root;
    const auto dash = w[1].find('-');
    l.from = segment(text, w[1].substr(0, dash));
    l.to = dash == std::string::npos ? l.from : segment(text, w[1].substr(dash + 1));
    if (l.to < l.from)
        refuse(text, "the roots run from the higher to the lower one (" + level_name(l.to) + "-" + level_name(l.from) + ")");
    l.side = side_word(text, w[2], true);
    return l;
}

} // namespace

Lesion parse_lesion(std::string_view text) {
    const std::vector<std::string> w = words(text);
    if (w.empty())
        refuse(text, "it is empty");
    Lesion l;
    const std::string& kind = w[0];
    if (kind == "root" || kind == "roots")
        return parse_roots(text, w);
    if (kind == "cord") {
        expect_words(text, w, 3, "cord T6 complete");
        l.from = l.to = segment(text, w[1]);
        if (w[2] != "complete" && w[2] != "incomplete")
            refuse(text, "'" + w[2] + "' must be complete or incomplete");
        l.kind = w[2] == "complete" ? LesionKind::CordComplete : LesionKind::CordIncomplete;
    } else if (kind == "brown-sequard") {
        expect_words(text, w, 3, "brown-sequard T8 left");
        l.kind = LesionKind::BrownSequard;
        l.from = l.to = segment(text, w[1]);
        l.side = side_word(text, w[2], false);
    } else if (kind == "cauda-equina" || kind == "central-cord") {
        expect_words(text, w, 2, kind == "cauda-equina" ? "cauda-equina L3" : "central-cord C5");
        l.kind = kind == "cauda-equina" ? LesionKind::CaudaEquina : LesionKind::CentralCord;
        l.from = l.to = segment(text, w[1]);
    } else if (kind == "conus") {
        expect_words(text, w, 1, "conus");
        l.kind = LesionKind::Conus;
        l.from = l.to = *parse_level("S3");
    } else {
        refuse(text, "'" + kind + "' is not a kind of lesion");
    }
    return l;
}

namespace {
std::string_view side_text(LesionSide s) {
    return s == LesionSide::Left ? "left" : s == LesionSide::Right ? "right" : "both";
}
} // namespace

std::string lesion_text(const Lesion& l) {
    switch (l.kind) {
    case LesionKind::Root:
        return l.from == l.to ? "root " + level_name(l.from) + " " + std::string(side_text(l.side))
                              : "roots " + level_name(l.from) + "-" + level_name(l.to) + " " + std::string(side_text(l.side));
    case LesionKind::CordComplete: return "cord " + level_name(l.from) + " complete";
    case LesionKind::CordIncomplete: return "cord " + level_name(l.from) + " incomplete";
    case LesionKind::BrownSequard: return "brown-sequard " + level_name(l.from) + " " + std::string(side_text(l.side));
    case LesionKind::CaudaEquina: return "cauda-equina " + level_name(l.from);
    case LesionKind::Conus: return "conus";
    case LesionKind::CentralCord: return "central-cord " + level_name(l.from);
    }
    return "";
}

std::string lesion_title(const Lesion& l) {
    const std::string side = l.side == LesionSide::Left ? "Left " : l.side == LesionSide::Right ? "Right " : "Bilateral ";
    switch (l.kind) {
    case LesionKind::Root:
        return l.from == l.to ? side + level_name(l.from) + " root lesion (single root)"
                              : side + level_name(l.from) + "-" + level_name(l.to) + " root lesion";
    case LesionKind::CordComplete: return "Complete spinal cord lesion, neurological level " + level_name(l.from);
    case LesionKind::CordIncomplete: return "Incomplete spinal cord lesion, neurological level " + level_name(l.from);
    case LesionKind::BrownSequard:
        return side + "Brown-Sequard hemisection at " + level_name(l.from) +
               " (same-side touch, opposite-side pin prick)";
    case LesionKind::CaudaEquina: return "Cauda equina lesion from " + level_name(l.from) + " down";
    case LesionKind::Conus: return "Conus medullaris lesion (saddle, S3-Co1)";
    case LesionKind::CentralCord: return "Central cord syndrome below " + level_name(l.from) + " (sacral sparing)";
    }
    return "";
}

} // namespace dv
