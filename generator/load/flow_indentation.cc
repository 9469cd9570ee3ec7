#include "load/flow_indentation.h"

#include "core/text.h"

namespace clustersite {
namespace {

/// Bytes of the line break at `i` as libyaml counts lines, or 0.
size_t BreakLength(std::string_view text, size_t i) {
  if (text[i] == '\n') return 1;
  if (text[i] == '\r') return i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
  std::string_view rest = text.substr(i, 3);
  if (StartsWith(rest, "\xC2\x85")) return 2;
  if (rest == "\xE2\x80\xA8" || rest == "\xE2\x80\xA9") return 3;
  return 0;
}

}  // namespace

void YamlLines::Build() {
  if (!starts_.empty()) return;
  starts_.push_back(0);
  for (size_t i = 0; i < text_.size();) {
    size_t n = BreakLength(text_, i);
    if (n == 0) {
      ++i;
    } else {
      i += n;
      starts_.push_back(i);
    }
  }
}

size_t YamlLines::Indent(size_t line, bool comments) {
  Build();
  if (line >= starts_.size()) return std::string::npos;
  size_t p = starts_[line];
  size_t spaces = 0;
  while (p < text_.size() && text_[p] == ' ') ++p, ++spaces;
  while (p < text_.size() && text_[p] == '\t') ++p;
  if (p == text_.size() || BreakLength(text_, p) > 0) return std::string::npos;
  if (comments && text_[p] == '#') return std::string::npos;
  return spaces;
}

char YamlLines::CharAt(YamlMark mark) {
  Build();
  if (mark.line >= starts_.size()) return '\0';
  size_t p = starts_[mark.line];
  for (size_t column = mark.column; column > 0 && p < text_.size(); --column) {
    ++p;  // past a lead byte, then past its continuation bytes
    while (p < text_.size() && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80) ++p;
  }
  return p < text_.size() ? text_[p] : '\0';
}

size_t YamlLines::LeadingTab(size_t line) {
  Build();
  if (line >= starts_.size()) return std::string::npos;
  for (size_t p = starts_[line]; p < text_.size(); ++p) {
    if (text_[p] == '\t') return p - starts_[line];
    if (text_[p] != ' ') break;
  }
  return std::string::npos;
}

/// The first line after `first` up to `last` that continues a flow value
/// with less than `min` spaces of indentation, or npos.
size_t FlowIndentation::Misindented(size_t first, size_t last, size_t min, bool comments) {
  if (min == 0) return std::string::npos;
  for (size_t line = first + 1; line <= last; ++line) {
    size_t indent = lines_.Indent(line, comments);
    if (indent != std::string::npos && indent < min) return line;
  }
  return std::string::npos;
}

void FlowIndentation::Report(YamlMark at, const std::string& what, size_t line, char closing) {
  misindented_ = true;
  Position pos{static_cast<int>(at.line) + first_line_, static_cast<int>(at.column) + 1};
  diag_->Error(path_, pos,
               what + " runs on into line " + std::to_string(line + first_line_) +
                   ", which is not indented enough to continue it; add the closing `" + closing +
                   "`");
}

void FlowIndentation::Quoted(YamlMark start, YamlMark end, char quote) {
  size_t line = Misindented(start.line, end.line, MinIndent(), false);
  if (line == std::string::npos) return;
  Report(start, "quoted value", line, quote);
  for (auto it = stack_.rbegin(); it != stack_.rend() && it->flow; ++it) it->reported = true;
}

void FlowIndentation::OpenBlock(size_t min_indent) {
  Collection c;
  c.min_indent = min_indent;
  stack_.push_back(c);
}

void FlowIndentation::OpenFlow(YamlMark open, bool list) {
  Collection c;
  c.flow = true;
  c.list = list;
  c.min_indent = MinIndent();
  c.open = open;
  stack_.push_back(c);
}

void FlowIndentation::Close(YamlMark end) {
  Collection c = stack_.back();
  stack_.pop_back();
  bool outermost = stack_.empty() || !stack_.back().flow;
  if (!c.flow || !outermost || c.reported) return;
  size_t line = Misindented(c.open.line, end.line, c.min_indent, true);
  if (line == std::string::npos) return;
  // Reported at the bracket: `open` is just past it.
  Report({c.open.line, c.open.column - 1}, c.list ? "list" : "mapping", line, c.list ? ']' : '}');
}

}  // namespace clustersite
