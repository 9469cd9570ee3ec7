#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace clustersite {

std::string Diagnostic::Where() const {
  std::string out = path;
  if (pos.line > 0) {
    out += ':' + std::to_string(pos.line);
    if (pos.column > 0) out += ':' + std::to_string(pos.column);
  }
  return out;
}

std::string Diagnostic::ToString() const {
  std::string out = Where();
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

void Diagnostics::Error(const std::string& path, Position pos, std::string message) {
  Add({path, pos, Severity::kError, std::move(message), std::nullopt});
}

void Diagnostics::Warning(const std::string& path, Position pos, std::string message) {
  Add({path, pos, Severity::kWarning, std::move(message), std::nullopt});
}

void Diagnostics::Add(Diagnostic d) {
  std::lock_guard<std::mutex> lock(mu_);
  if (warnings_as_errors_) d.severity = Severity::kError;
  items_.push_back(std::move(d));
}

void Diagnostics::Append(const Diagnostics& other) {
  std::vector<Diagnostic> items;
  {
    std::lock_guard<std::mutex> lock(other.mu_);
    items = other.items_;
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (warnings_as_errors_) clustersite::TreatWarningsAsErrors(&items);
  items_.insert(items_.end(), items.begin(), items.end());
}

void TreatWarningsAsErrors(std::vector<Diagnostic>* list) {
  for (Diagnostic& d : *list) d.severity = Severity::kError;
}

bool Diagnostics::HasErrors() const { return ErrorCount() > 0; }

size_t Diagnostics::ErrorCount() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

size_t Diagnostics::WarningCount() const {
  std::lock_guard<std::mutex> lock(mu_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kWarning; });
}

std::vector<Diagnostic> Diagnostics::Sorted() const {
  std::vector<Diagnostic> out;
  {
    std::lock_guard<std::mutex> lock(mu_);
    out = items_;
  }
  auto key = [](const Diagnostic& d) {
    return std::tie(d.path, d.pos.line, d.pos.column, d.severity, d.message);
  };
  std::sort(out.begin(), out.end(),
            [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
            out.end());
  return out;
}

std::string Diagnostics::ToString() const {
  std::string out;
  for (const Diagnostic& d : Sorted()) out += d.ToString() + '\n';
  return out;
}

}  // namespace clustersite
