// The welcome kit makes no network requests: images of other sites become
// text, with a warning, and nothing else remote reaches it.

#include <doctest/doctest.h>

#include "document/document_html.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;
using testing::RenderFiles;
using testing::ValidTree;

std::string Adapt(const std::string& html) {
  KitHtmlRules rules;
  rules.page_dir = "services/x/";
  rules.cluster = "koks";
  return AdaptForKit(html, rules, nullptr);
}

}  // namespace

TEST_CASE("an image of another site becomes its alt text and address in the kit") {
  CHECK(Adapt("<p><img src=\"https://tracker.example/p.png\" alt=\"p\" /></p>") ==
        "<p><span class=\"kit-remote-image\">p (https://tracker.example/p.png)</span></p>");
  CHECK(Adapt("<img src=\"//host.example/q.png?a=1&amp;b=2\" alt=\"&lt;q&gt;\" title=\"t\" />") ==
        "<span class=\"kit-remote-image\">&lt;q&gt; (//host.example/q.png?a=1&amp;b=2)</span>");
  CHECK(Adapt("<img src=\"HTTP://x.example/r.gif\" alt=\"\" />") ==
        "<span class=\"kit-remote-image\">HTTP://x.example/r.gif</span>");
  CHECK(Adapt("<img src=\"data:image/png;base64,iVBO\" alt=\"d\" />") ==
        "<img src=\"data:image/png;base64,iVBO\" alt=\"d\" />");
}

TEST_CASE("remote images stay on the site's pages, and the kit warns at each") {
  auto fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: Apmācības\nsummary: S\ncategory: c\n---\n"
         "![p](https://tracker.example/p.png)\n\nUn ![q](//host.example/q.png).\n");
  fs.Add("content/koks/roadmaps/eksporta-cels.md",
         "---\ntitle: Ceļš\nfor: service\nservice: eksports\nsteps:\n"
         "  - {who: cluster, title: S, text: \"![r](http://x.example/r.gif)\"}\n---\n");
  std::string diag;
  auto files = RenderFiles(fs, Audience::kPublic, &diag);
  const std::string tail =
      "` is shown in the welcome kit as its text and address: the kit makes no network "
      "requests; to show the image there, put it in media/\n";
  // A roadmap step's text is YAML: its positions count from the text, not the file.
  CHECK(Has(diag,
            "content/koks/roadmaps/eksporta-cels.md:1:6: warning: image "
            "`http://x.example/r.gif" +
                tail));
  CHECK(Has(diag,
            "content/koks/services/apmacibas.md:6:6: warning: image "
            "`https://tracker.example/p.png" +
                tail +
                "content/koks/services/apmacibas.md:8:9: warning: image `//host.example/q.png" +
                tail));
  std::string kit = FileText(files, "koks/welcome-kit/index.html");
  CHECK(Has(kit, "<span class=\"kit-remote-image\">p (https://tracker.example/p.png)</span>"));
  CHECK(Has(kit, "<span class=\"kit-remote-image\">q (//host.example/q.png)</span>"));
  CHECK(Has(kit, "<span class=\"kit-remote-image\">r (http://x.example/r.gif)</span>"));
  CHECK(NetworkReferences(kit).empty());
  CHECK(Has(FileText(files, "koks/services/apmacibas/index.html"),
            "<img src=\"https://tracker.example/p.png\" alt=\"p\" />"));
}

TEST_CASE("what a kit would fetch over the network is found, in attributes and CSS") {
  CHECK(NetworkReferences(
            "<a href=\"https://x.example/\">a</a><img src=\"data:image/png;base64,A\" alt=\"\">"
            "<style>@font-face{src:url(data:font/woff2;base64,AA)}a::after{content:"
            "target-counter(url(#kit-about),page)}</style><p style=\"color:red\">") ==
        std::vector<std::string>{});
  CHECK(NetworkReferences("<img src=\"https://t.example/p.png\" alt=\"\">") ==
        std::vector<std::string>{"https://t.example/p.png"});
  CHECK(NetworkReferences("<img src=\"data:image/png;base64,A\" srcset=\"data:image/png;base64,A "
                          "1x, //t.example/2.png 2x\">") ==
        std::vector<std::string>{"//t.example/2.png"});
  CHECK(NetworkReferences("<link rel=\"stylesheet\" href=\"https://t.example/a.css\">") ==
        std::vector<std::string>{"https://t.example/a.css"});
  CHECK(NetworkReferences("<video poster=\"p.jpg\"></video><object data=\"x.swf\"></object>") ==
        std::vector<std::string>{"p.jpg", "x.swf"});
  CHECK(NetworkReferences("<style>\n@import \"https://t.example/f.css\";\nbody{background:"
                          "URL( 'https://t.example/b.png' )}</style>") ==
        std::vector<std::string>{"@import \"https://t.example/f.css\"", "https://t.example/b.png"});
  CHECK(NetworkReferences("<div style=\"background:url(&quot;/x.png&quot;)\">") ==
        std::vector<std::string>{"/x.png"});
}

TEST_CASE("a theme whose kit would fetch a style sheet fails the build") {
  auto fs = ValidTree();
  fs.Add("theme/kit/kit.css", "@import url(https://fonts.example/kit.css);\n");
  BuildOptions options;
  options.theme = "theme";
  options.jobs = 1;
  options.as_of.date = testing::kExampleAsOf;
  Diagnostics diag;
  std::vector<OutputFile> files;
  CHECK_FALSE(RenderAll(fs, options, &diag, &files));
  CHECK(diag.ToString() ==
        "content/koks: error: the welcome kit would load `@import "
        "url(https://fonts.example/kit.css)` "
        "when opened, and it makes no network requests: a theme's kit templates and kit.css may "
        "refer only to data: URIs and #fragments\n"
        "content/koks: error: the welcome kit would load `https://fonts.example/kit.css` when "
        "opened, and it makes no network requests: a theme's kit templates and kit.css may refer "
        "only to data: URIs and #fragments\n");
}

}  // namespace clustersite
