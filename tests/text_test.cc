#include "core/text.h"

#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdlib>

#include "core/date.h"
#include "core/file_system.h"
#include "core/unicode.h"
#include "core/url.h"

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

TEST_CASE("large numbers in messages have their thousands set apart") {
  CHECK(Thousands(0) == "0");
  CHECK(Thousands(999) == "999");
  CHECK(Thousands(1000) == "1,000");
  CHECK(Thousands(512000) == "512,000");
  CHECK(Thousands(1234567) == "1,234,567");
}

TEST_CASE("characters are counted after NFC") {
  CHECK(CountCharacters("a\xCC\x84") == 1);  // a + combining macron = ā
  CHECK(CountCharacters("ā") == 1);
  CHECK(CountCharacters("abc") == 3);
}

TEST_CASE("NFC composes marks after ASCII and between other letters, and leaves ASCII alone") {
  CHECK(Nfc("a\xCC\x84") == "ā");                          // a + combining macron
  CHECK(Nfc("<p>Cafe\xCC\x81 ") == "<p>Café ");            // a mark right after ASCII
  CHECK(Nfc("\xCC\x81") == "\xCC\x81");                    // a mark with nothing before it
  CHECK(Nfc("s\xCC\x8C\xC4\x81s s\xCC\x8C") == "šās š");   // the same run twice
  CHECK(Nfc("\xE1\x84\x80\xE1\x85\xA1") == "가");          // Hangul jamo compose
  CHECK(Nfc("q\xCC\xA3\xCC\x87") == "q\xCC\xA3\xCC\x87");  // marks in canonical order stay
  CHECK(Nfc("q\xCC\x87\xCC\xA3") == "q\xCC\xA3\xCC\x87");  // and are put in it
  std::string ascii(100000, 'A');
  CHECK(Nfc(ascii) == ascii);
  std::string latvian = "Ķīmijas un ēdināšanas klasteris: ";
  std::string text;
  for (int i = 0; i < 200; ++i) text += latvian + std::to_string(i);
  CHECK(Nfc(text) == text);
}

TEST_CASE("NFC by runs equals utf8proc's NFC of the whole text") {
  // Letters, marks that compose or reorder, jamo and ASCII, mixed at random.
  const std::vector<std::string> pieces = {"a",
                                           "e",
                                           " ",
                                           "<",
                                           "x",
                                           "q",
                                           "ā",
                                           "š",
                                           "가",
                                           "\xCC\x81",
                                           "\xCC\x84",
                                           "\xCC\xA3",
                                           "\xCC\x87",
                                           "\xE1\x84\x80",
                                           "\xE1\x85\xA1",
                                           "\xE1\x86\xA8"};
  uint32_t seed = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int i = 0; i < 12; ++i) {
      seed = seed * 1103515245 + 12345;
      text += pieces[(seed >> 16) % pieces.size()];
    }
    auto* whole = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()));
    INFO(text);
    CHECK(Nfc(text) == reinterpret_cast<const char*>(whole));
    std::free(whole);
  }
}

TEST_CASE("paths join with one slash, and `.` stands for the folder itself") {
  CHECK(JoinPath("content", "koks") == "content/koks");
  CHECK(JoinPath("content/", "koks") == "content/koks");
  CHECK(JoinPath(".", "koks") == "koks");
  CHECK(JoinPath(".", "") == ".");
  CHECK(JoinPath("", "koks") == "koks");
  CHECK(JoinPath("content", "") == "content");
}

TEST_CASE("invalid UTF-8 is located by line and column") {
  Position p = FindInvalidUtf8("ab\nc\xC3(");
  CHECK(p.line == 2);
  CHECK(p.column == 2);
  CHECK(FindInvalidUtf8("ok āž").line == 0);
}

TEST_CASE("bidi and zero-width characters are found") {
  CHECK(
      HasInvisibleControls("a\xE2\x80\xAE"
                           "b"));  // U+202E
  CHECK(
      HasInvisibleControls("a\xE2\x80\x8B"
                           "b"));  // U+200B
  CHECK_FALSE(HasInvisibleControls("ābc"));
}

TEST_CASE("dates must exist") {
  CHECK(ParseDate("2024-02-29").has_value());
  CHECK_FALSE(ParseDate("2026-02-29").has_value());
  CHECK_FALSE(ParseDate("2026-13-01").has_value());
  CHECK_FALSE(ParseDate("26-01-01").has_value());
  CHECK(ParseDate("2026-12-03")->Iso() == "2026-12-03");
}

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

TEST_CASE("an e-mail address is cut after its @ and before its dots, where lines may break") {
  using V = std::vector<std::string>;
  CHECK(EmailLineParts("marta.ozolina-berzina@lasams.example.lv") ==
        V{"marta", ".ozolina-berzina@", "lasams", ".example", ".lv"});
  CHECK(EmailLineParts("ilze@koks.lv") == V{"ilze@", "koks", ".lv"});
  CHECK(EmailLineParts(".a@.b.") == V{".a@", ".b", "."});
  CHECK(EmailLineParts("no-at-sign") == V{"no-at-sign"});
}

}  // namespace clustersite
