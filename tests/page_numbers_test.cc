// The contents' page-number slots of a print document, and how the numbers
// of a first print are filled into them for Chromium.

#include "document/page_numbers.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

const std::string kHtml =
    "<style>\n@media print{\n"
    ".kit-toc a[href=\"#p-one\"]::after{content:\"\";content:target-counter(url(#p-one),page)}\n"
    ".kit-toc a[href=\"#p-two\"]::after{content:\"\";content:target-counter(url(#p-two),page)}\n"
    "}\n</style>\n<p>content:\"\"; stays</p>\n";

}  // namespace

TEST_CASE("a page-number slot holds Chromium's number before WeasyPrint's target-counter") {
  CHECK(PageNumberSlot("kit-about", "3") ==
        ".kit-toc a[href=\"#kit-about\"]::after{content:\"3\";"
        "content:target-counter(url(#kit-about),page)}");
  CHECK(PageNumberSlot("kit-about") ==
        ".kit-toc a[href=\"#kit-about\"]::after{content:\"\";"
        "content:target-counter(url(#kit-about),page)}");
}

TEST_CASE("the slots of a print document are found in order; other HTML has none") {
  CHECK(PageNumberSlots(kHtml) == std::vector<std::string>{"p-one", "p-two"});
  CHECK(PageNumberSlots("<!DOCTYPE html><title>Services</title><p>target-counter</p>").empty());
  CHECK(PageNumberSlots("").empty());
}

TEST_CASE("filling writes each part's page into its slot and changes nothing else") {
  std::string filled = FillPageNumbers(kHtml, {{"p-one", 3}, {"p-two", 12}, {"p-three", 5}});
  CHECK(filled ==
        "<style>\n@media print{\n"
        ".kit-toc a[href=\"#p-one\"]::after{content:\"3\";"
        "content:target-counter(url(#p-one),page)}\n"
        ".kit-toc a[href=\"#p-two\"]::after{content:\"12\";"
        "content:target-counter(url(#p-two),page)}\n"
        "}\n</style>\n<p>content:\"\"; stays</p>\n");
  CHECK(PageNumberSlots(filled) == std::vector<std::string>{"p-one", "p-two"});
}

TEST_CASE("filling again replaces the numbers of an earlier print; a part not printed gets none") {
  std::string first = FillPageNumbers(kHtml, {{"p-one", 3}, {"p-two", 12}});
  std::string second = FillPageNumbers(first, {{"p-one", 4}});
  CHECK(second == FillPageNumbers(kHtml, {{"p-one", 4}}));
  CHECK(second.find("content:\"4\";content:target-counter(url(#p-one)") != std::string::npos);
  CHECK(second.find("content:\"\";content:target-counter(url(#p-two)") != std::string::npos);
  CHECK(FillPageNumbers(first, {}) == kHtml);
}

TEST_CASE("text that only looks like a slot is left as it is") {
  const std::string text =
      "a::after{content:\"x\";content:target-counter(url(#p),page)}"
      "b::after{content:\"1\";content:target-counter(url(#q),pages)}"
      "c::after{content:\"2";
  CHECK(PageNumberSlots(text).empty());
  CHECK(FillPageNumbers(text, {{"p", 1}, {"q", 2}}) == text);
}

}  // namespace clustersite
