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

int guarded(const std::string& verb, const std::string& usage, const std::function<int()>& body) {
    const std::string help = verb.empty() ? "dermaview --help" : "dermaview " + verb + " --help";
    try {
        return body();
    } catch (const cli::UsageError& e) {
        std::cerr << "dermaview: " << e.what() << "\nUsage: " << usage << "\nRun '" << help << "' for all options.\n";
        return kExitUsage;
    } catch (const Error& e) {
        std::cerr << "dermaview: error: " << e.what() << "\n";
        return kExitUsage;
    } catch (const std::exception& e) {
        std::cerr << "dermaview: internal error: " << e.what() << "\nPlease report this with the command you ran.\n";
        return kExitInternal;
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
