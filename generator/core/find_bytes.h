#pragma once

// Finding the next quote, the next `="` or the next tag of a letter in
// HTML: what the scanners of attributes (the link check, the print
// documents' network check) do between two attributes, which in a chart's
// SVG are a few bytes apart, and the CSP scan between two `<script` or
// `<style` tags.
// The first 32 bytes inline, 16 a compare (SSE2), where memchr through
// std::string_view::find costs more to call than to search so short a way;
// memchr after them.

#include <bit>
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace clustersite {

/// Where the first `"` of `text` at or after `from` is; npos when none.
inline size_t FindQuote(std::string_view text, size_t from) {
#if defined(__SSE2__)
  // The next 32 bytes here; past them, memchr is the faster.
  if (from + 32 <= text.size()) {
    const __m128i quote = _mm_set1_epi8('"');
    for (size_t i = from; i < from + 32; i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)));
      if (m != 0) return i + static_cast<size_t>(std::countr_zero(m));
    }
    from += 32;
  }
#endif
  return text.find('"', from);
}

/// Where the first `="` of `text` at or after `from` starts (its `=`);
/// npos when none.
inline size_t FindAttributeValue(std::string_view text, size_t from) {
#if defined(__SSE2__)
  // Each `=` against the byte after it, 17 bytes read for 16 positions; the
  // next 32 positions here, and past them memchr.
  if (from + 33 <= text.size()) {
    const __m128i equals = _mm_set1_epi8('='), quote = _mm_set1_epi8('"');
    for (size_t i = from; i < from + 32; i += 16) {
      const char* p = text.data() + i;
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
      const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
      const auto m = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(v, equals), _mm_cmpeq_epi8(next, quote))));
      if (m != 0) return i + static_cast<size_t>(std::countr_zero(m));
    }
    from += 32;
  }
#endif
  return text.find("=\"", from);
}

/// Where the first `<` of `text` at or after `from` is that the letter
/// `lower` follows, in either case (`<s` or `<S`); npos when none. For a
/// tag that is rare among the others: 16 bytes a compare all the way.
inline size_t FindTagStart(std::string_view text, size_t from, char lower) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i lt = _mm_set1_epi8('<'), letter = _mm_set1_epi8(lower);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (; i + 17 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(
        _mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(_mm_or_si128(next, case_bit), letter))));
    if (m != 0) return i + static_cast<size_t>(std::countr_zero(m));
  }
#endif
  for (; i + 1 < n; ++i) {
    if (p[i] == '<' && (p[i + 1] | 0x20) == lower) return i;
  }
  return std::string_view::npos;
}

}  // namespace clustersite
