#include "build.h"

#include <algorithm>

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
  ParsePortal(tree, options.jobs > 0 ? options.jobs : DefaultJobs(), diag, portal);
  Validate(*portal, diag);
  return !diag->HasErrors();
}

bool RenderAll(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
               std::vector<OutputFile>* files) {
  Portal portal;
  if (!LoadAndValidate(fs, options, diag, &portal)) return false;
  Theme theme;
  std::string theme_dir = options.theme;
  if (theme_dir.empty() && !portal.theme.empty())
    theme_dir = JoinPath(options.content, portal.theme);
  if (!Theme::Load(fs, theme_dir, diag, &theme)) return false;
  RenderOptions render;
  render.audience = options.audience;
  render.base_url = options.base_url;
  render.single_cluster = !options.cluster.empty();
  render.jobs = options.jobs > 0 ? options.jobs : DefaultJobs();
  RenderSite(portal, theme, render, diag, files);
  return !diag->HasErrors();
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
