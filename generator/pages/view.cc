#include "pages/view.h"

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

const MustacheData& ClusterContext::Shared(const std::string& dir) const {
  size_t depth = UpLevels(dir).size() / 3;
  return shared.at(depth < 3 ? depth : 2);
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
