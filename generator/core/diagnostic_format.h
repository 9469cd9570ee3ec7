#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace clustersite {

/// `--diagnostics-format`: text for people, one JSON object a line for editors and CI.
enum class DiagnosticsFormat { kText, kJson };

/// How diagnostics are written. Every field has a default: the plain
/// one-line form `path:line:column: error: message; hint`.
struct DiagnosticStyle {
  DiagnosticsFormat format = DiagnosticsFormat::kText;
  /// The source line with a caret under the column, and the hint on a line
  /// of its own, as ninja and rustc show them: on a terminal.
  bool source = false;
  bool color = false;  ///< ANSI colours: on a terminal without NO_COLOR
  int width = 100;     ///< the terminal's columns; a longer source line is cut around the column
};

/// What a command prints of its diagnostics, and around them. Every field
/// has a default.
struct ReportOptions {
  DiagnosticStyle style;
  bool quiet = false;               ///< errors only: no warnings, no summary (`-q`)
  bool verbose = false;             ///< more: the time each stage and cluster took (`-v`)
  bool warnings_as_errors = false;  ///< a warning fails the command as an error does
};

/// Each diagnostic of `list` as FormatDiagnostic writes it, warnings left
/// out when `options.quiet`.
std::string FormatDiagnostics(const std::vector<Diagnostic>& list, const ReportOptions& options);

/// A message as what happened and how to fix it: the hint is what follows
/// its last `; ` outside backticks and parentheses ("unknown key `x`; did
/// you mean `y`?"), "" when there is none.
struct MessageParts {
  std::string what;
  std::string hint;
};
MessageParts SplitHint(std::string_view message);

/// The source line `text` (line `line` of its file) with a caret under the
/// character at `column` (1-based, in code points): a gutter with the line
/// number, tabs shown as 4 spaces, wide characters as 2 columns, control
/// and bidirectional characters as U+FFFD, and a line wider than `width`
/// cut around the column with `…`. Three lines, each ending in '\n'.
std::string SourceExcerpt(std::string_view text, int line, int column, int width,
                          bool color = false);

/// `d` as `style` asks, ending in '\n': one line, or with `style.source`
/// the line, the excerpt of `d.source` (when read) and `= hint: …`.
std::string FormatDiagnostic(const Diagnostic& d, const DiagnosticStyle& style);

/// `d` as one JSON object on one line: file, line, column (null when
/// unknown), severity, message and hint (null when none).
std::string DiagnosticJson(const Diagnostic& d);

/// Fills `source` of each diagnostic with its line as read from `fs` now,
/// each file read once; regular files of at most 16 MB only, so a named
/// pipe is never waited for.
void ReadSourceLines(const FileSystem& fs, std::vector<Diagnostic>* diagnostics);

}  // namespace clustersite
