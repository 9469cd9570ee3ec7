#include "serve/live_pages.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {

using testing::Has;
using testing::InOrder;

TEST_CASE("the reload script goes before the page's closing body tag") {
  std::string page = "<!DOCTYPE html><html><body><p>x</p></body></html>\n";
  std::string live = LivePage(page, "v-7", {}, DiagnosticsShown::kList);
  CHECK(InOrder(live, {"<p>x</p>", "<script>", "var version = \"v-7\"",
                       "new EventSource(\"/__clustersite/events\")", "</script>", "</body>"}));
  CHECK_FALSE(Has(live, "clustersite-live"));  // no panel without diagnostics
  CHECK(LivePage("<p>no body</p>", "v", {}, DiagnosticsShown::kList).rfind("</script>\n") !=
        std::string::npos);
}

TEST_CASE("errors are listed over the page, escaped; warnings folded in a corner") {
  Diagnostic error{"content/koks/stories/a.md",
                   {4, 7},
                   Severity::kError,
                   "`date` must be a date written YYYY-MM-DD, not `<b>2026</b>`"};
  Diagnostic warning{"content/koks/stories/b.md", {}, Severity::kWarning, "no `consent` date"};
  std::string live = LivePage("<body></body>", "v", {error, warning}, DiagnosticsShown::kList);
  CHECK(Has(live, "The content has 1 error and 1 warning"));
  CHECK(Has(live, "<details open"));
  CHECK(Has(live,
            "content/koks/stories/a.md:4:7: error: `date` must be a date written "
            "YYYY-MM-DD, not `&lt;b&gt;2026&lt;/b&gt;`"));
  CHECK_FALSE(Has(live, "<b>2026"));
  CHECK(Has(live, "content/koks/stories/b.md: warning: no `consent` date"));
  std::string warned = LivePage("<body></body>", "v", {warning}, DiagnosticsShown::kList);
  CHECK(Has(warned, "The content has 1 warning"));
  CHECK_FALSE(Has(warned, "<details open"));
}

TEST_CASE("the panel shows each source line with a caret and the hint, escaped") {
  Diagnostic error{
      "content/koks/cluster.yaml", {2, 8}, Severity::kError, "`vision` is `<i>`; write text"};
  error.source = "vision: <i>Koks</i>";
  std::string live = LivePage("<body></body>", "v", {error}, DiagnosticsShown::kList);
  CHECK(Has(live,
            "content/koks/cluster.yaml:2:8: error: `vision` is `&lt;i&gt;`\n"
            "  |\n"
            "2 | vision: &lt;i&gt;Koks&lt;/i&gt;\n"
            "  |        ^\n"
            "  = hint: write text</li>"));
  CHECK_FALSE(Has(live, "<i>"));
}

TEST_CASE("a page for another machine counts the diagnostics and names no file") {
  Diagnostic error{"content/koks/stories/slepens.md", {4, 7}, Severity::kError, "bad `date`"};
  Diagnostic warning{"content/koks/services/melnraksts.md", {}, Severity::kWarning, "no consent"};
  std::string live =
      LivePage("<body></body>", "v", {error, warning, error}, DiagnosticsShown::kCount);
  CHECK(Has(live, "The content has 2 errors and 1 warning"));
  CHECK(Has(live,
            "the list is shown in the terminal running the preview and on pages opened "
            "on that machine."));
  CHECK_FALSE(Has(live, "slepens"));
  CHECK_FALSE(Has(live, "melnraksts"));
  CHECK_FALSE(Has(live, "<ol"));
  std::string alone =
      StandalonePage("Not found", "None.", "v", {warning}, DiagnosticsShown::kCount);
  CHECK(Has(alone, "The content has 1 warning"));
  CHECK_FALSE(Has(alone, "melnraksts"));
}

TEST_CASE("a page of its own shows its message, the diagnostics and reloads") {
  std::string page =
      StandalonePage("Not found", "No <page> here.", "v-1", {}, DiagnosticsShown::kList);
  CHECK(InOrder(page,
                {"<title>Not found", "No &lt;page&gt; here.", "var version = \"v-1\"", "</body>"}));
}

}  // namespace clustersite
