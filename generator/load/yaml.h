#pragma once

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"

namespace clustersite {

/// One YAML document with its file and the line its text starts on, so every
/// node's position can be given in the original file. Parse() also rejects
/// what yaml-cpp 0.7 accepts silently: a quoted value that does not close on
/// its line, duplicate keys, a second document, and alias bombs.
class YamlFile {
 public:
  /// Parses `text`, whose first line is line `first_line` of `path`.
  /// Reports problems to `diag`; returns false when the document is unusable.
  static bool Parse(const std::string& path, const std::string& text, int first_line,
                    Diagnostics* diag, YamlFile* out);

  const std::string& path() const { return path_; }
  const YAML::Node& root() const { return root_; }
  /// The position of `node` in the original file.
  Position PositionOf(const YAML::Node& node) const;
  /// The position of the first line of the document.
  Position Start() const { return {first_line_, 1}; }

 private:
  static bool ParseInto(const std::string& path, const std::string& text, int first_line,
                        Diagnostics* diag, YamlFile* out);
  std::string path_;
  int first_line_ = 1;
  YAML::Node root_;
};

/// Reads the fields of one YAML mapping, reporting wrong types, missing
/// required keys and unknown keys as diagnostics.
class Fields {
 public:
  Fields(const YamlFile& file, YAML::Node map, Diagnostics* diag);

  /// False (and an error) when the node is not a mapping.
  bool IsMap(const std::string& what) const;
  /// Reports each key not in `known` as an error with a "did you mean" hint.
  void CheckKeys(const std::vector<std::string>& known) const;

  bool Has(const std::string& key) const;
  Position PositionOf(const std::string& key) const;
  Position Start() const { return file_.PositionOf(map_); }

  std::optional<std::string> String(const std::string& key, bool required = false) const;
  std::optional<long> Integer(const std::string& key, bool required = false) const;
  std::optional<Date> DateValue(const std::string& key, bool required = false) const;
  /// A list of texts; each with its position.
  std::vector<std::pair<std::string, Position>> StringList(const std::string& key) const;
  YAML::Node Node(const std::string& key) const;

  const YamlFile& file() const { return file_; }
  Diagnostics* diag() const { return diag_; }

 private:
  void Missing(const std::string& key) const;
  const YamlFile& file_;
  YAML::Node map_;
  Diagnostics* diag_;
};

}  // namespace clustersite
