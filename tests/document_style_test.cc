// The style element of a print document: the module's style sheets around
// the document's own, and the page rules generated from its parts.

#include "document/document_style.h"

#include <doctest/doctest.h>

#include "document/page_numbers.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::InOrder;

using testing::Handout;

std::string Style(const PrintDocument& doc) { return DocumentStyle(testing::HandoutTheme(), doc); }

}  // namespace

TEST_CASE("a document's own styles sit between the module's base and its page layout") {
  std::string css = Style(Handout());
  CHECK(InOrder(
      css, {"<style>\n@font-face{font-family:\"Kit Sans\"", ".kit-toc ol {",
            ".handout-only{color:red}", "@page {\n  size: A4;", "@media print {", "</style>"}));
  CHECK_FALSE(Has(css, ":root{--brand:"));  // no brand colour: the theme's
}

TEST_CASE("the page rules: running header, page i of N, a named page and a number per part") {
  std::string css = Style(Handout());
  CHECK(Has(css,
            "@page{@top-left{content:\"Koks\"}@bottom-left{content:\"Ceturkšņa pārskats\"}"
            "@bottom-right{content:\"Lapa \" counter(page) \" no \" counter(pages)}}\n"
            "#handout-contents{page:handout-contents}"
            "@page handout-contents{@top-right{content:\"Saturs\"}}\n"
            "#handout-services{page:handout-services}"
            "@page handout-services{@top-right{content:\"Pakalpojumi\"}}\n"
            "#handout-events{page:handout-events}"
            "@page handout-events{@top-right{content:\"Pasākumi\"}}\n"
            "@media print{\n" +
                PageNumberSlot("handout-services") + "\n" + PageNumberSlot("handout-events") +
                "\n}\n</style>"));
}

TEST_CASE("the brand colour goes to :root, and running texts cannot end the style element") {
  PrintDocument doc = Handout();
  doc.brand = BrandPalette{{0x2f, 0x6b, 0x3a}, {255, 255, 255}, {0x2f, 0x6b, 0x3a}};
  doc.header = "</style><script>";
  std::string css = Style(doc);
  CHECK(Has(css, ":root{--brand:#2f6b3a;--brand-text:#ffffff;--brand-ink:#2f6b3a}\n"));
  CHECK(Has(css, "@top-left{content:\"\\3c /style\\3e \\3c script\\3e \"}"));
  CHECK_FALSE(Has(css, "<script>"));
}

}  // namespace clustersite
