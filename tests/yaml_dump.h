#pragma once

#include <string>

#include "load/yaml.h"

namespace clustersite::testing {

/// A YAML tree as text, every node with its kind, position and text, so two
/// trees compare as strings and a difference reads at a glance.
inline std::string YamlDump(const YamlNode& node, int depth = 0) {
  static constexpr const char* kKinds[] = {"undefined", "null", "scalar", "list", "map"};
  std::string out(static_cast<size_t>(depth) * 2, ' ');
  out += kKinds[static_cast<int>(node.kind)];
  out += " " + std::to_string(node.pos.line) + ":" + std::to_string(node.pos.column);
  if (node.IsScalar() || node.IsNull()) out += " [" + node.scalar + "]";
  out += "\n";
  for (const YamlNode& item : node.items) out += YamlDump(item, depth + 1);
  for (const YamlEntry& e : node.entries) {
    out += YamlDump(e.first, depth + 1);
    out += YamlDump(e.second, depth + 2);
  }
  return out;
}

}  // namespace clustersite::testing
