#include "build.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "core/parallel.h"
#include "core/text.h"
#include "load/content_tree.h"
#include "model/parse.h"
#include "render/theme.h"
#include "validate/validate.h"
#include "write/output.h"

namespace clustersite {

std::string OutputFolder(const BuildOptions& options) {
  if (!options.out.empty()) return options.out;
  return options.audience == Audience::kMembers ? "members" : "public";
}

bool LoadAndValidate(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
                     Portal* portal) {
  ContentTree tree;
  if (!LoadContentTree(fs, options.content, options.cluster, LoadLimits{}, diag, &tree))
    return false;
  ParsePortal(tree, diag, portal);
  Validate(*portal, diag);
  return !diag->HasErrors();
}

namespace {

/// Loads, validates and loads the theme: what every render starts from.
bool Prepare(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag, Portal* portal,
             Theme* theme, RenderOptions* render) {
  if (!LoadAndValidate(fs, options, diag, portal)) return false;
  std::string theme_dir = options.theme;
  if (theme_dir.empty() && !portal->theme.empty())
    theme_dir = JoinPath(options.content, portal->theme);
  if (!Theme::Load(fs, theme_dir, diag, theme)) return false;
  render->audience = options.audience;
  render->base_url = options.base_url;
  render->jobs = options.jobs > 0 ? options.jobs : DefaultJobs();
  const std::string root = options.content;
  render->read_media = [&fs, root](const std::string& rel, std::string* bytes) {
    std::string err;
    return fs.Read(JoinPath(root, rel), LoadLimits{}.max_media_bytes, bytes, &err);
  };
  return true;
}

/// A temporary folder, removed with everything in it at the end of scope.
struct TempFolder {
  std::string path;
  TempFolder() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "clustersite-kit-XXXXXX");
    if (mkdtemp(tmpl.data())) path = tmpl;
  }
  ~TempFolder() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
};

/// The page of each kit part in a printed PDF.
bool PartPages(const std::string& pdf, std::map<std::string, int>* pages, std::string* error) {
  std::map<std::string, int> dests;
  if (!ReadDestinations(pdf, &dests, error)) return false;
  pages->clear();
  for (const auto& [name, page] : dests) {
    if (StartsWith(name, "kit-")) (*pages)[name] = page;
  }
  return true;
}

/// Prints the kit at `html_path` to `command.pdf`. Chromium has no
/// target-counter: the kit is rendered again with the page numbers of the
/// previous print until they hold (two prints; a third if writing the
/// numbers moved a part).
bool PrintKit(const FileSystem& fs, KitCommand command, const std::string& html_path,
              Diagnostics* diag, std::string* error) {
  std::string program;
  if (!FindEngine(command.engine, &program, error)) return false;
  if (!PrintToPdf(command.engine, program, html_path, command.pdf, error)) return false;
  if (command.engine != PdfEngine::kChromium) return true;
  std::map<std::string, int> pages;
  if (!PartPages(command.pdf, &pages, error)) return false;
  for (int pass = 2; pass <= 3 && pages != command.toc_pages; ++pass) {
    command.toc_pages = pages;
    std::string html;
    if (!RenderKitHtml(fs, command, diag, &html)) return false;
    if (!WriteFileAtomically(html_path, html, error)) return false;
    if (!PrintToPdf(command.engine, program, html_path, command.pdf, error)) return false;
    if (!PartPages(command.pdf, &pages, error)) return false;
  }
  return true;
}

}  // namespace

bool RenderAll(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
               std::vector<OutputFile>* files) {
  Portal portal;
  Theme theme;
  RenderOptions render;
  if (!Prepare(fs, options, diag, &portal, &theme, &render)) return false;
  render.single_cluster = !options.cluster.empty();
  RenderSite(portal, theme, render, diag, files);
  return !diag->HasErrors();
}

bool RenderKitHtml(const FileSystem& fs, const KitCommand& command, Diagnostics* diag,
                   std::string* html) {
  Portal portal;
  Theme theme;
  RenderOptions render;
  if (!Prepare(fs, command.build, diag, &portal, &theme, &render)) return false;
  KitRequest request;
  request.cluster = command.build.cluster;
  request.member = command.member;
  request.date = command.date;
  request.toc_pages = command.toc_pages;
  return RenderOneKit(portal, theme, render, request, diag, html);
}

bool MakeKit(const FileSystem& fs, const KitCommand& command, Diagnostics* diag,
             std::string* error) {
  std::string html;
  if (!RenderKitHtml(fs, command, diag, &html)) return false;
  TempFolder temp;
  std::string html_path = command.html;
  if (html_path.empty()) {
    if (temp.path.empty()) {
      *error = "cannot create a temporary folder for printing";
      return false;
    }
    html_path = temp.path + "/welcome-kit.html";
  }
  if (!WriteFileAtomically(html_path, html, error)) return false;
  if (command.pdf.empty()) return true;
  return PrintKit(fs, command, html_path, diag, error);
}

bool Build(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag, BuildStats* stats,
           std::string* write_error) {
  std::vector<OutputFile> files;
  if (!RenderAll(fs, options, diag, &files)) return false;
  stats->files = files.size();
  stats->pages = std::count_if(files.begin(), files.end(),
                               [](const OutputFile& f) { return EndsWith(f.path, ".html"); });
  Portal counted;
  stats->clusters = 0;
  for (const OutputFile& f : files) {
    if (f.path.find('/') == std::string::npos) continue;
    if (EndsWith(f.path, "/index.html") && std::count(f.path.begin(), f.path.end(), '/') == 1)
      ++stats->clusters;
  }
  if (!options.cluster.empty()) stats->clusters = 1;
  return WriteOutput(OutputFolder(options), files, fs, options.content, write_error);
}

}  // namespace clustersite
