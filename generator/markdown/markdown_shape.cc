#include "markdown/markdown_shape.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/unicode.h"

namespace clustersite {
namespace {

// Each limit bounds the work of one of cmark-gfm 0.29's super-linear paths
// (bench/markdown-scaling measures them before and after); real text stays
// orders of magnitude below every one.

/// Lists and block quotes: each blank line walks every open one.
constexpr int kMaxNesting = 32;
/// Table rows: cmark-gfm splits a row in time quadratic in its cells.
constexpr size_t kMaxPipesPerLine = 256;
/// Table cells, counting the empty cells GFM adds to short rows.
constexpr uint64_t kMaxTableCells = 100000;
/// Open `![` walked over at each link (the walk never stops at images).
constexpr uint64_t kMaxImageWalk = 100000;
/// Emphasis markers: the sum over paragraphs of markers², the comparisons
/// the delimiter matching may make.
constexpr uint64_t kMaxEmphasisPairs = 100000000;
/// Bytes read by `<?`, `<![CDATA[` and `<!X` looking for their end.
constexpr uint64_t kMaxHtmlScan = 20000000;
/// Bytes read by `www.` candidates looking for the end of the address.
constexpr uint64_t kMaxWwwScan = 10000000;
/// Bytes the autolink extension copies looking for e-mail addresses: the
/// rest of a text at each `@` in it.
constexpr uint64_t kMaxEmailScan = 100000000;
/// Bytes reference links could expand to.
constexpr uint64_t kMaxReferenceExpansion = 16000000;

enum Check {
  kNesting,
  kPipes,
  kCells,
  kImages,
  kEmphasis,
  kHtml,
  kWww,
  kEmail,
  kReferences,
  kChecks
};

constexpr size_t kNone = std::string_view::npos;

constexpr bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
constexpr bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }
constexpr bool IsPunct(char c) { return c > ' ' && c < 0x7f && !IsAlnum(c); }
constexpr bool IsQuote(char c) { return c == '"' || c == '\'' || c == '('; }

/// A character the autolink extension may read as part of a domain (every
/// non-ASCII byte counts).
constexpr bool IsHostChar(char c) {
  return !IsSpace(c) && (!IsPunct(c) || c == '_' || c == '.' || c == '-' || c == '\\');
}

/// How the inline scan treats a byte: part of a domain (ends no `www.`
/// run), anything else that ends one, or a character it looks at.
enum ByteClass : uint8_t { kHost, kOther, kMark };

constexpr std::array<ByteClass, 256> MakeClasses() {
  std::array<ByteClass, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    char ch = static_cast<char>(c);
    classes[c] = c >= 0x80 || IsHostChar(ch) ? kHost : kOther;
  }
  for (char c : std::string_view("\\*_~![]|<>w")) classes[static_cast<unsigned char>(c)] = kMark;
  return classes;
}
constexpr std::array<ByteClass, 256> kClass = MakeClasses();

std::string Count(uint64_t n) { return std::to_string(n); }

/// Inline HTML that cmark-gfm 0.29 looks for the end of up to the end of
/// the paragraph, once from every start, when the end is missing.
struct HtmlScan {
  const char* opener;
  const char* closer;
  uint64_t open = 0;     ///< starts not yet closed in this paragraph
  uint64_t offsets = 0;  ///< the sum of their offsets
  size_t first = 0;      ///< the offset of the first of them

  void Start(size_t at) {
    if (open++ == 0) first = at;
    offsets += at;
  }
  /// The bytes the open starts read up to `at`.
  uint64_t Close(size_t at) {
    uint64_t read = open * at - offsets;
    open = offsets = 0;
    return read;
  }
};

/// The start of a line: list and block-quote markers, and the indentation.
struct LinePrefix {
  size_t text = 0;        ///< where the text after the `>` markers starts
  size_t content = 0;     ///< the first character after every marker
  bool opens = false;     ///< has a marker, so it may open containers
  bool indented = false;  ///< 4 columns or more before a marker or the content
};

class ShapeScan {
 public:
  ShapeScan(const MarkdownSource& src, Diagnostics* diag)
      : src_(src), text_(src.text), diag_(diag) {}

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
    Finish();
    return !failed_;
  }

 private:
  void Report(Check check, size_t offset, const std::string& message) {
    failed_ = true;
    if (reported_[check]) return;
    reported_[check] = true;
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
    line_pipes_ = 0;
    line_colon_ = kNone;
    Inline(prefix.text, end);
    EndRun(end);
    Email(begin, end);
    Table(begin, end);
    Definition(begin, end);
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
        Report(kNesting, marker,
               "lists and block quotes nest more than " + Count(kMaxNesting) +
                   " levels deep here (each marker counts, and each 2 columns of indentation "
                   "before one may continue a list); cmark-gfm 0.29 takes time growing with the "
                   "depth times the lines after it; nest them less deeply");
        break;
      }
    }
    if (p.text == 0) p.text = begin;
    p.content = i;
    p.opens = markers > 0;
    p.indented = p.indented || gap >= 4;
    if (p.opens) {
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
    size_t pipes = line_pipes_;
    if (pipes > kMaxPipesPerLine)
      Report(kPipes, begin,
             "this line has " + Count(pipes) + " `|` characters; a table may have at most " +
                 Count(kMaxPipesPerLine) + " columns");
    if (table_columns_ > 0) {
      cells_ += std::max(table_columns_, pipes + 1);
    } else if (paragraph_lines_ > 0 && (table_columns_ = DelimiterCells(begin, end)) > 0) {
      table_start_ = previous_line_;
      cells_ += std::max(table_columns_, previous_pipes_ + 1) + table_columns_;
    }
    previous_pipes_ = pipes;
    if (cells_ > kMaxTableCells)
      Report(kCells, table_start_,
             "this table brings the document's tables over " + Count(kMaxTableCells) +
                 " cells (columns times rows; GFM fills short rows with empty cells, and "
                 "cmark-gfm 0.29 writes every one, seconds per million); split or shorten the "
                 "tables");
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
      if (!IsQuote(text_[i])) definition_ = kNone;  // the title does not go on here
    }
    if (definition_ == kNone) {
      if (line_colon_ == kNone) return;
      definition_ = line_colon_;
      phase_ = kDestination;
      i = line_colon_ + 2;
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

  // ---- Inlines, over the paragraph the line belongs to ----

  void Inline(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      switch (kClass[static_cast<unsigned char>(text_[i])]) {
        case kHost:
          if (run_start_ == kNone) run_start_ = i;
          break;
        case kOther:
          EndRun(i);
          break;
        case kMark:
          i = Mark(i, begin, end);
          break;
      }
    }
  }

  /// The characters of kMark; returns the last one it read.
  size_t Mark(size_t i, size_t begin, size_t end) {
    char c = text_[i];
    if (c == '_' || c == 'w' || c == '\\') {
      Host(i);
    } else {
      EndRun(i);
    }
    switch (c) {
      case '\\':
        if (i + 1 < end && IsPunct(text_[i + 1])) ++i;  // an escaped character is text
        break;
      case '*':
      case '_':
      case '~':
        i = Emphasis(i, begin, end) - 1;
        break;
      case '!':
        if (i + 1 < end && text_[i + 1] == '[') {
          images_.push_back(i++);
          brackets_.push_back(true);
        }
        break;
      case '[':
        brackets_.push_back(false);
        break;
      case ']':
        if (i + 1 < end && text_[i + 1] == ':' && line_colon_ == kNone) line_colon_ = i;
        CloseBracket();
        break;
      case '|':
        ++line_pipes_;
        break;
      case '<':
        if (text_.compare(i, 2, "<?") == 0) {
          html_[0].Start(i);
        } else if (text_.compare(i, 9, "<![CDATA[") == 0) {
          html_[1].Start(i);
        } else if (text_.compare(i, 2, "<!") == 0 && i + 2 < end && IsAlpha(text_[i + 2])) {
          html_[2].Start(i);
        }
        break;
      case '>':
        if (i > 0 && text_[i - 1] == '?') CloseHtml(&html_[0], i);
        if (i > 1 && text_[i - 1] == ']' && text_[i - 2] == ']') CloseHtml(&html_[1], i);
        CloseHtml(&html_[2], i);
        break;
      default:
        break;
    }
    return i;
  }

  /// A run of `*`, `_` or `~` at `at`; counts it when it may open or close
  /// emphasis. Returns the end of the run.
  size_t Emphasis(size_t at, size_t begin, size_t end) {
    size_t run_end = at;
    while (run_end < end && text_[run_end] == text_[at]) ++run_end;
    char before = at > begin ? text_[at - 1] : '\n';
    char after = run_end < end ? text_[run_end] : '\n';
    bool intraword_underscore = text_[at] == '_' && IsAlnum(before) && IsAlnum(after);
    if (!(IsSpace(before) && IsSpace(after)) && !intraword_underscore) {
      if (emphasis_++ == 0) emphasis_start_ = at;
    }
    return run_end;
  }

  void CloseBracket() {
    ++closing_brackets_;
    if (!brackets_.empty()) {
      if (brackets_.back()) images_.pop_back();
      brackets_.pop_back();
    }
    if (images_.empty()) return;
    image_walk_ += images_.size();
    ++paragraph_walks_;
    paragraph_images_ = std::max<uint64_t>(paragraph_images_, images_.size());
    if (image_walk_ > kMaxImageWalk && image_report_ == kNone) image_report_ = images_.front();
  }

  /// Reported once the paragraph is read, with its counts.
  void ReportImages() {
    if (image_report_ == kNone || reported_[kImages]) return;
    Report(kImages, image_report_,
           "`![` here opens the first of " + Count(paragraph_images_) +
               " image brackets left open while " + Count(paragraph_walks_) +
               " links close after them; cmark-gfm 0.29 walks back over every open one at each "
               "link, so the time grows with the square of the text (minutes for a few hundred "
               "KB); end each image with `](address)`, or write `!\\[` for a literal `![`");
  }

  void CloseHtml(HtmlScan* scan, size_t at) {
    uint64_t open = scan->open;
    size_t first = scan->first;
    if (open == 0) return;
    html_read_ += scan->Close(at);
    if (html_read_ <= kMaxHtmlScan) return;
    std::string message = "`";
    message += scan->opener;
    message += "` here and " + Count(open - 1) + " after it are never closed by `";
    message += scan->closer;
    message +=
        "`; cmark-gfm 0.29 reads to the end of the paragraph from each, so the time grows "
        "with the square of the text; close them, or write `\\<` for a literal `<`";
    Report(kHtml, first, message);
  }

  /// The autolink extension reads a whole run of domain characters from
  /// every `www.` in it (one joined to the next by `_` is no link, so the
  /// next is tried again).
  void Host(size_t at) {
    if (run_start_ == kNone) run_start_ = at;
    if (text_[at] == 'w' && text_.compare(at, 4, "www.") == 0) {
      if (run_www_++ == 0) run_www_first_ = at;
      run_www_offsets_ += at;
    }
  }

  void EndRun(size_t at) {
    if (run_start_ == kNone) return;
    run_start_ = kNone;
    if (run_www_ == 0) return;
    www_read_ += run_www_ * at - run_www_offsets_;
    if (www_read_ > kMaxWwwScan)
      Report(kWww, run_www_first_,
             "`www.` here starts " + Count(run_www_) +
                 " web addresses joined without a space; the autolink extension of cmark-gfm "
                 "0.29 reads to the end of the run from each one, so the time grows with the "
                 "square of its length; put spaces between the addresses");
    run_www_ = run_www_offsets_ = 0;
  }

  /// The autolink extension looks for e-mail addresses around every `@`
  /// of a text (escaped or not), and copies the rest of the text at each
  /// one; a text never goes past the end of its line.
  void Email(size_t begin, size_t end) {
    uint64_t at_signs = std::count(text_.begin() + begin, text_.begin() + end, '@');
    if (at_signs == 0) return;
    email_read_ += at_signs * (end - begin);
    if (email_read_ > kMaxEmailScan)
      Report(kEmail, text_.find('@', begin),
             "this line has " + Count(at_signs) +
                 " `@`; at each one the autolink extension of cmark-gfm 0.29 looks for an "
                 "e-mail address and copies the rest of the line, so the time grows with the "
                 "square of its length; break the line between the addresses");
  }

  void EndParagraph(size_t end) {
    for (HtmlScan& scan : html_) CloseHtml(&scan, end);
    ReportImages();
    emphasis_pairs_ += emphasis_ * emphasis_;
    if (emphasis_ > emphasis_max_) {
      emphasis_max_ = emphasis_;
      emphasis_max_start_ = emphasis_start_;
    }
    emphasis_ = 0;
    brackets_.clear();
    images_.clear();
    paragraph_images_ = paragraph_walks_ = 0;
    table_columns_ = 0;
    paragraph_lines_ = 0;
    definition_ = kNone;
  }

  void Finish() {
    if (emphasis_pairs_ > kMaxEmphasisPairs)
      Report(kEmphasis, emphasis_max_start_,
             "this paragraph has " + Count(emphasis_max_) +
                 " `*`, `_` or `~` runs; cmark-gfm 0.29 may compare each with every one before "
                 "it, so the time grows with the square of their number; split the paragraph, or "
                 "write `\\*`, `\\_` or `\\~` where a literal one is meant");
    if (closing_brackets_ * definition_length_ > kMaxReferenceExpansion)
      Report(kReferences, definition_at_,
             "the link reference definition here may be up to " + Count(definition_length_) +
                 " bytes long, and the text has " + Count(closing_brackets_) +
                 " `]` that could use it: cmark-gfm 0.29 copies the definition into every use, "
                 "which could write over " +
                 Count(kMaxReferenceExpansion) +
                 " bytes of HTML; shorten its address and title, or use it less often");
  }

  const MarkdownSource& src_;
  std::string_view text_;
  Diagnostics* diag_;
  std::array<bool, kChecks> reported_{};
  bool failed_ = false;

  bool after_blank_ = true;
  int open_ = 0;  ///< at most this many containers are open
  size_t previous_line_ = 0;
  size_t paragraph_lines_ = 0;
  size_t line_pipes_ = 0;      ///< `|` on this line
  size_t line_colon_ = kNone;  ///< the first `]:` on this line

  size_t previous_pipes_ = 0;
  size_t table_columns_ = 0;
  size_t table_start_ = 0;
  uint64_t cells_ = 0;

  enum { kDestination, kTitle, kInTitle } phase_ = kDestination;
  size_t definition_ = kNone;  ///< the `]:` of a definition going on
  char closer_ = 0;            ///< what ends its title
  uint64_t definition_length_ = 0;
  size_t definition_at_ = 0;

  std::vector<bool> brackets_;  ///< open `[` (false) and `![` (true)
  std::vector<size_t> images_;  ///< offsets of the open `![`
  uint64_t closing_brackets_ = 0;
  uint64_t image_walk_ = 0;
  uint64_t paragraph_images_ = 0;  ///< the most `![` open at a `]` in this paragraph
  uint64_t paragraph_walks_ = 0;   ///< the `]` of this paragraph with `![` open
  size_t image_report_ = kNone;

  uint64_t emphasis_ = 0;
  size_t emphasis_start_ = 0;
  uint64_t emphasis_max_ = 0;
  size_t emphasis_max_start_ = 0;
  uint64_t emphasis_pairs_ = 0;

  std::array<HtmlScan, 3> html_ = {HtmlScan{"<?", "?>"}, HtmlScan{"<![CDATA[", "]]>"},
                                   HtmlScan{"<!", ">"}};
  uint64_t html_read_ = 0;

  size_t run_start_ = kNone;
  uint64_t run_www_ = 0;
  uint64_t run_www_offsets_ = 0;
  size_t run_www_first_ = 0;
  uint64_t www_read_ = 0;

  uint64_t email_read_ = 0;
};

}  // namespace

bool CheckMarkdownShape(const MarkdownSource& src, Diagnostics* diag) {
  return ShapeScan(src, diag).Run();
}

}  // namespace clustersite
