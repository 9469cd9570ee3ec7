#include "core/diagnostic_format.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/unicode.h"

namespace clustersite {
namespace {

constexpr const char* kReset = "\033[0m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kBlue = "\033[1;34m";

/// A tab is shown as this many spaces, in the line and before the caret alike.
constexpr int kTabWidth = 4;
/// The narrowest source line shown, however narrow the terminal.
constexpr int kMinWidth = 20;
constexpr size_t kMaxSourceBytes = 16 << 20;

/// One character of a source line as shown: its text and its columns.
struct Shown {
  std::string text;
  int width;
};

/// Each character of `line` as the terminal shows it. A control or
/// bidirectional character (which could rewrite the terminal or reorder the
/// line) is shown as U+FFFD.
std::vector<Shown> ShownCharacters(std::string_view line) {
  std::vector<Shown> out;
  for (char32_t c : CodePoints(line)) {
    if (c == '\t') {
      out.push_back({std::string(kTabWidth, ' '), kTabWidth});
      continue;
    }
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || IsInvisibleControl(c)) c = 0xFFFD;
    Shown s{"", std::max(ColumnWidth(c), 0)};
    AppendUtf8(c, &s.text);
    out.push_back(std::move(s));
  }
  return out;
}

std::string Paint(const std::string& text, const char* code, bool color) {
  return color ? code + text + kReset : text;
}

const char* SeverityColor(Severity s) {
  return s == Severity::kError ? "\033[1;31m" : "\033[1;33m";
}

std::string SeverityName(Severity s) { return s == Severity::kError ? "error" : "warning"; }

}  // namespace

MessageParts SplitHint(std::string_view message) {
  bool code = false;
  int parens = 0;
  size_t split = std::string_view::npos;
  for (size_t i = 0; i + 1 < message.size(); ++i) {
    char c = message[i];
    if (c == '`') code = !code;
    if (code) continue;
    if (c == '(') ++parens;
    if (c == ')' && parens > 0) --parens;
    if (c == ';' && message[i + 1] == ' ' && parens == 0) split = i;
  }
  if (split == std::string_view::npos) return {std::string(message), ""};
  return {std::string(message.substr(0, split)), std::string(message.substr(split + 2))};
}

std::string SourceExcerpt(std::string_view text, int line, int column, int width, bool color) {
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Shown> chars = ShownCharacters(text);
  const size_t caret = std::min(static_cast<size_t>(std::max(column, 1) - 1), chars.size());
  int total = 0, caret_x = 0;
  for (size_t i = 0; i < chars.size(); ++i) {
    if (i == caret) caret_x = total;
    total += chars[i].width;
  }
  if (caret == chars.size()) caret_x = total;

  const std::string number = std::to_string(line);
  const std::string pad(number.size() + 1, ' ');
  const int room = std::max(width - static_cast<int>(pad.size()) - 2, kMinWidth);
  // The columns [left, left + shown) of the line, around the caret when it is too wide.
  int left = 0, shown = total;
  if (total > room) {
    shown = room - 2;  // an ellipsis at each end
    left = std::clamp(caret_x - shown / 2, 0, total - shown);
  }
  std::string body;
  int x = 0, first_x = -1;
  bool cut_right = false;
  for (const Shown& c : chars) {
    if (x >= left && x + c.width <= left + shown) {
      if (first_x < 0) first_x = x;
      body += c.text;
    } else if (x >= left) {
      cut_right = true;
    }
    x += c.width;
  }
  if (first_x < 0) first_x = left;
  const bool cut_left = first_x > 0;
  if (cut_left) body = "…" + body;
  if (cut_right) body += "…";
  const int caret_at = caret_x - first_x + (cut_left ? 1 : 0);

  std::string out = Paint(number + " |", kBlue, color) + (body.empty() ? "" : " " + body) + "\n";
  out += Paint(pad + "|", kBlue, color) + " " + std::string(std::max(caret_at, 0), ' ') +
         Paint("^", kBold, color) + "\n";
  return Paint(pad + "|", kBlue, color) + "\n" + out;
}

std::string FormatDiagnostic(const Diagnostic& d, const DiagnosticStyle& style) {
  if (style.format == DiagnosticsFormat::kJson) return DiagnosticJson(d) + "\n";
  if (!style.source) return d.ToString() + "\n";
  MessageParts parts = SplitHint(d.message);
  std::string out = Paint(d.Where() + ":", kBold, style.color) + " " +
                    Paint(SeverityName(d.severity), SeverityColor(d.severity), style.color) + ": " +
                    Paint(parts.what, kBold, style.color) + "\n";
  const bool excerpt = d.source && d.pos.line > 0;
  if (excerpt) out += SourceExcerpt(*d.source, d.pos.line, d.pos.column, style.width, style.color);
  if (!parts.hint.empty()) {
    std::string pad(excerpt ? std::to_string(d.pos.line).size() + 1 : 2, ' ');
    out += Paint(pad + "=", kBlue, style.color) + " " + Paint("hint", kBold, style.color) + ": " +
           parts.hint + "\n";
  }
  return out + "\n";
}

std::string FormatDiagnostics(const std::vector<Diagnostic>& list, const ReportOptions& options) {
  std::string out;
  for (const Diagnostic& d : list) {
    if (!options.quiet || d.severity == Severity::kError) out += FormatDiagnostic(d, options.style);
  }
  return out;
}

std::string DiagnosticJson(const Diagnostic& d) {
  MessageParts parts = SplitHint(d.message);
  nlohmann::ordered_json j;
  j["file"] = d.path;
  j["line"] = d.pos.line > 0 ? nlohmann::ordered_json(d.pos.line) : nullptr;
  j["column"] = d.pos.line > 0 && d.pos.column > 0 ? nlohmann::ordered_json(d.pos.column) : nullptr;
  j["severity"] = SeverityName(d.severity);
  j["message"] = parts.what;
  j["hint"] = parts.hint.empty() ? nullptr : nlohmann::ordered_json(parts.hint);
  // Text from content may hold invalid UTF-8: it becomes U+FFFD, never an exception.
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void ReadSourceLines(const FileSystem& fs, std::vector<Diagnostic>* diagnostics) {
  /// A file's text and where each of its lines starts; nullopt when it cannot be read.
  struct Lines {
    std::string text;
    std::vector<size_t> starts;
  };
  std::map<std::string, std::optional<Lines>> files;
  for (Diagnostic& d : *diagnostics) {
    if (d.pos.line <= 0) continue;
    auto [it, fresh] = files.try_emplace(d.path);
    Lines lines;
    std::string err;
    if (fresh && fs.Kind(d.path) == EntryKind::kFile &&
        fs.Read(d.path, kMaxSourceBytes, &lines.text, &err)) {
      lines.starts.push_back(0);
      for (size_t at = lines.text.find('\n'); at != std::string::npos;
           at = lines.text.find('\n', at + 1))
        lines.starts.push_back(at + 1);
      it->second = std::move(lines);
    }
    if (!it->second || static_cast<size_t>(d.pos.line) > it->second->starts.size()) continue;
    std::string_view text = it->second->text;
    size_t start = it->second->starts[d.pos.line - 1];
    d.source = std::string(text.substr(start, text.find('\n', start) - start));
  }
}

}  // namespace clustersite
