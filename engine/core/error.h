#pragma once
// One error type for everything the engine refuses to do. Its message is
// written for the person at the keyboard: what went wrong, where, and what to
// do about it. Front ends print it and choose the exit status.
#include <stdexcept>
#include <string>

namespace dv {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace dv
