#pragma once

#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/model.h"

namespace clustersite {

/// The theme folder of a run into `dir`: `cli_theme` (`--theme`, anywhere)
/// when given, else portal.yaml's `theme` inside `content`, else "" for the
/// default theme alone. Content is untrusted, so the theme it names is read
/// as content is: a symbolic link on its way is an error at portal.yaml's
/// `theme`, and the theme is never followed out of the content folder.
bool FindThemeFolder(const FileSystem& fs, const std::string& content, const std::string& cli_theme,
                     const Portal& portal, Diagnostics* diag, std::string* dir);

}  // namespace clustersite
