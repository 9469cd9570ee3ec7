// End-to-end: a members build published under its own path has every
// address of its files inside that path.

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <string>

#include "deploy/csp_manifest.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::ReadFile;
using testing::Run;
using testing::TempDir;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;

/// Every file of the content folder `root`, one after the other: where the
/// external links its authors wrote are.
std::string ContentText(const std::string& root) {
  std::string all;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    const std::string ext = e.path().extension().string();
    if (ext == ".md" || ext == ".yaml" || ext == ".csv") all += ReadFile(e.path().string()) + "\n";
  }
  return all;
}

/// The names of formats the files are written in, which are no links.
bool IsNamespace(const std::string& url) {
  for (const char* ns : {"http://www.w3.org/", "http://www.sitemaps.org/", "https://schema.org",
                         "http://purl.org/"}) {
    if (url.starts_with(ns)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a members build under /members/ links nowhere outside it but where content does") {
  TempDir tmp;
  const std::string prefix = "http://127.0.0.1:8080/members/";
  const std::string out = tmp / "members";
  std::string log;
  REQUIRE(Run(kBin + " build " + kSource + "/content --audience members --base-url " + prefix +
                  " -o " + out,
              &log) == 0);
  const std::string content = ContentText(kSource + "/content");
  static const std::regex url(R"(https?://[^\s"'<>()\\]+)");
  size_t inside = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(out)) {
    const std::string ext = e.path().extension().string();
    if (ext != ".html" && ext != ".xml" && ext != ".json" && ext != ".txt" && ext != ".ics")
      continue;
    const std::string rel = std::filesystem::relative(e.path(), out).string();
    // A calendar's long lines are folded: CRLF and a space inside a URL.
    const std::string text =
        ext == ".ics" ? std::regex_replace(ReadFile(e.path().string()), std::regex("\r\n "), "")
                      : ReadFile(e.path().string());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), url);
         it != std::sregex_iterator(); ++it) {
      std::string found = it->str();
      while (!found.empty() && (found.back() == '.' || found.back() == ',')) found.pop_back();
      if (found.starts_with(prefix)) {
        ++inside;
        continue;
      }
      if (IsNamespace(found) || content.find(found) != std::string::npos) continue;
      INFO(rel);
      CHECK(found == "");  // an address outside the build's path
    }
  }
  CHECK(inside > 100);
  // koks has its own public base_url, which the members build does not use.
  CHECK(Has(ReadFile(out + "/koks/index.html"),
            "<link rel=\"canonical\" href=\"" + prefix + "koks/\">"));
  CHECK(Has(ReadFile(out + "/robots.txt"), "Sitemap: " + prefix + "sitemap.xml"));
  const std::string error_page = ReadFile(out + "/koks/404.html");
  CHECK(Has(error_page, "href=\"" + prefix + "koks/style.css\""));
  CHECK_FALSE(Has(error_page, "href=\"/koks/"));
}

TEST_CASE("members and staff builds default to members/ and staff/ under portal.yaml's base_url") {
  TempDir tmp;
  for (const std::string audience : {"members", "staff"}) {
    const std::string out = tmp / audience;
    std::string log;
    std::string command = kBin;
    command.append(" build ").append(kSource).append("/content --audience ").append(audience);
    REQUIRE(Run(command.append(" -o ").append(out), &log) == 0);
    const std::string root = "https://klasteri.example.lv/" + audience + "/";
    CspManifest m;
    std::string error;
    REQUIRE(ParseCspManifest(ReadFile(out + "/.csp.json"), &m, &error));
    CHECK(m.base_url == root);
    CHECK(Has(ReadFile(out + "/koks/404.html"), "href=\"" + root + "koks/style.css\""));
    CHECK(Has(ReadFile(out + "/koks/feed.xml"), root + "koks/"));
    CHECK_FALSE(Has(ReadFile(out + "/koks/feed.xml"), "https://koks.example.lv/"));
  }
}

TEST_CASE("without any address a members build's 404 pages link from /members/") {
  testing::ContentCopy copy;
  testing::WriteText(copy.root + "/portal.yaml",
                     testing::Replaced(ReadFile(copy.root + "/portal.yaml"),
                                       "base_url: https://klasteri.example.lv/\n", ""));
  testing::WriteText(copy.root + "/koks/cluster.yaml",
                     testing::Replaced(ReadFile(copy.root + "/koks/cluster.yaml"),
                                       "base_url: https://koks.example.lv/\n", ""));
  const std::string out = copy.tmp / "members";
  std::string log;
  REQUIRE(Run(kBin + " build " + copy.root + " --audience members -o " + out, &log) == 0);
  CHECK(Has(ReadFile(out + "/koks/404.html"), "href=\"/members/koks/style.css\""));
  CHECK(Has(ReadFile(out + "/404.html"), "href=\"/members/style.css\""));
}

}  // namespace clustersite
