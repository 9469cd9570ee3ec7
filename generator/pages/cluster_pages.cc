#include "pages/cluster_pages.h"

#include <algorithm>
#include <functional>
#include <map>

#include "core/parallel.h"
#include "core/url.h"
#include "pages/search_page.h"

namespace clustersite {

namespace {

MustacheData HomeData(const ClusterContext& ctx, const std::string& json_ld) {
  const ClusterView& v = *ctx.view;
  const Cluster& c = ctx.cluster();
  MustacheData d = PageData(ctx, "", "home", c.name, c.vision);
  MustacheData top = List();
  for (size_t i = 0; i < v.services.size() && i < 3; ++i)
    Append(top, ServiceCard(ctx, *v.services[i], "", static_cast<int>(i + 1)));
  Put(d, "top_services", std::move(top));
  MustacheData latest = List();
  for (size_t i = 0; i < v.stories.size() && i < 3; ++i)
    Append(latest, StoryCard(ctx, *v.stories[i], ""));
  Put(d, "latest_stories", std::move(latest));
  Put(d, "has_latest_stories", !v.stories.empty());
  Put(d, "services_url", "services/");
  Put(d, "stories_url", "stories/");
  Put(d, "roadmaps_url", "roadmaps/");
  Put(d, "members_url", "members/");
  if (c.about) Put(d, "about_url", "about/");
  size_t partners = std::count_if(v.members.begin(), v.members.end(),
                                  [](const Member* m) { return m->kind == MemberKind::kPartner; });
  Put(d, "member_count", std::to_string(v.members.size() - partners));
  Put(d, "partner_count", std::to_string(partners));
  Put(d["page"], "json_ld", json_ld);
  return d;
}

MustacheData ServicesData(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  const std::string dir = "services/";
  MustacheData d = PageData(ctx, dir, "services", ctx.strings->Get("title_services"),
                            ctx.strings->Get("description_services"));
  // Categories in the order of their most used service.
  std::vector<std::string> order;
  std::map<std::string, MustacheData> lists;
  for (size_t i = 0; i < v.services.size(); ++i) {
    const Service& s = *v.services[i];
    if (!lists.count(s.category)) {
      order.push_back(s.category);
      lists.emplace(s.category, List());
    }
    Append(lists.at(s.category), ServiceCard(ctx, s, dir, i < 3 ? static_cast<int>(i + 1) : 0));
  }
  MustacheData categories = List();
  for (const std::string& name : order) {
    MustacheData cat = Object();
    Put(cat, "name", CategoryName(ctx.cluster(), name));
    Put(cat, "services", std::move(lists.at(name)));
    Append(categories, std::move(cat));
  }
  Put(d, "categories", std::move(categories));
  Put(d, "service_count", std::to_string(v.services.size()));
  return d;
}

MustacheData ServiceData(const ClusterContext& ctx, const Service& s, int rank) {
  const ClusterView& v = *ctx.view;
  const std::string dir = ServiceDir(s);
  MustacheData d = PageData(ctx, dir, "service", s.title, s.summary);
  MustacheData svc = ServiceCard(ctx, s, dir, rank);
  Put(svc, "contact", ContactData(s.contact ? *s.contact : ctx.cluster().contact));
  Put(svc, "body_html", ctx.markdown->Get(s.rel));
  Put(d, "service", std::move(svc));
  if (const Roadmap* r = v.RoadmapOf(s)) {
    MustacheData rm = RoadmapCard(ctx, *r, dir);
    Put(rm, "intro_html", ctx.markdown->Get(r->rel));
    Put(rm, "steps", StepsData(ctx, *r));
    Put(d, "roadmap", std::move(rm));
  }
  MustacheData stories = List();
  auto it = v.stories_by_service.find(s.slug);
  if (it != v.stories_by_service.end()) {
    for (const Story* st : it->second) Append(stories, StoryCard(ctx, *st, dir));
  }
  Put(d, "stories", std::move(stories));
  Put(d, "has_stories", it != v.stories_by_service.end());
  return d;
}

MustacheData StoriesData(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  const std::string dir = "stories/";
  MustacheData d = PageData(ctx, dir, "stories", ctx.strings->Get("title_stories"),
                            ctx.strings->Get("description_stories"));
  MustacheData stories = List();
  for (const Story* s : v.stories) Append(stories, StoryCard(ctx, *s, dir));
  Put(d, "stories", std::move(stories));
  Put(d, "has_stories", !v.stories.empty());
  MustacheData filters = List();
  MustacheData groups = List();
  for (const Service* svc : v.services) {
    auto it = v.stories_by_service.find(svc->slug);
    if (it == v.stories_by_service.end()) continue;
    MustacheData f = Object();
    Put(f, "title", svc->title);
    Put(f, "anchor", "s-" + svc->slug);
    Put(f, "count", std::to_string(it->second.size()));
    Append(filters, std::move(f));
    MustacheData g = Object();
    Put(g, "title", svc->title);
    Put(g, "url", RelativeUrl(dir, ServiceDir(*svc)));
    Put(g, "anchor", "s-" + svc->slug);
    MustacheData list = List();
    for (const Story* s : it->second) Append(list, StoryCard(ctx, *s, dir));
    Put(g, "stories", std::move(list));
    Append(groups, std::move(g));
  }
  Put(d, "filters", std::move(filters));
  Put(d, "by_service", std::move(groups));
  return d;
}

MustacheData StoryData(const ClusterContext& ctx, size_t index) {
  const ClusterView& v = *ctx.view;
  const Story& s = *v.stories[index];
  const std::string dir = StoryDir(s);
  MustacheData d = PageData(ctx, dir, "story", s.title, s.summary.empty() ? s.title : s.summary);
  Put(d["page"], "published", s.date.Iso());
  MustacheData story = StoryCard(ctx, s, dir);
  Put(story, "body_html", ctx.markdown->Get(s.rel));
  Put(d, "story", std::move(story));
  auto link = [&](const Story& other) {
    MustacheData l = Object();
    Put(l, "url", RelativeUrl(dir, StoryDir(other)));
    Put(l, "title", other.title);
    return l;
  };
  if (index + 1 < v.stories.size()) Put(d, "prev", link(*v.stories[index + 1]));
  if (index > 0) Put(d, "next", link(*v.stories[index - 1]));
  return d;
}

MustacheData RoadmapsData(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  const std::string dir = "roadmaps/";
  MustacheData d = PageData(ctx, dir, "roadmaps", ctx.strings->Get("title_roadmaps"),
                            ctx.strings->Get("description_roadmaps"));
  MustacheData groups = List();
  for (RoadmapFor kind :
       {RoadmapFor::kNew, RoadmapFor::kActive, RoadmapFor::kReactivate, RoadmapFor::kService}) {
    MustacheData list = List();
    bool any = false;
    for (const Roadmap* r : v.roadmaps) {
      if (r->kind != kind) continue;
      Append(list, RoadmapCard(ctx, *r, dir));
      any = true;
    }
    if (!any) continue;
    MustacheData g = Object();
    Put(g, "label", ForLabel(*ctx.strings, kind));
    Put(g, "roadmaps", std::move(list));
    Append(groups, std::move(g));
  }
  Put(d, "groups", std::move(groups));
  return d;
}

MustacheData RoadmapData(const ClusterContext& ctx, const Roadmap& r) {
  const std::string dir = RoadmapDir(r);
  MustacheData d =
      PageData(ctx, dir, "roadmap", r.title, r.title + " – " + ForLabel(*ctx.strings, r.kind));
  MustacheData rm = RoadmapCard(ctx, r, dir);
  Put(rm, "intro_html", ctx.markdown->Get(r.rel));
  Put(rm, "steps", StepsData(ctx, r));
  Put(d, "roadmap", std::move(rm));
  return d;
}

MustacheData MemberData(const ClusterContext& ctx, const Member& m, const std::string& anchor) {
  const Strings& t = *ctx.strings;
  MustacheData d = Object();
  Put(d, "anchor", anchor);
  Put(d, "name", m.name);
  Put(d, "kind", Name(m.kind));
  Put(d, "type_label", t.Get("type_" + Name(m.type)));
  if (m.size != MemberSize::kUnset) Put(d, "size_label", t.Get("size_" + Name(m.size)));
  Put(d, "sector", m.sector);
  if (m.joined) {
    Put(d, "joined", t.FormatDate(*m.joined));
    Put(d, "joined_iso", m.joined->Iso());
  }
  if (!m.website.empty()) Put(d, "website", m.website);
  std::vector<std::string> interests;
  for (const std::string& key : m.interests) interests.push_back(CategoryName(ctx.cluster(), key));
  Put(d, "interests", NameList(interests));
  if (m.contact && ctx.view->show_member_contacts()) Put(d, "contact", ContactData(*m.contact));
  return d;
}

MustacheData MembersData(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  const Strings& t = *ctx.strings;
  MustacheData d =
      PageData(ctx, "members/", "members", t.Get("title_members"), t.Get("description_members"));
  const std::map<const Member*, std::string> anchors = MemberAnchors(v);
  std::map<std::string, std::pair<MustacheData, MustacheData>> by_sector;
  std::map<MemberType, size_t> by_type;
  std::map<MemberSize, size_t> by_size;
  size_t partners = 0;
  for (const Member* m : v.members) {
    auto& lists = by_sector.try_emplace(m->sector, List(), List()).first->second;
    const bool partner = m->kind == MemberKind::kPartner;
    (partner ? lists.second : lists.first).push_back(MemberData(ctx, *m, anchors.at(m)));
    partners += partner;
    ++by_type[m->type];
    if (m->size != MemberSize::kUnset) ++by_size[m->size];
  }
  MustacheData sectors = List();
  for (auto& [name, lists] : by_sector) {
    MustacheData s = Object();
    Put(s, "name", name);
    Put(s, "has_members", !lists.first.is_empty_list());
    Put(s, "has_partners", !lists.second.is_empty_list());
    Put(s, "members", std::move(lists.first));
    Put(s, "partners", std::move(lists.second));
    Append(sectors, std::move(s));
  }
  Put(d, "sectors", std::move(sectors));
  Put(d, "member_count", std::to_string(v.members.size() - partners));
  Put(d, "partner_count", std::to_string(partners));
  // Types, then sizes, each in the order of its closed set.
  MustacheData composition = List();
  auto add = [&](const std::string& label_key, size_t count) {
    MustacheData c = Object();
    Put(c, "label", t.Get(label_key));
    Put(c, "count", std::to_string(count));
    Append(composition, std::move(c));
  };
  for (const auto& [type, count] : by_type) add("type_" + Name(type) + "_count", count);
  for (const auto& [size, count] : by_size) add("size_" + Name(size) + "_count", count);
  Put(d, "composition", std::move(composition));
  return d;
}

MustacheData AboutData(const ClusterContext& ctx) {
  MustacheData d =
      PageData(ctx, "about/", "about", ctx.strings->Get("title_about"), ctx.cluster().vision);
  Put(d, "about_html", ctx.markdown->Get(ctx.cluster().about_rel));
  return d;
}

}  // namespace

std::vector<ClusterPage> ListClusterPages(const ClusterView& v) {
  std::vector<ClusterPage> pages;
  auto add = [&](std::string dir, const char* kind, size_t index = 0) {
    pages.push_back({std::move(dir), kind, index});
  };
  add("", "home");
  add("services/", "services");
  for (size_t i = 0; i < v.services.size(); ++i) add(ServiceDir(*v.services[i]), "service", i);
  add("stories/", "stories");
  for (size_t i = 0; i < v.stories.size(); ++i) add(StoryDir(*v.stories[i]), "story", i);
  add("roadmaps/", "roadmaps");
  for (size_t i = 0; i < v.roadmaps.size(); ++i) add(RoadmapDir(*v.roadmaps[i]), "roadmap", i);
  add("members/", "members");
  if (v.cluster->about) add("about/", "about");
  add("search/", "search");
  return pages;
}

size_t CountClusterPages(const ClusterView& v) { return ListClusterPages(v).size(); }

namespace {

MustacheData DataOf(const ClusterContext& ctx, const ClusterPage& page,
                    const std::vector<SearchEntry>& search, const std::string& json_ld) {
  const ClusterView& v = *ctx.view;
  const std::string& k = page.kind;
  if (k == "home") return HomeData(ctx, json_ld);
  if (k == "services") return ServicesData(ctx);
  if (k == "service") {
    int rank = page.index < 3 ? static_cast<int>(page.index + 1) : 0;
    return ServiceData(ctx, *v.services[page.index], rank);
  }
  if (k == "stories") return StoriesData(ctx);
  if (k == "story") return StoryData(ctx, page.index);
  if (k == "roadmaps") return RoadmapsData(ctx);
  if (k == "roadmap") return RoadmapData(ctx, *v.roadmaps[page.index]);
  if (k == "members") return MembersData(ctx);
  if (k == "about") return AboutData(ctx);
  return SearchPageData(ctx, search);
}

}  // namespace

void RenderClusterPages(const ClusterContext& ctx, const Theme& theme, const std::string& prefix,
                        const std::vector<SearchEntry>& search, const std::string& json_ld,
                        int jobs, OutputSink* out) {
  const std::vector<ClusterPage> pages = ListClusterPages(*ctx.view);
  ParallelFor(pages.size(), jobs, [&](size_t i) {
    const ClusterPage& page = pages[i];
    MustacheData data = DataOf(ctx, page, search, json_ld);
    const MustacheData& shared = ctx.Shared(page.dir);
    Put(data, "content", theme.Render(page.kind, shared, data));
    out->Put({prefix + page.dir + "index.html", theme.Render("layout", shared, data), ""});
  });
}

void RenderErrorPage(const ClusterContext& ctx, const Theme& theme, const std::string& prefix,
                     OutputSink* out) {
  MustacheData data = ErrorPageData(ctx);
  const MustacheData& shared = ctx.ErrorShared();
  Put(data, "content", theme.Render("404", shared, data));
  out->Put({prefix + "404.html", theme.Render("layout", shared, data), ""});
}

}  // namespace clustersite
