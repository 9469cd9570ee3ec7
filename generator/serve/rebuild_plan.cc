#include "serve/rebuild_plan.h"

namespace clustersite {
namespace {

bool HasHiddenPart(const std::string& rel) {
  size_t start = 0;
  while (start < rel.size()) {
    if (rel[start] == '.') return true;
    size_t slash = rel.find('/', start);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return false;
}

}  // namespace

RebuildPlan PlanRebuild(const std::vector<FileChange>& changes) {
  RebuildPlan plan;
  for (const FileChange& c : changes) {
    if (!c.overflow && HasHiddenPart(c.rel)) continue;
    if (c.overflow || c.tree == kThemeTree || c.rel.empty() || c.rel == "portal.yaml") {
      plan.everything = true;
    } else {
      plan.clusters.insert(c.rel.substr(0, c.rel.find('/')));
    }
  }
  if (plan.everything) plan.clusters.clear();
  return plan;
}

}  // namespace clustersite
