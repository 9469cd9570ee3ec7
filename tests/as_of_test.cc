// What the as-of date decides: stories dated after it held back (--future
// publishes them), a past next_meeting, the kit's cover date, time zones.

#include "model/as_of.h"

#include <doctest/doctest.h>

#include <string>

#include "site/load_site.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;
using testing::Run;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;

/// ValidTree's files rendered for `audience` as of `as_of`, with or without `--future`.
std::vector<OutputFile> RenderAsOf(const MemoryFileSystem& fs, Audience audience, Date as_of,
                                   bool future, Diagnostics* diag) {
  BuildOptions options;
  options.audience = audience;
  options.as_of.date = as_of;
  options.future = future;
  std::vector<OutputFile> files;
  RenderAll(fs, options, diag, &files);
  return files;
}

/// The example content/ with a public story dated 2026-12-20, after the
/// example's as-of date.
struct ContentWithFutureStory : testing::ContentCopy {
  ContentWithFutureStory() {
    testing::WriteText(root + "/koks/stories/ziemas-gadatirgus.md",
                       "---\ntitle: Ziemas gadatirgus\ncompany: SIA Formatus\n"
                       "services: [tirdzniecibas-misijas]\ndate: 2026-12-20\nconsent: 2026-11-20\n"
                       "visibility: public\n---\nGadatirgus.\n");
  }
};

/// The build's last line, without its time ("in 80 ms").
std::string SummaryOf(const std::string& out) {
  std::string line = out.substr(out.rfind("built "));
  size_t in = line.find(" in ");
  size_t ms = line.find(" ms", in);
  return line.substr(0, in) + line.substr(ms + 3);
}

/// ValidTree's cluster.yaml with `line` added at its end.
MemoryFileSystem ValidTreeWithClusterLine(const std::string& line) {
  MemoryFileSystem fs = testing::ValidTree();
  std::string yaml, err;
  REQUIRE(fs.Read("content/koks/cluster.yaml", 1 << 20, &yaml, &err));
  fs.Add("content/koks/cluster.yaml", yaml + line);
  return fs;
}

}  // namespace

TEST_CASE("a story dated after the as-of date is held back from every audience") {
  Diagnostics diag;
  auto files = RenderAsOf(testing::ValidTree(), Audience::kMembers, {2026, 3, 15}, false, &diag);
  CHECK(diag.ToString() == "");
  CHECK(FileText(files, "koks/stories/publisks/index.html") != "");
  CHECK(FileText(files, "koks/stories/slepens/index.html") == "");
  CHECK_FALSE(Has(FileText(files, "koks/stories/index.html"), "Biedru stāsts"));
  CHECK_FALSE(Has(FileText(files, "koks/search/index.json"), "Biedru stāsts"));
}

TEST_CASE("--future publishes stories dated after the as-of date") {
  Diagnostics diag;
  auto files = RenderAsOf(testing::ValidTree(), Audience::kMembers, {2026, 3, 15}, true, &diag);
  CHECK(FileText(files, "koks/stories/slepens/index.html") != "");
  CHECK(Has(FileText(files, "koks/stories/index.html"), "Biedru stāsts"));
}

TEST_CASE("a story dated on the as-of date is published") {
  Diagnostics diag;
  auto files = RenderAsOf(testing::ValidTree(), Audience::kMembers, {2026, 4, 1}, false, &diag);
  CHECK(FileText(files, "koks/stories/slepens/index.html") != "");
}

TEST_CASE("held-back stories are counted for the audience that would see them") {
  SiteOptions options;
  options.as_of.date = Date{2026, 2, 15};
  options.load_theme = false;
  Diagnostics diag;
  Site site;
  REQUIRE(LoadSite(testing::ValidTree(), options, &diag, &site));
  CHECK(HeldBackStories(site.portal, Audience::kPublic) == 1);
  CHECK(HeldBackStories(site.portal, Audience::kMembers) == 2);
  CHECK(AsOfDates(site.portal) == std::vector<Date>{{2026, 2, 15}});
}

TEST_CASE("each cluster is as of the day in its own time zone, else in the portal's") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/portal.yaml", "title: Klasteri\ntimezone: UTC\n");
  SiteOptions options;
  options.as_of.epoch = 1796513400;  // 2026-12-05 23:30 UTC
  options.load_theme = false;
  Diagnostics diag;
  Site site;
  REQUIRE(LoadSite(fs, options, &diag, &site));
  CHECK(site.portal.as_of == Date{2026, 12, 5});
  CHECK(site.portal.clusters.at(0).as_of == Date{2026, 12, 5});

  fs = ValidTreeWithClusterLine("timezone: Europe/Riga\n");
  fs.Add("content/portal.yaml", "title: Klasteri\ntimezone: UTC\n");
  Site own_zone;
  REQUIRE(LoadSite(fs, options, &diag, &own_zone));
  CHECK(own_zone.portal.as_of == Date{2026, 12, 5});
  CHECK(own_zone.portal.clusters.at(0).as_of == Date{2026, 12, 6});
  CHECK(AsOfDates(own_zone.portal) == std::vector<Date>{{2026, 12, 6}});
}

TEST_CASE("a timezone that the tz database does not have is an error with did-you-mean") {
  MemoryFileSystem fs = ValidTreeWithClusterLine("timezone: Olympus_Mons\n");
  fs.Add("content/portal.yaml", "title: Klasteri\ntimezone: Europe/Rgia\n");
  CHECK(testing::CheckText(fs) ==
        "content/koks/cluster.yaml:12:11: error: `timezone` is `Olympus_Mons`, which is no "
        "time zone of the tz database; write a name such as `Europe/Riga` (a region, a slash, a "
        "city)\n"
        "content/portal.yaml:2:11: error: `timezone` is `Europe/Rgia`, which is no time zone of "
        "the tz database; did you mean `Europe/Riga`?\n");
}

TEST_CASE("a next_meeting before the as-of date is a warning; on it, none") {
  MemoryFileSystem fs = testing::ValidTree();
  SiteOptions options;
  options.load_theme = false;
  options.as_of.date = Date{2026, 12, 4};
  Diagnostics diag;
  Site site;
  CHECK(LoadSite(fs, options, &diag, &site));
  CHECK(diag.ToString() ==
        "content/koks/cluster.yaml:11:17: warning: `next_meeting` 2026-12-03 is before "
        "2026-12-04, the date the site is built as of, so the site would announce a meeting "
        "that is over; write the date of the next meeting, or remove `next_meeting`\n");
  options.as_of.date = Date{2026, 12, 3};
  Diagnostics on_the_day;
  Site again;
  CHECK(LoadSite(fs, options, &on_the_day, &again));
  CHECK(on_the_day.ToString() == "");
}

TEST_CASE("the kit's cover shows the as-of date unless --date names another") {
  KitCommand kit;
  kit.build.cluster = "koks";
  kit.build.as_of.date = Date{2026, 12, 1};
  Diagnostics diag;
  std::string html;
  REQUIRE(RenderKitHtml(testing::ValidTree(), kit, &diag, &html));
  CHECK(Has(html, "2026. gada 1. decembris"));
  kit.date = Date{2026, 11, 20};
  REQUIRE(RenderKitHtml(testing::ValidTree(), kit, &diag, &html));
  CHECK(Has(html, "2026. gada 20. novembris"));
  CHECK_FALSE(Has(html, "2026. gada 1. decembris"));
}

// End to end: the real CLI on a copy of content/.

TEST_CASE("build prints its as-of date and holds back a later story with a note") {
  ContentWithFutureStory content;
  TempDir out;
  std::string log;
  REQUIRE(Run(kBin + " build " + content.root + " --as-of 2026-12-01 -o " + out / "p", &log) == 0);
  CHECK(SummaryOf(log) ==
        "built 3 clusters, 108 pages, 141 files into " + out / "p" +
            "/ as of 2026-12-01 (13 warnings); 1 story dated after 2026-12-01 held back; "
            "--future includes it\n");
  CHECK(testing::ReadFile(out / "p/koks/stories/ziemas-gadatirgus/index.html") == "");
  CHECK_FALSE(Has(testing::ReadFile(out / "p/koks/feed.xml"), "Ziemas gadatirgus"));

  REQUIRE(Run(kBin + " build " + content.root + " --as-of 2026-12-01 --future -o " + out / "f",
              &log) == 0);
  CHECK(SummaryOf(log) == "built 3 clusters, 109 pages, 142 files into " + out / "f" +
                              "/ as of 2026-12-01 (13 warnings)\n");
  CHECK(Has(testing::ReadFile(out / "f/koks/stories/ziemas-gadatirgus/index.html"),
            "Ziemas gadatirgus"));
  // On its own date it is published without --future.
  REQUIRE(Run(kBin + " check " + content.root + " --as-of 2026-12-20", &log) == 0);
  CHECK(Has(log,
            "check passed: 3 clusters, 109 pages and their links as of 2026-12-20, "
            "13 warnings\n"));
}

TEST_CASE("SOURCE_DATE_EPOCH near midnight UTC is the next day in Riga, and --as-of overrides it") {
  std::string log;
  const std::string content = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";
  // 2026-12-01 23:30 UTC is 2026-12-02 01:30 in Riga.
  REQUIRE(Run("SOURCE_DATE_EPOCH=1796167800 " + kBin + " check " + content, &log) == 0);
  CHECK(Has(log,
            "check passed: 3 clusters, 108 pages and their links as of 2026-12-02, "
            "13 warnings\n"));
  REQUIRE(Run("SOURCE_DATE_EPOCH=1796167800 " + kBin + " check " + content + " --as-of 2026-11-30",
              &log) == 0);
  CHECK(Has(log,
            "check passed: 3 clusters, 108 pages and their links as of 2026-11-30, "
            "13 warnings\n"));
}

TEST_CASE("a wrong --as-of or SOURCE_DATE_EPOCH is refused before anything is read") {
  std::string log;
  CHECK(Run(kBin + " build nowhere --as-of 2026-13-01", &log) != 0);
  CHECK(log ==
        "--as-of: `2026-13-01` is not a date as YYYY-MM-DD\nRun with --help for more "
        "information.\n");
  CHECK(Run("SOURCE_DATE_EPOCH=yesterday " + kBin + " check nowhere", &log) != 0);
  CHECK(log ==
        "SOURCE_DATE_EPOCH: `yesterday` is not a number of seconds since 1970-01-01 UTC; set it "
        "as `date +%s` prints it, or unset it\nRun with --help for more information.\n");
}

TEST_CASE("two builds as of the same date are byte-identical, however the date is given") {
  ContentWithFutureStory content;
  TempDir out;
  std::string log;
  REQUIRE(Run(kBin + " build " + content.root + " --as-of 2026-12-01 -o " + out / "a", &log) == 0);
  REQUIRE(Run("SOURCE_DATE_EPOCH=1796083200 TZ=Asia/Tokyo " + kBin + " build " + content.root +
                  " -j 1 -o " + out / "b",
              &log) == 0);
  auto a = testing::Snapshot(out / "a");
  CHECK(a.size() > 90);
  CHECK(a == testing::Snapshot(out / "b"));
}

TEST_CASE("kit's cover date is the as-of date by default") {
  TempDir out;
  std::string log;
  const std::string content = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";
  REQUIRE(Run(kBin + " kit " + content + " --cluster koks --as-of 2026-12-02 -o " + out / "k.html",
              &log) == 0);
  CHECK(Has(testing::ReadFile(out / "k.html"), "2026. gada 2. decembris"));
}

TEST_CASE("a past next_meeting of the content is a warning at its place") {
  testing::ContentCopy copy;
  const std::string yaml = copy.root + "/koks/cluster.yaml";
  std::string text = testing::ReadFile(yaml);
  const std::string meetings = "ražotnē\"\n";
  REQUIRE(text.find(meetings) != std::string::npos);
  text.insert(text.find(meetings) + meetings.size(), "  next_meeting: 2026-12-03\n");
  testing::WriteText(yaml, text);
  std::string log;
  const std::string& content = copy.root;
  REQUIRE(Run(kBin + " check " + content + " --as-of 2026-12-05", &log) == 0);
  // koks has events/: its next meeting there, not the past date, is what the warning names.
  CHECK(Has(log, content +
                     "/koks/cluster.yaml:19:17: warning: `next_meeting` 2026-12-03 is not "
                     "the day of the next meeting in events/, " +
                     content + "/koks/events/brokastis-2027-01.md on 2027-01-14"));
  CHECK(Has(log,
            "check passed: 3 clusters, 108 pages and their links as of 2026-12-05, "
            "14 warnings\n"));
}

}  // namespace clustersite
