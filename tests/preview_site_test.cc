// What a preview rebuilds after a save, through the real CLI on a free port.

#include "serve/preview_site.h"

#include <doctest/doctest.h>

#include <memory>
#include <thread>

#include "serve/site_folder.h"
#include "serve_client.h"
#include "test_util.h"

namespace clustersite {
namespace {

using namespace std::chrono_literals;
using testing::GetUntil;
using testing::Has;
using testing::HttpResponse;
using testing::kStory;
using testing::kStoryFile;
using testing::ReadFile;
using testing::Replaced;
using testing::ServeProcess;
using testing::WriteText;

/// The story of ValidTree with `marker` in its body.
std::string StoryWith(const MemoryFileSystem& fs, const std::string& marker) {
  std::string text, err;
  REQUIRE(fs.Read("content/koks/stories/publisks.md", 10000, &text, &err));
  return text + marker + "\n";
}

/// A preview of `fs` (content at "content") into a new site folder.
struct Preview {
  SiteFolder folder;
  std::unique_ptr<PreviewSite> site;
  explicit Preview(const MemoryFileSystem& fs) {
    std::string err;
    REQUIRE(folder.Create(&err));
    PreviewOptions options;
    options.as_of.date = testing::kExampleAsOf;
    site = std::make_unique<PreviewSite>(fs, options, &folder);
  }
  std::string Page(const std::string& rel) const { return ReadFile(folder.root() + "/" + rel); }
};

}  // namespace

TEST_CASE("a story's save re-renders its cluster alone; a new vision the portal index too") {
  testing::ContentCopy c;
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  const std::string story = c.root + kStoryFile;
  WriteText(story, ReadFile(story) + "\nSaved-marker-four.\n");
  GetUntil(serve.port(), kStory, [](auto& r) { return Has(r.body, "Saved-marker-four"); });
  auto printed = [&](const std::string& line) {
    for (int i = 0; i < 200 && !Has(serve.Output(), line); ++i) std::this_thread::sleep_for(50ms);
    return Has(serve.Output(), line);
  };
  CHECK(printed("rebuilt koks: "));
  CHECK_FALSE(Has(serve.Output(), "portal index"));

  const std::string yaml = c.root + "/koks/cluster.yaml";
  WriteText(yaml, Replaced(ReadFile(yaml), "vision: \"", "vision: \"Vision-marker. "));
  HttpResponse index =
      GetUntil(serve.port(), "/", [](auto& r) { return Has(r.body, "Vision-marker."); });
  CHECK(Has(index.body, "Vision-marker."));
  CHECK(printed("rebuilt koks and the portal index: "));
  std::string out = serve.Output();
  CHECK(out.find("rebuilt everything") == out.rfind("rebuilt everything"));  // the first build
}

TEST_CASE("a preview builds everything first, then one changed cluster alone") {
  MemoryFileSystem fs = testing::ValidTree();
  Preview preview(fs);
  CHECK_FALSE(preview.site->has_build());
  RebuildSummary all = preview.site->RebuildAll();
  CHECK(all.everything);
  CHECK(all.portal_index);
  CHECK(all.clusters == std::vector<std::string>{"koks"});
  CHECK(all.files > 10);
  CHECK(all.error == "");
  CHECK(preview.site->has_build());
  CHECK(preview.site->Diagnostics().empty());
  CHECK(Has(preview.Page("koks/stories/publisks/index.html"), "Publisks teksts."));

  fs.Add("content/koks/stories/publisks.md", StoryWith(fs, "Marker-one."));
  RebuildPlan plan;
  plan.clusters = {"koks"};
  RebuildSummary one = preview.site->Rebuild(plan);
  CHECK_FALSE(one.everything);
  CHECK_FALSE(one.portal_index);  // a story is not on the portal index
  CHECK(one.clusters == std::vector<std::string>{"koks"});
  CHECK(one.files < all.files);  // only the files whose bytes changed
  CHECK(Has(preview.Page("koks/stories/publisks/index.html"), "Marker-one."));
}

TEST_CASE("a cluster saved with an error keeps its last good pages, and the error is kept") {
  MemoryFileSystem fs = testing::ValidTree();
  Preview preview(fs);
  preview.site->RebuildAll();
  std::string story = StoryWith(fs, "Marker-two.");
  fs.Add("content/koks/stories/publisks.md",
         Replaced(story, "date: 2026-03-01", "date: 2026-13-01"));
  RebuildPlan plan;
  plan.clusters = {"koks"};
  RebuildSummary broken = preview.site->Rebuild(plan);
  CHECK(broken.clusters.empty());
  CHECK(broken.files == 0);
  std::vector<Diagnostic> diagnostics = preview.site->Diagnostics();
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].ToString() ==
        "content/koks/stories/publisks.md:5:7: error: `date`: 2026-13-01 is not a date: there is "
        "no month 13; months are 01 to 12");
  CHECK(Has(preview.Page("koks/stories/publisks/index.html"), "Publisks teksts."));
  CHECK_FALSE(Has(preview.Page("koks/stories/publisks/index.html"), "Marker-two."));

  fs.Add("content/koks/stories/publisks.md", story);
  preview.site->Rebuild(plan);
  CHECK(preview.site->Diagnostics().empty());
  CHECK(Has(preview.Page("koks/stories/publisks/index.html"), "Marker-two."));
}

TEST_CASE("a preview shows a story saved as a draft, marked; a draft cluster on the portal index") {
  MemoryFileSystem fs = testing::ValidTree();
  Preview preview(fs);
  preview.site->RebuildAll();
  fs.Add("content/koks/stories/publisks.md",
         Replaced(StoryWith(fs, "Marker-draft."), "title:", "draft: true\ntitle:"));
  RebuildPlan plan;
  plan.clusters = {"koks"};
  preview.site->Rebuild(plan);
  CHECK(preview.site->Diagnostics().empty());
  std::string page = preview.Page("koks/stories/publisks/index.html");
  CHECK(Has(page, "Marker-draft."));
  CHECK(Has(page, "<span class=\"badge badge-draft\">Melnraksts</span>"));
  CHECK(Has(page, "<meta name=\"robots\" content=\"noindex, nofollow\">"));

  std::string yaml;
  std::string err;
  REQUIRE(fs.Read("content/koks/cluster.yaml", 10000, &yaml, &err));
  fs.Add("content/koks/cluster.yaml", "draft: true\n" + yaml);
  RebuildSummary drafted = preview.site->Rebuild(plan);
  CHECK(drafted.portal_index);  // the index shows the cluster as a draft now
  CHECK(Has(preview.Page("index.html"), "badge-draft"));
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("a preview lists a cluster's broken links with its other errors, and publishes none") {
  MemoryFileSystem fs = testing::ValidTree();
  Preview preview(fs);
  preview.site->RebuildAll();
  fs.Add(
      "content/koks/services/apmacibas.md",
      testing::ServiceText("Apmācības\nroadmap: nav", "Skat. [Marker-link](../stories/nav.md)."));
  fs.Add("content/zeme/cluster.yaml", "name: \"Zeme\nvision: V\n");
  preview.site->RebuildAll();
  auto listed = [&] {
    std::string text;
    for (const Diagnostic& d : preview.site->Diagnostics()) text += d.ToString() + "\n";
    return text;
  };
  const std::string all = listed();
  CHECK(all ==
        "content/koks/services/apmacibas.md:3:10: error: unknown roadmap `nav`\n"
        "content/koks/services/apmacibas.md:7:21: error: link to `../stories/nav.md`, which does "
        "not exist\n"
        "content/zeme/cluster.yaml:1:7: error: quoted value is not closed; add the closing `\"`\n");
  CHECK_FALSE(Has(preview.Page("koks/services/apmacibas/index.html"), "Marker-link"));

  RebuildPlan plan;
  plan.clusters = {"koks"};
  preview.site->Rebuild(plan);
  CHECK(listed() == all);
}

}  // namespace clustersite
