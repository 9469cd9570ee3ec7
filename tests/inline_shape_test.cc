// The inline half of the Markdown shape check: image brackets, emphasis runs,
// unclosed inline HTML, runs of web addresses and lines of e-mail addresses,
// each refused where cmark-gfm 0.29 would take time growing faster than the text.

#include "markdown/inline_shape.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::Refusal;
using testing::Repeat;

/// What an InlineShape reported, as "kind@offset" in order.
struct Reports {
  std::vector<std::string> seen;
  ShapeReport Report() {
    return [this](ShapeProblem problem, size_t offset, const std::string&) {
      seen.push_back(std::to_string(static_cast<int>(problem)) + "@" + std::to_string(offset));
    };
  }
};

std::string At(ShapeProblem problem, size_t offset) {
  return std::to_string(static_cast<int>(problem)) + "@" + std::to_string(offset);
}

}  // namespace

TEST_CASE("image brackets left open before links are refused at the first `![`") {
  CHECK(Refusal("Ievads.\n\nTeksts " + Repeat("![a[]()", 40000) + "\n") ==
        "x.md:7:8: error: `![` here opens the first of 40000 image brackets left open while "
        "40000 links close after them; cmark-gfm 0.29 walks back over every open one at each "
        "link, so the time grows with the square of the text (minutes for a few hundred KB); end "
        "each image with `](address)`, or write `!\\[` for a literal `![`\n");
  CHECK(Has(Refusal(Repeat("![[]()", 80000)),
            "x.md:5:1: error: `![` here opens the first of "
            "80000 image brackets"));
}

TEST_CASE("escaped and closed image brackets are text, however many") {
  CHECK(Refusal(Repeat("!\\[a[]()", 40000)) == "");
  CHECK(Refusal(Repeat("![a](b.png) [c](d) ", 20000)) == "");
}

TEST_CASE("a paragraph with 40,000 emphasis runs is refused at its first") {
  CHECK(Refusal("# Virsraksts\n\n" + Repeat("*a ", 10000) + Repeat("_a*_ ", 10000) + "\n") ==
        "x.md:7:1: error: this paragraph has 40000 `*`, `_` or `~` runs; cmark-gfm 0.29 may "
        "compare each with every one before it, so the time grows with the square of their "
        "number; split the paragraph, or write `\\*`, `\\_` or `\\~` where a literal one is "
        "meant\n");
}

TEST_CASE("emphasis spread over many paragraphs and list items is fine") {
  CHECK(Refusal(Repeat("- **Biedrs** ar *uzsvaru* un ~~svītru~~\n", 20000)) == "");
  CHECK(Refusal(Repeat("Teksts ar **treknu** un snake_case_vārdiem.\n\n", 20000)) == "");
}

TEST_CASE("unclosed `<?`, `<![CDATA[` and `<!X` before long text are refused") {
  std::string tail(200000, 'x');
  CHECK(Refusal("a " + Repeat("<?", 200) + tail) ==
        "x.md:5:3: error: `<?` here and 199 after it are never closed by `?>`; cmark-gfm 0.29 "
        "reads to the end of the paragraph from each, so the time grows with the square of the "
        "text; close them, or write `\\<` for a literal `<`\n");
  CHECK(Has(Refusal("a " + Repeat("<![CDATA[", 200) + tail),
            "x.md:5:3: error: `<![CDATA[` here and 199 after it are never closed by `]]>`"));
  CHECK(Has(Refusal("a " + Repeat("<!A ", 200) + tail),
            "x.md:5:3: error: `<!` here and 199 after it are never closed by `>`"));
  CHECK(Refusal("a " + Repeat("<? x ?> ", 50000) + tail) == "");
  CHECK(Refusal(Repeat("a <? " + std::string(1000, 'x') + "\n\n", 1000)) == "");
}

TEST_CASE("web addresses without a space between them are refused at the first") {
  CHECK(Refusal("Skat. " + Repeat("www.a_", 20000)) ==
        "x.md:5:7: error: the web address here is the first of 20000 (`www.` or `://`) in a run "
        "of text without a space; the autolink extension of cmark-gfm 0.29 reads to the next "
        "space from each one, so the time grows with the square of the run; put spaces between "
        "the addresses\n");
  CHECK(Has(Refusal("Skat. " + Repeat("http://a.lv<!--", 10000)),
            "x.md:5:7: error: the web address here is the first of 10000 (`www.` or `://`)"));
  CHECK(Refusal(Repeat("www.a.lv http://b.lv/?u=http://c.lv ", 20000)) == "");
}

TEST_CASE("a line of thousands of e-mail addresses is refused at its first `@`") {
  CHECK(Refusal("Raksti: " + Repeat("biedrs@klasteris.lv ", 5000)) ==
        "x.md:5:15: error: this line has 5000 `@`; at each one the autolink extension of "
        "cmark-gfm 0.29 looks for an e-mail address and copies the rest of the line, so the "
        "time grows with the square of its length; break the line between the addresses\n");
  CHECK(Refusal(Repeat("biedrs@klasteris.lv\n", 50000)) == "");
}

TEST_CASE("the inline scan counts a line's pipes, its first `]:` and every `]`, not escaped ones") {
  const std::string text = "a | b ]: c ]: `]` \\| \\] |\nx\n";
  Reports reports;
  InlineShape shape(text, reports.Report());
  size_t line_end = text.find('\n');
  shape.Line(0, line_end);
  CHECK(shape.line_pipes() == 2);
  CHECK(shape.line_colon() == 6);
  CHECK(shape.closing_brackets() == 3);  // the one in the code span too
  shape.Line(line_end + 1, text.size() - 1);
  CHECK(shape.line_pipes() == 0);
  CHECK(shape.line_colon() == std::string_view::npos);
  CHECK(shape.closing_brackets() == 3);  // counted over the document
  shape.EndParagraph(text.size());
  shape.Finish();
  CHECK(reports.seen.empty());
}

TEST_CASE("emphasis runs add up over paragraphs and are reported at the end, at the largest") {
  const std::string small = Repeat("*a ", 150) + "\n";
  const std::string large = Repeat("*a ", 7500) + "\n";
  const std::string text = small + large + large;
  Reports reports;
  InlineShape shape(text, reports.Report());
  size_t at = 0;
  for (const std::string* p : {&small, &large, &large}) {
    shape.Line(at, at + p->size() - 1);
    shape.EndParagraph(at + p->size());
    at += p->size();
  }
  CHECK(reports.seen.empty());  // only the whole document tells
  shape.Finish();
  CHECK(reports.seen == std::vector<std::string>{At(ShapeProblem::kEmphasis, small.size())});

  // The same runs spread over a hundred paragraphs are fine.
  const std::string spread = Repeat(Repeat("*a ", 150) + "\n", 100);
  Reports fine;
  InlineShape many(spread, fine.Report());
  for (size_t p = 0; p < spread.size(); p += 451) {
    many.Line(p, p + 450);
    many.EndParagraph(p + 451);
  }
  many.Finish();
  CHECK(fine.seen.empty());
}

TEST_CASE("unclosed inline HTML is reported when its paragraph ends, at its first start") {
  const std::string text = "a " + Repeat("<?", 200) + std::string(200000, 'x');
  Reports reports;
  InlineShape shape(text, reports.Report());
  shape.Line(0, text.size());
  CHECK(reports.seen.empty());
  shape.EndParagraph(text.size());
  CHECK(reports.seen == std::vector<std::string>{At(ShapeProblem::kHtml, 2)});
}

TEST_CASE("a line of e-mail addresses is reported at its first `@` as the line is read") {
  const std::string text = "Raksti: " + Repeat("biedrs@klasteris.lv ", 5000);
  Reports reports;
  InlineShape shape(text, reports.Report());
  shape.Line(0, text.size());
  CHECK(reports.seen == std::vector<std::string>{At(ShapeProblem::kEmail, 14)});
}

}  // namespace clustersite
