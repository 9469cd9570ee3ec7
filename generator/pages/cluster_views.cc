#include "pages/cluster_views.h"

#include <algorithm>
#include <map>

#include "core/url.h"

namespace clustersite {
namespace {

size_t PartnerCount(const ClusterView& v) {
  return std::count_if(v.members.begin(), v.members.end(),
                       [](const Member* m) { return m->kind == MemberKind::kPartner; });
}

int RankOf(size_t index) { return index < 3 ? static_cast<int>(index + 1) : 0; }

}  // namespace

HomeView BuildHome(const ClusterContext& ctx, const std::string& json_ld) {
  const ClusterView& v = *ctx.view;
  const Cluster& c = ctx.cluster();
  HomeView h;
  h.layout = BuildLayout(ctx, "", "home", c.name, c.vision);
  h.layout.page.json_ld = json_ld;
  for (size_t i = 0; i < v.services.size() && i < 3; ++i)
    h.top_services.push_back(BuildServiceCard(ctx, *v.services[i], "", RankOf(i)));
  for (size_t i = 0; i < v.stories.size() && i < 3; ++i)
    h.latest_stories.push_back(BuildStoryCard(ctx, *v.stories[i], ""));
  h.has_latest_stories = !v.stories.empty();
  h.next_events = NextEventCards(ctx);
  h.has_next_events = !h.next_events.empty();
  if (!v.events.empty()) h.events_url = kEventsDir;
  h.services_url = "services/";
  h.stories_url = "stories/";
  h.roadmaps_url = "roadmaps/";
  h.members_url = "members/";
  if (v.about()) h.about_url = "about/";
  if (!v.reports.empty()) h.reports_url = "reports/";
  const size_t partners = PartnerCount(v);
  h.member_count = std::to_string(v.members.size() - partners);
  h.partner_count = std::to_string(partners);
  return h;
}

void Fill(ViewFields& f, HomeView& v) {
  Fill(f, v.layout);
  f.List("top_services", v.top_services);
  f.List("latest_stories", v.latest_stories);
  f.Flag("has_latest_stories", v.has_latest_stories);
  f.List("next_events", v.next_events);
  f.Flag("has_next_events", v.has_next_events);
  f.Text("events_url", std::move(v.events_url));
  f.Text("services_url", std::move(v.services_url));
  f.Text("stories_url", std::move(v.stories_url));
  f.Text("roadmaps_url", std::move(v.roadmaps_url));
  f.Text("members_url", std::move(v.members_url));
  f.Text("about_url", std::move(v.about_url));
  f.Text("reports_url", std::move(v.reports_url));
  f.Text("member_count", std::move(v.member_count));
  f.Text("partner_count", std::move(v.partner_count));
}

void Fill(ViewFields& f, CategoryView& v) {
  f.Text("name", std::move(v.name));
  f.List("services", v.services);
}

ServicesView BuildServices(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  const std::string dir = "services/";
  ServicesView s;
  s.layout = BuildLayout(ctx, dir, "services", ctx.strings->Get("title_services"),
                         ctx.strings->Get("description_services"));
  std::map<std::string, size_t> category_of;
  for (size_t i = 0; i < v.services.size(); ++i) {
    const Service& svc = *v.services[i];
    auto [it, added] = category_of.emplace(svc.category, s.categories.size());
    if (added) s.categories.push_back({CategoryName(ctx.cluster(), svc.category), {}});
    s.categories[it->second].services.push_back(BuildServiceCard(ctx, svc, dir, RankOf(i)));
  }
  s.service_count = std::to_string(v.services.size());
  return s;
}

void Fill(ViewFields& f, ServicesView& v) {
  Fill(f, v.layout);
  f.List("categories", v.categories);
  f.Text("service_count", std::move(v.service_count));
}

ServicePageView BuildServicePage(const ClusterContext& ctx, size_t index) {
  const ClusterView& v = *ctx.view;
  const Service& s = *v.services[index];
  const std::string dir = ServiceDir(s);
  ServicePageView p;
  p.layout = BuildLayout(ctx, dir, "service", s.title, s.summary);
  if (s.draft) MarkDraft(&p.layout);
  p.service = BuildServiceDetail(ctx, s, dir, RankOf(index));
  if (const Roadmap* r = v.RoadmapOf(s)) p.roadmap = BuildRoadmapDetail(ctx, *r, dir);
  auto it = v.stories_by_service.find(s.slug);
  if (it != v.stories_by_service.end()) {
    for (const Story* st : it->second) p.stories.push_back(BuildStoryCard(ctx, *st, dir));
  }
  p.has_stories = it != v.stories_by_service.end();
  return p;
}

void Fill(ViewFields& f, ServicePageView& v) {
  Fill(f, v.layout);
  f.Object("service", v.service);
  f.Object("roadmap", v.roadmap);
  f.List("stories", v.stories);
  f.Flag("has_stories", v.has_stories);
}

void Fill(ViewFields& f, GroupLinkView& v) {
  f.Text("title", std::move(v.title));
  f.Text("url", std::move(v.url));
  f.Text("count", std::move(v.count));
  f.Flag("current", v.current);
}

void Fill(ViewFields& f, GroupLinksView& v) {
  f.Text("label", std::move(v.label));
  f.Text("all_label", std::move(v.all_label));
  f.Text("all_url", std::move(v.all_url));
  f.Flag("all_current", v.all_current);
  f.List("links", v.links);
}

namespace {

/// The links from page folder `dir` to the whole list in `list_dir` and to
/// each group's pages, `group` the one `dir` shows, if any.
template <class Group, class Describe>
GroupLinksView BuildGroupLinks(const Strings& t, const char* label, const char* all_label,
                               const std::string& dir, const std::string& list_dir,
                               const std::vector<Group>& groups, std::optional<size_t> group,
                               const Describe& describe) {
  GroupLinksView v{t.Get(label), t.Get(all_label), RelativeUrl(dir, list_dir), !group, {}};
  for (size_t i = 0; i < groups.size(); ++i) {
    auto [title, count] = describe(groups[i]);
    v.links.push_back({title, RelativeUrl(dir, groups[i].dir), std::to_string(count), group == i});
  }
  return v;
}

}  // namespace

StoriesView BuildStories(const ClusterContext& ctx, const ListGroups& list,
                         std::optional<size_t> group, const PageSlice& slice) {
  const Strings& t = *ctx.strings;
  const std::vector<StoryGroup>& groups = list.stories;
  const std::string list_dir = group ? groups[*group].dir : "stories/";
  const std::string dir = PageDir(list_dir, slice.number);
  const std::vector<const Story*>& stories = list.Stories(*ctx.view, group);
  std::string title = t.Get("title_stories");
  if (group) title += ": " + groups[*group].service->title;
  StoriesView s;
  s.layout = BuildListLayout(ctx, list_dir, slice, "stories", title, t.Get("description_stories"),
                             &s.pager);
  for (size_t i = slice.first; i < slice.last; ++i)
    s.stories.push_back(BuildStoryCard(ctx, *stories[i], dir));
  s.has_stories = !stories.empty();
  s.groups = BuildGroupLinks(t, "stories_filter", "all_stories", dir, "stories/", groups, group,
                             [](const StoryGroup& g) {
                               return std::pair{g.service->title, g.stories->size()};
                             });
  if (group) {
    const Service& svc = *groups[*group].service;
    s.service = LinkView{svc.title, RelativeUrl(dir, ServiceDir(svc))};
  }
  return s;
}

void Fill(ViewFields& f, StoriesView& v) {
  Fill(f, v.layout);
  f.List("stories", v.stories);
  f.Flag("has_stories", v.has_stories);
  f.Object("groups", v.groups);
  f.Object("service", v.service);
  f.Object("pager", v.pager);
}

void Fill(ViewFields& f, StoryDetailView& v) {
  Fill(f, v.card);
  f.Raw("body_html", std::move(v.body_html));
}

StoryPageView BuildStoryPage(const ClusterContext& ctx, size_t index) {
  const ClusterView& v = *ctx.view;
  const Story& s = *v.stories[index];
  const std::string dir = StoryDir(s);
  StoryPageView p;
  p.layout = BuildLayout(ctx, dir, "story", s.title, s.summary.empty() ? s.title : s.summary);
  p.story = {BuildStoryCard(ctx, s, dir), ctx.markdown->Get(s.rel)};
  p.layout.page.published = s.date.Iso();
  if (s.draft) MarkDraft(&p.layout);
  auto link = [&](const Story& other) {
    return LinkView{other.title, RelativeUrl(dir, StoryDir(other))};
  };
  if (index + 1 < v.stories.size()) p.prev = link(*v.stories[index + 1]);
  if (index > 0) p.next = link(*v.stories[index - 1]);
  return p;
}

void Fill(ViewFields& f, StoryPageView& v) {
  Fill(f, v.layout);
  f.Object("story", v.story);
  f.Object("prev", v.prev);
  f.Object("next", v.next);
}

void Fill(ViewFields& f, RoadmapGroupView& v) {
  f.Text("label", std::move(v.label));
  f.List("roadmaps", v.roadmaps);
}

RoadmapsView BuildRoadmaps(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  const std::string dir = "roadmaps/";
  RoadmapsView p;
  p.layout = BuildLayout(ctx, dir, "roadmaps", ctx.strings->Get("title_roadmaps"),
                         ctx.strings->Get("description_roadmaps"));
  for (RoadmapFor kind :
       {RoadmapFor::kNew, RoadmapFor::kActive, RoadmapFor::kReactivate, RoadmapFor::kService}) {
    RoadmapGroupView g{ForLabel(*ctx.strings, kind), {}};
    for (const Roadmap* r : v.roadmaps) {
      if (r->kind == kind) g.roadmaps.push_back(BuildRoadmapCard(ctx, *r, dir));
    }
    if (!g.roadmaps.empty()) p.groups.push_back(std::move(g));
  }
  return p;
}

void Fill(ViewFields& f, RoadmapsView& v) {
  Fill(f, v.layout);
  f.List("groups", v.groups);
}

RoadmapPageView BuildRoadmapPage(const ClusterContext& ctx, size_t index) {
  const Roadmap& r = *ctx.view->roadmaps[index];
  const std::string dir = RoadmapDir(r);
  RoadmapPageView p{
      BuildLayout(ctx, dir, "roadmap", r.title, r.title + " – " + ForLabel(*ctx.strings, r.kind)),
      BuildRoadmapDetail(ctx, r, dir)};
  if (r.draft) MarkDraft(&p.layout);
  return p;
}

void Fill(ViewFields& f, RoadmapPageView& v) {
  Fill(f, v.layout);
  f.Object("roadmap", v.roadmap);
}

AboutView BuildAbout(const ClusterContext& ctx) {
  AboutView v{
      BuildLayout(ctx, "about/", "about", ctx.strings->Get("title_about"), ctx.cluster().vision),
      ctx.markdown->Get(ctx.cluster().about_rel)};
  if (ctx.cluster().about_draft) MarkDraft(&v.layout);
  return v;
}

void Fill(ViewFields& f, AboutView& v) {
  Fill(f, v.layout);
  f.Raw("about_html", std::move(v.about_html));
}

void Fill(ViewFields& f, MemberView& v) {
  f.Text("anchor", std::move(v.anchor));
  f.Text("name", std::move(v.name));
  f.Text("kind", std::move(v.kind));
  f.Text("type_label", std::move(v.type_label));
  f.Text("size_label", std::move(v.size_label));
  f.Text("sector", std::move(v.sector));
  f.Text("joined", std::move(v.joined));
  f.Text("joined_iso", std::move(v.joined_iso));
  f.Text("website", std::move(v.website));
  f.Names("interests", std::move(v.interests));
  f.Object("contact", v.contact);
}

void Fill(ViewFields& f, SectorView& v) {
  f.Text("name", std::move(v.name));
  f.Flag("has_members", v.has_members);
  f.Flag("has_partners", v.has_partners);
  f.List("members", v.members);
  f.List("partners", v.partners);
}

void Fill(ViewFields& f, CountView& v) {
  f.Text("label", std::move(v.label));
  f.Text("count", std::move(v.count));
}

namespace {

MemberView BuildMember(const ClusterContext& ctx, const Member& m, const std::string& anchor) {
  const Strings& t = *ctx.strings;
  MemberView v;
  v.anchor = anchor;
  v.name = m.name;
  v.kind = Name(m.kind);
  v.type_label = t.Get("type_" + Name(m.type));
  if (m.size != MemberSize::kUnset) v.size_label = t.Get("size_" + Name(m.size));
  v.sector = m.sector;
  if (m.joined) {
    v.joined = t.FormatDate(*m.joined);
    v.joined_iso = m.joined->Iso();
  }
  if (!m.website.empty()) v.website = m.website;
  for (const std::string& key : m.interests)
    v.interests.push_back(CategoryName(ctx.cluster(), key));
  if (m.contact && ctx.view->show_member_contacts()) v.contact = BuildContact(*m.contact);
  return v;
}

/// The counts of each member type and size the cluster has, in a fixed order.
std::vector<CountView> Composition(const ClusterContext& ctx) {
  std::map<MemberType, size_t> by_type;
  std::map<MemberSize, size_t> by_size;
  for (const Member* m : ctx.view->members) {
    ++by_type[m->type];
    if (m->size != MemberSize::kUnset) ++by_size[m->size];
  }
  // Types, then sizes, each in the order of its closed set.
  std::vector<CountView> out;
  out.reserve(by_type.size());
  for (const auto& [type, count] : by_type)
    out.push_back({ctx.strings->Get("type_" + Name(type) + "_count"), std::to_string(count)});
  for (const auto& [size, count] : by_size)
    out.push_back({ctx.strings->Get("size_" + Name(size) + "_count"), std::to_string(count)});
  return out;
}

}  // namespace

MembersView BuildMembers(const ClusterContext& ctx, const ListGroups& list,
                         std::optional<size_t> sector, const PageSlice& slice) {
  const std::vector<MemberSector>& sectors = list.sectors;
  const ClusterView& v = *ctx.view;
  const Strings& t = *ctx.strings;
  const std::string list_dir = sector ? sectors[*sector].dir : "members/";
  const std::string dir = PageDir(list_dir, slice.number);
  std::string title = t.Get("title_members");
  if (sector) title += ": " + sectors[*sector].name;
  MembersView p;
  p.layout = BuildListLayout(ctx, list_dir, slice, "members", title, t.Get("description_members"),
                             &p.pager);
  const std::shared_ptr<const MemberPlaces> places = MemberPlacesOf(ctx);
  const std::map<const Member*, std::string>& anchors = places->anchors;
  // The members of this page, under the headings of their sectors.
  const std::vector<const Member*>& listed = list.Members(sector);
  for (size_t i = slice.first; i < slice.last; ++i) {
    const Member& m = *listed[i];
    if (p.sectors.empty() || p.sectors.back().name != m.sector)
      p.sectors.emplace_back().name = m.sector;
    SectorView& shown = p.sectors.back();
    (m.kind == MemberKind::kPartner ? shown.partners : shown.members)
        .push_back(BuildMember(ctx, m, anchors.at(&m)));
    shown.has_members = !shown.members.empty();
    shown.has_partners = !shown.partners.empty();
  }
  const size_t partners = PartnerCount(v);
  p.member_count = std::to_string(v.members.size() - partners);
  p.partner_count = std::to_string(partners);
  p.composition = Composition(ctx);
  if (!sectors.empty()) {
    p.groups = BuildGroupLinks(t, "members_by_sector", "all_members", dir, "members/", sectors,
                               sector, [](const MemberSector& g) {
                                 return std::pair{g.name, g.members.size()};
                               });
  }
  p.is_sector = sector.has_value();
  return p;
}

void Fill(ViewFields& f, MembersView& v) {
  Fill(f, v.layout);
  f.List("sectors", v.sectors);
  f.Text("member_count", std::move(v.member_count));
  f.Text("partner_count", std::move(v.partner_count));
  f.List("composition", v.composition);
  f.Object("groups", v.groups);
  f.Flag("is_sector", v.is_sector);
  f.Object("pager", v.pager);
}

}  // namespace clustersite
