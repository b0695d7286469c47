// libFuzzer's entry point for one target, chosen at compile time by SIARAN_FUZZ_TARGET (see
// fuzz/CMakeLists.txt: one program per target).
#include "fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  siaran::fuzz::SIARAN_FUZZ_TARGET(data, size);
  return 0;
}
