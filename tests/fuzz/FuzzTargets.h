#pragma once

#include <cstddef>
#include <cstdint>

// Entry points shared by the libFuzzer harnesses and the corpus replay test.
namespace FuzzTargets {
int csv(const uint8_t *data, size_t size);
int json(const uint8_t *data, size_t size);
int zip(const uint8_t *data, size_t size);
} // namespace FuzzTargets
