#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// The kinds of problem CheckMarkdownShape reports, each at most once.
enum class ShapeProblem {
  kNesting,
  kPipes,
  kCells,
  kImages,
  kEmphasis,
  kHtml,
  kWeb,
  kEmail,
  kReferences,
};

/// Reports a problem at a byte offset of the text.
using ShapeReport =
    std::function<void(ShapeProblem problem, size_t offset, const std::string& message)>;

/// The inline half of CheckMarkdownShape: reads the text of each line of a
/// paragraph (after its `>` markers) as cmark-gfm 0.29's inline parser and
/// autolink extension meet it, and adds up the work of their super-linear
/// paths over the document: `![` walked over at each link, emphasis runs
/// compared with each other, bytes read by unclosed `<?`, `<![CDATA[` and
/// `<!X` and from web addresses, bytes copied at each `@`. Counts never
/// fall below the parser's: a `[` in a code span counts too.
class InlineShape {
 public:
  InlineShape(std::string_view text, ShapeReport report)
      : text_(text), report_(std::move(report)) {}

  /// One line of the current paragraph, `begin` after its `>` markers.
  void Line(size_t begin, size_t end);
  /// The paragraph ends at `end`: its unclosed HTML is read to there.
  void EndParagraph(size_t end);
  /// Reports what only the whole document shows.
  void Finish();

  size_t line_pipes() const { return line_pipes_; }                ///< `|` on the last line
  size_t line_colon() const { return line_colon_; }                ///< its first `]:`, or npos
  uint64_t closing_brackets() const { return closing_brackets_; }  ///< `]` so far

 private:
  /// Inline HTML that cmark-gfm 0.29 looks for the end of up to the end of
  /// the paragraph, once from every start, when the end is missing.
  struct HtmlScan {
    const char* opener;
    const char* closer;
    uint64_t open = 0;     ///< starts not yet closed in this paragraph
    uint64_t offsets = 0;  ///< the sum of their offsets
    size_t first = 0;      ///< the offset of the first of them
  };

  size_t Mark(size_t i, size_t begin, size_t end);
  size_t Emphasis(size_t at, size_t begin, size_t end);
  void CloseBracket();
  void ReportImages();
  void StartHtml(HtmlScan* scan, size_t at);
  void CloseHtml(HtmlScan* scan, size_t at);
  void WebAddress(size_t at, size_t shown_at);
  void EndWord(size_t at);
  void Email(size_t begin, size_t end);

  std::string_view text_;
  ShapeReport report_;

  size_t line_pipes_ = 0;
  size_t line_colon_ = std::string_view::npos;

  std::vector<bool> brackets_;  ///< open `[` (false) and `![` (true)
  std::vector<size_t> images_;  ///< offsets of the open `![`
  uint64_t closing_brackets_ = 0;
  uint64_t image_walk_ = 0;
  uint64_t paragraph_images_ = 0;  ///< the most `![` open at a `]` in this paragraph
  uint64_t paragraph_walks_ = 0;   ///< the `]` of this paragraph with `![` open
  size_t image_report_ = std::string_view::npos;

  uint64_t emphasis_ = 0;  ///< emphasis runs in this paragraph
  size_t emphasis_start_ = 0;
  uint64_t emphasis_max_ = 0;
  size_t emphasis_max_start_ = 0;
  uint64_t emphasis_pairs_ = 0;

  std::array<HtmlScan, 3> html_ = {HtmlScan{"<?", "?>"}, HtmlScan{"<![CDATA[", "]]>"},
                                   HtmlScan{"<!", ">"}};
  uint64_t html_read_ = 0;

  uint64_t word_addresses_ = 0;  ///< web addresses in the word being read
  uint64_t word_offsets_ = 0;    ///< the sum of their offsets
  size_t word_first_ = 0;
  uint64_t web_read_ = 0;

  uint64_t email_read_ = 0;
};

}  // namespace clustersite
