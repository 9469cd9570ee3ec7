// URLs: safe schemes, base URLs, percent-encoding, paths inside a tree and
// relative URLs between pages.

#include "core/url.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::kBaseUrlRule;
using testing::kHostileBaseUrl;

}  // namespace

TEST_CASE("only safe URL schemes are allowed") {
  CHECK(IsSafeUrl("https://example.lv/", false));
  CHECK(IsSafeUrl("mailto:a@b.lv", false));
  CHECK(IsSafeUrl("../services/x/", false));
  CHECK_FALSE(IsSafeUrl("javascript:alert(1)", false));
  CHECK_FALSE(IsSafeUrl("JaVaScRiPt:alert(1)", false));
  CHECK_FALSE(IsSafeUrl(" javascript:alert(1)", false));
  CHECK_FALSE(IsSafeUrl("vbscript:x", false));
  CHECK_FALSE(IsSafeUrl("file:///etc/passwd", false));
  CHECK_FALSE(IsSafeUrl("data:text/html,<script>", true));
  CHECK(IsSafeUrl("data:image/png;base64,AAAA", true));
  CHECK_FALSE(IsSafeUrl("data:image/png;base64,AAAA", false));
  CHECK_FALSE(IsSafeUrl("data:image/svg+xml,<svg>", true));
}

TEST_CASE("paths resolve inside the tree or not at all") {
  CHECK(ResolveInTree("koks/services", "../roadmaps/a.md") == "koks/roadmaps/a.md");
  CHECK(ResolveInTree("koks", "media/logo.svg") == "koks/media/logo.svg");
  CHECK_FALSE(ResolveInTree("koks/services", "../../../etc/passwd").has_value());
  CHECK_FALSE(ResolveInTree("koks", "/etc/passwd").has_value());
  CHECK_FALSE(ResolveInTree("koks", "%2e%2e/%2e%2e/etc").has_value());
  CHECK_FALSE(ResolveInTree("koks", "%252e%252e/etc").has_value());
  CHECK_FALSE(ResolveInTree("koks", "..\\..\\etc").has_value());
}

TEST_CASE("relative URLs between page folders") {
  CHECK(RelativeUrl("services/a/", "services/b/") == "../b/");
  CHECK(RelativeUrl("services/a/", "stories/") == "../../stories/");
  CHECK(RelativeUrl("", "services/") == "services/");
  CHECK(RelativeUrl("services/", "") == "../");
  CHECK(RelativeUrl("about/", "media/logo.svg") == "../media/logo.svg");
}

TEST_CASE("a base URL is an absolute http(s) address with a host, ending in a path") {
  for (const char* ok : {"https://koks.example.lv/", "http://127.0.0.1:8000",
                         "https://[::1]:8443/x/", "https://klasteri.example.lv/kokā/"}) {
    INFO(ok);
    CHECK(BaseUrlProblem(ok) == "");
  }
  const std::string like = "like `https://koks.example.lv/`";
  CHECK(BaseUrlProblem(kHostileBaseUrl) == "contains `\"` (character 26)" + kBaseUrlRule);
  CHECK(BaseUrlProblem("https://x.lv/a b") == "contains a space (character 15)" + kBaseUrlRule);
  CHECK(BaseUrlProblem("https://x.lv/\n") ==
        "contains a control character (U+000A) (character 14)" + kBaseUrlRule);
  for (const char* c : {"'", "<", ">", "\\", "`"})
    CHECK(Has(BaseUrlProblem(std::string("https://x.lv/") + c), "contains `"));
  CHECK(BaseUrlProblem("koks.example.lv/") ==
        "must be an absolute http:// or https:// address, " + like);
  CHECK(BaseUrlProblem("javascript:alert(1)//") ==
        "must be an absolute http:// or https:// address, " + like);
  CHECK(BaseUrlProblem("https:///x/") == "has no host after `https://`, " + like);
  CHECK(BaseUrlProblem("https://:80/") == "has no host after `https://`, " + like);
  CHECK(BaseUrlProblem("https://evil.example@koks.example.lv/") ==
        "has a user name or password before `@`; write the host alone, " + like);
  CHECK(BaseUrlProblem("https://x.lv/?a=1") ==
        "has a `?query` or `#fragment`; the pages' paths are appended to a base URL, so it ends "
        "with a path, " +
            like);
  CHECK(BaseUrlProblem("https://x.lv:http/") == "has a port that is not a number, " + like);
}

TEST_CASE("percent-decoding refuses a malformed escape and a decoded NUL") {
  CHECK(PercentDecode("a%20b%C4%81") == "a bā");
  CHECK(PercentDecode("%2e%2E") == "..");
  CHECK(PercentDecode("%252e") == "%2e");  // decoded once only
  CHECK(PercentDecode("") == "");
  CHECK_FALSE(PercentDecode("a%2").has_value());
  CHECK_FALSE(PercentDecode("a%").has_value());
  CHECK_FALSE(PercentDecode("%zz").has_value());
  CHECK_FALSE(PercentDecode("a%00b").has_value());
}

TEST_CASE("what a base URL may not hold is percent-encoded, and nothing else") {
  CHECK(PercentEncodeUnsafe("https://koks.example.lv/kokā/?a=1&b#c") ==
        "https://koks.example.lv/kokā/?a=1&b#c");
  CHECK(PercentEncodeUnsafe("https://x.lv/a b\"c'<d>\\e`\n\x7f") ==
        "https://x.lv/a%20b%22c%27%3Cd%3E%5Ce%60%0A%7F");
}

TEST_CASE("a folder is left with one ../ per level") {
  CHECK(UpLevels("") == "");
  CHECK(UpLevels("koks/") == "../");
  CHECK(UpLevels("koks/services/eksports/") == "../../../");
  CHECK(UpLevels("koks/index.html") == "../");  // a file's own folder
}

TEST_CASE("a relative URL to the page's own folder is ./") {
  CHECK(RelativeUrl("koks/", "koks/") == "./");
  CHECK(RelativeUrl("", "") == "./");
  CHECK(RelativeUrl("koks/services/", "koks/services/a.png") == "a.png");
}

}  // namespace clustersite
