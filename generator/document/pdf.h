#pragma once

#include <iosfwd>
#include <map>
#include <string>

namespace clustersite {

/// The two print engines the kit's CSS is made for.
enum class PdfEngine { kChromium, kWeasyPrint };

/// How a print document is printed. Every field has a default.
struct PrintOptions {
  PdfEngine engine = PdfEngine::kChromium;
  /// Where the engines' console output goes (Chromium's chatter on stderr,
  /// WeasyPrint's warnings); null hides it, and a failure is one line.
  std::ostream* engine_log = nullptr;
};

/// The program of `engine` on PATH; false with `*err` naming what to
/// install when it is missing.
bool FindEngine(PdfEngine engine, std::string* program, std::string* err);

/// Prints the HTML file `html` to `pdf` with `program` (from FindEngine).
/// Chromium runs headless with a fresh profile, without its own header and
/// footer; neither engine needs the network for a self-contained file.
bool PrintToPdf(const PrintOptions& options, const std::string& program, const std::string& html,
                const std::string& pdf, std::string* err);

/// The page (1-based) of each named destination of `pdf`, read with
/// poppler's `pdfinfo -dests`; Chromium names one after each link target.
bool ReadDestinations(const std::string& pdf, std::map<std::string, int>* pages, std::string* err);

/// Parses the output of `pdfinfo -dests`.
std::map<std::string, int> ParseDestinations(const std::string& text);

}  // namespace clustersite
