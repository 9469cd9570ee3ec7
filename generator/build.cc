#include "build.h"

#include <algorithm>
#include <atomic>

#include "core/parallel.h"
#include "core/text.h"
#include "load/content_tree.h"
#include "model/parse.h"
#include "render/theme.h"
#include "validate/validate.h"
#include "write/output.h"

namespace clustersite {
namespace {

/// Passes files on and counts them for the summary line.
class CountingSink : public OutputSink {
 public:
  CountingSink(OutputSink* next, const BuildOptions& options)
      : next_(next), progress_(options.progress) {}
  /// Where the renderer puts the number of pages to expect.
  std::atomic<size_t>* total() { return &total_; }
  void Put(OutputFile file) override {
    const std::string& p = file.path;
    bool page = EndsWith(p, ".html");
    // A cluster's home is <slug>/index.html (when the portal is built).
    if (EndsWith(p, "/index.html") && p.find('/') == p.size() - 11) ++homes_;
    ++files_;
    next_->Put(std::move(file));
    if (page) {
      size_t done = ++pages_;
      if (progress_) progress_(done, total_);
    }
  }
  BuildStats stats() const { return {homes_, pages_, files_}; }

 private:
  OutputSink* next_;
  std::function<void(size_t, size_t)> progress_;
  std::atomic<size_t> total_{0}, homes_{0}, pages_{0}, files_{0};
};

}  // namespace

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

namespace {

/// Loads, validates and renders into `sink`; false on any error.
bool RenderInto(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
                OutputSink* sink, std::atomic<size_t>* total_pages = nullptr) {
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
  if (total_pages) *total_pages = CountPages(portal, render);
  RenderSite(portal, theme, render, diag, sink);
  return !diag->HasErrors();
}

}  // namespace

bool RenderAll(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
               std::vector<OutputFile>* files) {
  MemorySink sink;
  bool ok = RenderInto(fs, options, diag, &sink);
  *files = sink.Take();
  return ok;
}

bool Build(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag, BuildStats* stats,
           std::string* write_error) {
  OutputWriter writer(fs, options.content);
  if (!writer.Begin(OutputFolder(options), write_error)) return false;
  CountingSink counting(&writer, options);
  if (!RenderInto(fs, options, diag, &counting, counting.total())) {
    writer.Abort();
    return false;
  }
  *stats = counting.stats();
  if (!options.cluster.empty()) stats->clusters = 1;
  return writer.Commit(write_error);
}

}  // namespace clustersite
