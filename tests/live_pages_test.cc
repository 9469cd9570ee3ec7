#include "serve/live_pages.h"

#include <doctest/doctest.h>

#include "test_util.h"
#include "theme/default_theme.h"

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

TEST_CASE("the panel is styled by one unchanging style element, without style attributes") {
  Diagnostic error{"content/koks/stories/a.md", {4, 7}, Severity::kError, "bad `date`"};
  Diagnostic warning{"content/koks/stories/b.md", {}, Severity::kWarning, "no `consent` date"};
  const std::string errors =
      LivePage("<body></body>", "v", {error, warning}, DiagnosticsShown::kList);
  const std::string warnings = LivePage("<body></body>", "v", {warning}, DiagnosticsShown::kList);
  const std::string alone = StandalonePage("Not found", "None.", "v", {}, DiagnosticsShown::kList);
  for (const std::string* page : {&errors, &warnings, &alone}) CHECK_FALSE(Has(*page, " style="));
  CHECK(
      Has(errors, "<div id=\"clustersite-live\" lang=\"en\" role=\"alert\" class=\"has-errors\">"));
  CHECK(Has(errors, "<li class=\"is-error\">"));
  CHECK(Has(warnings, "<div id=\"clustersite-live\" lang=\"en\" role=\"alert\">"));
  auto style = [](const std::string& page) {
    size_t at = page.find("<style>");
    REQUIRE(at != std::string::npos);
    CHECK(page.find("<style>", at + 1) == std::string::npos);
    return page.substr(at, page.find("</style>") - at);
  };
  CHECK(style(errors) == style(warnings));
  CHECK(Has(style(alone), "body{"));
}

TEST_CASE("a page of its own shows its message, the diagnostics and reloads") {
  std::string page =
      StandalonePage("Not found", "No <page> here.", "v-1", {}, DiagnosticsShown::kList);
  CHECK(InOrder(page,
                {"<title>Not found", "No &lt;page&gt; here.", "var version = \"v-1\"", "</body>"}));
}

TEST_CASE("the panel speaks the page's language, from the theme's UI strings") {
  Diagnostic error{"content/koks/stories/a.md", {4, 7}, Severity::kError, "bad `date`"};
  Diagnostic warning{"content/koks/stories/b.md", {}, Severity::kWarning, "no `consent` date"};
  const std::string lv = "<!DOCTYPE html><html lang=\"lv\"><body></body></html>";
  std::string live = LivePage(lv, "v", {error, warning, error}, DiagnosticsShown::kList);
  CHECK(Has(live, "<div id=\"clustersite-live\" lang=\"lv\""));
  CHECK(Has(live, "Kļūdu skaits saturā: 2, brīdinājumu skaits: 1"));
  CHECK(Has(live,
            "Šī ir pēdējā izdevusies versija. Lapa pārlādēsies, tiklīdz saturs būs izlabots; to "
            "pašu sarakstu rāda terminālis."));
  // The diagnostics are as the terminal shows them, in English.
  CHECK(Has(live, "<ol lang=\"en\""));
  CHECK(Has(live, "content/koks/stories/a.md:4:7: error: bad `date`"));
  std::string one = LivePage(lv, "v", {error}, DiagnosticsShown::kCount);
  CHECK(Has(one, "Saturā ir 1 kļūda"));
  CHECK(Has(one, "sarakstu rāda terminālis, kurā darbojas priekšskatījums"));
  const std::string en = "<html lang=\"en\"><body></body></html>";
  CHECK(Has(LivePage(en, "v", {error}, DiagnosticsShown::kList), "The content has 1 error"));
}

TEST_CASE("the preview's own pages are in the portal's language; a theme may reword the panel") {
  std::string lv_strings;
  for (const EmbeddedFile& f : DefaultThemeFiles())
    if (std::string(f.path) == "i18n/lv.yaml") lv_strings = f.contents;
  MemoryFileSystem fs;
  fs.Add("theme/i18n/lv.yaml",
         testing::Replaced(lv_strings, "serve_errors_one: \"Saturā ir 1 kļūda\"",
                           "serve_errors_one: \"Viena kļūda\""));
  Theme theme;
  Diagnostics diag;
  REQUIRE(Theme::Load(fs, "theme", &diag, &theme));
  LiveWords words = LoadLiveWords(theme, "lv");
  Diagnostic error{"content/koks/cluster.yaml", {1, 1}, Severity::kError, "x"};
  std::string alone = StandalonePage(words.Get("lv", "serve_not_found_title"), "-", "v", {error},
                                     DiagnosticsShown::kList, words);
  CHECK(InOrder(alone, {"<html lang=\"lv\">", "<title>Lapa nav atrasta", "Viena kļūda"}));
  // A page without a language is in the portal's.
  CHECK(
      Has(LivePage("<body></body>", "v", {error}, DiagnosticsShown::kList, words), "Viena kļūda"));
  CHECK(Has(LivePage("<html lang=\"en\"><body>", "v", {error}, DiagnosticsShown::kList, words),
            "The content has 1 error"));
}

TEST_CASE("a page's language is its html element's lang attribute") {
  CHECK(PageLanguage("<!DOCTYPE html>\n<html lang=\"lv\" dir=\"ltr\"><body lang=\"en\">") == "lv");
  CHECK(PageLanguage("<html><body><p lang=\"en\">") == "");
  CHECK(PageLanguage("<p>no html</p>") == "");
}

}  // namespace clustersite
