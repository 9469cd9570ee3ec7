#include "core/unicode.h"

#include <utf8proc.h>

#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <unordered_map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace clustersite {

Position PositionAt(std::string_view text, size_t offset) {
  Position pos{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

bool IsForbiddenInMarkup(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r';
  return (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

namespace {

/// The bytes a forbidden character can start with: the controls, C2 (C1
/// controls), EF (U+FDD0–U+FDEF, U+FFFE, U+FFFF), F0–FF. Every other byte
/// (almost all text) passes at the speed of a table look-up.
constexpr std::array<bool, 256> kSuspect = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = c != '\t' && c != '\n' && c != '\r';
  t[0x7F] = t[0xC2] = t[0xEF] = true;
  for (int c = 0xF0; c < 0x100; ++c) t[c] = true;
  return t;
}();

/// The length of the UTF-8 sequence at `p` (`n` bytes left) when it encodes
/// a code point IsForbiddenInMarkup, else 0: from the bytes alone.
size_t ForbiddenAt(const unsigned char* p, size_t n) {
  if (!kSuspect[p[0]]) return 0;
  unsigned char c = p[0];
  if (c < 0x80) return IsForbiddenInMarkup(c) ? 1 : 0;
  if (c == 0xC2) return n >= 2 && p[1] <= 0x9F ? 2 : 0;  // U+0080–U+009F
  if (c == 0xEF) {                                       // U+FDD0–U+FDEF, U+FFFE, U+FFFF
    return n >= 3 && ((p[1] == 0xB7 && p[2] >= 0x90 && p[2] <= 0xAF) ||
                      (p[1] == 0xBF && p[2] >= 0xBE))
               ? 3
               : 0;
  }
  if (c >= 0xF5) return 1;  // no UTF-8: cmark-gfm 0.29 writes U+FFFE, U+FFFF as FE, FF
  if (c >= 0xF0) return n >= 4 && (p[1] & 0x0F) == 0x0F && p[2] == 0xBF && p[3] >= 0xBE ? 4 : 0;
  return 0;
}

}  // namespace

bool MayStartForbiddenInMarkup(unsigned char byte) { return kSuspect[byte]; }

ForbiddenCharacters ReplaceForbiddenInMarkup(std::string* text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  ForbiddenCharacters found;
  const auto* p = reinterpret_cast<const unsigned char*>(text->data());
  const size_t size = text->size();
  size_t i = 0;
  while (i < size) {
    // Clean text is never forbidden: skipped 16 bytes at a time.
    i += CleanTextPrefix(std::string_view(*text).substr(i));
    if (i == size || (kSuspect[p[i]] && ForbiddenAt(p + i, size - i))) break;
    ++i;
  }
  if (i == size) return found;  // the common case: nothing to copy
  std::string out(*text, 0, i);
  found.first = i;
  while (i < size) {
    size_t n = ForbiddenAt(p + i, size - i);
    if (n == 0) {
      out += static_cast<char>(p[i++]);
      continue;
    }
    if (found.count++ == 0) {
      utf8proc_int32_t cp;
      if (utf8proc_iterate(p + i, n, &cp) < 0) cp = p[i] == 0xFF ? 0xFFFF : 0xFFFE;  // cmark's
      found.code = static_cast<char32_t>(cp);
    }
    out += kReplacement;
    i += n;
  }
  *text = std::move(out);
  return found;
}

std::string ForbiddenMessage(const ForbiddenCharacters& found, std::string_view how,
                             std::string_view where) {
  char name[16];
  std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(found.code));
  std::string out =
      name + std::string(how) + " is not allowed in HTML or XML; replaced with U+FFFD";
  if (found.count > 1)
    out += " (and " + std::to_string(found.count - 1) + " more in this " + std::string(where) + ")";
  return out;
}

Position FindInvalidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    if (p[i] < 0x80) {  // ASCII needs no decoding
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, text.size() - i, &cp);
    if (n < 0) return PositionAt(text, i);
    i += n;
  }
  return {};
}

std::u32string CodePoints(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    char32_t c;
    i += NextCodePoint(text, i, &c);
    out.push_back(c);
  }
  return out;
}

size_t NextCodePoint(std::string_view text, size_t at, char32_t* c) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) {
    *c = byte;
    return 1;
  }
  utf8proc_int32_t cp;
  const utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()) + at, text.size() - at, &cp);
  if (n < 1) {
    *c = 0xFFFD;
    return 1;
  }
  *c = static_cast<char32_t>(cp);
  return static_cast<size_t>(n);
}

namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

/// What utf8proc maps `text` to with `options`; nullopt when it refuses
/// the text (invalid UTF-8).
std::optional<std::string> TryMap(std::string_view text, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    text.size(), &out, static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
  if (n < 0) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(out), n);
}

/// What utf8proc maps `text` to with `options`; `text` itself when it
/// refuses it.
std::string Map(std::string_view text, int options) {
  std::optional<std::string> mapped = TryMap(text, options);
  return mapped ? std::move(*mapped) : std::string(text);
}

/// What StableInNfc has learnt of each character of the BMP: 0 not yet,
/// 1 stable, 2 not.
std::array<std::atomic<unsigned char>, 0x10000> stable_in_nfc{};

/// Asks utf8proc whether `c` (in the BMP) is StableInNfc, and keeps the answer.
bool LearnStableInNfc(char32_t c) {
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  bool mark = p->category == UTF8PROC_CATEGORY_MN || p->category == UTF8PROC_CATEGORY_MC ||
              p->category == UTF8PROC_CATEGORY_ME;
  bool jamo = c >= 0x1100 && c <= 0x11FF;  // Hangul vowels and finals join a syllable
  bool stable = p->combining_class == 0 && !mark && !jamo;
  if (stable) {
    utf8proc_uint8_t utf8[4];
    utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), utf8);
    std::string_view one(reinterpret_cast<const char*>(utf8), n);
    stable = Map(one, UTF8PROC_STABLE | UTF8PROC_COMPOSE) == one;
  }
  stable_in_nfc[c].store(stable ? 1 : 2, std::memory_order_relaxed);
  return stable;
}

/// True when `c` is its own NFC and composes with nothing before it: then a
/// run of such characters between ASCII ones is NFC as it stands. Asked of
/// utf8proc once per character of the BMP and kept: text is nearly always
/// NFC already, and one lookup per character is cheaper than normalising.
inline bool StableInNfc(char32_t c) {
  if (c >= stable_in_nfc.size()) return false;
  unsigned char known = stable_in_nfc[c].load(std::memory_order_relaxed);
  return known == 0 ? LearnStableInNfc(c) : known == 1;
}

/// What utf8proc maps the one character `c` to with `options`, and whether
/// each character of that is ASCII or StableInNfc. Learnt once per thread
/// for each character and kept: a text's characters past ASCII are nearly
/// always the same few (ā, š, ķ), and mapping one through utf8proc takes
/// a few hundred instructions. nullptr when utf8proc refuses `c`.
struct MappedChar {
  std::string text;
  bool stable = false;
};
const MappedChar* MapChar(char32_t c, int options) {
  constexpr size_t kMaxLearnt = 4096;
  thread_local std::unordered_map<uint64_t, std::optional<MappedChar>> learnt;
  const uint64_t key = static_cast<uint64_t>(options) << 32 | c;
  auto it = learnt.find(key);
  if (it == learnt.end()) {
    utf8proc_uint8_t utf8[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), utf8);
    std::optional<MappedChar> mapped;
    if (std::optional<std::string> text =
            TryMap(std::string_view(reinterpret_cast<const char*>(utf8), n), options)) {
      mapped = MappedChar{std::move(*text), true};
      for (size_t i = 0; i < mapped->text.size() && mapped->stable;) {
        char32_t m;
        i += NextCodePoint(mapped->text, i, &m);
        mapped->stable = m < 0x80 || StableInNfc(m);
      }
    }
    if (learnt.size() >= kMaxLearnt) learnt.clear();
    it = learnt.emplace(key, std::move(mapped)).first;
  }
  return it->second ? &*it->second : nullptr;
}

/// `text` mapped with `options` a character at a time (MapChar), ASCII
/// letters made lower case; nullopt when utf8proc refuses a character or,
/// with `stable`, when a mapping is not all ASCII or StableInNfc.
std::optional<std::string> MapEachCharacter(std::string_view text, int options, bool stable) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out += byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : text[i];
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(&text[i]),
                         static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    const MappedChar* mapped = n < 1 ? nullptr : MapChar(static_cast<char32_t>(cp), options);
    if (!mapped || (stable && !mapped->stable)) return std::nullopt;
    out += mapped->text;
    i += static_cast<size_t>(n);
  }
  return out;
}

/// True when every character of the UTF-8 `run` is StableInNfc.
bool StableRun(std::string_view run) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(run.data());
  for (size_t i = 0; i < run.size();) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, run.size() - i, &cp);
    if (n < 1 || !StableInNfc(static_cast<char32_t>(cp))) return false;
    i += n;
  }
  return true;
}

}  // namespace

std::string Nfc(std::string_view text) {
  // ASCII is its own NFC, and an ASCII character never composes with what
  // comes before it nor reorders past it, so the text can be cut before
  // every ASCII character: only the runs of other characters (with the one
  // ASCII character before each, which a combining mark may join) go
  // through utf8proc. A page is mostly ASCII (markup, and base64 in the
  // kit), and its other runs are mostly the same few letters ("ā", "š"),
  // so short runs are normalised once per call and then looked up.
  constexpr size_t kShortRun = 16, kMaxCached = 4096;
  std::unordered_map<std::string_view, std::string> cache;
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    if (i == text.size()) {
      out.append(text, start, i - start);
      break;
    }
    size_t run = i > start ? i - 1 : i;  // the ASCII character before the run joins it
    out.append(text, start, run - start);
    size_t run_start = i;
    while (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80) ++i;
    if (StableRun(text.substr(run_start, i - run_start))) {
      out.append(text, run, i - run);
      continue;
    }
    std::string_view chunk = text.substr(run, i - run);
    if (chunk.size() > kShortRun) {
      out += Map(chunk, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
      continue;
    }
    auto it = cache.find(chunk);
    if (it == cache.end()) {
      std::string nfc = Map(chunk, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
      if (cache.size() >= kMaxCached) {
        out += nfc;
        continue;
      }
      it = cache.emplace(chunk, std::move(nfc)).first;
    }
    out += it->second;
  }
  return out;
}

size_t CleanTextPrefix(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
#if defined(__SSE2__)
  if (n >= 16) {
    // Each byte's kind, 16 at a time; compares are signed, so 0x80-0xFF
    // are -128 to -1.
    const auto bytes = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
    const __m128i below_space = bytes(0x1F), del = bytes(0x7F), newline = bytes('\n');
    const __m128i below_c2 = bytes(0xC1), above_c5 = bytes(0xC6), below_a0 = bytes(0xA0);
    const __m128i below_c0 = bytes(0xC0), c2 = bytes(0xC2);
    const auto mask = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
    // The bytes of the 16 at `at` that start a clean character or end one,
    // each a bit: ASCII as above, and a lead byte C2-C5 with its
    // continuation byte (C2 only with A0-BF: C2 80-9F are C1 controls).
    const auto clean = [&](size_t at) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
      const __m128i ascii =
          _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi8(v, del), _mm_cmpgt_epi8(v, below_space)),
                       _mm_cmpeq_epi8(v, newline));
      const __m128i next = _mm_srli_si128(v, 1);  // byte k + 1 at k; 0 at 15
      const __m128i c1 = _mm_and_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpgt_epi8(below_a0, next));
      const unsigned lead = mask(_mm_andnot_si128(
          c1, _mm_and_si128(_mm_cmpgt_epi8(v, below_c2), _mm_cmpgt_epi8(above_c5, v))));
      const unsigned continuation = mask(_mm_cmpgt_epi8(below_c0, v));
      const unsigned paired = lead & (continuation >> 1);  // never at 15
      return mask(ascii) | paired | (paired << 1);
    };
    // A lead byte last in its 16 is read again at the start of the next 16.
    while (i + 16 <= n) {
      const unsigned m = clean(i);
      if (m == 0xFFFF) {
        i += 16;
        continue;
      }
      const auto run = static_cast<size_t>(std::countr_one(m));
      if (run < 15) return i + run;
      i += 15;
    }
    if (i == n) return n;
    // The last 16 bytes, of which those before `i` (where a character
    // starts) have passed.
    const size_t last = n - 16;
    const unsigned m = clean(last) | ((1u << (i - last)) - 1);
    return last + static_cast<size_t>(std::countr_one(m));
  }
#endif
  while (i < n) {
    const unsigned char c = p[i];
    if ((c >= 0x20 && c < 0x7F) || c == '\n') {
      ++i;
    } else if (c >= 0xC2 && c <= 0xC5 && i + 1 < n && p[i + 1] >= (c == 0xC2 ? 0xA0 : 0x80) &&
               p[i + 1] < 0xC0) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

bool IsCleanText(std::string_view text) {
  // The common characters 16 bytes at a time; tabs and the rest one by one.
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t size = text.size();
  size_t i = 0;
  while (i < size) {
    i += CleanTextPrefix(text.substr(i));
    if (i == size) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      if ((c < 0x20 || c == 0x7F) && IsForbiddenInMarkup(c)) return false;
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = 2;
    if (c >= 0xC2 && c <= 0xDF && i + 1 < size && (p[i + 1] & 0xC0) == 0x80) {
      cp = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F);  // Latin letters with marks, decoded here
    } else {
      n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(size - i), &cp);
      if (n < 1) return false;
    }
    const auto ch = static_cast<char32_t>(cp);
    if (IsForbiddenInMarkup(ch) || !StableInNfc(ch)) return false;
    i += static_cast<size_t>(n);
  }
  return true;
}

size_t CountCharacters(std::string_view text) {
  std::string nfc = Nfc(text);
  size_t count = 0;
  for (unsigned char c : nfc) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string FoldKey(std::string_view text) {
  // utf8proc folds a character at a time, then normalises the whole. When
  // every character of the folds is ASCII or StableInNfc, the folds one
  // after the other are NFC already: that is the text's fold. ASCII folds
  // to its lower case without utf8proc's two passes and allocations.
  constexpr int kOptions = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
  std::optional<std::string> folds = MapEachCharacter(text, kOptions, true);
  return folds ? std::move(*folds) : Map(text, kOptions);
}

std::string SearchFold(std::string_view text) {
  // Character by character: ASCII directly, anything else through utf8proc's
  // decomposition of that one character (no normalising pass over the text).
  constexpr int kOptions =
      UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT;
  std::string out;
  out.reserve(text.size());
  auto space = [&] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        space();
      } else {
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      }
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, text.size() - i, &cp);
    if (n <= 0) {  // invalid UTF-8: kept as it is
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    i += n;
    utf8proc_int32_t parts[16];
    int boundclass = UTF8PROC_BOUNDCLASS_START;
    utf8proc_ssize_t count = utf8proc_decompose_char(
        cp, parts, 16, static_cast<utf8proc_option_t>(kOptions), &boundclass);
    if (count < 0 || count > 16) continue;
    for (utf8proc_ssize_t k = 0; k < count; ++k) {
      if (parts[k] == ' ' || utf8proc_category(parts[k]) == UTF8PROC_CATEGORY_ZS) {
        space();
        continue;
      }
      utf8proc_uint8_t buf[4];
      utf8proc_ssize_t len = utf8proc_encode_char(parts[k], buf);
      out.append(reinterpret_cast<const char*>(buf), len);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string AsciiSlug(std::string_view text) {
  constexpr int kOptions = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                           UTF8PROC_CASEFOLD | UTF8PROC_COMPAT;
  // utf8proc maps a character at a time and then orders the marks that
  // remain, none of them ASCII: what is kept below is the same when the
  // characters are mapped one by one. ASCII maps to itself, in lower case.
  std::optional<std::string> plain = MapEachCharacter(text, kOptions, false);
  if (!plain) plain = Map(text, kOptions);
  std::string out;
  for (char c : *plain) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

void AppendUtf8(char32_t c, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
  out->append(reinterpret_cast<const char*>(buf), n);
}

int ColumnWidth(char32_t c) {
  if (c >= 0x20 && c < 0x7F) return 1;  // what utf8proc says, without the table lookups
  return utf8proc_charwidth(static_cast<utf8proc_int32_t>(c));
}

bool IsInvisibleControl(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         (c >= 0x200B && c <= 0x200F) || c == 0x061C || c == 0xFEFF || c == 0x2060;
}

bool HasInvisibleControls(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, text.size() - i, &cp);
    if (n <= 0) return false;
    if (IsInvisibleControl(static_cast<char32_t>(cp))) return true;
    i += n;
  }
  return false;
}

}  // namespace clustersite
