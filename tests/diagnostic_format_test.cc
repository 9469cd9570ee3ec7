// How diagnostics are shown: the source line with a caret under the column
// and the hint below it (a terminal), one line each, or one JSON object a line.

#include "core/diagnostic_format.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

namespace clustersite {
namespace {

DiagnosticStyle WithSource(int width = 100) {
  DiagnosticStyle style;
  style.source = true;
  style.width = width;
  return style;
}

/// What SourceExcerpt shows of line `number`: `shown`, and a caret `caret` columns in.
std::string Excerpt(int number, const std::string& shown, int caret) {
  const std::string n = std::to_string(number), pad(n.size() + 1, ' ');
  return pad + "|\n" + n + " | " + shown + "\n" + pad + "| " + std::string(caret, ' ') + "^\n";
}

}  // namespace

TEST_CASE("the hint is what follows a message's last `; ` outside backticks and parentheses") {
  MessageParts parts = SplitHint("unknown key `visoin`; did you mean `vision`?");
  CHECK(parts.what == "unknown key `visoin`");
  CHECK(parts.hint == "did you mean `vision`?");
  parts = SplitHint("`a; b` is odd (x; y); it grows; split it");
  CHECK(parts.what == "`a; b` is odd (x; y); it grows");
  CHECK(parts.hint == "split it");
  parts = SplitHint("`a; b` is odd (x; y)");
  CHECK(parts.what == "`a; b` is odd (x; y)");
  CHECK(parts.hint == "");
}

TEST_CASE("the caret stands under the column counted in characters, not bytes") {
  // `Mežsaimniecība` takes 14 characters and 16 bytes: `Kokapstrāde` starts at column 27.
  CHECK(SourceExcerpt("sektors: [Mežsaimniecība, Kokapstrāde]", 3, 27, 100) ==
        "  |\n"
        "3 | sektors: [Mežsaimniecība, Kokapstrāde]\n"
        "  |                           ^\n");
  // A wide character takes two columns of the terminal, a combining mark none.
  CHECK(SourceExcerpt("名前: x", 12, 4, 100) == Excerpt(12, "名前: x", 5));
  CHECK(SourceExcerpt("Be\u0304rzs: x", 1, 7, 100) == Excerpt(1, "Be\u0304rzs: x", 5));
}

TEST_CASE("a tab is shown as four spaces, in the line and before the caret alike") {
  CHECK(SourceExcerpt("\tname: x", 2, 2, 100) == Excerpt(2, "    name: x", 4));
  CHECK(SourceExcerpt("a\tb\tc", 2, 5, 100) == Excerpt(2, "a    b    c", 10));
}

TEST_CASE("a line wider than the terminal is cut around the column, with an ellipsis") {
  const std::string line = std::string(60, 'x') + "ERR" + std::string(60, 'y');
  const std::string excerpt = SourceExcerpt(line, 7, 61, 40);
  CHECK(excerpt == Excerpt(7, "…" + std::string(17, 'x') + "ERR" + std::string(14, 'y') + "…", 18));
  // Near the start, only the end is cut; past the end of the line, the caret follows it.
  CHECK(SourceExcerpt(line, 7, 1, 40) == Excerpt(7, std::string(34, 'x') + "…", 0));
  CHECK(SourceExcerpt("ab", 1, 3, 40) == Excerpt(1, "ab", 2));
}

TEST_CASE("control and bidirectional characters of a source line never reach the terminal") {
  CHECK(SourceExcerpt("a\x1b[31mb\u202Ec\r", 1, 3, 100) == Excerpt(1, "a\uFFFD[31mb\uFFFDc", 2));
  CHECK(SourceExcerpt("\xEF\xBB\xBFtitle: \xFF", 1, 1, 100) == Excerpt(1, "title: \uFFFD", 0));
}

TEST_CASE("with source lines, a diagnostic shows its line, a caret and the hint below") {
  Diagnostic d{"content/koks/cluster.yaml",
               {3, 1},
               Severity::kError,
               "unknown key `visoin`; did you mean `vision`?"};
  d.source = "visoin: Koks";
  CHECK(FormatDiagnostic(d, WithSource()) ==
        "content/koks/cluster.yaml:3:1: error: unknown key `visoin`\n"
        "  |\n"
        "3 | visoin: Koks\n"
        "  | ^\n"
        "  = hint: did you mean `vision`?\n"
        "\n");
  // Without a line read, or a position, the hint still stands on its own line.
  Diagnostic whole{"content/koks", {}, Severity::kWarning, "odd; fix it"};
  CHECK(FormatDiagnostic(whole, WithSource()) ==
        "content/koks: warning: odd\n"
        "  = hint: fix it\n"
        "\n");
  // The plain form is the one line it always was.
  CHECK(FormatDiagnostic(d, DiagnosticStyle{}) ==
        "content/koks/cluster.yaml:3:1: error: unknown key `visoin`; did you mean `vision`?\n");
}

TEST_CASE("colours mark the severity, the caret and the gutter, only when asked") {
  Diagnostic d{"a.md", {1, 2}, Severity::kWarning, "odd"};
  d.source = "ab";
  DiagnosticStyle style = WithSource();
  style.color = true;
  CHECK(FormatDiagnostic(d, style) ==
        "\033[1ma.md:1:2:\033[0m \033[1;33mwarning\033[0m: \033[1modd\033[0m\n"
        "\033[1;34m  |\033[0m\n"
        "\033[1;34m1 |\033[0m ab\n"
        "\033[1;34m  |\033[0m  \033[1m^\033[0m\n"
        "\n");
  CHECK(FormatDiagnostic(d, WithSource()).find('\033') == std::string::npos);
}

TEST_CASE("a diagnostic as JSON is one line, every string escaped, unknowns null") {
  Diagnostic d{"dir/\"q\".md", {3, 5}, Severity::kError, "`a\"b` is \\ wrong\n\x01\xff; use `c`"};
  const std::string json = DiagnosticJson(d);
  CHECK(json ==
        "{\"file\":\"dir/\\\"q\\\".md\",\"line\":3,\"column\":5,\"severity\":\"error\","
        "\"message\":\"`a\\\"b` is \\\\ wrong\\n\\u0001\xEF\xBF\xBD\",\"hint\":\"use `c`\"}");
  CHECK(nlohmann::json::parse(json)["message"] == "`a\"b` is \\ wrong\n\x01\uFFFD");
  CHECK(DiagnosticJson({"content", {}, Severity::kWarning, "no clusters"}) ==
        "{\"file\":\"content\",\"line\":null,\"column\":null,\"severity\":\"warning\","
        "\"message\":\"no clusters\",\"hint\":null}");
  DiagnosticStyle style;
  style.format = DiagnosticsFormat::kJson;
  CHECK(FormatDiagnostic(d, style) == json + "\n");
}

TEST_CASE("-q leaves the warnings out of a list of diagnostics") {
  std::vector<Diagnostic> list = {{"a.md", {1, 1}, Severity::kWarning, "w"},
                                  {"a.md", {2, 1}, Severity::kError, "e"}};
  ReportOptions options;
  CHECK(FormatDiagnostics(list, options) == "a.md:1:1: warning: w\na.md:2:1: error: e\n");
  options.quiet = true;
  CHECK(FormatDiagnostics(list, options) == "a.md:2:1: error: e\n");
}

TEST_CASE("source lines are read once a file, and only of regular files") {
  MemoryFileSystem fs;
  fs.Add("a.md", "one\r\ntwo\nthree");
  std::vector<Diagnostic> list = {{"a.md", {2, 1}, Severity::kError, "x"},
                                  {"a.md", {3, 2}, Severity::kError, "x"},
                                  {"a.md", {1, 1}, Severity::kError, "x"},
                                  {"a.md", {4, 1}, Severity::kError, "past the end"},
                                  {"a.md", {}, Severity::kError, "the whole file"},
                                  {"gone.md", {1, 1}, Severity::kError, "x"}};
  ReadSourceLines(fs, &list);
  CHECK(list[0].source == "two");
  CHECK(list[1].source == "three");
  CHECK(list[2].source == "one\r");
  CHECK_FALSE(list[3].source);
  CHECK_FALSE(list[4].source);
  CHECK_FALSE(list[5].source);
}

}  // namespace clustersite
