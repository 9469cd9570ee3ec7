#include "deploy/inline_code.h"

#include <openssl/evp.h>
#include <xxhash.h>

#include <array>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "core/find_bytes.h"

namespace clustersite {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

/// True when `s` starts with the lower-case `word`, in any case.
bool StartsWithNoCase(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(s[i]) != word[i]) return false;
  }
  return true;
}

/// Where the first `</name` (any case) of `html` at or after `from` is, or npos.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  for (size_t at = html.find("</", from); at != std::string_view::npos;
       at = html.find("</", at + 2)) {
    if (StartsWithNoCase(html.substr(at + 2), name)) return at;
  }
  return std::string_view::npos;
}

/// The attributes of a start tag that decide whether a script runs.
struct ScriptAttributes {
  bool src = false;
  std::string type;  ///< lower-case, trimmed
  bool has_type = false;
};

/// Reads the attributes of the start tag from `at` (just after its name) to
/// its `>`; returns the position after the `>`, or npos when it has none.
size_t ReadAttributes(std::string_view html, size_t at, ScriptAttributes* attrs) {
  while (at < html.size()) {
    while (at < html.size() && (IsSpace(html[at]) || html[at] == '/')) ++at;
    if (at >= html.size()) break;
    if (html[at] == '>') return at + 1;
    size_t name_start = at;
    while (at < html.size() && !IsSpace(html[at]) && html[at] != '=' && html[at] != '>' &&
           html[at] != '/')
      ++at;
    std::string name;
    for (char c : html.substr(name_start, at - name_start)) name += Lower(c);
    while (at < html.size() && IsSpace(html[at])) ++at;
    std::string_view value;
    if (at < html.size() && html[at] == '=') {
      ++at;
      while (at < html.size() && IsSpace(html[at])) ++at;
      if (at < html.size() && (html[at] == '"' || html[at] == '\'')) {
        size_t close = html.find(html[at], at + 1);
        if (close == std::string_view::npos) return std::string_view::npos;
        value = html.substr(at + 1, close - at - 1);
        at = close + 1;
      } else {
        size_t start = at;
        while (at < html.size() && !IsSpace(html[at]) && html[at] != '>') ++at;
        value = html.substr(start, at - start);
      }
    }
    if (name == "src") attrs->src = true;
    if (name == "type") {
      attrs->has_type = true;
      while (!value.empty() && IsSpace(value.front())) value.remove_prefix(1);
      while (!value.empty() && IsSpace(value.back())) value.remove_suffix(1);
      for (char c : value) attrs->type += Lower(c);
    }
  }
  return std::string_view::npos;
}

/// True when a browser runs a script of this type: none, empty, a
/// JavaScript MIME type, a module or an import map. Any other type is a
/// data block.
bool Executable(const ScriptAttributes& attrs) {
  const std::string& t = attrs.type;
  if (!attrs.has_type || t.empty() || t == "module" || t == "importmap") return true;
  return t.find("javascript") != std::string::npos || t.find("ecmascript") != std::string::npos;
}

/// XXH3 of a string or a view of one, for lookups without a copy: a tenth
/// of std::hash's instructions a byte, on texts of 130 KB.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return XXH3_64bits(text.data(), text.size()); }
};

/// The hashes of the inline texts seen so far, by their text: a theme's
/// script is the same on every page, and the style of the print documents
/// of a kind (fonts and theme CSS, some 130 KB) in each. SHA-256 costs 14
/// instructions a byte and OpenSSL's digest some 9,000 a call besides,
/// where a lookup costs one a byte. Bounded, for a theme that writes many
/// different styles.
class KnownHashes {
 public:
  static constexpr size_t kMostEntries = 256;

  std::optional<std::string> Find(std::string_view text) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = hashes_.find(text);
    if (it == hashes_.end()) return std::nullopt;
    return it->second;
  }
  void Add(std::string_view text, const std::string& hash) {
    std::lock_guard<std::mutex> lock(mu_);
    if (hashes_.size() < kMostEntries) hashes_.emplace(std::string(text), hash);
  }

 private:
  std::mutex mu_;
  std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> hashes_;  // under mu_
};

KnownHashes& Known() {
  static KnownHashes* hashes = new KnownHashes;
  return *hashes;
}

std::string Sha256Source(std::string_view text) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> hash{};
  unsigned int size = 0;
  EVP_Digest(text.data(), text.size(), hash.data(), &size, EVP_sha256(), nullptr);
  std::array<unsigned char, 4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1> base64{};
  int length = EVP_EncodeBlock(base64.data(), hash.data(), static_cast<int>(size));
  return "'sha256-" + std::string(reinterpret_cast<const char*>(base64.data()), length) + "'";
}

}  // namespace

std::string CspHash(std::string_view text) {
  std::string normalised;
  if (text.find('\r') != std::string_view::npos) {  // as the HTML parser reads it
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '\r') {
        normalised += text[i];
      } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
        normalised += '\n';
      }
    }
    text = normalised;
  }
  if (std::optional<std::string> known = Known().Find(text)) return *known;
  std::string hash = Sha256Source(text);
  Known().Add(text, hash);
  return hash;
}

void ScanInlineCode(std::string_view html, InlineCode* code) {
  size_t at = 0;
  while (at < html.size()) {
    // Most tags are neither: only those whose name starts with an `s`.
    const size_t lt = FindTagStart(html, at, 's');
    if (lt == std::string_view::npos) break;
    at = lt + 1;
    std::string_view rest = html.substr(at);
    const bool script = StartsWithNoCase(rest, "script");
    if (!script && !StartsWithNoCase(rest, "style")) continue;
    const size_t name_end = at + (script ? 6 : 5);
    if (name_end < html.size() && !IsSpace(html[name_end]) && html[name_end] != '>' &&
        html[name_end] != '/')
      continue;  // another element, <styles> or <scripted>
    ScriptAttributes attrs;
    size_t text_start = ReadAttributes(html, name_end, &attrs);
    if (text_start == std::string_view::npos) break;
    size_t text_end = FindEndTag(html, text_start, script ? "script" : "style");
    if (text_end == std::string_view::npos) text_end = html.size();
    std::string_view text = html.substr(text_start, text_end - text_start);
    if (!script) {
      code->styles.insert(CspHash(text));
    } else if (!attrs.src && Executable(attrs)) {
      code->scripts.insert(CspHash(text));
    }
    at = text_end;
  }
}

}  // namespace clustersite
