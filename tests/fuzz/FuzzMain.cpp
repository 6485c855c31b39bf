#include "FuzzTargets.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>

// One libFuzzer harness per target (built only with -DROER_FUZZ=ON and clang); CMake picks
// the target with ROER_FUZZ_TARGET, e.g. -DROER_FUZZ_TARGET=csv.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Warnings about rejected input are expected; keep the fuzzer output readable.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) // Qt aborts after this: the fuzzer reports the input
            std::fprintf(stderr, "fatal: %s\n", qPrintable(message));
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::ROER_FUZZ_TARGET(data, size);
}
