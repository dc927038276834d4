#include <zlib.h>

// deflateInit2 and inflateInit2 are macros, which Swift cannot call: raw deflate
// (no zlib header), as ZIP entries hold it.
static inline int quarterly_raw_deflate_init(z_stream *stream) {
    return deflateInit2(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}

static inline int quarterly_raw_inflate_init(z_stream *stream) {
    return inflateInit2(stream, -15);
}
