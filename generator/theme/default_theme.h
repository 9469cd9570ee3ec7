#pragma once

#include <string_view>
#include <vector>

namespace clustersite {

/// One file of themes/default, compiled into the binary.
struct EmbeddedFile {
  const char* path;  ///< relative to themes/default
  std::string_view contents;
};

/// Every file of themes/default, sorted by path (generated at build time).
const std::vector<EmbeddedFile>& DefaultThemeFiles();

}  // namespace clustersite
