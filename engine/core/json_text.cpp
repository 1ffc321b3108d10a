#include "core/json_text.h"

namespace dv {

TextPosition position_of(const std::string& text, std::size_t byte_offset) {
    TextPosition p;
    for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

} // namespace dv
