#include "archive/brotli_decoder.h"

#include <brotli/decode.h>

#include <memory>

namespace vn::archive {

bool BrotliDecompress(std::string_view data, size_t max_out, std::string* out, std::string* error) {
  std::unique_ptr<BrotliDecoderState, decltype(&BrotliDecoderDestroyInstance)> state(
      BrotliDecoderCreateInstance(nullptr, nullptr, nullptr), &BrotliDecoderDestroyInstance);
  if (!state) {
    *error = "brotli: out of memory";
    return false;
  }
  out->clear();
  size_t available_in = data.size();
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(data.data());
  uint8_t buffer[64 * 1024];
  while (true) {
    size_t available_out = sizeof buffer;
    uint8_t* next_out = buffer;
    BrotliDecoderResult r = BrotliDecoderDecompressStream(state.get(), &available_in, &next_in,
                                                          &available_out, &next_out, nullptr);
    size_t produced = sizeof buffer - available_out;
    if (out->size() + produced > max_out) {
      *error = "brotli: decoded body exceeds " + std::to_string(max_out) + " bytes";
      return false;
    }
    out->append(reinterpret_cast<const char*>(buffer), produced);
    if (r == BROTLI_DECODER_RESULT_SUCCESS) return true;
    if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) continue;
    if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      *error = "brotli: truncated data";
      return false;
    }
    *error =
        std::string("brotli: ") + BrotliDecoderErrorString(BrotliDecoderGetErrorCode(state.get()));
    return false;
  }
}

}  // namespace vn::archive
