#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"

namespace clustersite {

struct YamlEntry;

/// A YAML value with its position in the original file: null, text, a list
/// or a mapping (keys in the order written). Texts are never interpreted
/// (no booleans, numbers or dates): the model decides what a value means.
class YamlNode {
 public:
  enum class Kind { kUndefined, kNull, kScalar, kSequence, kMap };

  bool IsDefined() const { return kind != Kind::kUndefined; }
  bool IsNull() const { return kind == Kind::kNull; }
  bool IsScalar() const { return kind == Kind::kScalar; }
  bool IsSequence() const { return kind == Kind::kSequence; }
  bool IsMap() const { return kind == Kind::kMap; }
  const std::string& Scalar() const { return scalar; }
  size_t size() const;

  Kind kind = Kind::kUndefined;
  Position pos;
  std::string scalar;
  std::vector<YamlNode> items;     ///< of a sequence
  std::vector<YamlEntry> entries;  ///< of a mapping
};

struct YamlEntry {
  YamlNode first;   ///< the key
  YamlNode second;  ///< the value
};

// Defined here, where YamlEntry is complete: libstdc++ with clang needs it.
inline size_t YamlNode::size() const { return IsMap() ? entries.size() : items.size(); }

/// One YAML document (parsed with libyaml) with its file and the line its
/// text starts on, so every node's position is one in the original file.
/// Parse() also rejects what libyaml lets through: a quoted value, `[…]` or
/// `{…}` continued on a line not indented past its block (an unclosed quote
/// would swallow the next keys), duplicate keys, a second document, aliases
/// (alias bombs), and nesting deeper than 64 levels.
class YamlFile {
 public:
  /// Parses `text`, whose first line is line `first_line` of `path`.
  /// Reports problems to `diag`; returns false when the document is unusable.
  static bool Parse(const std::string& path, const std::string& text, int first_line,
                    Diagnostics* diag, YamlFile* out);

  const std::string& path() const { return path_; }
  const YamlNode& root() const { return root_; }
  /// The position of `node` in the original file.
  Position PositionOf(const YamlNode& node) const { return node.pos; }
  /// The position of the first line of the document.
  Position Start() const { return {first_line_, 1}; }

 private:
  static bool ParseInto(const std::string& path, const std::string& text, int first_line,
                        Diagnostics* diag, YamlFile* out);
  std::string path_;
  int first_line_ = 1;
  YamlNode root_;
};

/// Reads the fields of one YAML mapping, reporting wrong types, missing
/// required keys and unknown keys as diagnostics.
class Fields {
 public:
  Fields(const YamlFile& file, const YamlNode& map, Diagnostics* diag);

  /// False (and an error) when the node is not a mapping.
  bool IsMap(const std::string& what) const;
  /// Reports each key not in `known` as an error with a "did you mean" hint.
  void CheckKeys(const std::vector<std::string>& known) const;

  bool Has(const std::string& key) const;
  Position PositionOf(const std::string& key) const;
  Position Start() const { return file_.PositionOf(map_); }

  std::optional<std::string> String(const std::string& key, bool required = false) const;
  /// String() that must fit in `max_characters` (code points after NFC);
  /// a longer text is an error and gives nothing.
  std::optional<std::string> Text(const std::string& key, size_t max_characters,
                                  bool required = false) const;
  /// False, with an error naming `what` and both lengths, when the text of
  /// `node` is longer than `max_characters`.
  bool Fits(const YamlNode& node, const std::string& what, size_t max_characters) const;
  std::optional<long> Integer(const std::string& key, bool required = false) const;
  std::optional<Date> DateValue(const std::string& key, bool required = false) const;
  /// A list of texts, each with its position and at most `max_characters` long.
  std::vector<std::pair<std::string, Position>> StringList(const std::string& key,
                                                           size_t max_characters) const;
  /// The value of `key`, or an undefined node.
  const YamlNode& Node(const std::string& key) const;

  const YamlFile& file() const { return file_; }
  Diagnostics* diag() const { return diag_; }

 private:
  void Missing(const std::string& key) const;
  const YamlFile& file_;
  const YamlNode& map_;
  Diagnostics* diag_;
  /// The values of a large mapping by key, so that looking each known key up
  /// stays linear in the keys written.
  std::unordered_map<std::string_view, const YamlNode*> index_;
};

}  // namespace clustersite
