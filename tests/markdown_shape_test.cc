// Markdown on which cmark-gfm 0.29 would take time growing faster than the
// text is refused before parsing, at the place its run starts. How the time
// grows, before and after, is measured by bench/markdown-scaling, not here.

#include "markdown/markdown_shape.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "markdown/markdown.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::Refusal;
using testing::Repeat;

}  // namespace

TEST_CASE("lists and block quotes nested over 32 deep are refused at the 33rd level") {
  CHECK(Refusal(Repeat("- ", 30000) + "x" + std::string(30000, '\n')) ==
        "x.md:5:65: error: lists and block quotes nest more than 32 levels deep here (each "
        "marker counts, and each 2 columns of indentation before one may continue a list); "
        "cmark-gfm 0.29 takes time growing with the depth times the lines after it; nest them "
        "less deeply\n");
  CHECK(Has(Refusal(Repeat("> ", 50000) + "a"), "x.md:5:65: error: lists and block quotes nest"));
  std::string indented;
  for (int i = 0; i < 100; ++i) indented += std::string(2 * i, ' ') + "* a\n";
  CHECK(Has(Refusal(indented), "x.md:37:65: error: lists and block quotes nest"));
}

TEST_CASE("nesting as real text has it, and indented code, is fine") {
  CHECK(Refusal("> - a\n>   - b\n>     1. c\n\n" + Repeat("- - - -\n", 10)) == "");
  CHECK(Refusal("```\n\n" + std::string(80, ' ') + "- code line\n```\n") == "");
}

TEST_CASE("tables over 100,000 cells are refused at their header, short rows counting full") {
  std::string head = "a" + Repeat("|a", 250) + "\n" + Repeat("-|", 250) + "-\n";
  CHECK(Refusal("Tabula:\n\n" + head + Repeat("x\n", 400)) ==
        "x.md:7:1: error: this table brings the document's tables over 100000 cells (columns "
        "times rows; GFM fills short rows with empty cells, and cmark-gfm 0.29 writes every one, "
        "seconds per million); split or shorten the tables\n");
  CHECK(Refusal(head + Repeat("x\n", 300)) == "");
  CHECK(Refusal(Repeat("| a | b | c |\n|---|---|---|\n" + Repeat("| 1 | 2 | 3 |\n", 100) + "\n",
                       100)) == "");
}

TEST_CASE("a long link reference definition used thousands of times is refused at its `]:`") {
  std::string definition = "[a]: /" + std::string(50000, 'x') + " \"t\"\n\n";
  CHECK(Refusal("Teksts.\n\n" + definition + Repeat("[a] ", 1000)) ==
        "x.md:7:3: error: the link reference definition here may be up to 50008 bytes long, and "
        "the text has 1001 `]` that could use it: cmark-gfm 0.29 copies the definition into "
        "every use, which could write over 16000000 bytes of HTML; shorten its address and "
        "title, or use it less often\n");
  CHECK(Has(Refusal("[a]:\n/" + std::string(50000, 'x') + "\n\n" + Repeat("[a] ", 1000)),
            "x.md:5:3: error: the link reference definition here may be up to 50004 bytes"));
  CHECK(Has(Refusal("[a]: /x\n'" + std::string(50000, 'x') + "'\n\n" + Repeat("[a] ", 1000)),
            "x.md:5:3: error: the link reference definition here may be up to 50008 bytes"));
  CHECK(Has(Refusal("> [a]:\n> /x\n> '" + std::string(50000, 'x') + "'\n\n" + Repeat("[a] ", 1000)),
            "x.md:5:5: error: the link reference definition here may be up to 50012 bytes"));
  CHECK(Refusal("> [a]: /x\n>\n") == "");  // a quote line with no title after the definition
  std::string list;
  for (int i = 0; i < 2000; ++i) list += "[r" + std::to_string(i) + "]: https://example.lv/x\n";
  CHECK(Refusal(Repeat("[r1] ", 20000) + "\n\n" + list) == "");
}

TEST_CASE("every kind of problem is reported once, all in one run") {
  std::string md = Repeat("![[]()", 1000) + "\n\n" + Repeat("![[]()", 1000) + "\n\n" +
                   Repeat("- ", 40) + "x\n\n" + Repeat("www.a_", 20000) + "\n";
  std::string text = Refusal(md);
  CHECK(text ==
        "x.md:5:1: error: `![` here opens the first of 1000 image brackets left open while 1000 "
        "links close after them; cmark-gfm 0.29 walks back over every open one at each link, so "
        "the time grows with the square of the text (minutes for a few hundred KB); end each "
        "image with `](address)`, or write `!\\[` for a literal `![`\n"
        "x.md:9:65: error: lists and block quotes nest more than 32 levels deep here (each "
        "marker counts, and each 2 columns of indentation before one may continue a list); "
        "cmark-gfm 0.29 takes time growing with the depth times the lines after it; nest them "
        "less deeply\n"
        "x.md:11:1: error: the web address here is the first of 20000 (`www.` or `://`) in a "
        "run of text without a space; the autolink extension of cmark-gfm 0.29 reads to the next "
        "space from each one, so the time grows with the square of the run; put spaces between "
        "the addresses\n");
}

TEST_CASE("render-markdown refuses a pathological file with its position and exit code 1") {
  testing::TempDir tmp;
  testing::WriteText(tmp / "in.md", "Ievads.\n\n" + Repeat("![a[]()", 40000) + "\n");
  std::string out;
  int code =
      testing::Run(std::string(CLUSTERSITE_BINARY) + " render-markdown < " + tmp / "in.md", &out);
  CHECK(code == 1);
  CHECK(Has(out, "<stdin>:3:1: error: `![` here opens the first of 40000 image brackets"));
  CHECK_FALSE(Has(out, "<p>"));
}

TEST_CASE("a build with a pathological story fails with the story's path and position") {
  testing::ContentCopy c;
  const std::string story = c.root + "/koks/stories/formatus-norvegija.md";
  std::string text = testing::ReadFile(story);
  testing::WriteText(story, text + "\n" + Repeat("![[]()", 80000) + "\n");
  int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n'));
  testing::TempDir out_dir;
  std::string out;
  int code = testing::Run(
      std::string(CLUSTERSITE_BINARY) + " build " + c.root + " -o " + out_dir / "site", &out);
  CHECK(code == 1);
  CHECK(Has(out, story + ":" + std::to_string(lines + 2) +
                     ":1: error: `![` here opens the first of 80000 image brackets"));
  CHECK_FALSE(std::filesystem::exists(out_dir / "site"));
}

}  // namespace clustersite
