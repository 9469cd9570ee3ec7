#include "model/theme_folder.h"

#include "load/content_tree.h"

namespace clustersite {

bool FindThemeFolder(const FileSystem& fs, const std::string& content, const std::string& cli_theme,
                     const Portal& portal, Diagnostics* diag, std::string* dir) {
  *dir = cli_theme;
  if (!cli_theme.empty() || portal.theme.empty()) return true;
  std::string link = SymlinkOnPath(fs, content, portal.theme);
  if (!link.empty()) {
    diag->Error(portal.path, portal.theme_pos,
                "`theme` goes through `" + link +
                    "`, a symbolic link; clustersite reads only real folders inside the content "
                    "folder");
    return false;
  }
  *dir = JoinPath(content, portal.theme);
  return true;
}

}  // namespace clustersite
