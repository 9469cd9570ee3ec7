#include "pages/cluster_markdown.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;

/// Renders ValidTree with `body` as the body of services/apmacibas.md.
std::vector<OutputFile> WithBody(const std::string& body, Audience audience, std::string* diag) {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/koks/media/foto.png", testing::kPng);
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: Apmācības\nsummary: Mācāmies.\ncategory: izglitiba\nuses_last_year: 12\n"
         "---\n" +
             body);
  return testing::RenderFiles(fs, audience, diag);
}

}  // namespace

TEST_CASE("links written as page URLs are resolved like links to their files") {
  std::string diag;
  auto files = WithBody(
      "[a](../../services/eksports) [b](../eksports/#x) [c](../../stories/slepens/) "
      "[d](../../stories/) ![e](../../media/foto.png)\n",
      Audience::kPublic, &diag);
  std::string page = testing::FileText(files, "koks/services/apmacibas/index.html");
  // Climbing to the cluster first, so the HTML works on any page as deep.
  CHECK(Has(page, "<a href=\"../../services/eksports/\">a</a>"));
  CHECK(Has(page, "<a href=\"../../services/eksports/#x\">b</a>"));
  CHECK(Has(page, " c "));  // a members-only story: its text, no link
  CHECK_FALSE(Has(page, "stories/slepens"));
  CHECK(Has(page, "<a href=\"../../stories/\">d</a>"));
  CHECK(Has(page, "<img src=\"../../media/foto.png\" alt=\"e\" />"));
  CHECK(testing::FileText(files, "koks/media/foto.png") == testing::kPng);  // as checked
  CHECK(diag ==
        "content/koks/services/apmacibas.md:7:34: error: link to `../eksports/#x` goes to no "
        "element with id `x` on its page\n");
  files = WithBody("[c](../../stories/slepens/)\n", Audience::kMembers, &diag);
  CHECK(Has(testing::FileText(files, "koks/services/apmacibas/index.html"),
            "<a href=\"../../stories/slepens/\">c</a>"));
}

TEST_CASE("a Markdown link out of the content or to nothing is an error at the link") {
  std::string diag;
  auto files = WithBody("[a](../../../x/) [b](../../nav/) [c](nav.md) ![d](../../media/nav.png)\n",
                        Audience::kPublic, &diag);
  CHECK(diag ==
        "content/koks/services/apmacibas.md:7:5: error: link `../../../x/` leaves the content "
        "folder; link to files inside it\n"
        "content/koks/services/apmacibas.md:7:22: error: link to `../../nav/` goes to no page\n"
        "content/koks/services/apmacibas.md:7:38: error: link to `nav.md`, which does not exist\n"
        "content/koks/services/apmacibas.md:7:51: error: link to `../../media/nav.png`, which "
        "does not exist\n");
  std::string page = testing::FileText(files, "koks/services/apmacibas/index.html");
  CHECK(Has(page, "<p>a <a href=\"../../nav/\">b</a> c <img src=\"\" alt=\"d\" /></p>"));
}

TEST_CASE("a link to cluster.yaml or members.yaml goes to the home or the members page") {
  std::string diag;
  auto files = WithBody("[home](../cluster.yaml) [members](../members.yaml#m-sia-koks)\n",
                        Audience::kPublic, &diag);
  CHECK(diag == "");
  CHECK(
      Has(testing::FileText(files, "koks/services/apmacibas/index.html"),
          "<p><a href=\"../../\">home</a> <a href=\"../../members/#m-sia-koks\">members</a></p>"));
  // Without a members.yaml there is no such file to link to.
  MemoryFileSystem fs = testing::ValidTree();
  fs.Remove("content/koks/members.yaml");
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: A\nsummary: B\ncategory: izglitiba\n---\n[members](../members.yaml)\n");
  testing::RenderFiles(fs, Audience::kPublic, &diag);
  CHECK(diag ==
        "content/koks/services/apmacibas.md:6:11: error: link to `../members.yaml`, which does "
        "not exist\n");
}

}  // namespace clustersite
