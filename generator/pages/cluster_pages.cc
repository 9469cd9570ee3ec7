#include "pages/cluster_pages.h"

#include "core/parallel.h"
#include "core/stage_clock.h"
#include "pages/cluster_views.h"
#include "pages/event_views.h"
#include "pages/news_views.h"
#include "pages/report_views.h"
#include "pages/search_page.h"
#include "pages/staff_views.h"
#include "pages/strategy_views.h"

namespace clustersite {

std::vector<ClusterPage> ListClusterPages(const ClusterView& v) {
  std::vector<ClusterPage> pages;
  auto add = [&](std::string dir, const char* kind, size_t index = 0) {
    pages.push_back({std::move(dir), kind, index, false, PageSlice{}});
  };
  // A list's pages: page 1 in `dir`, the others in `dir`/page/N/.
  auto add_list = [&](const std::string& dir, const char* kind, size_t entries, bool group,
                      size_t index = 0) {
    for (const PageSlice& slice : Paginate(entries, v.cluster->paginate))
      pages.push_back({PageDir(dir, slice.number), kind, index, group, slice});
  };
  add("", "home");
  add("services/", "services");
  for (size_t i = 0; i < v.services.size(); ++i) add(ServiceDir(*v.services[i]), "service", i);
  add_list("stories/", "stories", v.stories.size(), false);
  const ListGroups groups(v);
  for (size_t i = 0; i < groups.stories.size(); ++i)
    add_list(groups.stories[i].dir, "stories", groups.stories[i].stories->size(), true, i);
  for (size_t i = 0; i < v.stories.size(); ++i) add(StoryDir(*v.stories[i]), "story", i);
  add("roadmaps/", "roadmaps");
  for (size_t i = 0; i < v.roadmaps.size(); ++i) add(RoadmapDir(*v.roadmaps[i]), "roadmap", i);
  if (!v.events.empty()) add_list(kEventsDir, "events", v.events.size(), false);
  for (size_t i = 0; i < v.events.size(); ++i) add(EventDir(*v.events[i]), "event", i);
  if (!v.news.empty()) add_list(kNewsDir, "news", v.news.size(), false);
  add_list("members/", "members", v.members.size(), false);
  for (size_t i = 0; i < groups.sectors.size(); ++i)
    add_list(groups.sectors[i].dir, "members", groups.sectors[i].members.size(), true, i);
  if (v.about()) add("about/", "about");
  if (v.strategy) add(kStrategyDir, "strategy");
  if (!v.reports.empty()) add(kReportsDir, "reports");
  for (size_t i = 0; i < v.reports.size(); ++i) add(ReportDir(v.reports[i].quarter), "report", i);
  add("search/", "search");
  if (HasStaffPages(v)) add(kStaffMembersDir, "staff");
  return pages;
}

bool IsDraftPage(const ClusterView& v, const ClusterPage& page) {
  if (v.cluster->draft) return true;
  if (page.kind == "service") return v.services[page.index]->draft;
  if (page.kind == "story") return v.stories[page.index]->draft;
  if (page.kind == "roadmap") return v.roadmaps[page.index]->draft;
  if (page.kind == "event") return v.events[page.index]->draft;
  if (page.kind == "about") return v.cluster->about_draft;
  return false;
}

size_t CountClusterPages(const ClusterView& v) { return ListClusterPages(v).size(); }

namespace {

/// The data of a page, and the navigation it is rendered with when the
/// context keeps it (LayoutView::shared_nav).
struct PageData {
  MustacheData data;
  const MustacheData* nav = nullptr;
};

template <class V>
PageData DataOf(V&& view) {
  const MustacheData* nav = view.layout.shared_nav;
  return {ToData(view), nav};
}

PageData DataOf(const ClusterContext& ctx, const ClusterPage& page, const ListGroups& groups,
                const std::vector<SearchEntry>& search, const std::string& json_ld) {
  const std::string& k = page.kind;
  std::optional<size_t> group;
  if (page.group) group = page.index;
  if (k == "home") return DataOf(BuildHome(ctx, json_ld));
  if (k == "services") return DataOf(BuildServices(ctx));
  if (k == "service") return DataOf(BuildServicePage(ctx, page.index));
  if (k == "stories") return DataOf(BuildStories(ctx, groups, group, page.slice));
  if (k == "story") return DataOf(BuildStoryPage(ctx, page.index));
  if (k == "roadmaps") return DataOf(BuildRoadmaps(ctx));
  if (k == "roadmap") return DataOf(BuildRoadmapPage(ctx, page.index));
  if (k == "events") return DataOf(BuildEvents(ctx, page.slice));
  if (k == "event") return DataOf(BuildEventPage(ctx, page.index));
  if (k == "news") return DataOf(BuildNews(ctx, page.slice));
  if (k == "members") return DataOf(BuildMembers(ctx, groups, group, page.slice));
  if (k == "about") return DataOf(BuildAbout(ctx));
  if (k == "strategy") return DataOf(BuildStrategy(ctx));
  if (k == "reports") return DataOf(BuildReports(ctx));
  if (k == "report") return DataOf(BuildReportPage(ctx, page.index));
  if (k == "staff") return DataOf(BuildStaffMembers(ctx));
  return DataOf(BuildSearchPage(ctx, search));
}

}  // namespace

void RenderClusterPages(const ClusterContext& ctx, const Theme& theme, const std::string& prefix,
                        const std::vector<SearchEntry>& search, const std::string& json_ld,
                        int jobs, OutputSink* out) {
  StageScope stage(Stage::kTemplates);
  const std::vector<ClusterPage> pages = ListClusterPages(*ctx.view);
  const ListGroups groups(*ctx.view);
  ParallelFor(pages.size(), jobs, [&](size_t i) {
    const ClusterPage& page = pages[i];
    PageData p = DataOf(ctx, page, groups, search, json_ld);
    const MustacheData& shared = ctx.Shared(page.dir);
    const std::string content = theme.Render(page.kind, shared, p.nav, p.data);
    Put(p.data, "content", content);
    out->Put({prefix + page.dir + "index.html",
              theme.Render("layout", shared, p.nav, p.data, content.size()), ""});
  });
}

void RenderErrorPage(const ClusterContext& ctx, const Theme& theme, const std::string& prefix,
                     OutputSink* out) {
  StageScope stage(Stage::kTemplates);
  MustacheData data = ToData(BuildErrorPage(ctx));
  const MustacheData& shared = ctx.ErrorShared();
  const std::string content = theme.Render("404", shared, data);
  Put(data, "content", content);
  out->Put({prefix + "404.html", theme.Render("layout", shared, data, content.size()), ""});
}

}  // namespace clustersite
