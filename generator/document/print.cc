#include "document/print.h"

#include <unistd.h>

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

/// Why the file `pdf` cannot be written, before anything is printed: its
/// folder is missing or not writable, or it is a folder. "" when it can be.
std::string DestinationProblem(const std::string& pdf) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const std::string start = "cannot write " + pdf + ": ";
  fs::path folder = fs::path(pdf).parent_path();
  if (folder.empty()) folder = ".";
  if (!fs::is_directory(folder, ec)) {
    return start + "there is no folder " + folder.string() +
           "; create it, or print into a folder that exists";
  }
  if (fs::is_directory(pdf, ec)) return start + "it is a folder; name a PDF file";
  if (access(folder.c_str(), W_OK) != 0) {
    return start + "the folder " + folder.string() + " is not writable (" + std::strerror(errno) +
           ")";
  }
  return "";
}

/// Puts the printed `from` in place of `to`.
bool Deliver(const std::string& from, const std::string& to, std::string* err) {
  std::error_code ec;
  std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing, ec);
  if (ec) *err = "cannot write " + to + ": " + ec.message();
  return !ec;
}

}  // namespace

bool PrintDocumentHtml(const std::string& html, const std::string& pdf, const PrintOptions& options,
                       std::string* printed, std::string* err) {
  *err = DestinationProblem(pdf);
  std::string program;
  if (!err->empty() || !FindEngine(options.engine, &program, err)) return false;
  TempFolder temp;
  if (temp.path.empty()) {
    *err = "cannot create a temporary folder for printing";
    return false;
  }
  // The engines write into the temporary folder: the PDF named is written
  // once, when printing has succeeded, and its errors are ours to word.
  const std::string file = temp.path + "/document.html";
  const std::string out = temp.path + "/document.pdf";
  std::string current = html;
  auto print = [&] {
    return WriteText(file, current, err) && PrintToPdf(options, program, file, out, err);
  };
  if (!print()) return false;
  if (options.engine == PdfEngine::kChromium) {
    std::map<std::string, int> pages;
    if (!PartPages(current, out, &pages, err)) return false;
    for (int pass = 2; pass <= 3; ++pass) {
      std::string numbered = FillPageNumbers(current, pages);
      if (numbered == current) break;
      current = std::move(numbered);
      if (!print() || !PartPages(current, out, &pages, err)) return false;
    }
  }
  if (!Deliver(out, pdf, err)) return false;
  if (printed) *printed = std::move(current);
  return true;
}

bool PrintDocumentFile(const std::string& path, const std::string& pdf, const PrintOptions& options,
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
  return PrintDocumentHtml(html, pdf, options, nullptr, err);
}

}  // namespace clustersite
