#include "Bootstrap.h"

#if defined(Q_OS_UNIX) || defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

namespace Bootstrap {

void disableCoreDumps()
{
#if defined(__unix__) || defined(__APPLE__)
    struct rlimit limit
    {
        0, 0
    };
    setrlimit(RLIMIT_CORE, &limit);
#endif
#if defined(__linux__)
    // Also keeps other processes of the same user from reading our memory via ptrace.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace Bootstrap
