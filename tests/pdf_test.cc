// Reading a printed PDF's named destinations: the page numbers of the contents.

#include "document/pdf.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("pdfinfo -dests output gives each destination's page") {
  std::string text =
      "Page  Destination                 Name\n"
      "   3 [ XYZ    0  842 null      ] \"kit-about\"\n"
      "  14 [ XYZ    0  720 null      ] \"svc-a\"\n"
      "garbage\n";
  auto pages = ParseDestinations(text);
  CHECK(pages.size() == 2);
  CHECK(pages["kit-about"] == 3);
  CHECK(pages["svc-a"] == 14);
}

}  // namespace clustersite
