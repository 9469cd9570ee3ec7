#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace clustersite {

/// Up to this many keys, a mapping's keys are compared one by one (to find
/// a duplicate, or a key's value); past it, they are hashed, so that a
/// mapping of 80,000 keys is read in linear time.
inline constexpr size_t kScannedKeys = 16;

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
  /// Parses `text`, whose first line is line `first_line` of `path`, and
  /// which holds no character forbidden in markup (ReadSourceFile's text):
  /// one a double-quoted escape makes is replaced, with a warning.
  /// Reports problems to `diag`; returns false when the document is unusable.
  static bool Parse(const std::string& path, const std::string& text, int first_line,
                    Diagnostics* diag, YamlFile* out);

  /// Called with each item of a document that is a list; the item is
  /// dropped after, so the visitor may move out of it.
  using ItemVisitor = std::function<void(const YamlFile&, YamlNode&)>;

  /// Called when the items handed over so far are to be dropped: they will
  /// be handed over again, from the first.
  using Restart = std::function<void()>;

  /// Parses like Parse(), but when the document is a list, hands each item
  /// to `each_item` as soon as it is read and then drops it, so that a list
  /// of 10,000 records is never held whole; root() keeps no items. Items
  /// read before a problem further on have been handed over already. A list
  /// in the usual shape of records is read without libyaml (ReadRecordList);
  /// when that reader finds a line out of its shape after handing items
  /// over, `restart` is called and libyaml reads the list again.
  static bool Parse(const std::string& path, const std::string& text, int first_line,
                    Diagnostics* diag, const ItemVisitor& each_item, const Restart& restart,
                    YamlFile* out);

  const std::string& path() const { return path_; }
  const YamlNode& root() const { return root_; }
  /// The position of `node` in the original file.
  Position PositionOf(const YamlNode& node) const { return node.pos; }
  /// The position of the first line of the document.
  Position Start() const { return {first_line_, 1}; }

 private:
  static bool ParseInto(const std::string& path, const std::string& text, int first_line,
                        Diagnostics* diag, const ItemVisitor* each_item, const Restart* restart,
                        YamlFile* out);
  std::string path_;
  int first_line_ = 1;
  YamlNode root_;
};

}  // namespace clustersite
