#include "build.h"

#include <doctest/doctest.h>

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
  mutable int reads_ = 0;
};

BuildOptions Options() {
  BuildOptions options;
  options.content = "content";
  options.audience = Audience::kMembers;
  return options;
}

/// Renders ValidTree with publisks.md saved as `later` after it was parsed;
/// returns the diagnostics of the failed render.
std::string RenderSavedMeanwhile(const std::string& later) {
  ChangingFileSystem fs(testing::ValidTree(), "content/koks/stories/publisks.md", later);
  Diagnostics diag;
  std::vector<OutputFile> files;
  CHECK_FALSE(RenderAll(fs, Options(), &diag, &files));
  return diag.ToString();
}

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

TEST_CASE("a body read again as it renders is checked like the first read") {
  CHECK(RenderSavedMeanwhile("---\ntitle: X\n---\nLabs \xff teksts.\n") ==
        "content/koks/stories/publisks.md:4:6: error: invalid UTF-8; save the file as UTF-8\n");
}

TEST_CASE("a body saved between parse and render is rendered from its new line") {
  CHECK(testing::Has(RenderSavedMeanwhile("---\ntitle: X\nnote: y\n---\nJauns [teksts](nav.md).\n"),
                     "content/koks/stories/publisks.md:5:"));
}

}  // namespace clustersite
