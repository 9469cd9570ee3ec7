#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "pages/card_views.h"
#include "pages/pagination.h"
#include "pages/view.h"
#include "theme/template_schema.h"

namespace clustersite {

/// Views of what the layout and every page of a cluster share.

struct CommunicationView {
  std::optional<std::string> newsletter, meetings, next_meeting, next_meeting_iso;
};
void Fill(ViewFields& f, CommunicationView& v);

struct DirectionView {
  std::string title;
  std::string text_html;  ///< from cmark-gfm
};
void Fill(ViewFields& f, DirectionView& v);

/// The cluster's own fields (`cluster.*`).
struct ClusterInfoView {
  std::string slug, name, vision;
  std::optional<std::string> mission, founded, label, label_name;
  std::optional<std::string> brand_color, brand_text, brand_ink, logo, logo_type;
  std::vector<std::string> sectors;
  ContactView contact;
  CommunicationView communication;
  std::vector<DirectionView> directions;
};
void Fill(ViewFields& f, ClusterInfoView& v);

/// The portal above a site (`site.*`).
struct SiteView {
  std::optional<std::string> title, url;
};
void Fill(ViewFields& f, SiteView& v);

/// What every page at one folder depth shares: built once, rendered under
/// each page's own data.
struct SharedView {
  std::string lang;
  const MustacheData* t = nullptr;  ///< the UI strings
  SiteView site;
  ClusterInfoView cluster;
};
void Fill(ViewFields& f, SharedView& v);

/// `page.*`: what the layout's head says of a page.
struct PageMetaView {
  std::string title, description, kind, site_name, og_locale, og_type;
  std::optional<std::string> og_image, robots, canonical, published;
  /// On a page of a long list: the previous and next pages (`<link rel>`),
  /// and "Page 2 of 3" for its title.
  std::optional<std::string> rel_prev, rel_next, page_of;
  std::optional<std::string> json_ld;  ///< JSON made by the generator, safe in a script element
  bool draft = false;                  ///< shown only as a preview: a badge says so
};
void Fill(ViewFields& f, PageMetaView& v);

struct NavItemView {
  std::string url, label;
  bool current = false;
};
void Fill(ViewFields& f, NavItemView& v);

/// The Atom feed, linked from the head.
struct FeedLinkView {
  std::string title, href;
};
void Fill(ViewFields& f, FeedLinkView& v);

/// The fields of one page the layout shows around its content.
struct LayoutView {
  std::string root;  ///< where the page's links start: "../../"
  PageMetaView page;
  std::optional<FeedLinkView> feed;
  std::vector<NavItemView> nav;
  /// The navigation as SharedNav keeps it, when the context keeps one: the
  /// page is rendered with it as a layer of its own and `nav` stays empty.
  const MustacheData* shared_nav = nullptr;
};
void Fill(ViewFields& f, LayoutView& v);

/// The navigation of a cluster's pages, made once for each set of pages
/// whose navigation is the same (see SharedNav); safe from any thread.
struct NavCache {
  std::mutex mu;
  std::map<std::string, MustacheData>
      made;  ///< {"nav": [...]}, by NavKey; a map keeps them in place
};

/// `{"nav": [...]}` for a page of `kind` in folder `dir`, made on the first
/// call for a page like it and kept in ctx.nav (which must be set). A
/// page's navigation links the cluster's top folders, at most two folders
/// deep, so it depends on the page's kind, its folder's depth and its first
/// two folders only: every story page shares one.
const MustacheData& SharedNav(const ClusterContext& ctx, const std::string& kind,
                              const std::string& dir);

/// The shared fields of pages whose links start at `root`; `portal_url`
/// is the portal index's address from there.
SharedView BuildShared(const ClusterContext& ctx, const std::string& root,
                       const std::string& portal_url);

/// Builds ctx->shared; call once, before the pages render.
void PrepareShared(ClusterContext* ctx);

/// Marks a page of a draft (`draft: true`, shown by --drafts): the badge,
/// and `noindex` for search engines.
void MarkDraft(LayoutView* v);

/// The layout fields of the page in folder `dir` of kind `kind`; a draft
/// cluster's pages are all marked.
LayoutView BuildLayout(const ClusterContext& ctx, const std::string& dir, const std::string& kind,
                       const std::string& title, const std::string& description);

/// The layout fields of page `slice` of the list in folder `list_dir`, and
/// its pager into `pager` (none for a list of one page): the head links the
/// previous and next pages, and the title says which page it is.
LayoutView BuildListLayout(const ClusterContext& ctx, const std::string& list_dir,
                           const PageSlice& slice, const std::string& kind,
                           const std::string& title, const std::string& description,
                           std::optional<PagerView>* pager);

/// The 404 page of a cluster: every link starts at ctx.error_root.
struct ErrorPageView {
  LayoutView layout;
  std::string search_url;
};
ErrorPageView BuildErrorPage(const ClusterContext& ctx);
void Fill(ViewFields& f, ErrorPageView& v);

}  // namespace clustersite
