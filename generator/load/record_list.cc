#include "load/record_list.h"

#include <array>
#include <string>

#include "core/text.h"
#include "core/unicode.h"

namespace clustersite {
namespace {

/// The bytes that may start what HasSpecialCharacter looks for.
constexpr std::array<bool, 256> kMaySpecial = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = c != '\n';
  t[0x7F] = t[0xC2] = t[0xE2] = t[0xEF] = true;
  return t;
}();

/// True when the text holds a byte or character this reader leaves to
/// libyaml: controls (a tab among them), CR, and what YAML 1.1 reads as a
/// line break or does not allow: U+0080..U+009F (NEL among them), U+2028,
/// U+2029, U+FEFF, U+FFFE and U+FFFF.
bool HasSpecialCharacter(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    // Past what is none of it, 16 bytes a step (almost all).
    i += CleanTextPrefix(text.substr(i));
    if (i == n) break;
    const unsigned char c = p[i];
    if (!kMaySpecial[c]) continue;
    if (c < 0x80) return true;  // controls and DEL
    if (c == 0xC2 && i + 1 < n && p[i + 1] < 0xA0) return true;
    if (c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9))
      return true;
    if (c == 0xEF && i + 2 < n &&
        ((p[i + 1] == 0xBB && p[i + 2] == 0xBF) ||
         (p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF))))
      return true;
  }
  return false;
}

constexpr std::array<bool, 256> kKeyChar =
    ByteSet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

/// What libyaml makes a null of, in plain style.
bool IsNullText(std::string_view s) {
  return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

/// A `key: value` line of the shape, split.
struct Entry {
  std::string_view key;
  std::string_view value;  ///< as written, quotes and escapes included
  int value_column = 0;
  bool quoted = false;
};

/// Splits `line`, past its indentation (two characters: `- ` or two
/// spaces), into `entry`. False when the line is not in this reader's shape.
bool SplitEntry(std::string_view line, Entry* entry) {
  size_t k = 0;
  while (k < line.size() && kKeyChar[static_cast<unsigned char>(line[k])]) ++k;
  // libyaml gives up on a key of more than 1,024 characters.
  if (k == 0 || k > 128 || k + 1 >= line.size() || line[k] != ':' || line[k + 1] != ' ')
    return false;
  entry->key = line.substr(0, k);
  if (IsNullText(entry->key)) return false;
  size_t v = k + 1;
  while (v < line.size() && line[v] == ' ') ++v;
  if (v == line.size()) return false;  // an empty value, or one on the lines below
  // A column counts characters; up to the value they are ASCII bytes.
  entry->value_column = 3 + static_cast<int>(v);
  const std::string_view rest = line.substr(v);
  entry->value = rest;
  entry->quoted = rest[0] == '"';
  if (entry->quoted) {
    // Closed on this line, with nothing after it, and only these escapes.
    static constexpr std::array<bool, 256> kStop = ByteSet("\"\\");
    static constexpr std::array<bool, 256> kEscaped = ByteSet("\"\\/nt");
    for (size_t i = 1;; ++i) {
      while (i < rest.size() && !kStop[static_cast<unsigned char>(rest[i])]) ++i;
      if (i == rest.size()) return false;  // continues on the next line
      if (rest[i] == '"') return i + 1 == rest.size();
      if (++i == rest.size() || !kEscaped[static_cast<unsigned char>(rest[i])]) return false;
    }
  }
  // Plain text: it may not start with an indicator, hold `: ` or ` #`, or
  // end in `:` or a space, where YAML would read more into it.
  static constexpr std::array<bool, 256> kIndicator = ByteSet("-?:,[]{}#&*!|>'\"%@`");
  if (kIndicator[static_cast<unsigned char>(rest[0])]) return false;
  if (rest.back() == ' ' || rest.back() == ':') return false;
  // One pass for both pairs, from each `#` and `:`; neither is first (an
  // indicator), and `:` never last (checked above).
  static constexpr std::array<bool, 256> kPair = ByteSet("#:");
  for (size_t i = 1; i < rest.size(); ++i) {
    if (!kPair[static_cast<unsigned char>(rest[i])]) continue;
    if (rest[i] == '#' ? rest[i - 1] == ' ' : i + 1 < rest.size() && rest[i + 1] == ' ')
      return false;
  }
  return true;
}

/// The nodes of a split entry on line `line_number`.
void BuildEntry(const Entry& entry, int line_number, YamlEntry* out) {
  out->first.kind = YamlNode::Kind::kScalar;
  out->first.pos = {line_number, 3};
  out->first.scalar.assign(entry.key);
  YamlNode& value = out->second;
  value.pos = {line_number, entry.value_column};
  value.kind = YamlNode::Kind::kScalar;
  if (!entry.quoted) {
    value.scalar.assign(entry.value);
    if (IsNullText(entry.value)) value.kind = YamlNode::Kind::kNull;
    return;
  }
  const std::string_view inner = entry.value.substr(1, entry.value.size() - 2);
  std::string& text = value.scalar;
  text.clear();
  size_t run = 0;
  for (size_t i = inner.find('\\'); i != std::string_view::npos; i = inner.find('\\', run)) {
    text.append(inner.substr(run, i - run));
    const char c = inner[i + 1];
    text += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    run = i + 2;
  }
  text.append(inner.substr(run));
}

/// Reads the list of `text`, building each item and handing it over as soon
/// as its last line is read. False, perhaps after handing some over, when
/// the text is not in this reader's shape.
bool ReadList(std::string_view text, int first_line, const RecordVisitor& each,
              Position* list_pos) {
  // The entries of one item are built over those of the item before, not
  // made and dropped again: `keys` tells how many are the item's.
  YamlNode item;
  std::vector<std::string_view> keys;  // of the item being read
  auto hand_over = [&] {
    item.entries.resize(keys.size());
    each(item);
  };
  bool started = false;
  int line_number = first_line - 1;
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.empty()) continue;
    if (line.size() < 3) return false;
    if (line[0] == '-' && line[1] == ' ') {
      if (started) hand_over();
      if (!started) *list_pos = {line_number, 1};
      started = true;
      keys.clear();
      item.kind = YamlNode::Kind::kMap;
      item.pos = {line_number, 3};
    } else if (line[0] != ' ' || line[1] != ' ' || !started) {
      return false;
    }
    Entry entry;
    if (!SplitEntry(line.substr(2), &entry)) return false;
    for (std::string_view key : keys) {
      if (key == entry.key) return false;  // libyaml's path reports it
    }
    keys.push_back(entry.key);
    if (item.entries.size() < keys.size()) item.entries.emplace_back();
    BuildEntry(entry, line_number, &item.entries[keys.size() - 1]);
  }
  if (started) hand_over();
  return started;
}

}  // namespace

bool ReadRecordList(std::string_view text, int first_line, const RecordVisitor& each,
                    Position* list_pos) {
  return !HasSpecialCharacter(text) && ReadList(text, first_line, each, list_pos);
}

}  // namespace clustersite
