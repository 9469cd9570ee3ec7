#include "render/view.h"

#include "core/media_type.h"
#include "core/unicode.h"
#include "core/url.h"

namespace clustersite {

MustacheData Object() { return MustacheData(MustacheData::type::object); }
MustacheData List() { return MustacheData(MustacheData::type::list); }

MustacheData NameList(const std::vector<std::string>& names) {
  MustacheData list = List();
  for (const std::string& n : names) {
    MustacheData item = Object();
    item.set("name", n);
    list.push_back(item);
  }
  return list;
}

const std::string& RenderedMarkdown::Get(const std::string& key) const {
  static const std::string empty;
  auto it = html.find(key);
  return it == html.end() ? empty : it->second;
}

std::string ServiceDir(const Service& s) { return "services/" + s.slug + "/"; }
std::string StoryDir(const Story& s) { return "stories/" + s.slug + "/"; }
std::string RoadmapDir(const Roadmap& r) { return "roadmaps/" + r.slug + "/"; }

std::string CategoryName(const Cluster& c, const std::string& key) {
  auto it = c.categories.find(key);
  return it == c.categories.end() ? key : it->second;
}

std::string ForLabel(const Strings& t, RoadmapFor kind) {
  switch (kind) {
    case RoadmapFor::kNew:
      return t.Get("for_new");
    case RoadmapFor::kActive:
      return t.Get("for_active");
    case RoadmapFor::kReactivate:
      return t.Get("for_reactivate");
    case RoadmapFor::kService:
      return t.Get("for_service");
  }
  return "";
}

MustacheData ServiceCard(const ClusterContext& ctx, const Service& s, const std::string& from,
                         int rank) {
  MustacheData d = Object();
  d.set("url", RelativeUrl(from, ServiceDir(s)));
  d.set("slug", s.slug);
  d.set("title", s.title);
  d.set("summary", s.summary);
  d.set("category", CategoryName(ctx.cluster(), s.category));
  d.set("uses_last_year", std::to_string(s.uses_last_year));
  if (rank > 0) d.set("rank", std::to_string(rank));
  MustacheData audiences = List();
  for (const Located& a : s.audience) {
    MustacheData item = Object();
    item.set("name", ctx.strings->Get("audience_" + a.value));
    audiences.push_back(item);
  }
  d.set("audiences", audiences);
  d.set("members_only", s.visibility == Audience::kMembers);
  return d;
}

MustacheData StoryCard(const ClusterContext& ctx, const Story& s, const std::string& from) {
  MustacheData d = Object();
  d.set("url", RelativeUrl(from, StoryDir(s)));
  d.set("slug", s.slug);
  d.set("title", s.title);
  d.set("company", s.company);
  if (!s.summary.empty()) d.set("summary", s.summary);
  d.set("date", ctx.strings->FormatDate(s.date));
  d.set("date_iso", s.date.Iso());
  MustacheData services = List();
  for (const Service* svc : ctx.view->ServicesOf(s)) {
    MustacheData item = Object();
    item.set("title", svc->title);
    item.set("url", RelativeUrl(from, ServiceDir(*svc)));
    services.push_back(item);
  }
  d.set("services", services);
  d.set("members_only", s.visibility != Audience::kPublic);
  return d;
}

MustacheData RoadmapCard(const ClusterContext& ctx, const Roadmap& r, const std::string& from) {
  MustacheData d = Object();
  d.set("url", RelativeUrl(from, RoadmapDir(r)));
  d.set("slug", r.slug);
  d.set("title", r.title);
  d.set("for_label", ForLabel(*ctx.strings, r.kind));
  d.set("steps_count", std::to_string(r.steps.size()));
  if (r.service) {
    auto it = ctx.view->service_by_slug.find(r.service->value);
    if (it != ctx.view->service_by_slug.end()) {
      MustacheData svc = Object();
      svc.set("title", it->second->title);
      svc.set("url", RelativeUrl(from, ServiceDir(*it->second)));
      d.set("service", svc);
    }
  }
  return d;
}

MustacheData ContactData(const Contact& c) {
  MustacheData d = Object();
  d.set("name", c.name);
  if (!c.role.empty()) d.set("role", c.role);
  if (!c.email.empty()) d.set("email", c.email);
  if (!c.phone.empty()) {
    d.set("phone", c.phone);
    std::string tel;
    for (char ch : c.phone) {
      if ((ch >= '0' && ch <= '9') || (ch == '+' && tel.empty())) tel += ch;
    }
    if (!tel.empty()) d.set("phone_tel", tel);
  }
  return d;
}

MustacheData StepsData(const ClusterContext& ctx, const Roadmap& r,
                       const std::function<std::string(const std::string&)>& adapt) {
  MustacheData steps = List();
  for (size_t i = 0; i < r.steps.size(); ++i) {
    const Step& s = r.steps[i];
    MustacheData d = Object();
    d.set("number", std::to_string(i + 1));
    d.set("who", s.who);
    d.set("who_label", ctx.strings->Get("who_" + s.who));
    d.set("is_" + s.who, true);
    d.set("title", s.title);
    if (!s.when.empty()) {
      d.set("when", s.when_date ? ctx.strings->FormatDate(*s.when_date) : s.when);
    }
    const std::string& html = ctx.markdown->Get(r.rel + "#step" + std::to_string(i + 1));
    d.set("text_html", adapt ? adapt(html) : html);
    steps.push_back(d);
  }
  return steps;
}

namespace {

/// The cluster's fields, with URLs that start at `root` ("../", or an
/// absolute address on the 404 page).
MustacheData ClusterData(const ClusterContext& ctx, const std::string& root) {
  const Cluster& c = ctx.cluster();
  const Strings& t = *ctx.strings;
  MustacheData d = Object();
  d.set("slug", c.slug);
  d.set("name", c.name);
  d.set("vision", c.vision);
  if (!c.mission.empty()) d.set("mission", c.mission);
  if (c.founded > 0) d.set("founded", std::to_string(c.founded));
  if (!c.label.empty()) {
    d.set("label", c.label);
    d.set("label_name", t.Get("label_" + c.label));
  }
  if (ctx.brand) {
    d.set("brand_color", ctx.brand->brand.Hex());
    d.set("brand_text", ctx.brand->text.Hex());
    d.set("brand_ink", ctx.brand->ink.Hex());
  }
  if (c.logo) {
    std::string logo = ResolveInTree("", c.logo->value).value_or("");
    d.set("logo", root + logo);
    d.set("logo_type", MediaType(logo));
  }
  d.set("sectors", NameList(c.sectors));
  d.set("contact", ContactData(c.contact));
  MustacheData comm = Object();
  if (!c.communication.newsletter.empty())
    comm.set("newsletter", t.Get("newsletter_" + c.communication.newsletter));
  if (!c.communication.meetings.empty()) comm.set("meetings", c.communication.meetings);
  if (c.communication.next_meeting) {
    comm.set("next_meeting", t.FormatDate(*c.communication.next_meeting));
    comm.set("next_meeting_iso", c.communication.next_meeting->Iso());
  }
  d.set("communication", comm);
  MustacheData dirs = List();
  for (size_t i = 0; i < c.directions.size(); ++i) {
    MustacheData item = Object();
    item.set("title", c.directions[i].title);
    item.set("text_html", ctx.markdown->Get(c.slug + "#direction" + std::to_string(i + 1)));
    dirs.push_back(item);
  }
  d.set("directions", dirs);
  return d;
}

MustacheData SharedData(const ClusterContext& ctx, const std::string& root,
                        const std::string& portal_url) {
  const Strings& t = *ctx.strings;
  MustacheData d = Object();
  d.set("lang", t.lang());
  d.set("t", t.data());
  MustacheData site = Object();
  if (!ctx.portal_title.empty()) site.set("title", ctx.portal_title);
  if (ctx.has_portal) site.set("url", portal_url);
  d.set("site", site);
  d.set("cluster", ClusterData(ctx, root));
  return d;
}

/// The navigation, each link made by `link` from a cluster-relative folder.
MustacheData NavData(const ClusterContext& ctx, const std::string& kind,
                     const std::function<std::string(const std::string&)>& link) {
  struct Item {
    const char* kind;
    std::string dir;
  };
  std::vector<Item> items = {{"home", ""},
                             {"services", "services/"},
                             {"stories", "stories/"},
                             {"roadmaps", "roadmaps/"},
                             {"members", "members/"}};
  if (ctx.cluster().about) items.push_back({"about", "about/"});
  items.push_back({"kit", "welcome-kit/"});
  items.push_back({"search", "search/"});
  MustacheData nav = List();
  for (const Item& item : items) {
    MustacheData n = Object();
    n.set("url", link(item.dir));
    n.set("label", ctx.strings->Get(std::string("nav_") + item.kind));
    bool current = kind == item.kind || (kind == "service" && item.dir == "services/") ||
                   (kind == "story" && item.dir == "stories/") ||
                   (kind == "roadmap" && item.dir == "roadmaps/");
    n.set("current", current);
    nav.push_back(n);
  }
  return nav;
}

/// The fields every page has; `root` is where its links start.
MustacheData CommonPageData(const ClusterContext& ctx, const std::string& root,
                            const std::string& kind, const std::string& title,
                            const std::string& description) {
  const Cluster& c = ctx.cluster();
  MustacheData d = Object();
  d.set("root", root);
  MustacheData page = Object();
  page.set("title", title);
  page.set("description", description);
  page.set("kind", kind);
  page.set("is_" + kind, true);
  page.set("site_name", c.name);
  page.set("og_locale", ctx.strings->Get("og_locale"));
  page.set("og_type", kind == "story" ? "article" : "website");
  if (!ctx.base_url.empty() && c.logo)
    page.set("og_image", ctx.base_url + ResolveInTree("", c.logo->value).value_or(""));
  if (ctx.view->audience == Audience::kMembers) page.set("robots", "noindex, nofollow");
  d.set("page", page);
  if (ctx.has_feed()) {
    MustacheData feed = Object();
    feed.set("title", ctx.strings->Get("feed_title") + " – " + c.name);
    feed.set("href", root + "feed.xml");
    d.set("feed", feed);
  }
  return d;
}

}  // namespace

void PrepareShared(ClusterContext* ctx) {
  ctx->shared.clear();
  for (const char* dir : {"", "x/", "x/y/"}) {
    std::string root = UpLevels(dir);
    ctx->shared.push_back(SharedData(*ctx, root, root + "../"));
  }
  ctx->shared.push_back(SharedData(*ctx, ctx->error_root, ctx->error_portal_root));
}

const MustacheData& ClusterContext::Shared(const std::string& dir) const {
  size_t depth = UpLevels(dir).size() / 3;
  return shared.at(depth < 3 ? depth : 2);
}

MustacheData PageData(const ClusterContext& ctx, const std::string& dir, const std::string& kind,
                      const std::string& title, const std::string& description) {
  MustacheData d = CommonPageData(ctx, UpLevels(dir), kind, title, description);
  if (!ctx.base_url.empty()) d["page"].set("canonical", ctx.base_url + dir);
  d.set("nav", NavData(ctx, kind, [&](const std::string& to) { return RelativeUrl(dir, to); }));
  return d;
}

MustacheData ErrorPageData(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  MustacheData d =
      CommonPageData(ctx, ctx.error_root, "404", t.Get("not_found_title"), t.Get("not_found_text"));
  d["page"].set("robots", "noindex");
  const std::string& root = ctx.error_root;
  d.set("nav", NavData(ctx, "404", [&](const std::string& to) { return root + to; }));
  d.set("search_url", root + "search/");
  return d;
}

std::map<const Member*, std::string> MemberAnchors(const ClusterView& view) {
  std::map<const Member*, std::string> out;
  std::set<std::string> taken;
  for (const Member* m : view.members) {
    std::string base = "m-" + AsciiSlug(m->name), id = base;
    for (int n = 2; taken.count(id); ++n) id = base + "-" + std::to_string(n);
    taken.insert(id);
    out[m] = id;
  }
  return out;
}

}  // namespace clustersite
