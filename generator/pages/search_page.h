#pragma once

#include <string>
#include <vector>

#include "pages/layout_view.h"

namespace clustersite {

/// What a search entry is; its name is the entry's `kind` in the search index.
enum class SearchKind { kService, kStory, kRoadmap, kEvent, kNews, kMember, kPartner };

template <>
struct ClosedSet<SearchKind> {
  static constexpr auto names = std::to_array<Named<SearchKind>>({
      {SearchKind::kService, "service"},
      {SearchKind::kStory, "story"},
      {SearchKind::kRoadmap, "roadmap"},
      {SearchKind::kEvent, "event"},
      {SearchKind::kNews, "news"},
      {SearchKind::kMember, "member"},
      {SearchKind::kPartner, "partner"},
  });
};

/// One thing the search page finds: a service, story, roadmap or member.
struct SearchEntry {
  SearchKind kind;
  std::string label;  ///< the kind in the cluster's language: "Pakalpojums"
  std::string title;
  std::string summary;  ///< may be ""
  std::string meta;     ///< category, company and date, kind of roadmap, sector: may be ""
  std::string url;      ///< cluster-relative: "services/eksports/", "members/#m-sia-koks"
  std::string text;     ///< everything it is found by, SearchFold-ed
};

/// Everything the audience of `ctx` can search, in a fixed order: services
/// (most used first), stories (newest first), roadmaps, members. Built from
/// the audience's view, so nothing outside it can be found. The one list
/// the search page and the search index (indexes/search_index.h) share.
std::vector<SearchEntry> SearchEntries(const ClusterContext& ctx);

struct SearchItemView {
  std::string title, url;
  std::optional<std::string> summary, meta;
};
void Fill(ViewFields& f, SearchItemView& v);

/// The entries of one kind: services, stories, roadmaps, members and partners.
struct SearchGroupView {
  std::string kind, title, count;
  std::vector<SearchItemView> items;
};
void Fill(ViewFields& f, SearchGroupView& v);

/// The search page `search/`: every entry grouped by kind, the complete
/// list that the page shows without JavaScript.
struct SearchView {
  LayoutView layout;
  std::vector<SearchGroupView> groups;
};
SearchView BuildSearchPage(const ClusterContext& ctx, const std::vector<SearchEntry>& entries);
void Fill(ViewFields& f, SearchView& v);

}  // namespace clustersite
