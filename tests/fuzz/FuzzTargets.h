#pragma once

#include <cstddef>
#include <cstdint>

// Entry points shared by the libFuzzer harnesses and the corpus replay test. Each takes any
// bytes and must neither crash nor trip a sanitizer; what it returns is always 0.
namespace FuzzTargets {
// The export readers (app/importing), each value run through the normaliser.
int csv(const uint8_t *data, size_t size);
int json(const uint8_t *data, size_t size);
int zip(const uint8_t *data, size_t size);
int xml(const uint8_t *data, size_t size);
// ValueNormaliser::normalise on one value; the first line is the field name.
int normaliser(const uint8_t *data, size_t size);
// A retailer's answer to one of RetailerApiClient's calls (FuzzApiAnswers.cpp).
int apiAnswer(const uint8_t *data, size_t size);
// A sequence of HTTP requests to roer-sandbox's request pipeline (FuzzSandboxRequests.cpp).
int sandboxRequests(const uint8_t *data, size_t size);
} // namespace FuzzTargets
