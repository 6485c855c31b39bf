#include "FuzzTargets.h"

#include <QtGlobal>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Warnings about rejected input are expected; keep the fuzzer output readable.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

// libFuzzer harness (built only with -DROER_FUZZ=ON and clang).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::csv(data, size);
}
