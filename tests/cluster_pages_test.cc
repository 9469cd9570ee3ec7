// The pages of one cluster: which pages there are and in what order, and
// each rendered through its template into the layout, under the cluster's folder.

#include "pages/cluster_pages.h"

#include "pages/layout_view.h"
#include "view_fixture.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;

/// "kind dir" of each page of `view`, a line each.
std::string Listed(const ClusterView& view) {
  std::string out;
  for (const ClusterPage& p : ListClusterPages(view)) {
    out += p.kind + " " + p.dir + (p.index ? " " + std::to_string(p.index) : "") + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("a cluster's pages are listed as they render: lists before their items, search last") {
  testing::ViewFixture f;
  CHECK(Listed(f.view) ==
        "home \n"
        "services services/\n"
        "service services/eksports/\n"
        "service services/apmacibas/ 1\n"
        "stories stories/\n"
        "stories stories/service/eksports/\n"
        "story stories/publisks/\n"
        "roadmaps roadmaps/\n"
        "roadmap roadmaps/eksporta-cels/\n"
        "members members/\n"
        "members members/sector/koka-buvnieciba/\n"
        "search search/\n");
  CHECK(CountClusterPages(f.view) == 12);
}

TEST_CASE("the about page is listed only when the cluster has about.md") {
  testing::ViewFixture f(Audience::kMembers);
  f.site.portal.clusters.at(0).about = Body{};
  CHECK(Has(Listed(f.view), "/koka-buvnieciba/\nabout about/\nsearch search/\n"));
  CHECK(CountClusterPages(f.view) == 14);
}

TEST_CASE("each page is its template inside the layout, in its folder under the prefix") {
  testing::ViewFixture f;
  PrepareShared(&f.ctx);
  MemorySink sink;
  std::vector<SearchEntry> search = SearchEntries(f.ctx);
  RenderClusterPages(f.ctx, f.site.theme, "koks/", search, "{\"@type\":\"Organization\"}", 2,
                     &sink);
  std::vector<OutputFile> files = sink.Take();
  CHECK(files.size() == CountClusterPages(f.view));
  for (const ClusterPage& p : ListClusterPages(f.view)) {
    std::string html = FileText(files, "koks/" + p.dir + "index.html");
    CHECK_MESSAGE(Has(html, "<html lang=\"lv\">"), p.dir);
    CHECK_MESSAGE(Has(html, "</main>"), p.dir);
  }
  CHECK(Has(FileText(files, "koks/index.html"),
            "<script type=\"application/ld+json\">{\"@type\":\"Organization\"}</script>"));
  CHECK(Has(FileText(files, "koks/services/apmacibas/index.html"), "<h1>Apmācības</h1>"));
  CHECK(Has(FileText(files, "koks/search/index.html"), "href=\"../members/#m-sia-koks\""));
}

TEST_CASE("the cluster's 404 page is written at its root, with links from the error root") {
  testing::ViewFixture f;
  PrepareShared(&f.ctx);
  MemorySink sink;
  RenderErrorPage(f.ctx, f.site.theme, "koks/", &sink);
  std::vector<OutputFile> files = sink.Take();
  REQUIRE(files.size() == 1);
  CHECK(files[0].path == "koks/404.html");
  CHECK(Has(files[0].content, "<html lang=\"lv\">"));
  CHECK(Has(files[0].content, "href=\"/koks/services/\""));
  CHECK(Has(files[0].content, "<meta name=\"robots\" content=\"noindex\">"));
}

}  // namespace clustersite
