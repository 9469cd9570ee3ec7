// End-to-end tests of `clustersite serve`: the real CLI on a free port, fetched
// with raw requests over a socket so that nothing encodes or cleans a path first.

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <thread>

#include "serve/allowed_hosts.h"
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
using testing::RawRequest;
using testing::ReadFile;
using testing::ServeProcess;
using testing::WriteText;

const std::string kSource = CLUSTERSITE_SOURCE_DIR;
const std::string kStory = "/koks/stories/formatus-norvegija/";
const std::string kStoryFile = "/koks/stories/formatus-norvegija.md";

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("serve shows a save, an error over the last good page, and the fix") {
  testing::ContentCopy c;
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
  CHECK(Has(broken.body, "The content has 1 error"));
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

TEST_CASE("a story's save re-renders its cluster alone; a new vision the portal index too") {
  testing::ContentCopy c;
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  const std::string story = c.root + kStoryFile;
  WriteText(story, ReadFile(story) + "\nSaved-marker-four.\n");
  GetUntil(serve.port(), kStory, [](auto& r) { return Has(r.body, "Saved-marker-four"); });
  auto printed = [&](const std::string& line) {
    for (int i = 0; i < 200 && !Has(serve.Output(), line); ++i) std::this_thread::sleep_for(50ms);
    return Has(serve.Output(), line);
  };
  CHECK(printed("rebuilt koks: "));
  CHECK_FALSE(Has(serve.Output(), "portal index"));

  const std::string yaml = c.root + "/koks/cluster.yaml";
  WriteText(yaml, Replaced(ReadFile(yaml), "vision: \"", "vision: \"Vision-marker. "));
  HttpResponse index =
      GetUntil(serve.port(), "/", [](auto& r) { return Has(r.body, "Vision-marker."); });
  CHECK(Has(index.body, "Vision-marker."));
  CHECK(printed("rebuilt koks and the portal index: "));
  std::string out = serve.Output();
  CHECK(out.find("rebuilt everything") == out.rfind("rebuilt everything"));  // the first build
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

TEST_CASE("serve answers only the files of the build") {
  testing::ContentCopy c;
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  const int port = serve.port();
  const std::string host = "Host: 127.0.0.1:" + std::to_string(port) + "\r\n";
  auto raw = [&](const std::string& target) {
    return RawRequest(port, "GET " + target + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
  };
  fs::create_symlink("/etc/passwd", serve.root() + "/koks/leak");
  fs::create_directory_symlink("/etc", serve.root() + "/etc");
  std::ofstream(serve.root() + "/.secret") << "hidden";

  for (const char* attack :
       {"/../../../../etc/passwd", "/koks/../../../../etc/passwd", "/koks/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/koks%2f..%2f..%2fetc%2fpasswd",
        "/koks/..%5c..%5cetc%5cpasswd", "/%252e%252e/etc/passwd", "/koks/%00", "//etc/passwd"}) {
    INFO(attack);
    HttpResponse r = raw(attack);
    CHECK(r.status == 400);
    CHECK_FALSE(Has(r.body, "root:"));
  }
  for (const char* missing : {"/koks/leak", "/etc/passwd", "/.secret", "/koks/media/",
                              "/__clustersite/", "/__clustersite/reload.js"}) {
    INFO(missing);
    HttpResponse r = raw(missing);
    CHECK(r.status == 404);
    CHECK_FALSE(Has(r.body, "root:"));
    CHECK_FALSE(Has(r.body, "hidden"));
    CHECK_FALSE(Has(r.body, "logo.svg"));  // no listing of media/
  }

  // DNS rebinding: a page of another site reaching the preview names that site.
  CHECK(Get(port, "/", "evil.example:" + std::to_string(port)).status == 403);
  CHECK(Get(port, "/", "127.0.0.1.evil.example:" + std::to_string(port)).status == 403);
  CHECK(Get(port, "/", "localhost:" + std::to_string(port)).status == 200);
  CHECK(RawRequest(port, "GET / HTTP/1.0\r\n\r\n").status == 403);
  CHECK(RawRequest(port, "POST / HTTP/1.1\r\n" + host +
                             "Content-Length: 0\r\n"
                             "Connection: close\r\n\r\n")
            .status == 405);

  HttpResponse css = Get(port, "/style.css");
  CHECK(css.Header("Content-Type") == "text/css; charset=utf-8");
  CHECK(css.body == ReadFile(serve.root() + "/style.css"));
  HttpResponse logo = Get(port, "/koks/media/logo.svg");
  CHECK(logo.Header("Content-Type") == "image/svg+xml");
  CHECK(Has(logo.Header("Content-Security-Policy"), "default-src 'none'"));
  CHECK(Get(port, "/koks/welcome-kit/").Header("Content-Type") == "text/html; charset=utf-8");
}

TEST_CASE("open event streams never take the threads pages need") {
  testing::ContentCopy c;
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  std::vector<std::unique_ptr<testing::EventStream>> streams;
  int open = 0, refused = 0;
  for (int i = 0; i < 40; ++i) {
    // Ten pages on each of four machines: one address may hold 16 connections.
    testing::Endpoint from{"127.0.0.1", "127.0.0." + std::to_string(2 + i / 10)};
    streams.push_back(std::make_unique<testing::EventStream>(serve.port(), from));
    std::string head = streams.back()->Head();
    if (head.empty()) {
      FAIL_CHECK("event stream " << i + 1 << " got no answer: the threads are taken");
      break;
    }
    open += Has(head, " 200 ");
    refused += Has(head, " 503 ");
  }
  CHECK(open == 32);
  CHECK(refused == 8);
  HttpResponse page = Get(serve.port(), "/koks/");
  CHECK(page.status == 200);
}

TEST_CASE("a client trickling request heads holds no more than 16 threads, each for 10 s") {
  testing::ContentCopy c;
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  const int port = serve.port();
  // 70 connections from one address, each sending a header line every second.
  std::mutex mu;
  std::vector<std::unique_ptr<testing::Trickle>> slow;
  std::atomic<bool> done{false};
  std::thread feeder([&] {
    for (int tick = 0; !done; ++tick) {
      if (tick % 10 == 0) {
        std::lock_guard<std::mutex> lock(mu);
        for (auto& t : slow) t->Next();
      }
      std::this_thread::sleep_for(100ms);
    }
  });
  for (int i = 0; i < 70; ++i) {
    auto t = std::make_unique<testing::Trickle>(port);
    std::lock_guard<std::mutex> lock(mu);
    slow.push_back(std::move(t));
  }
  auto open = [&] {
    std::lock_guard<std::mutex> lock(mu);
    int n = 0;
    for (auto& t : slow) n += !t->Closed();
    return n;
  };
  // Beyond 16 the connections of the trickling address are refused at once.
  for (int i = 0; i < 100 && open() > 16; ++i) std::this_thread::sleep_for(50ms);
  CHECK(open() == 16);
  {
    std::lock_guard<std::mutex> lock(mu);
    CHECK(std::any_of(slow.begin(), slow.end(), [](auto& t) {
      return Has(t->answer(), "HTTP/1.1 503 Service Unavailable\r\n") &&
             Has(t->answer(), "too many open connections from your address");
    }));
  }
  // Another client gets its page while those 16 trickle on.
  HttpResponse page = Get(port, "/koks/", "", {"127.0.0.1", "127.0.0.2"});
  CHECK(page.status == 200);
  CHECK(Has(page.body, "Latvijas koka būvniecības klasteris"));
  CHECK(open() == 16);
  // A head not complete 10 s after its connection was accepted is cut off,
  // however steadily its lines come.
  for (int i = 0; i < 400 && open() > 0; ++i) std::this_thread::sleep_for(100ms);
  CHECK(open() == 0);
  done = true;
  feeder.join();
  CHECK(Get(port, "/koks/").status == 200);
}

TEST_CASE("the diagnostics panel lists files to this machine only, a count to others") {
  std::string address;
  for (const std::string& name : LocalNames())
    if (name.find('.') != std::string::npos &&
        name.find_first_not_of("0123456789.") == std::string::npos && !IsLoopback(name) &&
        address.empty())
      address = name;
  testing::ContentCopy c;
  const std::string story = c.root + kStoryFile;
  WriteText(story, Replaced(ReadFile(story), "date: 2026-03-02", "date: 2026-13-02"));
  ServeProcess serve({c.root, "--bind", "0.0.0.0"});
  REQUIRE(serve.started());
  HttpResponse here = Get(serve.port(), "/koks/");
  CHECK(Has(here.body, "The content has 1 error"));
  CHECK(Has(here.body, story + ":6:7: error:"));
  if (address.empty()) {
    MESSAGE("this machine has no IPv4 address but loopback: the count to others goes untested");
    return;
  }
  HttpResponse there = Get(serve.port(), "/koks/", "", {address, ""});
  CHECK(there.status == here.status);
  CHECK(Has(there.body, "The content has 1 error"));
  CHECK(Has(there.body, "the list is shown in the terminal running the preview"));
  CHECK_FALSE(Has(there.body, "formatus-norvegija.md"));
  HttpResponse elsewhere = Get(serve.port(), "/baltic-logistics/", "", {address, ""});
  CHECK(elsewhere.status == 200);
  CHECK(Has(elsewhere.body, "The content has 1 error"));
  CHECK_FALSE(Has(elsewhere.body, "formatus-norvegija.md"));
}

}  // namespace clustersite
