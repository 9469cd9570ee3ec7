#include "document/pdf.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <vector>

#include "core/text.h"
#include "document/process.h"

namespace clustersite {
namespace {

constexpr int kPrintTimeoutSeconds = 300;

/// "file://" URL of a local path, percent-encoding what is not safe in one.
std::string FileUrl(const std::string& path) {
  std::string abs = std::filesystem::absolute(path).lexically_normal().string();
  std::string url = "file://";
  const char* hex = "0123456789ABCDEF";
  for (unsigned char c : abs) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      url += static_cast<char>(c);
    } else {
      url += '%';
      url += hex[c >> 4];
      url += hex[c & 15];
    }
  }
  return url;
}

bool Run(const std::vector<std::string>& argv, ProcessResult* result, std::string* err) {
  if (!RunProcess(argv, kPrintTimeoutSeconds, result, err)) return false;
  if (result->timed_out) {
    *err = argv[0] + " did not finish within " + std::to_string(kPrintTimeoutSeconds) + " s";
    return false;
  }
  return true;
}

/// Runs a print engine, its console output passed to `options.engine_log`
/// or hidden; false with a one-line `*err` when it fails or writes no `pdf`.
bool RunEngine(const PrintOptions& options, const std::string& name,
               const std::vector<std::string>& argv, const std::string& pdf, std::string* err) {
  ProcessResult result;
  if (!Run(argv, &result, err)) return false;
  if (options.engine_log) *options.engine_log << result.out << result.err << std::flush;
  if (result.exit_code == 0 && std::filesystem::exists(pdf)) return true;
  *err = name + " could not print the document (" +
         (result.exit_code < 0 ? std::string("it was killed")
                               : "exit code " + std::to_string(result.exit_code)) +
         ")" + (options.engine_log ? "" : "; run with -v to see what it said");
  return false;
}

bool PrintWithChromium(const PrintOptions& options, const std::string& program,
                       const std::string& html, const std::string& pdf, std::string* err) {
  std::string profile = (std::filesystem::temp_directory_path() / "clustersite-chromium-XXXXXX");
  if (!mkdtemp(profile.data())) {
    *err = "cannot create a temporary profile folder for Chromium";
    return false;
  }
  std::vector<std::string> argv = {program,
                                   "--headless",
                                   "--disable-gpu",
                                   "--disable-background-networking",
                                   "--disable-component-update",
                                   "--disable-sync",
                                   "--disable-extensions",
                                   "--no-first-run",
                                   "--no-default-browser-check",
                                   "--user-data-dir=" + profile,
                                   "--no-pdf-header-footer",
                                   "--print-to-pdf=" + pdf};
  // Chromium's sandbox refuses to run as root.
  if (geteuid() == 0) argv.insert(argv.begin() + 1, "--no-sandbox");
  argv.push_back(FileUrl(html));
  std::error_code ec;
  std::filesystem::remove(pdf, ec);
  bool printed = RunEngine(options, "Chromium", argv, pdf, err);
  std::filesystem::remove_all(profile, ec);
  return printed;
}

}  // namespace

bool FindEngine(PdfEngine engine, std::string* program, std::string* err) {
  if (engine == PdfEngine::kWeasyPrint) {
    *program = FindOnPath("weasyprint");
    if (program->empty()) {
      *err =
          "WeasyPrint is not installed (no `weasyprint` on PATH); install it "
          "(Debian: apt-get install weasyprint) or print with --engine chromium";
    }
    return !program->empty();
  }
  for (const char* name :
       {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
    *program = FindOnPath(name);
    if (!program->empty()) break;
  }
  if (program->empty()) {
    *err =
        "Chromium is not installed (none of chromium, chromium-browser, google-chrome on "
        "PATH); install it (Debian: apt-get install chromium) or print with --engine "
        "weasyprint";
    return false;
  }
  if (FindOnPath("pdfinfo").empty()) {
    *err =
        "printing with Chromium reads the contents' page numbers with `pdfinfo`, which is "
        "not installed; install poppler-utils (Debian: apt-get install poppler-utils)";
    return false;
  }
  return true;
}

bool PrintToPdf(const PrintOptions& options, const std::string& program, const std::string& html,
                const std::string& pdf, std::string* err) {
  if (options.engine == PdfEngine::kChromium)
    return PrintWithChromium(options, program, html, pdf, err);
  std::error_code ec;
  std::filesystem::remove(pdf, ec);
  // Without --quiet WeasyPrint warns of every CSS property it ignores.
  std::vector<std::string> argv = {program, html, pdf};
  if (!options.engine_log) argv.insert(argv.begin() + 1, "--quiet");
  return RunEngine(options, "WeasyPrint", argv, pdf, err);
}

std::map<std::string, int> ParseDestinations(const std::string& text) {
  std::map<std::string, int> pages;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    // "   2 [ XYZ    6  792 null      ] "kit-about""
    size_t close = line.rfind('"');
    size_t open =
        close == std::string::npos || close == 0 ? std::string::npos : line.rfind('"', close - 1);
    std::string_view head = Trim(std::string_view(line).substr(0, line.find('[')));
    if (open == std::string::npos || head.empty()) continue;
    int page = std::atoi(std::string(head).c_str());
    if (page > 0) pages[line.substr(open + 1, close - open - 1)] = page;
  }
  return pages;
}

bool ReadDestinations(const std::string& pdf, std::map<std::string, int>* pages, std::string* err) {
  std::string pdfinfo = FindOnPath("pdfinfo");
  if (pdfinfo.empty()) {
    *err = "`pdfinfo` is not installed; install poppler-utils";
    return false;
  }
  ProcessResult result;
  if (!Run({pdfinfo, "-dests", pdf}, &result, err)) return false;
  if (result.exit_code != 0) {
    *err = "pdfinfo could not read the printed PDF (exit code " + std::to_string(result.exit_code) +
           ")";
    return false;
  }
  *pages = ParseDestinations(result.out);
  return true;
}

}  // namespace clustersite
