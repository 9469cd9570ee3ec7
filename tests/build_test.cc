#include "build.h"

#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <map>

#include "test_util.h"

namespace clustersite {
namespace {

/// A MemoryFileSystem that answers the second read of one file with other
/// bytes, as if it were saved between the parse and the render of a build.
class ChangingFileSystem : public MemoryFileSystem {
 public:
  ChangingFileSystem(MemoryFileSystem fs, std::string path, std::string later)
      : MemoryFileSystem(std::move(fs)), path_(std::move(path)), later_(std::move(later)) {}
  bool Read(const std::string& path, size_t max_size, std::string* contents,
            std::string* err) const override {
    if (path == path_ && reads_++ > 0) {
      *contents = later_;
      return true;
    }
    return MemoryFileSystem::Read(path, max_size, contents, err);
  }

 private:
  std::string path_, later_;
  mutable std::atomic<int> reads_{0};
};

BuildOptions Options() {
  BuildOptions options;
  options.content = "content";
  options.audience = Audience::kMembers;
  options.as_of.date = testing::kExampleAsOf;
  return options;
}

/// Renders ValidTree for `audience` with `path` saved as `later` after its
/// first read; returns the diagnostics of the failed render and, in
/// `files`, every file the render gave out before it failed.
std::string RenderSavedMeanwhile(const std::string& path, const std::string& later,
                                 Audience audience = Audience::kMembers,
                                 std::vector<OutputFile>* files = nullptr) {
  ChangingFileSystem fs(testing::ValidTree(), path, later);
  BuildOptions options = Options();
  options.audience = audience;
  Diagnostics diag;
  std::vector<OutputFile> own;
  CHECK_FALSE(RenderAll(fs, options, &diag, files ? files : &own));
  return diag.ToString();
}

const char kStory[] = "content/koks/stories/publisks.md";

}  // namespace

TEST_CASE("a build's model holds no page body: each is read again when its cluster renders") {
  MemoryFileSystem fs = testing::ValidTree();
  Diagnostics diag;
  Portal portal;
  REQUIRE(LoadAndValidate(fs, Options(), &diag, &portal));
  const Cluster& koks = portal.clusters.at(0);
  REQUIRE(koks.services.size() == 2);
  REQUIRE(koks.stories.size() == 2);
  for (const Service& s : koks.services) CHECK((s.body.deferred && s.body.markdown.empty()));
  for (const Story& s : koks.stories) CHECK((s.body.deferred && s.body.markdown.empty()));
  for (const Roadmap& r : koks.roadmaps) CHECK((r.body.deferred && r.body.markdown.empty()));

  std::vector<OutputFile> files;
  REQUIRE(RenderAll(fs, Options(), &diag, &files));
  CHECK(testing::Has(testing::FileText(files, "koks/stories/publisks/index.html"),
                     "<p>Publisks teksts.</p>"));
}

TEST_CASE("a body saved between parse and render fails the build: it was not validated") {
  CHECK(RenderSavedMeanwhile(kStory, "---\ntitle: X\n---\nJauns teksts.\n") ==
        "content/koks/stories/publisks.md: error: changed during the build; run it again\n");
  // Bytes that would not even pass the first read's checks are refused the same way.
  CHECK(RenderSavedMeanwhile(kStory, "---\ntitle: X\n---\nLabs \xff teksts.\n") ==
        "content/koks/stories/publisks.md: error: changed during the build; run it again\n");
}

TEST_CASE("a story switched to members with new text during a public build leaks nothing") {
  std::vector<OutputFile> files;
  std::string diagnostics =
      RenderSavedMeanwhile(kStory,
                           "---\ntitle: Publisks stāsts\ncompany: SIA Koks\nservices: [eksports]\n"
                           "date: 2026-03-01\nconsent: 2026-02-01\nvisibility: members\n---\n"
                           "SLEPENS-KANARIJS biedru teksts.\n",
                           Audience::kPublic, &files);
  CHECK(diagnostics ==
        "content/koks/stories/publisks.md: error: changed during the build; run it again\n");
  REQUIRE(files.size() > 10);  // the render went on: nothing of it may hold the new text
  for (const OutputFile& f : files) {
    INFO(f.path);
    CHECK_FALSE(testing::Has(f.content, "SLEPENS-KANARIJS"));
  }
}

TEST_CASE("a media file swapped during a build fails it and leaves the output as it was") {
  testing::TempDir tmp;
  ChangingFileSystem fs(testing::ValidTree(), "content/koks/media/logo.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>");
  BuildOptions options = Options();
  options.out = tmp / "site";
  Diagnostics diag;
  BuildStats stats;
  std::string write_error;
  // The welcome kit embeds the logo and the writer copies it: two reads.
  CHECK_FALSE(Build(fs, options, &diag, &stats, &write_error));
  // The second read, the page's copy of the logo, is refused where the logo is named.
  CHECK(testing::Has(diag.ToString(),
                     "content/koks/cluster.yaml:6:7: error: `media/logo.svg` cannot be read: "
                     "changed during the build; run it again\n"));
  CHECK_FALSE(std::filesystem::exists(tmp / "site"));
}

TEST_CASE("a story saved while its welcome kit renders fails the kit") {
  ChangingFileSystem fs(testing::ValidTree(), kStory, "---\ntitle: X\n---\nJauns teksts.\n");
  KitCommand command;
  command.build = Options();
  command.build.cluster = "koks";
  Diagnostics diag;
  std::string html;
  CHECK_FALSE(RenderKitHtml(fs, command, &diag, &html));
  CHECK(diag.ToString() ==
        "content/koks/stories/publisks.md: error: changed during the build; run it again\n");
}

TEST_CASE("each audience builds into the folder of its name, unless one is given") {
  BuildOptions options;
  CHECK(OutputFolder(options) == "public");
  options.audience = Audience::kMembers;
  CHECK(OutputFolder(options) == "members");
  options.audience = Audience::kStaff;
  CHECK(OutputFolder(options) == "staff");
  options.out = "site";
  CHECK(OutputFolder(options) == "site");
}

}  // namespace clustersite
