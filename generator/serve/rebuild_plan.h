#pragma once

#include <set>
#include <string>
#include <vector>

#include "serve/watcher.h"

namespace clustersite {

/// The trees a preview watches.
enum WatchedTree : int { kContentTree = 0, kThemeTree = 1 };

/// What to rebuild after a burst of changes.
struct RebuildPlan {
  bool everything = false;         ///< the theme, portal.yaml or the set of clusters changed
  std::set<std::string> clusters;  ///< else the clusters whose folders changed
  bool empty() const { return !everything && clusters.empty(); }
};

/// A change inside one cluster's folder rebuilds that cluster; a change of
/// the theme, of portal.yaml or of the content folder itself rebuilds
/// everything. Hidden files (editors' swap files, `.git`) are ignored, as
/// the content loader ignores them. A name at the top of the content folder
/// counts as a cluster: whether it is a new one, a removed one or no folder
/// at all is for the rebuild to find out.
RebuildPlan PlanRebuild(const std::vector<FileChange>& changes);

}  // namespace clustersite
