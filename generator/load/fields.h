#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "load/yaml.h"

namespace clustersite {

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
  /// `true` or `false`, exactly (no `yes`, no quotes guessed at); anything
  /// else is an error and gives `invalid`, so a typo can fail closed.
  bool Flag(const std::string& key, bool absent, bool invalid) const;
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
