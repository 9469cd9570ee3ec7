#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "theme/theme.h"

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

/// The words of the diagnostics panel and of the preview's own pages in
/// each language a cluster may choose: the theme's UI strings whose keys
/// start with `serve_` (i18n/lv.yaml, i18n/en.yaml), like the pages' words.
/// The diagnostics themselves stay as the terminal shows them.
struct LiveWords {
  std::map<std::string, std::map<std::string, std::string>> by_lang;
  std::string portal_lang = "en";  ///< the language of the preview's own pages

  /// The word `key` in `lang`, else in the portal's language, else in English.
  std::string Get(const std::string& lang, const std::string& key) const;
};

/// The `serve_` strings of `theme`, each language falling back to the
/// default theme's where the theme lacks one; `portal_lang` as LiveWords says.
LiveWords LoadLiveWords(const Theme& theme, const std::string& portal_lang);
/// The default theme's LiveWords, with English for the preview's own pages.
const LiveWords& DefaultLiveWords();

/// The language of a page: its `<html lang="…">`, or "".
std::string PageLanguage(const std::string& html);

/// A page of the site as a preview serves it: the script that reloads it
/// when the preview's version is no longer `version` put before `</body>`,
/// and, when `diagnostics` is not empty, a panel with them (errors open,
/// over the page; warnings folded, in a corner), in the page's language.
/// Only serve does this, at the moment of serving: what `build` writes
/// never holds it.
std::string LivePage(const std::string& html, const std::string& version,
                     const std::vector<Diagnostic>& diagnostics, DiagnosticsShown shown,
                     const LiveWords& words = DefaultLiveWords());

/// A page of its own for when there is no page to show: `message` and the
/// diagnostics, with the reload script, in the portal's language.
std::string StandalonePage(const std::string& title, const std::string& message,
                           const std::string& version, const std::vector<Diagnostic>& diagnostics,
                           DiagnosticsShown shown, const LiveWords& words = DefaultLiveWords());

}  // namespace clustersite
