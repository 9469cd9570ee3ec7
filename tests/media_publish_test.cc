// What media/ publishes: passive types only, each refused at its reference,
// in the pages, the output folder and the welcome kit.

#include <doctest/doctest.h>

#include <filesystem>

#include "document/document_html.h"
#include "pages/cluster_media.h"
#include "serve_client.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::FileText;
using testing::Has;
using testing::RenderFiles;
using testing::ValidTree;

const std::string kScriptSvg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(document.domain)</script></svg>";
const std::string kSvgRule =
    "): an SVG may hold no scripts, event attributes, foreignObject, references to other files "
    "or DOCTYPE; take that out, or save the image as PNG\n";

bool Published(const std::vector<OutputFile>& files, const std::string& path) {
  for (const OutputFile& f : files) {
    if (f.path == path) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a link to an HTML file in media/ is an error at the link, and it is not published") {
  auto fs = ValidTree();
  fs.Add("content/koks/media/brochure.html", "<script>alert(document.domain)</script>");
  fs.Add("content/koks/about.md", "# Par mums\n\nSee [Brochure](media/brochure.html).\n");
  std::string diag;
  auto files = RenderFiles(fs, Audience::kPublic, &diag);
  CHECK(diag ==
        "content/koks/about.md:3:16: error: `media/brochure.html` cannot be published: media/ "
        "may hold PNG, JPEG, GIF, WebP, AVIF, PDF and SVG files, not a `.html` file (another type "
        "could run scripts on the site); save it as one of those, or write its text in "
        "Markdown\n");
  CHECK_FALSE(Published(files, "koks/media/brochure.html"));
  CHECK(Has(FileText(files, "koks/about/index.html"), "See Brochure."));
}

TEST_CASE("an image named .png that holds HTML is refused at its reference") {
  auto fs = ValidTree();
  fs.Add("content/koks/media/plans.png", "<html><script>alert(1)</script></html>");
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: Apmācības\nsummary: S\ncategory: c\n---\n![Plāns](../media/plans.png)\n");
  std::string diag;
  auto files = RenderFiles(fs, Audience::kPublic, &diag);
  CHECK(diag ==
        "content/koks/services/apmacibas.md:6:10: error: `../media/plans.png` is not a PNG file, "
        "though its name says so (its first bytes are not PNG's); save it as PNG, or name it by "
        "what it is\n");
  CHECK_FALSE(Published(files, "koks/media/plans.png"));
}

TEST_CASE("a logo SVG with a script or an event attribute is an error at `logo:`") {
  auto fs = ValidTree();
  fs.Add("content/koks/media/logo.svg", kScriptSvg);
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:6:7: error: `media/logo.svg` is an SVG image the site cannot "
        "publish (line 2: a `<script>` element" +
            kSvgRule);
  fs.Add("content/koks/media/logo.svg",
         "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
  CHECK(CheckText(fs) ==
        "content/koks/cluster.yaml:6:7: error: `media/logo.svg` is an SVG image the site cannot "
        "publish (line 1: an event attribute `onload` on `<svg>`" +
            kSvgRule);
  fs.Add("content/koks/media/logo.svg", testing::kPng);
  CHECK(Has(CheckText(fs),
            "content/koks/cluster.yaml:6:7: error: `media/logo.svg` is an SVG "
            "image the site cannot publish (line 1: XML that is not well-formed"));
}

TEST_CASE("a refused SVG is never embedded in the welcome kit") {
  ClusterMedia media([](const std::string&, std::string* bytes, std::string*) {
    *bytes = kScriptSvg;
    return true;
  });
  MediaReader read = media.Reader();
  KitHtmlRules rules;
  rules.page_dir = "services/x/";
  rules.cluster = "koks";
  rules.read_media = &read;
  std::string missing;
  CHECK(AdaptForKit("<img src=\"../../media/bad.svg\" alt=\"B\" />", rules, &missing) ==
        "<img src=\"\" alt=\"B\" />");
  CHECK(missing == "koks/media/bad.svg");

  // Through the whole render: the page loses the image, the kit never embeds it.
  auto fs = ValidTree();
  fs.Add("content/koks/media/bad.svg", kScriptSvg);
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: Apmācības\nsummary: S\ncategory: c\n---\n![B](../media/bad.svg)\n");
  std::string diag;
  auto files = RenderFiles(fs, Audience::kPublic, &diag);
  CHECK(Has(diag, "content/koks/services/apmacibas.md:6:6: error: `../media/bad.svg` is an SVG"));
  CHECK_FALSE(Has(FileText(files, "koks/welcome-kit/index.html"), DataUri("bad.svg", kScriptSvg)));
  CHECK_FALSE(Published(files, "koks/media/bad.svg"));
}

TEST_CASE("build refuses an HTML brochure, then a scripted logo, each where it is named") {
  testing::ContentCopy copy;
  copy.DropPartialStrategy();
  const std::string about = testing::ReadFile(copy.root + "/koks/about.md");
  testing::WriteText(copy.root + "/koks/media/brochure.html",
                     "<script>alert(document.domain)</script>");
  testing::WriteText(copy.root + "/koks/about.md", about + "\n[Brošūra](media/brochure.html)\n");
  const std::string build =
      std::string(CLUSTERSITE_BINARY) + " build " + copy.root + " -o " + (copy.tmp / "site");
  std::string out;
  CHECK(testing::Run(build, &out) == 1);
  CHECK(Has(out, copy.root + "/koks/about.md:21:11: error: `media/brochure.html` cannot be "
                             "published: media/ may hold PNG, JPEG, GIF, WebP, AVIF, PDF and SVG "
                             "files, not a `.html` file"));

  testing::WriteText(copy.root + "/koks/about.md", about);
  testing::WriteText(copy.root + "/koks/media/logo.svg", kScriptSvg);
  CHECK(testing::Run(build, &out) == 1);
  CHECK(out == copy.root +
                   "/koks/cluster.yaml:10:7: error: `media/logo.svg` is an SVG image the site "
                   "cannot publish (line 2: a `<script>` element" +
                   kSvgRule + "build failed: 1 error; " + (copy.tmp / "site") + "/ is unchanged\n");
  CHECK_FALSE(std::filesystem::exists(copy.tmp / "site"));
}

TEST_CASE("serve keeps the last good logo when it is saved with a script") {
  testing::ContentCopy copy;
  copy.DropPartialStrategy();
  testing::ServeProcess serve({copy.root});
  REQUIRE(serve.started());
  const std::string logo = testing::ReadFile(copy.root + "/koks/media/logo.svg");
  CHECK(testing::Get(serve.port(), "/koks/media/logo.svg").body == logo);
  testing::WriteText(copy.root + "/koks/media/logo.svg", kScriptSvg);
  testing::HttpResponse page = testing::GetUntil(
      serve.port(), "/koks/", [](auto& r) { return Has(r.body, "clustersite-live"); });
  CHECK(Has(page.body,
            "cluster.yaml:10:7: error: `media/logo.svg` is an SVG image the site "
            "cannot publish (line 2: a `&lt;script&gt;` element)"));
  CHECK(testing::Get(serve.port(), "/koks/media/logo.svg").body == logo);
}

}  // namespace clustersite
