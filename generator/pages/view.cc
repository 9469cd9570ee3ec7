#include "pages/view.h"

#include "core/media_type.h"
#include "core/text.h"
#include "core/unicode.h"
#include "core/url.h"

namespace clustersite {

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
  Put(d, "url", RelativeUrl(from, ServiceDir(s)));
  Put(d, "slug", s.slug);
  Put(d, "title", s.title);
  Put(d, "summary", s.summary);
  Put(d, "category", CategoryName(ctx.cluster(), s.category));
  Put(d, "uses_last_year", std::to_string(s.uses_last_year));
  if (rank > 0) Put(d, "rank", std::to_string(rank));
  MustacheData audiences = List();
  for (const Located& a : s.audience) {
    MustacheData item = Object();
    Put(item, "name", ctx.strings->Get("audience_" + a.value));
    Append(audiences, std::move(item));
  }
  Put(d, "audiences", std::move(audiences));
  Put(d, "members_only", s.visibility == Audience::kMembers);
  return d;
}

MustacheData StoryCard(const ClusterContext& ctx, const Story& s, const std::string& from) {
  MustacheData d = Object();
  Put(d, "url", RelativeUrl(from, StoryDir(s)));
  Put(d, "slug", s.slug);
  Put(d, "title", s.title);
  Put(d, "company", s.company);
  if (!s.summary.empty()) Put(d, "summary", s.summary);
  Put(d, "date", ctx.strings->FormatDate(s.date));
  Put(d, "date_iso", s.date.Iso());
  MustacheData services = List();
  for (const Service* svc : ctx.view->ServicesOf(s)) {
    MustacheData item = Object();
    Put(item, "title", svc->title);
    Put(item, "url", RelativeUrl(from, ServiceDir(*svc)));
    Append(services, std::move(item));
  }
  Put(d, "services", std::move(services));
  Put(d, "members_only", s.visibility != Audience::kPublic);
  return d;
}

MustacheData RoadmapCard(const ClusterContext& ctx, const Roadmap& r, const std::string& from) {
  MustacheData d = Object();
  Put(d, "url", RelativeUrl(from, RoadmapDir(r)));
  Put(d, "slug", r.slug);
  Put(d, "title", r.title);
  Put(d, "for_label", ForLabel(*ctx.strings, r.kind));
  Put(d, "steps_count", std::to_string(r.steps.size()));
  if (r.service) {
    auto it = ctx.view->service_by_slug.find(r.service->value);
    if (it != ctx.view->service_by_slug.end()) {
      MustacheData svc = Object();
      Put(svc, "title", it->second->title);
      Put(svc, "url", RelativeUrl(from, ServiceDir(*it->second)));
      Put(d, "service", std::move(svc));
    }
  }
  return d;
}

MustacheData ContactData(const Contact& c) {
  MustacheData d = Object();
  Put(d, "name", c.name);
  if (!c.role.empty()) Put(d, "role", c.role);
  if (!c.email.empty()) {
    Put(d, "email", c.email);
    // partials/email.html: a <wbr> before every part but the first.
    MustacheData parts = List();
    for (const std::string& text : EmailLineParts(c.email)) {
      MustacheData part = Object();
      Put(part, "text", text);
      Put(part, "break_before", !parts.is_empty_list());
      Append(parts, std::move(part));
    }
    Put(d, "email_parts", std::move(parts));
  }
  if (!c.phone.empty()) {
    Put(d, "phone", c.phone);
    std::string tel;
    for (char ch : c.phone) {
      if ((ch >= '0' && ch <= '9') || (ch == '+' && tel.empty())) tel += ch;
    }
    if (!tel.empty()) Put(d, "phone_tel", tel);
  }
  return d;
}

MustacheData StepsData(const ClusterContext& ctx, const Roadmap& r, const HtmlAdapter& adapt) {
  MustacheData steps = List();
  for (size_t i = 0; i < r.steps.size(); ++i) {
    const Step& s = r.steps[i];
    MustacheData d = Object();
    Put(d, "number", std::to_string(i + 1));
    Put(d, "who", s.who);
    Put(d, "who_label", ctx.strings->Get("who_" + s.who));
    Put(d, "is_" + s.who, true);
    Put(d, "title", s.title);
    if (!s.when.empty()) {
      Put(d, "when", s.when_date ? ctx.strings->FormatDate(*s.when_date) : s.when);
    }
    const std::string key = r.rel + "#step" + std::to_string(i + 1);
    const std::string& html = ctx.markdown->Get(key);
    Put(d, "text_html", adapt ? adapt(key, html) : html);
    Append(steps, std::move(d));
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
  Put(d, "slug", c.slug);
  Put(d, "name", c.name);
  Put(d, "vision", c.vision);
  if (!c.mission.empty()) Put(d, "mission", c.mission);
  if (c.founded > 0) Put(d, "founded", std::to_string(c.founded));
  if (!c.label.empty()) {
    Put(d, "label", c.label);
    Put(d, "label_name", t.Get("label_" + c.label));
  }
  if (ctx.brand) {
    Put(d, "brand_color", ctx.brand->brand.Hex());
    Put(d, "brand_text", ctx.brand->text.Hex());
    Put(d, "brand_ink", ctx.brand->ink.Hex());
  }
  if (c.logo) {
    std::string logo = ResolveInTree("", c.logo->value).value_or("");
    Put(d, "logo", root + logo);
    Put(d, "logo_type", MediaType(logo));
  }
  Put(d, "sectors", NameList(c.sectors));
  Put(d, "contact", ContactData(c.contact));
  MustacheData comm = Object();
  if (!c.communication.newsletter.empty())
    Put(comm, "newsletter", t.Get("newsletter_" + c.communication.newsletter));
  if (!c.communication.meetings.empty()) Put(comm, "meetings", c.communication.meetings);
  if (c.communication.next_meeting) {
    Put(comm, "next_meeting", t.FormatDate(*c.communication.next_meeting));
    Put(comm, "next_meeting_iso", c.communication.next_meeting->Iso());
  }
  Put(d, "communication", std::move(comm));
  MustacheData dirs = List();
  for (size_t i = 0; i < c.directions.size(); ++i) {
    MustacheData item = Object();
    Put(item, "title", c.directions[i].title);
    Put(item, "text_html", ctx.markdown->Get(c.slug + "#direction" + std::to_string(i + 1)));
    Append(dirs, std::move(item));
  }
  Put(d, "directions", std::move(dirs));
  return d;
}

MustacheData SharedData(const ClusterContext& ctx, const std::string& root,
                        const std::string& portal_url) {
  const Strings& t = *ctx.strings;
  MustacheData d = Object();
  Put(d, "lang", t.lang());
  Put(d, "t", t.data());
  MustacheData site = Object();
  if (!ctx.portal_title.empty()) Put(site, "title", ctx.portal_title);
  if (ctx.has_portal) Put(site, "url", portal_url);
  Put(d, "site", std::move(site));
  Put(d, "cluster", ClusterData(ctx, root));
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
    Put(n, "url", link(item.dir));
    Put(n, "label", ctx.strings->Get(std::string("nav_") + item.kind));
    bool current = kind == item.kind || (kind == "service" && item.dir == "services/") ||
                   (kind == "story" && item.dir == "stories/") ||
                   (kind == "roadmap" && item.dir == "roadmaps/");
    Put(n, "current", current);
    Append(nav, std::move(n));
  }
  return nav;
}

/// The fields every page has; `root` is where its links start.
MustacheData CommonPageData(const ClusterContext& ctx, const std::string& root,
                            const std::string& kind, const std::string& title,
                            const std::string& description) {
  const Cluster& c = ctx.cluster();
  MustacheData d = Object();
  Put(d, "root", root);
  MustacheData page = Object();
  Put(page, "title", title);
  Put(page, "description", description);
  Put(page, "kind", kind);
  Put(page, "is_" + kind, true);
  Put(page, "site_name", c.name);
  Put(page, "og_locale", ctx.strings->Get("og_locale"));
  Put(page, "og_type", kind == "story" ? "article" : "website");
  if (!ctx.base_url.empty() && c.logo)
    Put(page, "og_image", ctx.base_url + ResolveInTree("", c.logo->value).value_or(""));
  if (ctx.view->audience == Audience::kMembers) Put(page, "robots", "noindex, nofollow");
  Put(d, "page", std::move(page));
  if (ctx.has_feed()) {
    MustacheData feed = Object();
    Put(feed, "title", ctx.strings->Get("feed_title") + " – " + c.name);
    Put(feed, "href", root + "feed.xml");
    Put(d, "feed", std::move(feed));
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
  if (!ctx.base_url.empty()) Put(d["page"], "canonical", ctx.base_url + dir);
  Put(d, "nav", NavData(ctx, kind, [&](const std::string& to) { return RelativeUrl(dir, to); }));
  return d;
}

MustacheData ErrorPageData(const ClusterContext& ctx) {
  const Strings& t = *ctx.strings;
  MustacheData d =
      CommonPageData(ctx, ctx.error_root, "404", t.Get("not_found_title"), t.Get("not_found_text"));
  Put(d["page"], "robots", "noindex");
  const std::string& root = ctx.error_root;
  Put(d, "nav", NavData(ctx, "404", [&](const std::string& to) { return root + to; }));
  Put(d, "search_url", root + "search/");
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
