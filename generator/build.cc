#include "build.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>

#include "core/consistent_file_system.h"
#include "core/parallel.h"
#include "core/text.h"
#include "deploy/csp_manifest.h"
#include "digest/digest.h"
#include "document/print.h"
#include "load/content_tree.h"
#include "mail/message.h"
#include "model/as_of.h"
#include "pages/site_urls.h"
#include "shards.h"
#include "site/load_site.h"
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
  BuildStats stats() const {
    BuildStats s;
    s.clusters = homes_;
    s.pages = pages_;
    s.files = files_;
    return s;
  }

 private:
  OutputSink* next_;
  std::function<void(size_t, size_t)> progress_;
  std::atomic<size_t> total_{0}, homes_{0}, pages_{0}, files_{0};
};

/// What a build loads: the whole content, or the one cluster, with each
/// page's body left in its file until the page renders.
SiteOptions SiteOf(const BuildOptions& options) {
  SiteOptions site;
  site.content = options.content;
  site.cluster = options.cluster;
  site.shard = options.shard;
  site.theme = options.theme;
  site.jobs = options.jobs > 0 ? options.jobs : DefaultJobs();
  site.defer_bodies = true;
  site.as_of = options.as_of;
  site.future = options.future;
  site.drafts = options.drafts;
  return site;
}

}  // namespace

std::string OutputFolder(const BuildOptions& options) {
  if (!options.out.empty()) return options.out;
  return Name(options.audience);
}

bool LoadAndValidate(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
                     Portal* portal) {
  SiteOptions site = SiteOf(options);
  site.load_theme = false;
  Site loaded;
  bool ok = LoadSite(fs, site, diag, &loaded);
  *portal = std::move(loaded.portal);
  return ok;
}

namespace {

/// Loads the site and says how to render it: what every render starts
/// from. True when the content and the theme have no errors; the theme is
/// loaded even when the content has some, to render what loaded.
bool Prepare(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag, Site* site,
             RenderOptions* render) {
  SiteOptions load = SiteOf(options);
  load.keep_going = true;
  auto start = std::chrono::steady_clock::now();
  bool ok = LoadSite(fs, load, diag, site);
  if (options.timing) options.timing("load and validate", SecondsSince(start));
  render->audience = options.audience;
  render->drafts = options.drafts;
  render->base_url = options.base_url;
  render->content_root = options.content;
  render->output_name = OutputFolder(options);
  render->published_path = DefaultPath(options.audience);
  render->shard = options.shard.count > 0;
  render->jobs = options.jobs > 0 ? options.jobs : DefaultJobs();
  render->timing = options.timing;
  render->read_media = ReadMediaFrom(fs, options.content, LoadLimits{}.max_media_bytes);
  render->read_body = [&fs](const std::string& path, Diagnostics* d, Body* body) {
    return ReadBody(fs, LoadLimits{}, path, d, &body->markdown, &body->first_line);
  };
  return ok;
}

/// The manifest's facts of the build: who it is for, where it is
/// published, its cluster folders (none when the cluster is the output root).
CspManifest ManifestOf(const Portal& portal, const RenderOptions& render) {
  CspManifest manifest;
  manifest.audience = Name(render.audience);
  manifest.base_url =
      RootUrl(portal, BuildBaseUrl(portal, render.base_url, render.audience, render.single_cluster),
              render.single_cluster);
  if (!render.single_cluster) {
    for (const Cluster& c : portal.clusters) manifest.clusters.insert(c.slug);
  }
  return manifest;
}

/// Loads, validates and renders into `sink`, with `.csp.json` last; false
/// on any error. When the content has errors, the clusters that loaded are
/// still rendered and link-checked, into nothing, so their broken links and
/// images are reported with the rest; `sink` then gets no file. `dated`
/// gets the as-of dates and the stories held back for theirs.
bool RenderInto(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
                OutputSink* sink, std::atomic<size_t>* total_pages = nullptr,
                BuildStats* dated = nullptr) {
  Site site;
  RenderOptions render;
  const bool ok = Prepare(fs, options, diag, &site, &render);
  if (!site.portal_loaded || !site.theme_loaded) return false;
  if (dated) {
    dated->as_of = AsOfDates(site.portal);
    dated->held_back = HeldBackStories(site.portal, options.audience, options.drafts);
  }
  std::erase_if(site.portal.clusters,
                [&](const Cluster& c) { return site.unloaded.count(c.slug) > 0; });
  if (site.portal.clusters.empty() && !options.cluster.empty()) return false;
  render.single_cluster = !options.cluster.empty();
  // The total is for the progress line alone: counting selects every
  // cluster's audience (its quarterly reports with it) a second time.
  if (total_pages && options.progress) *total_pages = CountPages(site.portal, render);
  DiscardSink discard;
  CspManifestSink manifest(sink, ManifestOf(site.portal, render));
  OutputSink* into = ok ? static_cast<OutputSink*>(&manifest) : &discard;
  RenderSite(site.portal, site.theme, render, diag, into);
  if (!ok || diag->HasErrors()) return false;
  manifest.Finish();
  return true;
}

}  // namespace

bool RenderAll(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
               std::vector<OutputFile>* files) {
  ConsistentFileSystem same(fs);
  MemorySink sink;
  bool ok = RenderInto(same, options, diag, &sink);
  *files = sink.Take();
  return ok;
}

bool RenderKitHtml(const FileSystem& fs, const KitCommand& command, Diagnostics* diag,
                   std::string* html) {
  ConsistentFileSystem same(fs);
  Site site;
  RenderOptions render;
  if (!Prepare(same, command.build, diag, &site, &render)) return false;
  KitRequest request;
  request.cluster = command.build.cluster;
  request.member = command.member;
  request.date = command.date;
  return RenderOneKit(site.portal, site.theme, render, request, diag, html);
}

bool MakeKit(const FileSystem& fs, const KitCommand& command, Diagnostics* diag,
             std::string* error) {
  std::string html;
  if (!RenderKitHtml(fs, command, diag, &html)) return false;
  if (!command.html.empty() && !WriteFileAtomically(command.html, html, error)) return false;
  if (command.pdf.empty()) return true;
  std::string printed;
  if (!PrintDocumentHtml(html, command.pdf, command.print, &printed, error)) return false;
  // The file holds what was printed: with Chromium, the contents' numbers.
  if (command.html.empty() || printed == html) return true;
  return WriteFileAtomically(command.html, printed, error);
}

namespace {

/// The build output folder (one holding kOutputMarker) that `path` would be
/// written into, or "".
std::string InsideOutput(const std::string& path) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::absolute(path, ec).parent_path();
  for (; !ec && !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / kOutputMarker, ec)) return dir.string();
    if (dir == dir.parent_path()) break;
  }
  return "";
}

}  // namespace

bool MakeDigest(const FileSystem& fs, const DigestCommand& command, Diagnostics* diag,
                DigestStats* stats, std::string* error) {
  stats->path =
      command.out.empty() ? DigestFileName(command.build.cluster, command.month) : command.out;
  if (std::string output = InsideOutput(stats->path); !output.empty()) {
    *error = "`" + stats->path + "` is inside " + output +
             ", a build's output folder, which is published; the digest holds members' " +
             "e-mail addresses: write it elsewhere with -o";
    return false;
  }
  ConsistentFileSystem same(fs);
  SiteOptions load = SiteOf(command.build);
  load.defer_bodies = false;  // the digest's three bodies are read with the model
  Site site;
  if (!LoadSite(same, load, diag, &site)) return false;
  const Cluster* cluster = nullptr;
  for (const Cluster& c : site.portal.clusters) {
    if (c.slug == command.build.cluster) cluster = &c;
  }
  if (!cluster) {  // not in the folder (LoadSite said so), or a draft
    if (!diag->HasErrors())
      diag->Error(command.build.cluster, {}, "the cluster is a draft (`draft: true`)");
    return false;
  }
  Strings strings;
  if (!Strings::Load(site.theme, Name(cluster->language), diag, &strings)) return false;
  MailMessage message;
  if (!ComposeDigest(*cluster, command.month, ClusterUrl(site.portal, *cluster, "", false),
                     site.theme, strings, diag, &message)) {
    return false;
  }
  std::string eml;
  std::vector<std::string> problems;
  if (!WriteMessage(message, &eml, &problems)) {
    for (const std::string& p : problems) diag->Error(cluster->dir + "/news", {}, p);
    return false;
  }
  stats->recipients = message.bcc.size();
  return WriteFileAtomically(stats->path, eml, error);
}

bool AssembleShards(const FileSystem& fs_in, const PortalCommand& command, Diagnostics* diag,
                    BuildStats* stats, std::string* write_error) {
  const BuildOptions& options = command.build;
  ConsistentFileSystem fs(fs_in);
  Site site;
  RenderOptions render;
  if (!Prepare(fs, options, diag, &site, &render)) return false;
  const CspManifest expected = ManifestOf(site.portal, render);
  std::vector<ShardFolder> shards;
  if (!ReadShards(fs_in, command.shards, expected, options.content, diag, &shards)) return false;
  OutputWriter writer(fs, options.content);
  if (!writer.Begin(OutputFolder(options), write_error)) return false;
  CountingSink counting(&writer, options);
  CspManifestSink manifest(&counting, expected);
  auto put = [&](const std::map<std::string, std::string>& sitemaps, OutputSink* out) {
    PutShardFiles(fs_in, shards, sitemaps, render.jobs, diag, out);
  };
  AssemblePortal(site.portal, site.theme, render, put, diag, &manifest);
  if (diag->HasErrors()) {
    writer.Abort();
    return false;
  }
  manifest.Finish();
  *stats = counting.stats();
  return writer.Commit(write_error);
}

bool Check(const FileSystem& fs, const BuildOptions& options, Diagnostics* diag,
           BuildStats* stats) {
  ConsistentFileSystem same(fs);
  DiscardSink discard;
  CountingSink counting(&discard, options);
  BuildStats dated;
  bool ok = RenderInto(same, options, diag, &counting, counting.total(), &dated);
  *stats = counting.stats();
  stats->as_of = dated.as_of;
  stats->held_back = dated.held_back;
  if (!options.cluster.empty()) stats->clusters = 1;
  return ok;
}

bool Build(const FileSystem& fs_in, const BuildOptions& options, Diagnostics* diag,
           BuildStats* stats, std::string* write_error) {
  // Page bodies are read again as they render and media as they are copied:
  // every read of a file must give the bytes it was checked with.
  ConsistentFileSystem fs(fs_in);
  OutputWriter writer(fs, options.content);
  if (!writer.Begin(OutputFolder(options), write_error)) return false;
  CountingSink counting(&writer, options);
  BuildStats dated;
  if (!RenderInto(fs, options, diag, &counting, counting.total(), &dated)) {
    writer.Abort();
    return false;
  }
  *stats = counting.stats();
  stats->as_of = dated.as_of;
  stats->held_back = dated.held_back;
  if (!options.cluster.empty()) stats->clusters = 1;
  return writer.Commit(write_error);
}

}  // namespace clustersite
