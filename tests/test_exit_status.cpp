// The exit status a script sees: 2 when the user can fix the command or its
// input, 1 when Dermaview itself is at fault (README, "Errors"). Checked on
// the verbs' one error policy with each kind of exception a verb can throw.
#include "core/error.h"
#include "verb_support.h"
#include "verbs.h"

#include <catch2/catch.hpp>

#include <new>
#include <type_traits>
#include <sstream>
#include <stdexcept>

namespace {

struct Outcome {
    int status;
    std::string message;
};

template <class Throw> Outcome fail_with(Throw throw_it) {
    std::ostringstream err;
    std::exception_ptr failure;
    try {
        throw_it();
    } catch (...) {
        failure = std::current_exception();
    }
    const int status = dv::app::exit_status_for(failure, "render", "dermaview render -o FILE", err);
    return {status, err.str()};
}

} // namespace

TEST_CASE("user errors exit 2 with the message and, for usage, the usage line", "[cli][exit]") {
    const Outcome usage = fail_with([] { throw dv::cli::UsageError("--size '0x0': too small"); });
    CHECK(usage.status == dv::app::kExitUsage);
    CHECK_THAT(usage.message, Catch::Contains("--size '0x0'") && Catch::Contains("Usage: dermaview render") &&
                                  Catch::Contains("dermaview render --help"));

    const Outcome input = fail_with([] { throw dv::Error("cannot read 'body.obj': no such file"); });
    CHECK(input.status == dv::app::kExitUsage);
    CHECK_THAT(input.message, Catch::Contains("error: cannot read 'body.obj'"));
    CHECK_THAT(input.message, !Catch::Contains("bug"));
}

TEST_CASE("an internal error exits 1 and asks for a bug report", "[cli][exit]") {
    // Not a dv::Error: no handler of user errors can catch it by mistake.
    STATIC_REQUIRE(!std::is_base_of_v<dv::Error, dv::InternalError>);
    const Outcome bug = fail_with([] { throw dv::InternalError("display fields do not match the skin"); });
    CHECK(bug.status == dv::app::kExitInternal);
    CHECK_THAT(bug.message, Catch::Contains("internal error: display fields do not match the skin") &&
                                Catch::Contains("bug in Dermaview") && Catch::Contains("report"));
}

TEST_CASE("any other exception is a bug too: exit 1, never 2", "[cli][exit]") {
    const Outcome library = fail_with([] { throw std::out_of_range("vector::at"); });
    CHECK(library.status == dv::app::kExitInternal);
    CHECK_THAT(library.message, Catch::Contains("vector::at") && Catch::Contains("bug in Dermaview"));

    CHECK(fail_with([] { throw std::bad_alloc(); }).status == dv::app::kExitInternal);
    const Outcome odd = fail_with([] { throw 42; });
    CHECK(odd.status == dv::app::kExitInternal);
    CHECK_THAT(odd.message, Catch::Contains("bug in Dermaview"));
}

TEST_CASE("guarded returns the body's own status when nothing is thrown", "[cli][exit]") {
    CHECK(dv::app::guarded("render", "dermaview render", [] { return 0; }) == 0);
    CHECK(dv::app::guarded("render", "dermaview render", [] { return 3; }) == 3);
}
