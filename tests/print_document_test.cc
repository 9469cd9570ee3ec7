// The print-document module: cover, contents, parts on their own pages and
// the page rules, for any document; the kit is its first user (kit_test.cc).

#include "document/print_document.h"

#include <doctest/doctest.h>

#include "document/document_style.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::InOrder;

using testing::Handout;

std::string Render(const PrintDocument& doc) {
  return RenderPrintDocument(testing::HandoutTheme(), doc);
}

}  // namespace

TEST_CASE("a print document has a cover, its contents, then each part in its own section") {
  std::string html = Render(Handout());
  CHECK(InOrder(html, {"<html lang=\"lv\">", "<title>Ceturkšņa pārskats – Koks</title>",
                       "<body class=\"handout\">", "href=\"#handout-main\">Uz saturu</a>",
                       "<header class=\"kit-cover\" id=\"handout-cover\">",
                       "<h1 class=\"kit-cover-name\">Koks &amp; Co</h1>",
                       "<nav class=\"kit-toc\" id=\"handout-contents\"",
                       "<li><a href=\"#handout-services\">Pakalpojumi</a></li>",
                       "<li><a href=\"#handout-events\">Pasākumi</a></li>",
                       "<main class=\"kit-main\" id=\"handout-main\">"}));
  CHECK(Has(html,
            "<section class=\"kit-part\" id=\"handout-services\" "
            "aria-labelledby=\"handout-services-title\">\n"
            "<h2 class=\"kit-part-title\" id=\"handout-services-title\">Pakalpojumi</h2>\n"
            "<p>Trīs pakalpojumi</p>\n</section>\n\n<section class=\"kit-part\" "
            "id=\"handout-events\""));
  CHECK(Has(html, "<p>Brokastis</p>\n</section>\n</main>"));
  CHECK_FALSE(Has(html, "<nav class=\"kit-back\""));  // no link back to a site
  CHECK_FALSE(Has(html, "<img class=\"kit-logo\""));
}

TEST_CASE("the cover's facts keep their lines; a left-out fact leaves an empty line") {
  std::string html = Render(Handout());
  CHECK(
      Has(html,
          "<dl class=\"kit-facts\">\n"
          "<div><dt>Datums</dt><dd>2026. gada 1. decembris</dd></div>\n"
          "\n"
          "<div><dt>Kontaktpersona</dt><dd>Ilze Ozola, koordinatore<br>ilze@example.lv</dd></div>\n"
          "</dl>"));
  CHECK(Has(html, "<span class=\"visually-hidden\">Vīzija: </span>Koks – galvenais"));
  PrintDocument doc = Handout();
  doc.cover.logo = "data:image/png;base64,AA==";
  doc.cover.greeting = "Sveiki, SIA Formatus!";
  doc.back_url = "../";
  doc.back_text = "Uz vietni";
  doc.back_label = "Vietne";
  html = Render(doc);
  CHECK(Has(html,
            "<img class=\"kit-logo\" src=\"data:image/png;base64,AA==\" alt=\"Koks &amp; Co\""));
  CHECK(Has(html,
            "<p class=\"kit-greeting\">Sveiki, SIA Formatus!</p>\n"
            "<p class=\"kit-greeting-text\">Ko paveicām</p>"));
  CHECK(Has(html, "<nav class=\"kit-back\" aria-label=\"Vietne\"><a href=\"../\">"));
}

TEST_CASE("a print document tells search engines to keep out only when it says so") {
  CHECK_FALSE(Has(Render(Handout()), "<meta name=\"robots\""));
  PrintDocument doc = Handout();
  doc.robots = "noindex, nofollow";
  CHECK(Has(Render(doc),
            "<meta name=\"description\" content=\"Pārskats\">\n"
            "<meta name=\"robots\" content=\"noindex, nofollow\">\n"));
}

TEST_CASE("a print document is NFC, whatever form its parts come in") {
  PrintDocument doc = Handout();
  doc.parts[0].body_html = "<p>a\xCC\x84</p>\n";  // a + combining macron
  std::string html = Render(doc);
  CHECK(Has(html, "<p>\xC4\x81</p>"));
  CHECK_FALSE(Has(html, "a\xCC\x84"));
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("the shared style goes into the first style element, whatever the content says") {
  PrintDocument doc = Handout();
  // Content that reads like the stand-in the document is rendered with.
  doc.title = "/*clustersite:shared-css*/";
  doc.cover.text = "/*clustersite:shared-css*/";
  const Theme& theme = testing::HandoutTheme();
  for (bool brand : {false, true}) {
    if (brand) doc.brand = BrandPalette{};
    std::vector<std::string> references;
    const std::string html = RenderPrintDocument(theme, doc, &references);
    CHECK(Has(html, "<title>/*clustersite:shared-css*/</title>"));
    CHECK(Has(html, DocumentStyle(theme, doc)));
    CHECK(
        Has(html, "<style>\n" + SharedDocumentCss(theme, doc.style_sheet) + "</style>\n<style>\n"));
    CHECK(references.empty());
  }
}

}  // namespace clustersite
