#include "markdown/markdown_shape.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>

#include "core/unicode.h"
#include "markdown/inline_shape.h"

namespace clustersite {
namespace {

// The limits on blocks; those on inline text are in inline_shape.cc.

/// Lists and block quotes: each blank line walks every open one.
constexpr int kMaxNesting = 32;
/// Table rows: cmark-gfm splits a row in time quadratic in its cells.
constexpr size_t kMaxPipesPerLine = 256;
/// Table cells, counting the empty cells GFM adds to short rows.
constexpr uint64_t kMaxTableCells = 100000;
/// Bytes reference links could expand to.
constexpr uint64_t kMaxReferenceExpansion = 16000000;

constexpr size_t kNone = std::string_view::npos;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsQuote(char c) { return c == '"' || c == '\'' || c == '('; }

/// The start of a line: its list and block-quote markers.
struct LinePrefix {
  size_t text = 0;        ///< where the text after the `>` markers starts
  bool indented = false;  ///< 4 columns or more before a marker or the text
};

class ShapeScan {
 public:
  ShapeScan(const MarkdownSource& src, Diagnostics* diag)
      : src_(src),
        text_(src.text),
        diag_(diag),
        inline_(text_, [this](ShapeProblem problem, size_t offset, const std::string& message) {
          Report(problem, offset, message);
        }) {}

  bool Run() {
    size_t begin = 0;
    while (true) {
      size_t end = text_.find('\n', begin);
      if (end == kNone) end = text_.size();
      end = std::min(end, text_.substr(0, end).find('\r', begin));
      Line(begin, end);
      if (end == text_.size()) break;
      begin =
          end + (text_[end] == '\r' && end + 1 < text_.size() && text_[end + 1] == '\n' ? 2 : 1);
    }
    EndParagraph(text_.size());
    inline_.Finish();
    Finish();
    return !failed_;
  }

 private:
  void Report(ShapeProblem problem, size_t offset, const std::string& message) {
    failed_ = true;
    if (!reported_.insert(problem).second) return;
    Position p = PositionAt(text_, offset);
    p.line += src_.first_line - 1;
    diag_->Error(src_.path, p, message);
  }

  /// One line, without its line ending. A paragraph here is a run of
  /// lines the parser may read as one inline text: lines without a blank
  /// one between them, cut only where a new block surely starts.
  void Line(size_t begin, size_t end) {
    if (text_.find_first_not_of(" \t", begin) >= end) {
      EndParagraph(begin);
      after_blank_ = true;
      return;
    }
    LinePrefix prefix = Prefix(begin, end);
    bool heading = false;
    if (StartsBlock(prefix, end, &heading)) EndParagraph(begin);
    inline_.Line(prefix.text, end);
    Table(begin, end);
    Definition(prefix.text, end);
    previous_line_ = begin;
    ++paragraph_lines_;
    after_blank_ = false;
    if (heading) EndParagraph(end);
  }

  // ---- Blocks ----

  /// Reads the markers at the start of the line and checks how deep they
  /// may nest: each marker opens at most one container, and each container
  /// the line continues needs a `>` or, for a list item, 2 more columns of
  /// indentation, so the depth is at most the markers plus the containers
  /// open before (up to half the indentation).
  LinePrefix Prefix(size_t begin, size_t end) {
    LinePrefix p;
    int markers = 0, columns = 0, gap = 0;
    size_t i = begin, thematic_break = ThematicBreak(begin, end);
    while (i < end) {
      char c = text_[i];
      if (c == ' ' || c == '\t') {
        int width = c == ' ' ? 1 : 4 - columns % 4;
        columns += width;
        gap += width;
        ++i;
        continue;
      }
      size_t marker = i;
      if (c == '>') {
        p.text = ++i;
      } else if ((c == '-' || c == '+' || c == '*') && (i + 1 == end || IsSpace(text_[i + 1])) &&
                 i < thematic_break) {
        ++i;
      } else if (c >= '0' && c <= '9' && OrderedMarkerEnd(i, end) != kNone) {
        i = OrderedMarkerEnd(i, end);
      } else {
        break;
      }
      p.indented = p.indented || gap >= 4;
      gap = 0;
      if (++markers + std::min(open_, columns / 2) > kMaxNesting) {
        Report(ShapeProblem::kNesting, marker,
               "lists and block quotes nest more than " + std::to_string(kMaxNesting) +
                   " levels deep here (each marker counts, and each 2 columns of indentation "
                   "before one may continue a list); cmark-gfm 0.29 takes time growing with the "
                   "depth times the lines after it; nest them less deeply");
        break;
      }
    }
    if (p.text == 0) p.text = begin;
    p.indented = p.indented || gap >= 4;
    if (markers > 0) {
      open_ = markers + std::min(open_, columns / 2);
    } else if (columns == 0 && after_blank_) {
      open_ = 0;  // text at the margin after a blank line closes every container
    }
    return p;
  }

  /// The end of `1.` or `1)` followed by a space at `i`, or kNone.
  size_t OrderedMarkerEnd(size_t i, size_t end) const {
    size_t j = i;
    while (j < end && j - i < 9 && text_[j] >= '0' && text_[j] <= '9') ++j;
    if (j == end || (text_[j] != '.' && text_[j] != ')')) return kNone;
    if (j + 1 < end && !IsSpace(text_[j + 1])) return kNone;
    return j + 1;
  }

  /// Where the line ends in a thematic break (`- - -`, `***`: three or
  /// more of one of `-*_`, and spaces), which is no list; `end` if it does
  /// not.
  size_t ThematicBreak(size_t begin, size_t end) const {
    size_t last = text_.substr(begin, end - begin).find_last_not_of(" \t");
    if (last == kNone) return end;
    char c = text_[begin + last];
    if (c != '-' && c != '*' && c != '_') return end;
    size_t at = end, count = 0;
    while (at > begin && (text_[at - 1] == c || text_[at - 1] == ' ' || text_[at - 1] == '\t'))
      count += text_[--at] == c;
    return count >= 3 ? at : end;
  }

  /// True when the line surely starts a new block that ends the paragraph
  /// before it: a bullet item with text, or an ATX heading (`heading`),
  /// each at most 3 columns in. (A line indented further may continue the
  /// paragraph, so it never cuts one.)
  bool StartsBlock(const LinePrefix& p, size_t end, bool* heading) const {
    if (p.indented) return false;
    size_t at = text_.find_first_not_of(" \t", p.text);
    if (at >= end) return false;
    char c = text_[at];
    if (c == '#') {
      size_t hashes = text_.find_first_not_of('#', at);
      *heading =
          hashes - at <= 6 && (hashes >= end || text_[hashes] == ' ' || text_[hashes] == '\t');
      return *heading;
    }
    return (c == '-' || c == '+' || c == '*') && at + 1 < end && IsSpace(text_[at + 1]) &&
           text_.find_first_not_of(" \t", at + 1) < end;
  }

  /// A table's delimiter row, `|---|:-:|`, after the `>` of block quotes;
  /// the number of its cells, or 0 when the line is none.
  size_t DelimiterCells(size_t begin, size_t end) const {
    size_t i = text_.find_first_not_of(" \t>", begin);
    size_t cells = 0;
    bool dash = false;
    for (; i < end; ++i) {
      char c = text_[i];
      if (c == '-') {
        dash = true;
      } else if (c == '|') {
        cells += dash;
        dash = false;
      } else if (c != ':' && c != ' ' && c != '\t' && c != '\v' && c != '\f') {
        return 0;
      }
    }
    return cells + dash;
  }

  void Table(size_t begin, size_t end) {
    size_t pipes = inline_.line_pipes();
    if (pipes > kMaxPipesPerLine) {
      Report(ShapeProblem::kPipes, begin,
             "this line has " + std::to_string(pipes) +
                 " `|` characters; a table may have at most " + std::to_string(kMaxPipesPerLine) +
                 " columns");
    }
    if (table_columns_ > 0) {
      cells_ += std::max(table_columns_, pipes + 1);
    } else if (paragraph_lines_ > 0 && (table_columns_ = DelimiterCells(begin, end)) > 0) {
      table_start_ = previous_line_;
      cells_ += std::max(table_columns_, previous_pipes_ + 1) + table_columns_;
    }
    previous_pipes_ = pipes;
    if (cells_ > kMaxTableCells) {
      Report(ShapeProblem::kCells, table_start_,
             "this table brings the document's tables over " + std::to_string(kMaxTableCells) +
                 " cells (columns times rows; GFM fills short rows with empty cells, and "
                 "cmark-gfm 0.29 writes every one, seconds per million); split or shorten the "
                 "tables");
    }
  }

  /// Link reference definitions, `[label]: destination "title"`: a use
  /// copies the destination and title, so the longest definition times the
  /// `]` that could use one bounds the HTML they add. A definition runs
  /// from `]:` over its destination (on the next line when this one ends
  /// first) and a title, which may start on the next line and span lines.
  void Definition(size_t begin, size_t end) {
    size_t i = begin;
    if (definition_ != kNone && phase_ == kTitle) {
      i = text_.find_first_not_of(" \t", begin);
      if (i >= end || !IsQuote(text_[i])) definition_ = kNone;  // no title goes on here
    }
    if (definition_ == kNone) {
      if (inline_.line_colon() == kNone) return;
      definition_ = inline_.line_colon();
      phase_ = kDestination;
      i = definition_ + 2;
    }
    i = DefinitionPart(i, end);
    uint64_t length = end - definition_;
    if (length > definition_length_) {
      definition_length_ = length;
      definition_at_ = definition_;
    }
    if (i < end) definition_ = kNone;  // ended on this line
  }

  /// Reads the definition's parts from `i`; returns where it ended on this
  /// line, or `end` when it may go on.
  size_t DefinitionPart(size_t i, size_t end) {
    if (phase_ == kDestination) {
      i = text_.find_first_not_of(" \t", i);
      if (i >= end) return end;
      while (i < end && !IsSpace(text_[i])) ++i;
      phase_ = kTitle;
    }
    if (phase_ == kTitle) {
      i = text_.find_first_not_of(" \t", i);
      if (i >= end) return end;
      if (!IsQuote(text_[i])) return i;
      closer_ = text_[i] == '(' ? ')' : text_[i];
      phase_ = kInTitle;
      ++i;
    }
    for (; i < end; ++i) {
      if (text_[i] == '\\') {
        ++i;
      } else if (text_[i] == closer_) {
        return i;
      }
    }
    return end;
  }

  void EndParagraph(size_t end) {
    inline_.EndParagraph(end);
    table_columns_ = 0;
    paragraph_lines_ = 0;
    definition_ = kNone;
  }

  void Finish() {
    uint64_t uses = inline_.closing_brackets();
    if (uses * definition_length_ > kMaxReferenceExpansion) {
      Report(ShapeProblem::kReferences, definition_at_,
             "the link reference definition here may be up to " +
                 std::to_string(definition_length_) + " bytes long, and the text has " +
                 std::to_string(uses) +
                 " `]` that could use it: cmark-gfm 0.29 copies the definition into every use, "
                 "which could write over " +
                 std::to_string(kMaxReferenceExpansion) +
                 " bytes of HTML; shorten its address and title, or use it less often");
    }
  }

  const MarkdownSource& src_;
  std::string_view text_;
  Diagnostics* diag_;
  InlineShape inline_;
  std::set<ShapeProblem> reported_;
  bool failed_ = false;

  bool after_blank_ = true;
  int open_ = 0;  ///< at most this many lists and block quotes are open
  size_t previous_line_ = 0;
  size_t paragraph_lines_ = 0;

  size_t previous_pipes_ = 0;
  size_t table_columns_ = 0;
  size_t table_start_ = 0;
  uint64_t cells_ = 0;

  enum { kDestination, kTitle, kInTitle } phase_ = kDestination;
  size_t definition_ = kNone;  ///< the `]:` of a definition going on
  char closer_ = 0;            ///< what ends its title
  uint64_t definition_length_ = 0;
  size_t definition_at_ = 0;
};

}  // namespace

bool CheckMarkdownShape(const MarkdownSource& src, Diagnostics* diag) {
  return ShapeScan(src, diag).Run();
}

}  // namespace clustersite
