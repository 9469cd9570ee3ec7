#include "site/template_schemas.h"

#include "indexes/feed.h"
#include "indexes/sitemap.h"
#include "pages/cluster_views.h"
#include "pages/event_views.h"
#include "pages/news_views.h"
#include "pages/portal_pages.h"
#include "pages/report_views.h"
#include "pages/search_page.h"
#include "pages/staff_views.h"
#include "pages/strategy_views.h"

namespace clustersite {
namespace {

/// A cluster page's names: its own, and what every page of the cluster shares.
template <class View>
Schema ClusterPage() {
  Schema schema = SchemaOf<SharedView>();
  schema.Merge(SchemaOf<View>());
  return schema;
}

}  // namespace

std::map<std::string, Schema> SiteTemplateSchemas() {
  std::map<std::string, Schema> out = {
      {"home", ClusterPage<HomeView>()},           {"services", ClusterPage<ServicesView>()},
      {"service", ClusterPage<ServicePageView>()}, {"stories", ClusterPage<StoriesView>()},
      {"story", ClusterPage<StoryPageView>()},     {"roadmaps", ClusterPage<RoadmapsView>()},
      {"roadmap", ClusterPage<RoadmapPageView>()}, {"members", ClusterPage<MembersView>()},
      {"about", ClusterPage<AboutView>()},         {"search", ClusterPage<SearchView>()},
      {"404", ClusterPage<ErrorPageView>()},       {"portal", SchemaOf<PortalView>()},
      {"reports", ClusterPage<ReportsView>()},     {"report", ClusterPage<ReportPageView>()},
      {"staff", ClusterPage<StaffMembersView>()},  {"events", ClusterPage<EventsView>()},
      {"event", ClusterPage<EventPageView>()},     {"news", ClusterPage<NewsView>()},
      {"strategy", ClusterPage<StrategyView>()},
  };
  out["404"].Merge(out["portal"]);  // the portal's 404 page
  Schema layout;
  for (const auto& [_, page] : out) layout.Merge(page);
  layout.fields["content"].kind = Schema::Kind::kRaw;
  out["layout"] = std::move(layout);
  out["feed.xml"] = SchemaOf<FeedView>();
  out["sitemap.xml"] = SchemaOf<SitemapView>();
  out["sitemap-index.xml"] = SchemaOf<SitemapIndexView>();
  out["robots.txt"] = SchemaOf<RobotsView>();
  return out;
}

}  // namespace clustersite
