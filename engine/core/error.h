#pragma once
// The two kinds of failure. dv::Error is everything the engine refuses to do
// because of what it was given: its message is written for the person at the
// keyboard (what went wrong, where, what to do about it). dv::InternalError is
// a fault in Dermaview itself, a state no input should reach; it derives from
// std::logic_error, not from dv::Error, so no handler of user errors can take
// it for one. Front ends print either and choose the exit status (user errors
// 2, internal faults 1: app/verb_support.h).
#include <stdexcept>
#include <string>

namespace dv {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class InternalError : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

} // namespace dv
