#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/time_zone.h"

namespace clustersite {

/// What `clustersite new` makes.
enum class NewKind { kCluster, kService, kStory, kRoadmap, kEvent, kNews, kStrategy };

/// What `clustersite new` is asked to do. Every field has a default.
struct NewRequest {
  NewKind kind = NewKind::kStory;
  std::string content = "content";  ///< the content folder
  std::string cluster;              ///< the cluster a page goes in
  std::string slug;      ///< the new cluster's folder, or the new file's name without .md; none
                         ///< for a strategy
  std::string theme;     ///< a theme folder over the default theme; else portal.yaml's
  std::string language;  ///< a new cluster's language (lv, en); "" = portal.yaml's
  AsOfSource as_of;      ///< the date a story starts with: the as-of date, in the content's zone
};

/// Writes the skeleton of a new cluster (cluster.yaml and about.md) or of a
/// new service, story, roadmap, event or news item, from the theme's archetypes
/// (`archetypes/<kind>.<ext>` when a theme folder has one, else
/// `archetypes/<kind>.<language>.<ext>` in the cluster's language), with
/// the slug, today's date and what the cluster already has (its first
/// category, the next meeting, which member roadmaps are missing) filled
/// in. Every file starts as `draft: true`, with the archetypes' placeholder
/// texts (model/placeholders.h) where only the author can write, so it
/// passes `check` (but for a story's empty `consent`, which `check`
/// reports until it is filled) until it is published with them. A new
/// cluster may start the content folder, which is then created (and named
/// first in `written`). Never overwrites: an existing file or folder is an
/// error, as are an invalid slug and an unknown cluster (with the close
/// ones named). A strategy is the folder `strategy/` of a cluster: a draft
/// strategy.yaml for three years from the as-of year, and a `draft: true`
/// skeleton of every section the template has a file for, its placeholder
/// naming the section; an existing strategy/ is an error. The paths
/// written go to `written`.
bool NewContent(const FileSystem& fs, const NewRequest& request, Diagnostics* diag,
                std::vector<std::string>* written);

}  // namespace clustersite
