#include "document/pdf.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
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

/// The last lines of an engine's error output, for the message.
std::string Tail(const std::string& text) {
  std::string t(Trim(text));
  if (t.size() > 600) t = "…" + t.substr(t.size() - 600);
  return t;
}

bool Run(const std::vector<std::string>& argv, ProcessResult* result, std::string* err) {
  if (!RunProcess(argv, kPrintTimeoutSeconds, result, err)) return false;
  if (result->timed_out) {
    *err = argv[0] + " did not finish within " + std::to_string(kPrintTimeoutSeconds) + " s";
    return false;
  }
  return true;
}

bool PrintWithChromium(const std::string& program, const std::string& html, const std::string& pdf,
                       std::string* err) {
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
  ProcessResult result;
  bool ran = Run(argv, &result, err);
  std::filesystem::remove_all(profile, ec);
  if (!ran) return false;
  if (result.exit_code != 0 || !std::filesystem::exists(pdf)) {
    *err = "Chromium could not print " + html + ": " + Tail(result.err);
    return false;
  }
  return true;
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

bool PrintToPdf(PdfEngine engine, const std::string& program, const std::string& html,
                const std::string& pdf, std::string* err) {
  if (engine == PdfEngine::kChromium) return PrintWithChromium(program, html, pdf, err);
  ProcessResult result;
  if (!Run({program, "--quiet", html, pdf}, &result, err)) return false;
  if (result.exit_code != 0) {
    *err = "WeasyPrint could not print " + html + ": " + Tail(result.err);
    return false;
  }
  return true;
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
    *err = "pdfinfo could not read " + pdf + ": " + Tail(result.err);
    return false;
  }
  *pages = ParseDestinations(result.out);
  return true;
}

}  // namespace clustersite
