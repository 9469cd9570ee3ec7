// The print engines: finding them, and reading a PDF's named destinations.
// Printing itself is tested end to end in print_test.cc.

#include "document/pdf.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

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

TEST_CASE("a missing engine is an error that says what to install") {
  const char* old = std::getenv("PATH");
  const std::string path = old ? old : "";
  setenv("PATH", "/nonexistent", 1);
  std::string program, err;
  bool weasyprint = FindEngine(PdfEngine::kWeasyPrint, &program, &err);
  std::string weasyprint_err = err;
  bool chromium = FindEngine(PdfEngine::kChromium, &program, &err);
  setenv("PATH", path.c_str(), 1);
  CHECK_FALSE(weasyprint);
  CHECK(weasyprint_err ==
        "WeasyPrint is not installed (no `weasyprint` on PATH); install it (Debian: apt-get "
        "install weasyprint) or print with --engine chromium");
  CHECK_FALSE(chromium);
  CHECK(err ==
        "Chromium is not installed (none of chromium, chromium-browser, google-chrome on PATH); "
        "install it (Debian: apt-get install chromium) or print with --engine weasyprint");
}

}  // namespace clustersite
