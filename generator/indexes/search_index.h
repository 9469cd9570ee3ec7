#pragma once

#include <string>
#include <vector>

#include "pages/search_page.h"

namespace clustersite {

/// The search index `search/index.json` the theme's script loads:
/// {"language", "items": [{kind, label, title, summary, meta, url, text}]};
/// `url` is relative to the cluster's folder.
std::string SearchIndexJson(const ClusterContext& ctx, const std::vector<SearchEntry>& entries);

}  // namespace clustersite
