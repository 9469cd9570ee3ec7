#include "serve/parse_cache.h"

#include <doctest/doctest.h>

#include "model/parse.h"
#include "test_util.h"

namespace clustersite {
namespace {

/// The koks cluster of `fs`, parsed through `cache`, and the diagnostics.
std::string ParsedThrough(ParseCache* cache, const MemoryFileSystem& fs, Cluster* out) {
  Diagnostics diag;
  ContentTree tree;
  REQUIRE(LoadContentTree(fs, "content", {"koks"}, LoadLimits{}, &diag, &tree));
  cache->Parse(std::move(tree.clusters.front()), &diag, out);
  return diag.ToString();
}

std::string Titles(const Cluster& c) {
  std::string out = c.name + ":";
  for (const Service& s : c.services) out += " " + s.slug + "=" + s.title;
  for (const Story& s : c.stories) out += " " + s.slug + "=" + s.title;
  for (const Roadmap& r : c.roadmaps) out += " " + r.slug + "=" + r.title;
  return out;
}

}  // namespace

TEST_CASE("the parse cache gives what ParsePortal gives, parsing only changed files again") {
  MemoryFileSystem fs = testing::ValidTree();
  Diagnostics diag;
  ContentTree tree;
  REQUIRE(LoadContentTree(fs, "content", {}, LoadLimits{}, &diag, &tree));
  Portal portal;
  ParsePortal(&tree, ParseOptions{}, &diag, &portal);
  ParseCache cache;
  Cluster cluster;
  CHECK(ParsedThrough(&cache, fs, &cluster) == "");
  CHECK(Titles(cluster) == Titles(portal.clusters.front()));
  CHECK(cluster.members.size() == portal.clusters.front().members.size());

  const std::string story = "---\ntitle: Changed\ncompany: C\ndate: 2026-03-01\nconsent: x\n---\n";
  fs.Add("content/koks/stories/publisks.md", story);
  const std::string error =
      "content/koks/stories/publisks.md:5:10: error: `consent` must be a date written "
      "YYYY-MM-DD, not `x`\n";
  CHECK(ParsedThrough(&cache, fs, &cluster) == error);
  CHECK(Titles(cluster).find("publisks=Changed") != std::string::npos);
  // The same text again: the same page and the same diagnostics, from the cache.
  CHECK(ParsedThrough(&cache, fs, &cluster) == error);
  CHECK(Titles(cluster).find("publisks=Changed") != std::string::npos);

  // cluster.yaml, about.md and members.yaml are parsed again when one changes.
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A}\n- {name: SIA Jauns, sector: B}\n");
  CHECK(ParsedThrough(&cache, fs, &cluster) == error);
  REQUIRE(cluster.members.size() == 2);
  CHECK(cluster.members[1].name == "SIA Jauns");
  fs.Add("content/koks/members.yaml", "- {name: SIA Koks, sektors: A}\n");
  CHECK(ParsedThrough(&cache, fs, &cluster) ==
        "content/koks/members.yaml:1:3: error: missing required key `sector`\n"
        "content/koks/members.yaml:1:20: error: unknown key `sektors`; did you mean `sector`?\n" +
            error);

  fs.Add("content/koks/members.yaml", "- {name: SIA Koks, sector: A}\n");
  fs.Add("content/koks/stories/publisks.md", "---\ntitle: [not, text]\n---\n");
  CHECK(ParsedThrough(&cache, fs, &cluster) ==
        "content/koks/stories/publisks.md:2:1: error: missing required key `company`\n"
        "content/koks/stories/publisks.md:2:1: error: missing required key `date`\n"
        "content/koks/stories/publisks.md:2:8: error: `title` must be text\n");
}

TEST_CASE("the parse cache reads feedback/ again when a quarter changes") {
  MemoryFileSystem fs = testing::ValidTree();
  ParseCache cache;
  Cluster cluster;
  fs.Add("content/koks/feedback/2026-q4.yaml",
         "- {service: eksports, member: SIA Koks, date: 2026-10-01}\n");
  CHECK(ParsedThrough(&cache, fs, &cluster) == "");
  CHECK(cluster.feedback.size() == 1);
  fs.Add("content/koks/feedback/2026-q4.yaml",
         "- {service: eksports, member: SIA Koks, date: 2026-10-01}\n"
         "- {service: eksports, member: SIA Koks, date: 2026-10-02, rating: 9}\n");
  CHECK(ParsedThrough(&cache, fs, &cluster) ==
        "content/koks/feedback/2026-q4.yaml:2:67: error: `rating` is `9`; it must be a whole "
        "number from 1 to 5 (leave it out for a use without a rating)\n");
  CHECK(cluster.feedback.size() == 2);
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("the preview's parse cache reads events/ and parses a changed event again") {
  MemoryFileSystem fs = testing::ValidTree();
  const std::string event =
      "---\ntitle: Brokastis\nkind: meeting\nstart: 2026-12-10T08:30\n"
      "end: 2026-12-10T10:00\n---\n";
  fs.Add("content/koks/events/brokastis.md", event);
  ParseCache cache;
  Cluster cluster;
  CHECK(ParsedThrough(&cache, fs, &cluster) == "");
  REQUIRE(cluster.events.size() == 1);
  CHECK(cluster.events[0].title == "Brokastis");
  testing::Edit(&fs, "content/koks/events/brokastis.md", "title: Brokastis", "title: Pusdienas");
  CHECK(ParsedThrough(&cache, fs, &cluster) == "");
  REQUIRE(cluster.events.size() == 1);
  CHECK(cluster.events[0].title == "Pusdienas");
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("the preview's parse cache reads news/ and parses a changed news item again") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/koks/news/cenas.md",
         "---\ntitle: Cenas\ndate: 2026-11-02\nkind: industry\n---\nCenas krīt.\n");
  fs.Add("content/koks/news/petijums.md",
         "---\ntitle: Pētījums\ndate: 2026-11-05\nkind: research\ndigest: jā\n---\nTeksts.\n");
  const std::string error =
      "content/koks/news/petijums.md:5:9: error: `digest` must be `true` or `false`, not `jā`\n";
  ParseCache cache;
  Cluster cluster;
  std::string first = ParsedThrough(&cache, fs, &cluster);
  CHECK(first == error);
  REQUIRE(cluster.news.size() == 2);
  CHECK(cluster.news[0].title == "Cenas");
  CHECK(cluster.news[1].title == "Pētījums");
  testing::Edit(&fs, "content/koks/news/cenas.md", "title: Cenas", "title: Cenas rudenī");
  // The changed item is parsed again; the unchanged one, and its error, come from the cache.
  CHECK(ParsedThrough(&cache, fs, &cluster) == first);
  REQUIRE(cluster.news.size() == 2);
  CHECK(cluster.news[0].title == "Cenas rudenī");
  CHECK(cluster.news[0].kind == NewsKind::kIndustry);
  CHECK(cluster.news[1].title == "Pētījums");
  CHECK(cluster.news[1].kind == NewsKind::kResearch);
  // A removed item drops out.
  fs.Remove("content/koks/news/cenas.md");
  CHECK(ParsedThrough(&cache, fs, &cluster) == first);
  REQUIRE(cluster.news.size() == 1);
  CHECK(cluster.news[0].slug == "petijums");
}

}  // namespace clustersite
