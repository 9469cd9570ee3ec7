#pragma once

#include <map>
#include <set>
#include <string>

#include "core/diagnostics.h"

namespace clustersite {

class Theme;
struct Schema;

/// The files of a theme by relative path, and the path each is shown by
/// (the theme folder's file, or themes/default/…).
struct TemplateFiles {
  const std::map<std::string, std::string>* files = nullptr;
  const std::map<std::string, std::string>* origins = nullptr;
};

/// What a check of template names reads: the names of template `name`'s
/// data, and the names of the UI strings (`t.*`).
struct TemplateNames {
  std::string name;  ///< "home", "feed.xml": for messages
  const Schema* schema = nullptr;
  const std::set<std::string>* strings = nullptr;
};

/// Checks the template file `rel` (templates/home.html) and the partials
/// it includes, each at its own file, line and column: every tag closed,
/// every section closed in the file that opens it and in order, every
/// partial there and none including itself (nor nesting over 16 deep), no
/// delimiter changes. With `names.schema`, every name must also be one the
/// data has where it is used (a name inside a section is looked up in the
/// section's item first, then outward, as Mustache does), and `{{{…}}}` or
/// `{{&…}}` only write a name declared as raw HTML. Problems go to `diag`;
/// true when there were none.
bool CheckTemplate(const TemplateFiles& theme, const std::string& rel, const TemplateNames& names,
                   Diagnostics* diag);

/// CheckTemplate with names for each template `schemas` declares, by its
/// name ("home", "feed.xml"), that `theme` has; `t.*` may be any UI string
/// that every i18n file of the theme has. True when all are right.
bool CheckTemplateNames(const Theme& theme, const std::map<std::string, Schema>& schemas,
                        Diagnostics* diag);

}  // namespace clustersite
