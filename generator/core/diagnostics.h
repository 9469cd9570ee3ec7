#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace clustersite {

/// A position inside a source file; 1-based, 0 when unknown.
struct Position {
  int line = 0;
  int column = 0;
};

enum class Severity { kWarning, kError };

/// One problem found in the content, reported as `path:line:column: error: message`.
struct Diagnostic {
  std::string path;
  Position pos;
  Severity severity = Severity::kError;
  std::string message;
  /// The line `pos.line` of the file, when read to be shown (ReadSourceLines).
  std::optional<std::string> source;

  /// `path:line:column`, leaving out what is unknown.
  std::string Where() const;
  std::string ToString() const;
};

/// Collects every problem of a run so all of them can be reported at once.
/// Safe to use from several threads.
class Diagnostics {
 public:
  void Error(const std::string& path, Position pos, std::string message);
  void Warning(const std::string& path, Position pos, std::string message);
  void Add(Diagnostic d);
  /// Adds every diagnostic of `other`.
  void Append(const Diagnostics& other);
  /// From now on every warning added is an error (`--warnings-as-errors`).
  void TreatWarningsAsErrors() { warnings_as_errors_ = true; }

  bool HasErrors() const;
  size_t ErrorCount() const;
  size_t WarningCount() const;
  /// All diagnostics, sorted by path, line and column, duplicates removed.
  std::vector<Diagnostic> Sorted() const;
  /// Sorted() as text, one per line.
  std::string ToString() const;

 private:
  mutable std::mutex mu_;
  std::vector<Diagnostic> items_;
  bool warnings_as_errors_ = false;
};

/// `list` with every warning made an error (`--warnings-as-errors`).
void TreatWarningsAsErrors(std::vector<Diagnostic>* list);

}  // namespace clustersite
