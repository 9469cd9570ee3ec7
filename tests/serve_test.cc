// End-to-end tests of `clustersite serve`: the real CLI on a free port, fetched
// with raw requests over a socket so that nothing encodes or cleans a path first.

#include <doctest/doctest.h>

#include <filesystem>
#include <thread>

#include "serve_client.h"
#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using testing::Get;
using testing::GetUntil;
using testing::Has;
using testing::HttpResponse;
using testing::kStory;
using testing::kStoryFile;
using testing::ReadFile;
using testing::Replaced;
using testing::ServeProcess;
using testing::WriteText;

const std::string kSource = CLUSTERSITE_SOURCE_DIR;

}  // namespace

TEST_CASE("serve shows a save, an error over the last good page, and the fix") {
  testing::ContentCopy c;
  c.DropPartialStrategy();  // its warnings would keep the panel on every page
  const std::string story = c.root + kStoryFile;
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  HttpResponse home = Get(serve.port(), "/");
  CHECK(home.status == 200);
  CHECK(home.Header("Content-Type") == "text/html; charset=utf-8");
  CHECK(home.Header("X-Content-Type-Options") == "nosniff");
  CHECK(home.Header("Cache-Control") == "no-store");
  CHECK(Has(home.body, "new EventSource(\"/__clustersite/events\")"));
  CHECK(Has(Get(serve.port(), "/koks/").body, "Latvijas koka būvniecības klasteris"));
  HttpResponse moved = Get(serve.port(), "/koks?x=1");
  CHECK(moved.status == 301);
  CHECK(moved.Header("Location") == "/koks/?x=1");

  testing::EventStream events(serve.port());
  std::string first = events.Next(20s);
  CHECK_FALSE(first.empty());
  const std::string original = ReadFile(story);
  WriteText(story, original + "\nSaved-marker-one.\n");
  HttpResponse saved =
      GetUntil(serve.port(), kStory, [](auto& r) { return Has(r.body, "Saved-marker-one"); });
  CHECK(Has(saved.body, "Saved-marker-one"));
  std::string second = events.Next(20s);
  CHECK_FALSE(second.empty());
  CHECK(second != first);

  // A broken date: the last good page stays, with the error over it.
  WriteText(story,
            Replaced(original, "date: 2026-03-02", "date: <b>2026</b>") + "\nSaved-marker-two.\n");
  HttpResponse broken =
      GetUntil(serve.port(), kStory, [](auto& r) { return Has(r.body, "clustersite-live"); });
  CHECK(broken.status == 200);
  CHECK(Has(broken.body, "Saturā ir 1 kļūda"));
  // The panel speaks each cluster's language: baltic-logistics is in English.
  CHECK(Has(Get(serve.port(), "/baltic-logistics/").body, "The content has 1 error"));
  CHECK(Has(broken.body, story + ":6:7: error: `date` must be a date written YYYY-MM-DD, "
                                 "not `&lt;b&gt;2026&lt;/b&gt;`"));
  CHECK(Has(broken.body, "Saved-marker-one"));
  CHECK_FALSE(Has(broken.body, "Saved-marker-two"));
  CHECK(Has(Get(serve.port(), "/koks/nothing/").body, "clustersite-live"));
  // The terminal shows the same, just after the browser is told.
  const std::string printed =
      story + ":6:7: error: `date` must be a date written YYYY-MM-DD, not `<b>2026</b>`\n";
  for (int i = 0; i < 200 && !Has(serve.Output(), printed); ++i) std::this_thread::sleep_for(50ms);
  CHECK(Has(serve.Output(), printed));

  WriteText(story, original + "\nSaved-marker-three.\n");
  // The page is published a moment before the diagnostics are cleared (then
  // its reload script sees the new version): wait for both.
  HttpResponse fixed = GetUntil(serve.port(), kStory, [](auto& r) {
    return Has(r.body, "Saved-marker-three") && !Has(r.body, "clustersite-live");
  });
  CHECK(Has(fixed.body, "Saved-marker-three"));
  CHECK_FALSE(Has(fixed.body, "clustersite-live"));

  // Ctrl-C or SIGTERM: the temporary folder goes with the server.
  REQUIRE(fs::exists(serve.folder()));
  CHECK(serve.Stop() == 0);
  CHECK_FALSE(fs::exists(serve.folder()));
}

TEST_CASE("build output holds no reload script") {
  testing::TempDir tmp;
  std::string out;
  REQUIRE(testing::Run(
              std::string(CLUSTERSITE_BINARY) + " build " + kSource + "/content -o " + tmp / "site",
              &out) == 0);
  size_t pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(tmp.path)) {
    if (!e.is_regular_file()) continue;
    std::string text = ReadFile(e.path());
    INFO(e.path().string());
    CHECK_FALSE(Has(text, "__clustersite"));
    CHECK_FALSE(Has(text, "EventSource"));
    pages += e.path().extension() == ".html";
  }
  CHECK(pages > 20);
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("serve counts a use saved in feedback/ on the service's page") {
  testing::ContentCopy c;
  const std::string quarter = c.root + "/koks/feedback/2026-q4.yaml";
  const std::string page = "/koks/services/inovaciju-projekti/";
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  CHECK(Has(Get(serve.port(), page).body, "<dd>11</dd>"));
  WriteText(quarter, ReadFile(quarter) +
                         "- {service: inovaciju-projekti, member: SIA Formatus, date: 2026-11-28}\n"
                         "- {service: inovaciju-projekti, member: SIA EkoSiltums, date: "
                         "2026-11-29}\n");
  HttpResponse counted =
      GetUntil(serve.port(), page, [](auto& r) { return Has(r.body, "<dd>13</dd>"); });
  CHECK(Has(counted.body, "<dd>13</dd>"));
  CHECK(serve.Stop() == 0);
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("serve shows a change to strategy.yaml or a section file on the strategy page") {
  testing::ContentCopy c;
  const std::string dir = c.root + "/baltic-logistics/strategy";
  const std::string page = "/baltic-logistics/strategy/";
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  CHECK(Has(Get(serve.port(), page).body, "Members&apos; export of services"));
  WriteText(dir + "/strategy.yaml", Replaced(ReadFile(dir + "/strategy.yaml"),
                                             "Members' export of services", "Saved-indicator"));
  HttpResponse yaml =
      GetUntil(serve.port(), page, [](auto& r) { return Has(r.body, "Saved-indicator"); });
  CHECK(Has(yaml.body, "Saved-indicator"));
  WriteText(dir + "/1.2.md", ReadFile(dir + "/1.2.md") + "\nSaved-goal.\n");
  HttpResponse goals =
      GetUntil(serve.port(), page, [](auto& r) { return Has(r.body, "Saved-goal"); });
  CHECK(Has(goals.body, "Saved-goal"));
  CHECK(serve.Stop() == 0);
}

}  // namespace clustersite
