// The HTTP side of `clustersite serve`, through the real CLI on a free port:
// what it answers, to whom, and how its threads are shared.

#include "serve/preview_server.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "deploy/security_headers.h"
#include "serve/allowed_hosts.h"
#include "serve_client.h"
#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Get;
using testing::Has;
using testing::HttpResponse;
using testing::kStoryFile;
using testing::RawRequest;
using testing::ReadFile;
using testing::Replaced;
using testing::ServeProcess;
using testing::WriteText;

}  // namespace

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
  CHECK(Has(here.body, "Saturā ir 1 kļūda"));
  CHECK(Has(here.body, story + ":6:7: error:"));
  if (address.empty()) {
    MESSAGE("this machine has no IPv4 address but loopback: the count to others goes untested");
    return;
  }
  HttpResponse there = Get(serve.port(), "/koks/", "", {address, ""});
  CHECK(there.status == here.status);
  CHECK(Has(there.body, "Saturā ir 1 kļūda"));
  CHECK(Has(there.body, "sarakstu rāda terminālis, kurā darbojas priekšskatījums"));
  CHECK_FALSE(Has(there.body, "formatus-norvegija.md"));
  HttpResponse elsewhere = Get(serve.port(), "/baltic-logistics/", "", {address, ""});
  CHECK(elsewhere.status == 200);
  CHECK(Has(elsewhere.body, "The content has 1 error"));
  CHECK_FALSE(Has(elsewhere.body, "formatus-norvegija.md"));
}

TEST_CASE("serve sends a published build's headers, with the hashes of what it injects") {
  testing::ContentCopy c;
  const std::string story = c.root + kStoryFile;
  WriteText(story, Replaced(ReadFile(story), "date: 2026-03-02", "date: 2026-13-02"));
  ServeProcess serve({c.root});
  REQUIRE(serve.started());
  // A page of a cluster without errors, with the diagnostics panel (koks's
  // error) and the reload script.
  HttpResponse page = Get(serve.port(), "/baltic-logistics/");
  CHECK(page.status == 200);
  REQUIRE(Has(page.body, "id=\"clustersite-live\""));
  InlineCode code;
  ScanInlineCode(page.body, &code);
  CHECK(code.scripts.size() == 1);  // the reload script; JSON-LD is not hashed
  const std::string policy = page.Header("Content-Security-Policy");
  CHECK(policy == PagesPolicy(code));
  const size_t panel = page.body.find("<style>\n#clustersite-live");
  REQUIRE(panel != std::string::npos);
  const size_t panel_text = panel + 7;
  CHECK(Has(policy,
            CspHash(page.body.substr(panel_text, page.body.find("</style>", panel) - panel_text))));
  CHECK_FALSE(Has(page.body, " style="));
  for (const HttpHeader& header : FixedHeaders()) CHECK(page.Header(header.name) == header.value);
  CHECK(page.Header("X-Frame-Options") == "");
  // A print document gets the documents' policy, and may listen for changes.
  HttpResponse kit = Get(serve.port(), "/baltic-logistics/welcome-kit/");
  CHECK(kit.status == 200);
  InlineCode kit_code;
  ScanInlineCode(kit.body, &kit_code);
  CHECK(kit.Header("Content-Security-Policy") ==
        DocumentsPolicy(kit_code) + "; connect-src 'self'");
  // The 404 page is a page.
  HttpResponse missing = Get(serve.port(), "/baltic-logistics/nothing-here/");
  CHECK(missing.status == 404);
  InlineCode missing_code;
  ScanInlineCode(missing.body, &missing_code);
  CHECK(missing.Header("Content-Security-Policy") == PagesPolicy(missing_code));
}

}  // namespace clustersite
