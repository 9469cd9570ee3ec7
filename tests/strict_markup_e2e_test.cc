// End-to-end: the pages of every audience's build hold nothing a strict
// Content-Security-Policy (no 'unsafe-inline') would block.

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "deploy/csp_manifest.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Run;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;

/// What in `html` a policy without 'unsafe-inline' blocks: a `style`
/// attribute, an event handler attribute or a `javascript:` URL, in any
/// start tag; "" when there is none.
std::string Blocked(const std::string& html) {
  static const std::regex tag(R"(<[a-zA-Z][^>]*>)");
  static const std::regex attribute(R"([\s"'](style|on[a-z]+)\s*=)", std::regex::icase);
  static const std::regex url(R"(=\s*["']?\s*javascript:)", std::regex::icase);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator();
       ++it) {
    std::string t = it->str();
    if (std::regex_search(t, attribute) || std::regex_search(t, url)) return t;
  }
  return "";
}

}  // namespace

TEST_CASE("the blocked-markup scan finds style, event handlers and javascript: URLs") {
  CHECK(Blocked("<p class=\"x\">style=\"a\" onclick=b</p>") == "");
  CHECK(Blocked("<td style=\"text-align: left\">") == "<td style=\"text-align: left\">");
  CHECK(Blocked("<body onload='go()'>") == "<body onload='go()'>");
  CHECK(Blocked("<a href=\"JavaScript:go()\">") == "<a href=\"JavaScript:go()\">");
}

TEST_CASE("no page of any audience has a style attribute, event handler or javascript: URL") {
  TempDir tmp;
  for (const char* audience : {"public", "members", "staff"}) {
    INFO(audience);
    const std::string out = tmp / audience;
    std::string log;
    std::string command = kBin;
    command.append(" build ").append(kSource).append("/content --audience ").append(audience);
    REQUIRE(Run(command.append(" -o ").append(out), &log) == 0);
    CspManifest manifest;
    std::string error;
    REQUIRE(ParseCspManifest(testing::ReadFile(out + "/.csp.json"), &manifest, &error));
    size_t pages = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(out)) {
      const std::string rel = std::filesystem::relative(e.path(), out).string();
      if (e.path().extension() != ".html" || manifest.documents.count(rel)) continue;
      INFO(rel);
      CHECK(Blocked(testing::ReadFile(e.path().string())) == "");
      ++pages;
    }
    CHECK(pages > 30);
  }
}

}  // namespace clustersite
