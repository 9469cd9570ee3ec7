#pragma once

#include <vector>

#include "core/output_file.h"
#include "pages/pagination.h"
#include "pages/search_page.h"
#include "pages/view.h"

namespace clustersite {

/// One page RenderClusterPages writes.
struct ClusterPage {
  std::string dir;   ///< cluster-relative folder: "services/eksports/"
  std::string kind;  ///< its template: home, services, service, stories, story, …, search
  /// For service, story and roadmap: its place in the view's list; for a
  /// group's page of stories or members: the group's place (StoryGroups, MemberSectors).
  size_t index = 0;
  bool group = false;  ///< the stories of one service, the members of one sector
  PageSlice slice;     ///< of stories and members: the part of the list it shows
};

/// The pages of `view`, in the order they are rendered: the one list that
/// the renderer, the page count and the sitemap share.
std::vector<ClusterPage> ListClusterPages(const ClusterView& view);

/// True for a page shown only because drafts are (--drafts, serve): of a
/// draft cluster, or made from a `draft: true` file. Sitemaps leave it out.
bool IsDraftPage(const ClusterView& view, const ClusterPage& page);

/// How many pages RenderClusterPages writes for `view`.
size_t CountClusterPages(const ClusterView& view);

/// Renders the pages of one cluster under `prefix` ("koks/" or ""); the
/// search page lists `search` (SearchEntries of `ctx`), and the home page's
/// head carries `json_ld`, the cluster as JSON-LD (OrganizationJsonLd of the
/// indexes): the indexes are made from the pages' view, so they come in from above.
void RenderClusterPages(const ClusterContext& ctx, const Theme& theme, const std::string& prefix,
                        const std::vector<SearchEntry>& search, const std::string& json_ld,
                        int jobs, OutputSink* out);

/// Renders the cluster's 404 page, `prefix` + "404.html".
void RenderErrorPage(const ClusterContext& ctx, const Theme& theme, const std::string& prefix,
                     OutputSink* out);

}  // namespace clustersite
