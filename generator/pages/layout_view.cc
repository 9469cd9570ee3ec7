#include "pages/layout_view.h"

#include <algorithm>
#include <cstring>
#include <functional>

#include "core/media_type.h"
#include "core/url.h"
#include "pages/news_views.h"
#include "pages/staff_views.h"
#include "pages/strategy_views.h"

namespace clustersite {

void Fill(ViewFields& f, CommunicationView& v) {
  f.Text("newsletter", std::move(v.newsletter));
  f.Text("meetings", std::move(v.meetings));
  f.Text("next_meeting", std::move(v.next_meeting));
  f.Text("next_meeting_iso", std::move(v.next_meeting_iso));
}

void Fill(ViewFields& f, DirectionView& v) {
  f.Text("title", std::move(v.title));
  f.Raw("text_html", std::move(v.text_html));
}

void Fill(ViewFields& f, ClusterInfoView& v) {
  f.Text("slug", std::move(v.slug));
  f.Text("name", std::move(v.name));
  f.Text("vision", std::move(v.vision));
  f.Text("mission", std::move(v.mission));
  f.Text("founded", std::move(v.founded));
  f.Text("label", std::move(v.label));
  f.Text("label_name", std::move(v.label_name));
  f.Text("brand_color", std::move(v.brand_color));
  f.Text("brand_text", std::move(v.brand_text));
  f.Text("brand_ink", std::move(v.brand_ink));
  f.Text("logo", std::move(v.logo));
  f.Text("logo_type", std::move(v.logo_type));
  f.Names("sectors", std::move(v.sectors));
  f.Object("contact", v.contact);
  f.Object("communication", v.communication);
  f.List("directions", v.directions);
}

void Fill(ViewFields& f, SiteView& v) {
  f.Text("title", std::move(v.title));
  f.Text("url", std::move(v.url));
}

void Fill(ViewFields& f, SharedView& v) {
  f.Text("lang", std::move(v.lang));
  f.Strings("t", v.t);
  f.Object("site", v.site);
  f.Object("cluster", v.cluster);
}

void Fill(ViewFields& f, PageMetaView& v) {
  f.OneOf("is_", v.kind,
          {"home", "services", "service", "stories", "story", "roadmaps", "roadmap", "members",
           "about", "reports", "report", "search", "404", "portal", "staff"});
  f.Text("title", std::move(v.title));
  f.Text("description", std::move(v.description));
  f.Text("kind", std::move(v.kind));
  f.Text("site_name", std::move(v.site_name));
  f.Text("og_locale", std::move(v.og_locale));
  f.Text("og_type", std::move(v.og_type));
  f.Text("og_image", std::move(v.og_image));
  f.Text("robots", std::move(v.robots));
  f.Text("canonical", std::move(v.canonical));
  f.Text("published", std::move(v.published));
  f.Raw("json_ld", std::move(v.json_ld));
  f.Flag("draft", v.draft);
  f.Text("rel_prev", std::move(v.rel_prev));
  f.Text("rel_next", std::move(v.rel_next));
  f.Text("page_of", std::move(v.page_of));
}

void Fill(ViewFields& f, NavItemView& v) {
  f.Text("url", std::move(v.url));
  f.Text("label", std::move(v.label));
  f.Flag("current", v.current);
}

void Fill(ViewFields& f, FeedLinkView& v) {
  f.Text("title", std::move(v.title));
  f.Text("href", std::move(v.href));
}

void Fill(ViewFields& f, LayoutView& v) {
  f.Text("root", std::move(v.root));
  f.Object("page", v.page);
  f.Object("feed", v.feed);
  if (!v.shared_nav) f.List("nav", v.nav);
}

void Fill(ViewFields& f, ErrorPageView& v) {
  Fill(f, v.layout);
  f.Text("search_url", std::move(v.search_url));
}

namespace {

/// The cluster's fields, with URLs that start at `root` ("../", or an
/// absolute address on the 404 page).
ClusterInfoView BuildClusterInfo(const ClusterContext& ctx, const std::string& root) {
  const Cluster& c = ctx.cluster();
  const Strings& t = *ctx.strings;
  ClusterInfoView v;
  v.slug = c.slug;
  v.name = c.name;
  v.vision = c.vision;
  if (!c.mission.empty()) v.mission = c.mission;
  if (c.founded > 0) v.founded = std::to_string(c.founded);
  if (c.label != Label::kNone) {
    v.label = Name(c.label);
    v.label_name = t.Get("label_" + Name(c.label));
  }
  if (ctx.brand) {
    v.brand_color = ctx.brand->brand.Hex();
    v.brand_text = ctx.brand->text.Hex();
    v.brand_ink = ctx.brand->ink.Hex();
  }
  if (c.logo) {
    std::string logo = ResolveInTree("", c.logo->value).value_or("");
    v.logo = root + logo;
    v.logo_type = MediaType(logo);
  }
  v.sectors = c.sectors;
  v.contact = BuildContact(c.contact);
  const Communication& comm = c.communication;
  if (comm.newsletter != Newsletter::kUnset)
    v.communication.newsletter = t.Get("newsletter_" + Name(comm.newsletter));
  if (!comm.meetings.empty()) v.communication.meetings = comm.meetings;
  if (std::optional<Date> next = ctx.view->NextMeetingDate()) {
    v.communication.next_meeting = t.FormatDate(*next);
    v.communication.next_meeting_iso = next->Iso();
  }
  for (size_t i = 0; i < c.directions.size(); ++i) {
    v.directions.push_back(
        {c.directions[i].title, ctx.markdown->Get(c.slug + "#direction" + std::to_string(i + 1))});
  }
  return v;
}

/// One link of the navigation: the kind of page it goes to, and its folder.
struct NavTarget {
  const char* kind;
  const char* dir;
};

/// The links of the navigation of the cluster's pages, in order.
std::vector<NavTarget> NavTargets(const ClusterContext& ctx) {
  std::vector<NavTarget> items = {
      {"home", ""}, {"services", "services/"}, {"stories", "stories/"}, {"roadmaps", "roadmaps/"}};
  if (!ctx.view->events.empty()) items.push_back({"events", kEventsDir});
  if (!ctx.view->news.empty()) items.push_back({"news", kNewsDir});
  items.push_back({"members", "members/"});
  if (ctx.view->about()) items.push_back({"about", "about/"});
  if (ctx.view->strategy) items.push_back({"strategy", kStrategyDir});
  if (!ctx.view->reports.empty()) items.push_back({"reports", "reports/"});
  items.push_back({"kit", "welcome-kit/"});
  items.push_back({"search", "search/"});
  // The staff's own pages, linked in the staff's build only.
  if (HasStaffPages(*ctx.view)) items.push_back({"staff", kStaffMembersDir});
  return items;
}

/// The navigation, each link made by `link` from a cluster-relative folder.
std::vector<NavItemView> BuildNav(const ClusterContext& ctx, const std::string& kind,
                                  const std::function<std::string(const std::string&)>& link) {
  std::vector<NavItemView> nav;
  for (const NavTarget& item : NavTargets(ctx)) {
    const std::string_view dir = item.dir;
    bool current = kind == item.kind || (kind == "service" && dir == "services/") ||
                   (kind == "story" && dir == "stories/") ||
                   (kind == "roadmap" && dir == "roadmaps/") ||
                   (kind == "report" && dir == "reports/") || (kind == "event" && dir == "events/");
    nav.push_back({link(item.dir), ctx.strings->Get(std::string("nav_") + item.kind), current});
  }
  return nav;
}

/// The fields every page has; `root` is where its links start.
LayoutView BuildCommon(const ClusterContext& ctx, const std::string& root, const std::string& kind,
                       const std::string& title, const std::string& description) {
  const Cluster& c = ctx.cluster();
  LayoutView v;
  v.root = root;
  PageMetaView& page = v.page;
  page.title = title;
  page.description = description;
  page.kind = kind;
  page.site_name = c.name;
  page.og_locale = ctx.strings->Get("og_locale");
  page.og_type = kind == "story" ? "article" : "website";
  if (!ctx.base_url.empty() && c.logo)
    page.og_image = ctx.base_url + ResolveInTree("", c.logo->value).value_or("");
  if (IsPrivate(ctx.view->audience)) page.robots = "noindex, nofollow";
  if (c.draft) MarkDraft(&v);
  if (ctx.has_feed())
    v.feed = FeedLinkView{ctx.strings->Get("feed_title") + " – " + c.name, root + "feed.xml"};
  return v;
}

}  // namespace

void MarkDraft(LayoutView* v) {
  v->page.draft = true;
  v->page.robots = "noindex, nofollow";
}

SharedView BuildShared(const ClusterContext& ctx, const std::string& root,
                       const std::string& portal_url) {
  SharedView v;
  v.lang = ctx.strings->lang();
  v.t = &ctx.strings->data();
  if (!ctx.portal_title.empty()) v.site.title = ctx.portal_title;
  if (ctx.has_portal) v.site.url = portal_url;
  v.cluster = BuildClusterInfo(ctx, root);
  return v;
}

void PrepareShared(ClusterContext* ctx) {
  ctx->shared.clear();
  // Pages lie up to five folders deep: members/sector/<slug>/page/2/.
  for (const char* dir : {"", "x/", "x/y/", "x/y/z/", "x/y/z/p/", "x/y/z/p/2/"}) {
    std::string root = UpLevels(dir);
    ctx->shared.push_back(ToData(BuildShared(*ctx, root, root + "../")));
  }
  ctx->shared.push_back(ToData(BuildShared(*ctx, ctx->error_root, ctx->error_portal_root)));
  ctx->members = std::make_shared<const MemberPlaces>(*ctx->view);
}

LayoutView BuildLayout(const ClusterContext& ctx, const std::string& dir, const std::string& kind,
                       const std::string& title, const std::string& description) {
  LayoutView v = BuildCommon(ctx, UpLevels(dir), kind, title, description);
  if (!ctx.base_url.empty()) v.page.canonical = ctx.base_url + dir;
  if (ctx.nav) {
    v.shared_nav = &SharedNav(ctx, kind, dir);
  } else {
    v.nav = BuildNav(ctx, kind, [&](const std::string& to) { return RelativeUrl(dir, to); });
  }
  return v;
}

namespace {

/// What the navigation of a page in `dir` depends on besides its kind: how
/// deep the folder is, and the most folders it shares with a link's folder.
/// RelativeUrl drops the folders the two share and climbs out of the rest,
/// so two pages that agree on these get the same links.
std::string NavKey(const std::vector<NavTarget>& targets, const std::string& kind,
                   std::string_view dir) {
  size_t shared = 0;
  for (const NavTarget& t : targets) shared = std::max(shared, CommonFolders(dir, t.dir));
  std::string key = kind;
  key += ' ';
  key += std::to_string(std::count(dir.begin(), dir.end(), '/'));
  key += ' ';
  key += dir.substr(0, shared);
  return key;
}

}  // namespace

const MustacheData& SharedNav(const ClusterContext& ctx, const std::string& kind,
                              const std::string& dir) {
  const std::string key = NavKey(NavTargets(ctx), kind, dir);
  std::lock_guard<std::mutex> lock(ctx.nav->mu);
  auto it = ctx.nav->made.find(key);
  if (it != ctx.nav->made.end()) return it->second;
  std::vector<NavItemView> nav =
      BuildNav(ctx, kind, [&](const std::string& to) { return RelativeUrl(dir, to); });
  MustacheData data = Object();
  ViewFields fields(&data);
  fields.List("nav", nav);
  return ctx.nav->made.emplace(key, std::move(data)).first->second;
}

LayoutView BuildListLayout(const ClusterContext& ctx, const std::string& list_dir,
                           const PageSlice& slice, const std::string& kind,
                           const std::string& title, const std::string& description,
                           std::optional<PagerView>* pager) {
  LayoutView v = BuildLayout(ctx, PageDir(list_dir, slice.number), kind, title, description);
  *pager = BuildPager(list_dir, slice);
  if (*pager) {
    v.page.rel_prev = (*pager)->prev_url;
    v.page.rel_next = (*pager)->next_url;
    std::string of = ctx.strings->Get("list_page");
    for (auto [key, value] : {std::pair{"{page}", (*pager)->number}, {"{pages}", (*pager)->count}})
      if (size_t at = of.find(key); at != std::string::npos) of.replace(at, strlen(key), value);
    v.page.page_of = std::move(of);
  }
  return v;
}

ErrorPageView BuildErrorPage(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  const std::string& root = ctx.error_root;
  ErrorPageView v{BuildCommon(ctx, root, "404", t.Get("not_found_title"), t.Get("not_found_text")),
                  root + "search/"};
  v.layout.page.robots = "noindex";
  v.layout.nav = BuildNav(ctx, "404", [&](const std::string& to) { return root + to; });
  return v;
}

}  // namespace clustersite
