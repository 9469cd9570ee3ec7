#include "pages/view.h"

#include "core/unicode.h"
#include "core/url.h"
#include "pages/pagination.h"

namespace clustersite {

const std::string& RenderedMarkdown::Get(const std::string& key) const {
  static const std::string empty;
  auto it = html.find(key);
  return it == html.end() ? empty : it->second;
}

std::string ServiceDir(const Service& s) { return "services/" + s.slug + "/"; }
std::string StoryDir(const Story& s) { return "stories/" + s.slug + "/"; }
std::string RoadmapDir(const Roadmap& r) { return "roadmaps/" + r.slug + "/"; }
std::string EventDir(const Event& e) { return std::string(kEventsDir) + e.slug + "/"; }
std::string EventIcsPath(const Event& e) { return std::string(kEventsDir) + e.slug + ".ics"; }

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

const MustacheData& ClusterContext::Shared(const std::string& dir) const {
  const size_t depth = UpLevels(dir).size() / 3, deepest = shared.size() - 2;
  return shared.at(std::min(depth, deepest));
}

std::vector<StoryGroup> StoryGroups(const ClusterView& view) {
  std::vector<StoryGroup> out;
  for (const Service* s : view.services) {
    auto it = view.stories_by_service.find(s->slug);
    if (it != view.stories_by_service.end())
      out.push_back({s, &it->second, "stories/service/" + s->slug + "/"});
  }
  return out;
}

std::vector<MemberSector> MemberSectors(const ClusterView& view) {
  std::map<std::string, std::vector<const Member*>> members, partners;
  for (const Member* m : view.members)
    (m->kind == MemberKind::kPartner ? partners : members)[m->sector].push_back(m);
  std::set<std::string> names;
  for (const Member* m : view.members) names.insert(m->sector);
  std::vector<MemberSector> out;
  std::set<std::string> slugs;
  for (const std::string& name : names) {
    std::string base = AsciiSlug(name);
    if (base.empty()) base = "sector";
    std::string slug = base;
    for (int n = 2; !slugs.insert(slug).second; ++n) slug = base + "-" + std::to_string(n);
    MemberSector sector{name, "members/sector/" + slug + "/", members[name]};
    sector.members.insert(sector.members.end(), partners[name].begin(), partners[name].end());
    out.push_back(std::move(sector));
  }
  return out;
}

ListGroups::ListGroups(const ClusterView& view)
    : stories(StoryGroups(view)), sectors(MemberSectors(view)) {
  for (const MemberSector& s : sectors)
    members.insert(members.end(), s.members.begin(), s.members.end());
}

const std::vector<const Story*>& ListGroups::Stories(const ClusterView& view,
                                                     std::optional<size_t> group) const {
  return group ? *stories[*group].stories : view.stories;
}

const std::vector<const Member*>& ListGroups::Members(std::optional<size_t> sector) const {
  return sector ? sectors[*sector].members : members;
}

std::map<const Member*, std::string> MemberPageDirs(const ClusterView& view) {
  std::map<const Member*, std::string> out;
  const ListGroups groups(view);
  for (size_t i = 0; i < groups.members.size(); ++i)
    out[groups.members[i]] = PageDir("members/", i / view.cluster->paginate + 1);
  return out;
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

MemberPlaces::MemberPlaces(const ClusterView& view)
    : dirs(MemberPageDirs(view)), anchors(MemberAnchors(view)) {
  for (const Member* m : view.members) by_key.emplace(FoldKey(m->name), m);
}

std::shared_ptr<const MemberPlaces> MemberPlacesOf(const ClusterContext& ctx) {
  if (ctx.members) return ctx.members;
  return std::make_shared<const MemberPlaces>(*ctx.view);
}

}  // namespace clustersite
