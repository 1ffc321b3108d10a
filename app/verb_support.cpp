#include "verb_support.h"

#include "core/data_paths.h"
#include "core/error.h"
#include "verbs.h"

#include <iostream>

namespace dv::app {

std::filesystem::path data_dir() {
    const std::filesystem::path dir = data_dir_for_executable(running_executable());
    std::error_code ec;
    if (!std::filesystem::is_directory(dir / "shaders", ec) || !std::filesystem::is_directory(dir / "assets", ec))
        throw Error("the shaders and assets are not in '" + dir.string() +
                    "': the installation is incomplete. Reinstall (cmake --install), or point DERMAVIEW_DATA_DIR "
                    "at the folder that holds shaders/ and assets/");
    return dir;
}
std::filesystem::path shader_dir() { return data_dir() / "shaders"; }

int exit_status_for(std::exception_ptr failure, const std::string& verb, const std::string& usage, std::ostream& err) {
    const std::string help = verb.empty() ? "dermaview --help" : "dermaview " + verb + " --help";
    // Said the same way for an InternalError, any other std::exception (a
    // library's, which we failed to turn into a clear message) and anything
    // else thrown: all are Dermaview's fault, none the user's.
    auto bug = [&](const std::string& what) {
        err << "dermaview: internal error: " << what
            << "\nThis is a bug in Dermaview, not a mistake in what you asked. Please report it with the "
               "command you ran, this message and what 'dermaview --version' prints.\n";
        return kExitInternal;
    };
    try {
        std::rethrow_exception(failure);
    } catch (const cli::UsageError& e) {
        err << "dermaview: " << e.what() << "\nUsage: " << usage << "\nRun '" << help << "' for all options.\n";
        return kExitUsage;
    } catch (const Error& e) {
        err << "dermaview: error: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        return bug(e.what());
    } catch (...) {
        return bug("an exception that is not a std::exception");
    }
}

int guarded(const std::string& verb, const std::string& usage, const std::function<int()>& body) {
    try {
        return body();
    } catch (...) {
        return exit_status_for(std::current_exception(), verb, usage, std::cerr);
    }
}

int run_verb(const VerbSpec& verb, int argc, char** argv, int first, const std::function<int(const cli::Args&)>& body) {
    return guarded(verb.name, verb.usage, [&] {
        const cli::Args args(verb.options, argc, argv, first, verb.positional);
        if (args.has("--help")) {
            std::cout << cli::format_help(verb.usage, verb.summary, verb.options);
            return kExitOk;
        }
        return body(args);
    });
}

} // namespace dv::app
