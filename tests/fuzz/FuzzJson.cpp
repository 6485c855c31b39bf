#include "FuzzTargets.h"

// libFuzzer harness (built only with -DROER_FUZZ=ON and clang).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::json(data, size);
}
