#include "document/print.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "document/page_numbers.h"

namespace clustersite {
namespace {

/// A temporary folder, removed with everything in it at the end of scope.
struct TempFolder {
  std::string path;
  TempFolder() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "clustersite-print-XXXXXX");
    if (mkdtemp(tmpl.data())) path = tmpl;
  }
  ~TempFolder() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
};

bool WriteText(const std::string& path, const std::string& text, std::string* err) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) *err = "cannot write " + path + ": " + std::strerror(errno);
  return static_cast<bool>(out);
}

/// The page of each part with a page-number slot in `html`, in `pdf`.
bool PartPages(const std::string& html, const std::string& pdf, std::map<std::string, int>* pages,
               std::string* err) {
  std::map<std::string, int> dests;
  if (!ReadDestinations(pdf, &dests, err)) return false;
  pages->clear();
  for (const std::string& id : PageNumberSlots(html)) {
    auto it = dests.find(id);
    if (it != dests.end()) (*pages)[id] = it->second;
  }
  return true;
}

}  // namespace

bool PrintDocumentHtml(const std::string& html, const std::string& pdf, PdfEngine engine,
                       std::string* printed, std::string* err) {
  std::string program;
  if (!FindEngine(engine, &program, err)) return false;
  TempFolder temp;
  if (temp.path.empty()) {
    *err = "cannot create a temporary folder for printing";
    return false;
  }
  const std::string file = temp.path + "/document.html";
  std::string current = html;
  if (!WriteText(file, current, err) || !PrintToPdf(engine, program, file, pdf, err)) return false;
  if (engine == PdfEngine::kChromium) {
    std::map<std::string, int> pages;
    if (!PartPages(current, pdf, &pages, err)) return false;
    for (int pass = 2; pass <= 3; ++pass) {
      std::string numbered = FillPageNumbers(current, pages);
      if (numbered == current) break;
      current = std::move(numbered);
      if (!WriteText(file, current, err) || !PrintToPdf(engine, program, file, pdf, err) ||
          !PartPages(current, pdf, &pages, err))
        return false;
    }
  }
  if (printed) *printed = std::move(current);
  return true;
}

bool PrintDocumentFile(const std::string& path, const std::string& pdf, PdfEngine engine,
                       std::string* err) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad() || std::filesystem::is_directory(path)) {
    *err = "cannot read " + path + ": " +
           (std::filesystem::is_directory(path) ? "it is a folder" : std::strerror(errno));
    return false;
  }
  std::string html = text.str();
  if (PageNumberSlots(html).empty()) {
    *err = path +
           " is not a print document: it has no contents with page numbers; print a built "
           "one, such as public/<cluster>/welcome-kit/index.html";
    return false;
  }
  return PrintDocumentHtml(html, pdf, engine, nullptr, err);
}

}  // namespace clustersite
