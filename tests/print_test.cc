// `clustersite pdf` and `kit --pdf` end to end: a built print document
// printed with each engine, its contents' page numbers against the pages
// its parts start on. An engine that is not installed is skipped with a
// message; tests/kit_print.sh checks the prints of every example kit.

#include "document/print.h"

#include <doctest/doctest.h>

#include <regex>

#include "document/page_numbers.h"
#include "document/process.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::ReadFile;
using testing::Run;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kFixture = std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/brand";

/// tests/fixtures/brand built into a temporary folder: a kit of ten pages.
struct BuiltKit {
  testing::TempDir dir;
  std::string kit = dir / "site/dzeltens/welcome-kit/index.html";
  BuiltKit() {
    std::string out;
    REQUIRE(Run(kBin + " build " + kFixture + " -o " + (dir / "site"), &out) == 0);
  }
};

/// True when the tools a print with `engine` needs are installed; else a message says so.
bool Installed(const std::string& engine) {
  for (const std::string& tool : {engine, std::string("pdfinfo"), std::string("pdftotext")}) {
    if (FindOnPath(tool).empty()) {
      MESSAGE("skipped: " << tool << " is not installed");
      return false;
    }
  }
  return true;
}

int PageCount(const std::string& pdf) {
  std::string out;
  REQUIRE(Run("pdfinfo " + pdf, &out) == 0);
  std::smatch m;
  REQUIRE(std::regex_search(out, m, std::regex("Pages:\\s+(\\d+)")));
  return std::stoi(m[1]);
}

/// Checks that each line of the contents, as pdftotext reads page 2 of
/// `pdf`, ends with the page its part starts on (from the named destinations),
/// and that there are `parts` lines (the kit's 8 by default).
void CheckContentsNumbers(const std::string& html, const std::string& pdf,
                          size_t parts_wanted = 8) {
  std::string dests, text;
  REQUIRE(Run("pdfinfo -dests " + pdf, &dests) == 0);
  REQUIRE(Run("pdftotext -layout -f 2 -l 2 " + pdf + " -", &text) == 0);
  std::map<std::string, int> pages = ParseDestinations(dests);
  const std::regex line("<li><a href=\"#([a-z-]+)\">([^<]+)</a></li>");
  size_t parts = 0;
  for (std::sregex_iterator it(html.begin(), html.end(), line), end; it != end; ++it, ++parts) {
    std::string id = (*it)[1], title = (*it)[2];
    REQUIRE(pages.count(id) == 1);
    INFO(title << " starts on page " << pages[id]);
    CHECK(std::regex_search(text, std::regex(title + " +" + std::to_string(pages[id]) + "\n")));
  }
  CHECK(parts == parts_wanted);
}

void CheckPrintsWith(const std::string& engine) {
  if (!Installed(engine == "chromium" ? "chromium" : "weasyprint")) return;
  BuiltKit built;
  const std::string before = ReadFile(built.kit);
  const std::string pdf = built.dir / "kit.pdf";
  std::string out;
  INFO(out);
  REQUIRE(Run(kBin + " pdf " + built.kit + " -o " + pdf + " --engine " + engine, &out) == 0);
  CHECK(Has(out, "printed " + built.kit + " to " + pdf));
  CHECK(PageCount(pdf) > 1);
  CheckContentsNumbers(before, pdf);
  CHECK(ReadFile(built.kit) == before);  // the built file is left as it was
}

}  // namespace

TEST_CASE("clustersite pdf prints a built kit with WeasyPrint, its contents numbered") {
  CheckPrintsWith("weasyprint");
}

TEST_CASE("clustersite pdf prints a built kit with Chromium, the numbers filled in from a print") {
  CheckPrintsWith("chromium");
}

TEST_CASE("clustersite pdf prints a built visit brief, its contents numbered") {
  if (!Installed("weasyprint")) return;
  testing::TempDir dir;
  std::string out;
  INFO(out);
  const std::string fixture = std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/fixtures/staff";
  REQUIRE(Run(kBin + " build " + fixture + " --audience staff -o " + (dir / "staff"), &out) == 0);
  const std::string brief = dir / "staff/timber/staff/visits/new-timber-ltd.html";
  const std::string pdf = dir / "brief.pdf";
  REQUIRE(Run(kBin + " pdf " + brief + " -o " + pdf + " --engine weasyprint", &out) == 0);
  CHECK(PageCount(pdf) >= 6);  // cover, contents, four parts
  CheckContentsNumbers(ReadFile(brief), pdf, 4);
}

TEST_CASE("clustersite kit --pdf prints, and its HTML file keeps the numbers it was printed with") {
  if (!Installed("chromium")) return;
  testing::TempDir dir;
  const std::string html = dir / "kit.html", pdf = dir / "kit.pdf";
  std::string out;
  INFO(out);
  REQUIRE(Run(kBin + " kit " + kFixture + " --cluster dzeltens --date 2026-12-01 -o " + html +
                  " --pdf " + pdf,
              &out) == 0);
  CHECK(PageCount(pdf) > 1);
  std::string printed = ReadFile(html);
  CheckContentsNumbers(printed, pdf);
  CHECK(Has(printed, "a[href=\"#kit-about\"]::after{content:\"3\";"));
}

TEST_CASE("clustersite pdf refuses a missing file, a page that is no print document, no engine") {
  BuiltKit built;
  std::string out;
  CHECK(Run(kBin + " pdf " + (built.dir / "nothing.html") + " -o " + (built.dir / "x.pdf"), &out) ==
        1);
  CHECK(out ==
        "error: cannot read " + (built.dir / "nothing.html") + ": No such file or directory\n");
  const std::string home = built.dir / "site/dzeltens/index.html";
  CHECK(Run(kBin + " pdf " + home + " -o " + (built.dir / "x.pdf"), &out) == 1);
  CHECK(out == "error: " + home +
                   " is not a print document: it has no contents with page numbers; print a "
                   "built one, such as public/<cluster>/welcome-kit/index.html\n");
  CHECK(Run("PATH=" + (built.dir / "no-bin") + " " + kBin + " pdf " + built.kit + " -o " +
                (built.dir / "x.pdf") + " --engine weasyprint",
            &out) == 1);
  CHECK(out ==
        "error: WeasyPrint is not installed (no `weasyprint` on PATH); install it (Debian: "
        "apt-get install weasyprint) or print with --engine chromium\n");
  CHECK_FALSE(std::filesystem::exists(built.dir / "x.pdf"));
}

}  // namespace clustersite
