#include "markdown/inline_shape.h"

#include <algorithm>

namespace clustersite {
namespace {

// Each limit bounds the work of one of cmark-gfm 0.29's super-linear paths
// (bench/markdown-scaling measures them); real text stays orders of
// magnitude below every one.

/// Open `![` walked over at each link (the walk never stops at images).
constexpr uint64_t kMaxImageWalk = 100000;
/// Emphasis runs: the sum over paragraphs of runs², the comparisons the
/// delimiter matching may make.
constexpr uint64_t kMaxEmphasisPairs = 100000000;
/// Bytes read by `<?`, `<![CDATA[` and `<!X` looking for their end.
constexpr uint64_t kMaxHtmlScan = 20000000;
/// Bytes read by web address candidates (`www.`, `://`) looking for their end.
constexpr uint64_t kMaxWebScan = 10000000;
/// Bytes the autolink extension copies looking for e-mail addresses: the
/// rest of a text at each `@` in it.
constexpr uint64_t kMaxEmailScan = 100000000;

constexpr size_t kNone = std::string_view::npos;

constexpr bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
constexpr bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }
constexpr bool IsPunct(char c) { return c > ' ' && c < 0x7f && !IsAlnum(c); }

/// How the scan treats a byte: text, a space (which ends a word), or a
/// character it looks at.
enum ByteClass : uint8_t { kText, kSpace, kMark };

constexpr std::array<ByteClass, 256> MakeClasses() {
  std::array<ByteClass, 256> classes{};
  for (int c = 0; c < 256; ++c) classes[c] = IsSpace(char(c)) ? kSpace : kText;
  for (char c : std::string_view("\\*_~![]|<>w:")) classes[static_cast<unsigned char>(c)] = kMark;
  return classes;
}
constexpr std::array<ByteClass, 256> kClass = MakeClasses();

}  // namespace

void InlineShape::Line(size_t begin, size_t end) {
  line_pipes_ = 0;
  line_colon_ = kNone;
  for (size_t i = begin; i < end; ++i) {
    switch (kClass[static_cast<unsigned char>(text_[i])]) {
      case kText:
        break;
      case kSpace:
        EndWord(i);
        break;
      case kMark:
        i = Mark(i, begin, end);
        break;
    }
  }
  EndWord(end);
  Email(begin, end);
}

/// The characters of kMark; returns the last one it read.
size_t InlineShape::Mark(size_t i, size_t begin, size_t end) {
  char c = text_[i];
  switch (c) {
    case 'w':
      if (text_.compare(i, 4, "www.") == 0) WebAddress(i, i);
      break;
    case ':':
      if (text_.compare(i, 3, "://") == 0) {
        size_t scheme = i;  // reported at the scheme's start
        while (word_addresses_ == 0 && scheme > begin && IsAlpha(text_[scheme - 1])) --scheme;
        WebAddress(i, scheme);
      }
      break;
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
        StartHtml(&html_[0], i);
      } else if (text_.compare(i, 9, "<![CDATA[") == 0) {
        StartHtml(&html_[1], i);
      } else if (text_.compare(i, 2, "<!") == 0 && i + 2 < end && IsAlpha(text_[i + 2])) {
        StartHtml(&html_[2], i);
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
size_t InlineShape::Emphasis(size_t at, size_t begin, size_t end) {
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

/// A `]` closes the last bracket; when a link forms, cmark-gfm 0.29 walks
/// back over every `[` and `![` below it to deactivate the links, past
/// every image.
void InlineShape::CloseBracket() {
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
void InlineShape::ReportImages() {
  if (image_report_ == kNone || paragraph_walks_ == 0) return;
  report_(ShapeProblem::kImages, image_report_,
          "`![` here opens the first of " + std::to_string(paragraph_images_) +
              " image brackets left open while " + std::to_string(paragraph_walks_) +
              " links close after them; cmark-gfm 0.29 walks back over every open one at each "
              "link, so the time grows with the square of the text (minutes for a few hundred "
              "KB); end each image with `](address)`, or write `!\\[` for a literal `![`");
}

void InlineShape::StartHtml(HtmlScan* scan, size_t at) {
  if (scan->open++ == 0) scan->first = at;
  scan->offsets += at;
}

/// The open starts of `scan` have read up to `at`.
void InlineShape::CloseHtml(HtmlScan* scan, size_t at) {
  if (scan->open == 0) return;
  html_read_ += scan->open * at - scan->offsets;
  uint64_t open = scan->open;
  scan->open = scan->offsets = 0;
  if (html_read_ <= kMaxHtmlScan) return;
  std::string message = "`";
  message += scan->opener;
  message += "` here and " + std::to_string(open - 1) + " after it are never closed by `";
  message += scan->closer;
  message +=
      "`; cmark-gfm 0.29 reads to the end of the paragraph from each, so the time grows with "
      "the square of the text; close them, or write `\\<` for a literal `<`";
  report_(ShapeProblem::kHtml, scan->first, message);
}

/// At a web address (`www.`, or `://` after `http`, `https` or `ftp`) the
/// autolink extension reads up to the next space, whatever it then links;
/// in a word of addresses not separated by spaces (the domain of `www.a_`
/// is no link, `<` ends one) it starts again at the next.
void InlineShape::WebAddress(size_t at, size_t shown_at) {
  if (word_addresses_++ == 0) word_first_ = shown_at;
  word_offsets_ += at;
}

void InlineShape::EndWord(size_t at) {
  if (word_addresses_ == 0) return;
  web_read_ += word_addresses_ * at - word_offsets_;
  if (web_read_ > kMaxWebScan) {
    report_(ShapeProblem::kWeb, word_first_,
            "the web address here is the first of " + std::to_string(word_addresses_) +
                " (`www.` or `://`) in a run of text without a space; the autolink extension "
                "of cmark-gfm 0.29 reads to the next space from each one, so the time grows "
                "with the square of the run; put spaces between the addresses");
  }
  word_addresses_ = word_offsets_ = 0;
}

/// The autolink extension looks for an e-mail address at every `@` of a
/// text (escaped or not) and copies the rest of the text at each; a text
/// never goes past the end of its line.
void InlineShape::Email(size_t begin, size_t end) {
  uint64_t at_signs = std::count(text_.begin() + begin, text_.begin() + end, '@');
  if (at_signs == 0) return;
  email_read_ += at_signs * (end - begin);
  if (email_read_ > kMaxEmailScan) {
    report_(ShapeProblem::kEmail, text_.find('@', begin),
            "this line has " + std::to_string(at_signs) +
                " `@`; at each one the autolink extension of cmark-gfm 0.29 looks for an e-mail "
                "address and copies the rest of the line, so the time grows with the square of "
                "its length; break the line between the addresses");
  }
}

void InlineShape::EndParagraph(size_t end) {
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
}

void InlineShape::Finish() {
  if (emphasis_pairs_ > kMaxEmphasisPairs) {
    report_(ShapeProblem::kEmphasis, emphasis_max_start_,
            "this paragraph has " + std::to_string(emphasis_max_) +
                " `*`, `_` or `~` runs; cmark-gfm 0.29 may compare each with every one before "
                "it, so the time grows with the square of their number; split the paragraph, or "
                "write `\\*`, `\\_` or `\\~` where a literal one is meant");
  }
}

}  // namespace clustersite
