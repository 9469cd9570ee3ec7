#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace clustersite {

/// A place in a YAML text as libyaml marks it: 0-based line, and column in characters.
struct YamlMark {
  size_t line = 0;
  size_t column = 0;
};

/// The lines of a YAML text as libyaml numbers them (LF, CR, CRLF, NEL, LS
/// and PS end a line). The table is made the first time it is asked, which
/// most files never do.
class YamlLines {
 public:
  explicit YamlLines(std::string_view text) : text_(text) {}

  /// The spaces that indent `line`, or npos when the line is blank or, with
  /// `comments`, holds only a comment: such lines may be indented less.
  size_t Indent(size_t line, bool comments);
  /// The byte at `mark`, or '\0'.
  char CharAt(YamlMark mark);
  /// The column of the first tab in the blanks that start `line`, or npos.
  size_t LeadingTab(size_t line);

 private:
  void Build();
  std::string_view text_;
  std::vector<size_t> starts_;
};

/// Holds flow values (quoted texts, `[…]` and `{…}`) to the YAML rule that
/// libyaml lets pass: a flow value continued on further lines indents them
/// past the block that holds it (past a block mapping's keys, past a block
/// list's `-`). Without the rule an unclosed quote or bracket reads on into
/// the next lines and swallows their keys (`visibility: members` becomes
/// text). The YAML reader tells it where each value and collection starts
/// and ends, in the order libyaml reads them.
class FlowIndentation {
 public:
  FlowIndentation(const std::string& path, std::string_view text, int first_line, Diagnostics* diag)
      : path_(path), lines_(text), first_line_(first_line), diag_(diag) {}

  /// A text quoted with `quote` from `start` to `end`: an error when it runs
  /// on into a line indented too little.
  void Quoted(YamlMark start, YamlMark end, char quote);
  /// A block mapping or list starts, whose flow values must indent their
  /// further lines by `min_indent` spaces.
  void OpenBlock(size_t min_indent);
  /// A `[…]` (`list`) or `{…}` starts, just before `open`.
  void OpenFlow(YamlMark open, bool list);
  /// The innermost mapping or list ends at `end`; an outermost `[…]` or
  /// `{…}` is checked like a quoted text, but its comment lines may be
  /// indented less.
  void Close(YamlMark end);

  /// A flow value ran on into a line indented too little (and was reported).
  bool misindented() const { return misindented_; }
  /// The byte at `mark` (the quote of libyaml's "unclosed quote" error).
  char CharAt(YamlMark mark) { return lines_.CharAt(mark); }
  /// The lines of the text, for libyaml's errors.
  YamlLines& lines() { return lines_; }

 private:
  struct Collection {
    bool flow = false;
    bool list = false;
    size_t min_indent = 0;  ///< flow values inside continue on lines indented this much
    YamlMark open;          ///< of a flow collection: just past its `[` or `{`
    bool reported = false;  ///< a value inside it was misindented
  };

  size_t MinIndent() const { return stack_.empty() ? 0 : stack_.back().min_indent; }
  size_t Misindented(size_t first, size_t last, size_t min, bool comments);
  void Report(YamlMark at, const std::string& what, size_t line, char closing);

  const std::string& path_;
  YamlLines lines_;
  int first_line_;
  Diagnostics* diag_;
  std::vector<Collection> stack_;  ///< open collections, outermost first
  bool misindented_ = false;
};

}  // namespace clustersite
