#include "core/text.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("slugs are lowercase ASCII letters, digits and hyphens") {
  CHECK(IsValidSlug("eksports-2026"));
  CHECK(IsValidSlug("a"));
  CHECK_FALSE(IsValidSlug(""));
  CHECK_FALSE(IsValidSlug("-a"));
  CHECK_FALSE(IsValidSlug("Eksports"));
  CHECK_FALSE(IsValidSlug("apmācības"));
  CHECK_FALSE(IsValidSlug("a/b"));
  CHECK_FALSE(IsValidSlug(".."));
}

TEST_CASE("did-you-mean finds near misses only") {
  CHECK(DidYouMean("tilte", {"title", "summary"}) == "title");
  CHECK(DidYouMean("xyzzy", {"title", "summary"}) == "");
}

TEST_CASE("did-you-mean counts a letter with a diacritic as one letter") {
  CHECK(DidYouMean("apmacibas", {"eksports", "apmācības"}) == "apmācības");
  CHECK(CloseMatches("abcd", {"abxy", "abcx", "zzzz"}, 3) ==
        std::vector<std::string>{"abcx", "abxy"});
}

TEST_CASE("did-you-mean looks for typos in words of up to 64 letters, never in long values") {
  const std::string word(63, 'a');
  CHECK(DidYouMean(word + "b", {word + "c"}) == word + "c");
  CHECK(DidYouMean(word + "bb", {word + "bc"}) == "");
  const std::string value(40000, 'a');
  CHECK(DidYouMean(value + "b", {value + "c"}) == "");
  CHECK(CloseMatches("tilte", {value, "title"}, 2) == std::vector<std::string>{"title"});
}

TEST_CASE("FindAnyOf finds the first of a few characters, as find_first_of does") {
  for (std::string_view url : {"../a/", "../a/?q=1#x", "#top", "a#b?c", "", "?", "a/b/c"}) {
    INFO(url);
    CHECK(FindAnyOf(url, "?#") == url.find_first_of("?#"));
    CHECK(FindAnyOf(url, "/?#") == url.find_first_of("/?#"));
    CHECK(FindAnyOf(url, "#") == url.find_first_of("#"));
    CHECK(FindAnyOf(url, "#?") == url.find_first_of("#?"));
  }
  CHECK(FindAnyOf("abc", "") == std::string_view::npos);
  // Bytes past ASCII, in the text and in the set, as the same bytes.
  CHECK(FindAnyOf("māja/ā", "\xC4/") == 1);
  CHECK(FindAnyOf("māja", "\x81") == 2);
  CHECK(FindAnyOf("māja", "\x80") == std::string_view::npos);
}

TEST_CASE("large numbers in messages have their thousands set apart") {
  CHECK(Thousands(0) == "0");
  CHECK(Thousands(999) == "999");
  CHECK(Thousands(1000) == "1,000");
  CHECK(Thousands(512000) == "512,000");
  CHECK(Thousands(1234567) == "1,234,567");
}

TEST_CASE("an e-mail address is cut after its @ and before its dots, where lines may break") {
  using V = std::vector<std::string>;
  CHECK(EmailLineParts("marta.ozolina-berzina@lasams.example.lv") ==
        V{"marta", ".ozolina-berzina@", "lasams", ".example", ".lv"});
  CHECK(EmailLineParts("ilze@koks.lv") == V{"ilze@", "koks", ".lv"});
  CHECK(EmailLineParts(".a@.b.") == V{".a@", ".b", "."});
  CHECK(EmailLineParts("no-at-sign") == V{"no-at-sign"});
}

}  // namespace clustersite
