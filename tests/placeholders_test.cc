// The placeholder texts of `clustersite new`'s archetypes, found where they stand.

#include "model/placeholders.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "test_util.h"

namespace clustersite {
namespace {

std::string Found(std::string_view text, int first_body_line) {
  std::string out;
  for (const Placeholder& p : FindPlaceholders(text, first_body_line)) {
    out += std::to_string(p.pos.line) + ":" + std::to_string(p.pos.column) + " " + p.text + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("placeholders are found at their line and column, in code points, in file order") {
  CHECK(Found("name: Metāls\nvision: \"Šeit ierakstiet klastera vīziju: x\"\n"
              "contact: {name: Vārds Uzvārds, email: vards.uzvards@example.lv}\n",
              1000) ==
        "2:10 Šeit ierakstiet klastera vīziju\n"
        "3:17 Vārds Uzvārds\n"
        "3:39 vards.uzvards@example.lv\n");
}

TEST_CASE("a YAML comment may repeat a placeholder; a Markdown heading may not") {
  const std::string page =
      "---\n"
      "# What the service gives a member, in one sentence.\n"
      "summary: Real.\n"
      "---\n"
      "# What the service gives a member, in one sentence.\n";
  CHECK(Found(page, 5) == "5:3 What the service gives a member, in one sentence.\n");
}

TEST_CASE("placeholders are matched as written, case and all; real content holds none") {
  CHECK(Found("vision: \"Write the cluster's Vision here\"\n", 100).empty());
  CHECK(Found("vision: Koks – galvenais būvmateriāls\n", 100).empty());
}

TEST_CASE("every placeholder text stands in an archetype of the default theme") {
  std::string all;
  for (const auto& e : std::filesystem::directory_iterator(std::string(CLUSTERSITE_SOURCE_DIR) +
                                                           "/themes/default/archetypes"))
    all += testing::ReadFile(e.path().string());
  for (std::string_view text : PlaceholderTexts()) {
    INFO(text);
    CHECK(testing::Has(all, std::string(text)));
  }
}

TEST_CASE("every placeholder text is found wherever it stands in a line of prose") {
  const std::string prose = "Kopā ar Valmieras uzņēmumiem šogad vairāk: fi va Ko ";
  for (std::string_view p : PlaceholderTexts()) {
    for (size_t at = 0; at <= 40; ++at) {
      const std::string text = prose.substr(0, at) + std::string(p) + " " + prose;
      INFO(p, " at ", at);
      const std::vector<Placeholder> found = FindPlaceholders(text, 1000);
      REQUIRE(found.size() == 1);
      CHECK(found[0].text == p);
    }
    // Twice in a row, and once more after a text that overlaps it.
    CHECK(FindPlaceholders(std::string(p) + std::string(p), 1000).size() == 2);
  }
}

TEST_CASE("a file with many placeholders is read in one pass") {
  std::string text = testing::Repeat("# First Last\nFirst Last First Last\n", 20000);
  std::vector<Placeholder> found = FindPlaceholders(text, 1);
  REQUIRE(found.size() == 60000);
  CHECK(found.back().pos.line == 40000);
  CHECK(found.back().pos.column == 12);
}

}  // namespace clustersite
