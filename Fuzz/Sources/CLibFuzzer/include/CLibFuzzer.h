// libFuzzer's driver, linked in by -sanitize=fuzzer. Declared here so Swift can call it
// from its own main: SwiftPM renames an executable's main, so libFuzzer's cannot be used.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
