#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace clustersite {

/// The path of the event stream open pages listen to. Output paths start
/// with a cluster's slug or a theme file's name; `_` starts neither a slug
/// nor a name the default theme uses, and the server answers nothing else
/// under this folder.
constexpr const char* kLiveFolder = "__clustersite";
constexpr const char* kEventsPath = "/__clustersite/events";

/// How much of the diagnostics a page shows. They name files, members-only
/// and unpublished ones too, so the list goes only to the machine the
/// preview runs on; a page opened from elsewhere (with `--bind`) shows how
/// many there are.
enum class DiagnosticsShown { kList, kCount };

/// A page of the site as a preview serves it: the script that reloads it
/// when the preview's version is no longer `version` put before `</body>`,
/// and, when `diagnostics` is not empty, a panel with them (errors open,
/// over the page; warnings folded, in a corner). Only serve does this, at
/// the moment of serving: what `build` writes never holds it.
std::string LivePage(const std::string& html, const std::string& version,
                     const std::vector<Diagnostic>& diagnostics, DiagnosticsShown shown);

/// A page of its own for when there is no page to show: `message` and the
/// diagnostics, with the reload script.
std::string StandalonePage(const std::string& title, const std::string& message,
                           const std::string& version, const std::vector<Diagnostic>& diagnostics,
                           DiagnosticsShown shown);

}  // namespace clustersite
