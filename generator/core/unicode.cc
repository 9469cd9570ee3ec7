#include "core/unicode.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <unordered_map>

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
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, text.size() - i, &cp);
    if (n < 1) {
      cp = 0xFFFD;
      n = 1;
    }
    out.push_back(static_cast<char32_t>(cp));
    i += n;
  }
  return out;
}

namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

std::string Map(std::string_view text, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    text.size(), &out, static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
  if (n < 0) return std::string(text);
  return std::string(reinterpret_cast<const char*>(out), n);
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
    while (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80) ++i;
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

size_t CountCharacters(std::string_view text) {
  std::string nfc = Nfc(text);
  size_t count = 0;
  for (unsigned char c : nfc) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string FoldKey(std::string_view text) {
  return Map(text, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
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
  std::string plain = Map(text, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                    UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
  std::string out;
  for (char c : plain) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
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
