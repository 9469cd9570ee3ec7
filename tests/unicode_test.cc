// Unicode: NFC, folding for comparison and search, slugs, and the characters
// that are invalid, invisible or forbidden in markup.

#include "core/unicode.h"

#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdlib>

namespace clustersite {

namespace {

/// What utf8proc makes of the whole of `text` with `options`; `text` when
/// it refuses it: FoldKey and AsciiSlug as they were before they mapped a
/// character at a time.
std::string WholeMap(const std::string& text, int options) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), text.size(), &out,
                   static_cast<utf8proc_option_t>(options));
  std::string mapped = n < 0 ? text : std::string(reinterpret_cast<const char*>(out), n);
  std::free(out);
  return mapped;
}

std::string WholeSlug(const std::string& text) {
  std::string out;
  for (char c : WholeMap(text, UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                   UTF8PROC_CASEFOLD | UTF8PROC_COMPAT)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string Utf8(char32_t c) {
  std::string out;
  AppendUtf8(c, &out);
  return out;
}

}  // namespace

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

TEST_CASE("NFC of each character of the BMP, alone and after a letter, equals utf8proc's") {
  // Text already in NFC is copied, not normalised: this checks that every
  // character taken for stable is, singletons (U+212B) and exclusions too.
  size_t compared = 0;
  for (char32_t c = 0x80; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    utf8proc_uint8_t utf8[4];
    std::string one(reinterpret_cast<char*>(utf8), utf8proc_encode_char(c, utf8));
    for (const std::string& text : {one, "e" + one + "x", "ā" + one, one + one + "\xCC\x81"}) {
      auto* whole = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()));
      if (Nfc(text) != reinterpret_cast<const char*>(whole)) {
        INFO(static_cast<uint32_t>(c));
        CHECK(Nfc(text) == reinterpret_cast<const char*>(whole));
      }
      std::free(whole);
      ++compared;
    }
  }
  CHECK(compared == 4 * (0x10000 - 0x80 - 0x800));
}

TEST_CASE("clean text is what reading would leave as it is, wherever in a word a fault sits") {
  CHECK(IsCleanText(""));
  CHECK(IsCleanText("Latviešu ā č ē ģ ī ķ ļ ņ š ū ž «»\tand\nlines\n"));
  // Each fault at every offset of the eight-byte words, and after them.
  CHECK(IsCleanText("line\r\nends\r"));  // not forbidden: reading makes them \n
  const std::string faults[] = {std::string(1, '\0'),
                                "\x01",
                                "\x1f",
                                "\x7f",
                                "\xC2\x80",           // U+0080, a C1 control
                                "a\xCC\x84",          // a + combining macron: not NFC
                                "\xEF\xBF\xBE",       // U+FFFE
                                "\xC3(",              // invalid UTF-8
                                "\xF0\x9F\x98\x80"};  // outside the BMP: not taken as clean
  // Before it, words with line ends; after it, none to all of a 16-byte block.
  for (const std::string& fault : faults) {
    for (size_t at = 0; at <= 70; ++at) {
      for (size_t after : {0, 9, 17}) {
        std::string before(at, 'x');
        for (size_t i = 5; i < at; i += 7) before[i] = '\n';
        INFO(at, " ", after);
        CHECK_FALSE(IsCleanText(before + fault + std::string(after, 'y')));
      }
    }
  }
  // Clean text comes out of every step of reading unchanged.
  for (const std::string& text : {std::string("ā\tb\r\n"), std::string(40, 'z') + "ž~ \x7e",
                                  std::string("\xEF\xBB\xBF"
                                              "bom")}) {
    REQUIRE(IsCleanText(text));
    std::string copy = text;
    CHECK(ReplaceForbiddenInMarkup(&copy).count == 0);
    CHECK(Nfc(text) == text);
    CHECK(FindInvalidUtf8(text).line == 0);
  }
}

TEST_CASE(
    "the clean prefix of text ends where a character other than ASCII, a line end or Latin letters "
    "starts") {
  auto one_by_one = [](std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
      const auto c = static_cast<unsigned char>(text[i]);
      const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      if ((c >= 0x20 && c < 0x7F) || c == '\n') {
        ++i;
      } else if (c >= 0xC2 && c <= 0xC5 && next >= (c == 0xC2 ? 0xA0 : 0x80) && next < 0xC0) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  };
  // Every byte at every offset, and every lead byte near C2-C5 with every
  // byte after it, in texts of 0 to 80 bytes of ASCII, line ends and "ā".
  for (size_t size = 0; size <= 80; ++size) {
    std::string text(size, 'a');
    for (size_t i = 3; i < size; i += 11) text[i] = '\n';
    for (size_t i = 6; i + 1 < size; i += 9) text.replace(i, 2, "ā");
    CHECK(CleanTextPrefix(text) == size);
    for (size_t at = 0; at < size; ++at) {
      for (int byte = 0; byte < 256; ++byte) {
        std::string faulty = text;
        faulty[at] = static_cast<char>(byte);
        std::string pair = text;
        pair[at] = static_cast<char>(0xC1 + byte % 6);
        if (at + 1 < size) pair[at + 1] = static_cast<char>(byte);
        for (const std::string& t : {faulty, pair}) {
          if (CleanTextPrefix(t) != one_by_one(t)) {
            INFO(size, " ", at, " ", byte);
            CHECK(CleanTextPrefix(t) == one_by_one(t));
          }
        }
      }
    }
  }
}

TEST_CASE("the characters the clean prefix takes are never forbidden and are their own NFC") {
  // What IsCleanText asks of each character it looks up (StableInNfc).
  for (char32_t c = 0xA0; c < 0x180; ++c) {
    INFO(static_cast<unsigned>(c));
    const std::string one = Utf8(c);
    REQUIRE(CleanTextPrefix(one) == one.size());
    CHECK_FALSE(IsForbiddenInMarkup(c));
    const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
    CHECK(p->combining_class == 0);
    CHECK(p->category != UTF8PROC_CATEGORY_MN);
    CHECK(p->category != UTF8PROC_CATEGORY_MC);
    CHECK(p->category != UTF8PROC_CATEGORY_ME);
    CHECK(Nfc(one) == one);
  }
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

TEST_CASE("every character XML and HTML forbid is found, and no other") {
  std::string text =
      "a\t\n\r\x01\x1f\x7f\u0080\u009f\u00a0\uFDCF\uFDD0\uFDEF\uFDF0\uFFFD\uFFFE"
      "\uFFFF\U0001FFFE\U0010FFFF\U0001F600z";
  ForbiddenCharacters found = ReplaceForbiddenInMarkup(&text);
  CHECK(found.count == 11);
  CHECK(found.first == 4);
  CHECK(found.code == 0x01);
  const std::string r = "\uFFFD";
  CHECK(text == "a\t\n\r" + r + r + r + r + r + "\u00a0\uFDCF" + r + r + "\uFDF0\uFFFD" + r + r +
                    r + r + "\U0001F600z");
  // cmark-gfm 0.29 writes U+FFFE and U+FFFF as the bytes FE and FF.
  std::string cmark =
      "a\xFE"
      "b\xFF";
  found = ReplaceForbiddenInMarkup(&cmark);
  CHECK(cmark == "a" + r + "b" + r);
  CHECK(found.code == 0xFFFE);
  std::string clean = "Latviešu ā č ē ģ ī ķ ļ ņ š ū ž «»";
  CHECK(ReplaceForbiddenInMarkup(&clean).count == 0);
}

TEST_CASE("search folds case, diacritics, compatibility forms and white space") {
  CHECK(SearchFold("Apmācības") == "apmacibas");
  CHECK(SearchFold("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž") == "acegiklnsuz acegiklnsuz");
  CHECK(SearchFold("  Ķīmija\tun\n ﬁzika  ") == "kimija un fizika");
  CHECK(SearchFold("Straße") == "strasse");
}

TEST_CASE("names equal but for case or normal form have one fold key") {
  CHECK(FoldKey("Ā") == FoldKey("a\xCC\x84"));
  CHECK(FoldKey("SIA Koks") == FoldKey("sia koks"));
  CHECK(FoldKey("Straße") == FoldKey("STRASSE"));
  CHECK(FoldKey("āboli") != FoldKey("aboli"));  // a diacritic is no case
}

TEST_CASE("a fold key of printable ASCII is what utf8proc makes of it") {
  // With "ā" after it, each character is folded beside one from utf8proc;
  // alone, it takes the ASCII path.
  for (char c = 0x20; c < 0x7F; ++c) {
    INFO(static_cast<int>(c));
    const std::string one(1, c);
    CHECK(FoldKey(one + "ā") == FoldKey(one) + "ā");
  }
  CHECK(FoldKey("SIA \"Baltic Wood\" (LV-1010)") == "sia \"baltic wood\" (lv-1010)");
  CHECK(FoldKey("") == "");
}

TEST_CASE("ASCII slugs drop diacritics and join words with one hyphen") {
  CHECK(AsciiSlug("SIA Līvu Koks") == "sia-livu-koks");
  CHECK(AsciiSlug("  Ķīmija & ﬁzika!  ") == "kimija-fizika");
  CHECK(AsciiSlug("2026. gads") == "2026-gads");
  CHECK(AsciiSlug("«—»") == "");
}

TEST_CASE("fold keys and slugs made a character at a time are what utf8proc makes of the whole") {
  constexpr int kFold = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
  // Every character of the BMP, alone and between others: after ASCII,
  // before a combining mark (which it may compose with), after "ā".
  for (char32_t c = 0x80; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string one = Utf8(c);
    for (const std::string& text : {one, "Ab" + one + "C", one + "\xCC\x84" + one, "ā" + one}) {
      if (FoldKey(text) != WholeMap(text, kFold) || AsciiSlug(text) != WholeSlug(text)) {
        INFO(static_cast<unsigned>(c), " in ", text);
        CHECK(FoldKey(text) == WholeMap(text, kFold));
        CHECK(AsciiSlug(text) == WholeSlug(text));
      }
    }
  }
  // Pairs of the Latin letters names are written in, and of Hangul jamo.
  for (auto [first, last] : {std::pair<char32_t, char32_t>{0xC0, 0x24F}, {0x1100, 0x11FF}}) {
    for (char32_t a = first; a <= last; ++a) {
      for (char32_t b = first; b <= last; ++b) {
        const std::string text = Utf8(a) + Utf8(b);
        if (FoldKey(text) != WholeMap(text, kFold) || AsciiSlug(text) != WholeSlug(text)) {
          INFO(static_cast<unsigned>(a), " ", static_cast<unsigned>(b));
          CHECK(FoldKey(text) == WholeMap(text, kFold));
          CHECK(AsciiSlug(text) == WholeSlug(text));
        }
      }
    }
  }
  // Invalid UTF-8 is left to utf8proc, which refuses it.
  for (const std::string text : {"Ā\xFF", "\xC4", "a\xED\xA0\x80"}) {
    CHECK(FoldKey(text) == WholeMap(text, kFold));
    CHECK(AsciiSlug(text) == WholeSlug(text));
  }
}

TEST_CASE("code points of UTF-8 text, an invalid byte as one U+FFFD") {
  CHECK(CodePoints("aā€😀") == U"aā€😀");
  CHECK(CodePoints("a\xFF"
                   "b") == U"a\uFFFDb");
  CHECK(CodePoints("\xC3") == U"\uFFFD");  // a sequence cut short
  CHECK(CodePoints("") == U"");
}

TEST_CASE("a byte offset becomes a line and a column counted in code points") {
  const std::string text = "ab\nāčē\nx";
  Position start = PositionAt(text, 0);
  CHECK((start.line == 1 && start.column == 1));
  Position after_marks = PositionAt(text, text.find("ē"));
  CHECK((after_marks.line == 2 && after_marks.column == 3));
  Position last = PositionAt(text, text.find('x'));
  CHECK((last.line == 3 && last.column == 1));
  Position past = PositionAt(text, 1000);  // the end, not beyond it
  CHECK((past.line == 3 && past.column == 2));
}

TEST_CASE("the forbidden-character warning names the first and counts the others") {
  CHECK(ForbiddenMessage({1, 0, 0xFFFE}, "", "file") ==
        "U+FFFE is not allowed in HTML or XML; replaced with U+FFFD");
  CHECK(ForbiddenMessage({3, 7, 0x1}, " (written `&#1;`)", "document") ==
        "U+0001 (written `&#1;`) is not allowed in HTML or XML; replaced with U+FFFD (and 2 more "
        "in this document)");
  CHECK(ForbiddenMessage({2, 0, 0x10FFFF}, "", "file") ==
        "U+10FFFF is not allowed in HTML or XML; replaced with U+FFFD (and 1 more in this file)");
}

TEST_CASE("bidi controls, zero-width characters and the BOM are invisible controls, no letter") {
  for (char32_t c :
       {0x202Au, 0x202Eu, 0x2066u, 0x2069u, 0x200Bu, 0x200Fu, 0x061Cu, 0xFEFFu, 0x2060u})
    CHECK(IsInvisibleControl(c));
  for (char32_t c : std::u32string(U"aā\u2029\u2065\u200A\u00A0"))
    CHECK_FALSE(IsInvisibleControl(c));
}

}  // namespace clustersite
