#include "serve/request_path.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

using V = RequestPath::Verdict;

std::string Joined(const std::string& target) {
  RequestPath p = ParseRequestPath(target);
  REQUIRE(p.ok());
  return JoinSegments(p.segments) + (p.folder ? "/" : "");
}

V VerdictOf(const std::string& target) { return ParseRequestPath(target).verdict; }

}  // namespace

TEST_CASE("request paths split into decoded names, folders ending in a slash") {
  CHECK(Joined("/") == "/");
  CHECK(Joined("/koks/") == "koks/");
  CHECK(Joined("/koks") == "koks");
  CHECK(Joined("/koks/services/eksports/") == "koks/services/eksports/");
  CHECK(Joined("/style.css?v=2#top") == "style.css");
  CHECK(Joined("/koks/media/m%C4%81ja%20vasar%C4%81.png") == "koks/media/māja vasarā.png");
  CHECK(Joined("/koks/a%2Eb.html") == "koks/a.b.html");  // an encoded dot in a name is a dot
}

TEST_CASE("dot segments are refused, raw or percent-encoded, in any case") {
  for (const char* t : {"/..", "/../etc/passwd", "/koks/../../etc/passwd", "/koks/./index.html",
                        "/%2e%2e/etc/passwd", "/koks/%2E%2E/%2e%2E/etc/passwd", "/koks/.%2e/x",
                        "/koks/%2e/", "/koks/..?x=1"}) {
    INFO(t);
    CHECK(VerdictOf(t) == V::kBadRequest);
  }
}

TEST_CASE("encoded slashes, backslashes, NUL and double encoding are refused") {
  for (const char* t :
       {"/..%2f..%2fetc%2fpasswd", "/koks%2F..%2F..%2Fetc", "/%5c..%5c..%5cwindows", "/koks\\..\\x",
        "/koks/%00.html", "/index.html%00", "/%252e%252e/etc/passwd", "/a%0ab", "/a%7f"}) {
    INFO(t);
    CHECK(VerdictOf(t) == V::kBadRequest);
  }
}

TEST_CASE("malformed targets are refused") {
  for (const char* t : {"", "koks/", "http://evil.example/", "*", "/a%", "/a%2", "/a%zz", "/a//b",
                        "//etc/passwd", "/a b", "/\x01", "/m\xC4\x81ja", "/%C4", "/%ff%fe"}) {
    INFO(t);
    CHECK(VerdictOf(t) == V::kBadRequest);
  }
  CHECK(VerdictOf("/" + std::string(5000, 'a')) == V::kBadRequest);
}

TEST_CASE("hidden files are not found, whatever the case of the encoding") {
  CHECK(VerdictOf("/.clustersite") == V::kNotFound);
  CHECK(VerdictOf("/koks/.git/config") == V::kNotFound);
  CHECK(VerdictOf("/%2eclustersite") == V::kNotFound);
  CHECK(VerdictOf("/koks/...") == V::kNotFound);
  CHECK(ParseRequestPath("/.clustersite").reason == "hidden files are not part of the site");
}

}  // namespace clustersite
