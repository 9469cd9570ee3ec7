#include "render/view.h"

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

MustacheData ClusterData(const ClusterContext& ctx, const std::string& from) {
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
  if (!c.brand_color.empty()) d.set("brand_color", c.brand_color);
  if (c.logo) {
    d.set("logo", RelativeUrl(from, ResolveInTree("", c.logo->value).value_or("")));
    d.set("logo_alt", t.Get("logo_of") + " " + c.name);
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

}  // namespace

void PrepareShared(ClusterContext* ctx) {
  const Strings& t = *ctx->strings;
  ctx->shared.clear();
  for (const char* dir : {"", "x/", "x/y/"}) {
    MustacheData d = Object();
    d.set("lang", t.lang());
    d.set("t", t.data());
    MustacheData site = Object();
    if (!ctx->portal_title.empty()) site.set("title", ctx->portal_title);
    if (ctx->has_portal) site.set("url", UpLevels(dir) + "../");
    d.set("site", site);
    d.set("cluster", ClusterData(*ctx, dir));
    ctx->shared.push_back(std::move(d));
  }
}

const MustacheData& ClusterContext::Shared(const std::string& dir) const {
  size_t depth = UpLevels(dir).size() / 3;
  return shared.at(depth < shared.size() ? depth : shared.size() - 1);
}

MustacheData PageData(const ClusterContext& ctx, const std::string& dir, const std::string& kind,
                      const std::string& title, const std::string& description) {
  const Strings& t = *ctx.strings;
  MustacheData d = Object();
  d.set("root", UpLevels(dir));
  MustacheData page = Object();
  page.set("title", title);
  page.set("description", description);
  page.set("kind", kind);
  page.set("is_" + kind, true);
  if (!ctx.base_url.empty()) page.set("canonical", ctx.base_url + dir);
  d.set("page", page);
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
  MustacheData nav = List();
  for (const Item& item : items) {
    MustacheData n = Object();
    n.set("url", RelativeUrl(dir, item.dir));
    n.set("label", t.Get(std::string("nav_") + item.kind));
    bool current = kind == item.kind || (kind == "service" && item.dir == "services/") ||
                   (kind == "story" && item.dir == "stories/") ||
                   (kind == "roadmap" && item.dir == "roadmaps/");
    n.set("current", current);
    nav.push_back(n);
  }
  d.set("nav", nav);
  return d;
}

}  // namespace clustersite
