#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pages/layout_view.h"
#include "pages/pagination.h"

namespace clustersite {

/// The folder of the news list, beside the home page. News items have no
/// page of their own: each is one short paragraph on the list, its anchor
/// the item's slug.
inline constexpr const char* kNewsDir = "news/";

struct NewsItemView {
  std::string slug, title, kind, kind_label;
  std::string date, date_iso;
  std::string body_html;
  std::optional<std::string> source_url;  ///< the original
  std::string source_host;                ///< the original's site, as the link says it
  bool members_only = false;
  bool digest = false;  ///< one of its month's digest items (shown to members and staff)
  bool has_flags = false;
};

/// A page of the news list, newest first.
struct NewsView {
  LayoutView layout;
  std::vector<NewsItemView> items;  ///< of this page
  bool has_news = false;
  std::optional<PagerView> pager;
};
/// Page `slice` of the news of the view.
NewsView BuildNews(const ClusterContext& ctx, const PageSlice& slice);
void Fill(ViewFields& f, NewsItemView& v);
void Fill(ViewFields& f, NewsView& v);

}  // namespace clustersite
