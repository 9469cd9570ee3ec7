#include "serve/preview_site.h"

#include <algorithm>
#include <filesystem>

#include "core/parallel.h"
#include "core/text.h"
#include "load/content_tree.h"
#include "media/media_file.h"

namespace clustersite {
namespace {

bool HasError(const std::vector<Diagnostic>& list) {
  return std::any_of(list.begin(), list.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

/// What the portal index shows of a cluster: when it changes, so does the index.
std::string IndexKey(const Cluster& c) {
  std::string key = c.name + '\n' + c.vision + '\n' + Name(c.language) + '\n' + Name(c.label) +
                    '\n' + (c.logo ? c.logo->value : "") + '\n' + (c.draft ? "draft\n" : "");
  for (const std::string& s : c.sectors) key += s + '\t';
  return key;
}

/// portal.yaml's part of `p`, without the clusters.
Portal Settings(const Portal& p) {
  Portal out;
  out.title = p.title;
  out.base_url = p.base_url;
  out.base_url_pos = p.base_url_pos;
  out.language = p.language;
  out.theme = p.theme;
  out.path = p.path;
  return out;
}

/// The cluster `slug` of `portal`, or nullptr.
Cluster* Find(Portal* portal, const std::string& slug) {
  for (Cluster& c : portal->clusters) {
    if (c.slug == slug) return &c;
  }
  return nullptr;
}

/// Puts `c` in place of the cluster of the same slug, keeping the slugs' order.
void Replace(Portal* portal, Cluster c) {
  if (Cluster* old = Find(portal, c.slug)) {
    *old = std::move(c);
    return;
  }
  auto at = std::lower_bound(portal->clusters.begin(), portal->clusters.end(), c.slug,
                             [](const Cluster& a, const std::string& s) { return a.slug < s; });
  portal->clusters.insert(at, std::move(c));
}

}  // namespace

PreviewSite::PreviewSite(const FileSystem& fs, PreviewOptions options, SiteFolder* folder)
    : base_fs_(fs), options_(std::move(options)), folder_(folder) {
  if (options_.jobs <= 0) options_.jobs = DefaultJobs();
  NewRun();
}

void PreviewSite::NewRun() { run_fs_ = std::make_unique<ConsistentFileSystem>(base_fs_); }

MediaReader PreviewSite::ReadMedia() const {
  return ReadMediaFrom(fs(), options_.content, LoadLimits{}.max_media_bytes);
}

RenderOptions PreviewSite::Render(int jobs) const {
  RenderOptions render;
  render.audience = options_.audience;
  render.base_url = options_.base_url;
  render.content_root = options_.content;
  render.output_name = folder_->root();
  render.jobs = jobs;
  render.timing = options_.timing;
  render.read_media = ReadMedia();
  render.drafts = true;  // a preview shows the drafts, marked as such
  return render;
}

std::vector<Diagnostic> PreviewSite::OfCluster(const std::vector<Diagnostic>& all,
                                               const std::string& slug) const {
  std::string dir = JoinPath(options_.content, slug);
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : all) {
    if (d.path == dir || StartsWith(d.path, dir + "/")) out.push_back(d);
  }
  if (options_.warnings_as_errors) TreatWarningsAsErrors(&out);
  return out;
}

std::vector<Diagnostic> PreviewSite::Diagnostics() const {
  clustersite::Diagnostics all;
  for (const Diagnostic& d : portal_diag_) all.Add(d);
  for (const auto& [slug, list] : cluster_diag_) {
    for (const Diagnostic& d : list) all.Add(d);
  }
  return all.Sorted();
}

bool PreviewSite::Commit(SiteUpdate* update, const std::vector<std::string>& owned,
                         const std::vector<std::string>& skip, RebuildSummary* summary) {
  summary->files = update->changed();
  if (!update->Commit(owned, skip, &summary->error)) return false;
  has_build_ = true;
  return true;
}

RebuildSummary PreviewSite::Rebuild(const RebuildPlan& plan) {
  NewRun();
  if (plan.everything) return RebuildAll();
  RebuildSummary total;
  for (const std::string& slug : plan.clusters) {
    RebuildSummary one = RebuildCluster(slug);
    if (one.everything) return one;
    total.clusters.insert(total.clusters.end(), one.clusters.begin(), one.clusters.end());
    total.portal_index = total.portal_index || one.portal_index;
    total.files += one.files;
    if (total.error.empty()) total.error = one.error;
  }
  return total;
}

std::string PreviewSite::ClusterOf(const std::string& path) const {
  std::string prefix = JoinPath(options_.content, "x");  // as the loader joins: "content/"
  prefix.pop_back();
  if (!StartsWith(path, prefix)) return "";
  std::string slug = path.substr(prefix.size(), path.find('/', prefix.size()) - prefix.size());
  return known_.count(slug) ? slug : "";
}

void PreviewSite::Attribute(const std::vector<Diagnostic>& all) {
  for (Diagnostic d : all) {
    if (options_.warnings_as_errors) d.severity = Severity::kError;
    std::string slug = ClusterOf(d.path);
    (slug.empty() ? portal_diag_ : cluster_diag_[slug]).push_back(std::move(d));
  }
}

void PreviewSite::CheckUnpublished(const Portal& portal, const Cluster& c) {
  DiscardSink discard;
  clustersite::Diagnostics render_diag;
  RenderCluster(portal, c, theme_, Render(options_.jobs), &render_diag, &discard);
  std::vector<Diagnostic>& mine = cluster_diag_[c.slug];
  std::vector<Diagnostic> rendered = OfCluster(render_diag.Sorted(), c.slug);
  mine.insert(mine.end(), rendered.begin(), rendered.end());
}

SiteOptions PreviewSite::LoadOptions() const {
  SiteOptions site;
  site.content = options_.content;
  site.theme = options_.theme;
  site.jobs = options_.jobs;
  site.as_of = options_.as_of;
  site.future = options_.future;
  site.drafts = true;
  return site;
}

bool PreviewSite::LoadAll(Portal* loaded) {
  clustersite::Diagnostics diag;
  SiteOptions options = LoadOptions();
  options.keep_going = true;  // the clusters without errors are still shown
  Site site;
  LoadSite(fs(), options, &diag, &site);
  theme_dir_ = site.theme_dir;
  unloaded_ = site.unloaded;
  known_.clear();
  cluster_diag_.clear();
  portal_diag_.clear();
  for (const Cluster& c : site.portal.clusters) {
    known_.insert(c.slug);
    cluster_diag_[c.slug];
  }
  Attribute(diag.Sorted());
  portal_ok_ = site.content_read && site.theme_loaded && !HasError(portal_diag_);
  if (portal_ok_) {
    theme_ = std::move(site.theme);
    words_ = LoadLiveWords(theme_, std::string(Name(site.portal.language)));
  }
  *loaded = std::move(site.portal);
  return portal_ok_;
}

RebuildSummary PreviewSite::RebuildAll() {
  NewRun();
  RebuildSummary summary;
  summary.everything = true;
  Portal loaded;
  if (!LoadAll(&loaded)) return summary;

  // The clusters without errors render now; the others keep their last
  // good model (for the portal index) and output, until they are fixed.
  std::map<std::string, Cluster> old;
  for (Cluster& c : portal_.clusters) old.emplace(c.slug, std::move(c));
  Portal fresh = Settings(loaded);
  std::vector<Cluster> unpublished;
  for (Cluster& c : loaded.clusters) {
    if (!HasError(cluster_diag_[c.slug])) {
      fresh.clusters.push_back(std::move(c));
    } else if (!unloaded_.count(c.slug)) {
      unpublished.push_back(std::move(c));
    }
  }
  SiteUpdate update(folder_, fs(), options_.content);
  clustersite::Diagnostics render_diag;
  RenderSite(fresh, theme_, Render(options_.jobs), &render_diag, &update);
  Attribute(render_diag.Sorted());
  for (const Cluster& c : unpublished) CheckUnpublished(fresh, c);

  portal_ = Settings(loaded);
  std::vector<std::string> kept;
  for (const std::string& slug : known_) {
    if (Cluster* c = Find(&fresh, slug); c && !HasError(cluster_diag_[slug])) {
      portal_.clusters.push_back(std::move(*c));
      summary.clusters.push_back(slug);
      continue;
    }
    kept.push_back(slug + "/");
    if (auto it = old.find(slug); it != old.end())
      portal_.clusters.push_back(std::move(it->second));
  }
  clustersite::Diagnostics index_diag;
  RenderPortalIndex(portal_, theme_, Render(options_.jobs), &index_diag, &update);
  summary.portal_index = true;
  Commit(&update, {""}, kept, &summary);
  return summary;
}

RebuildSummary PreviewSite::RebuildCluster(const std::string& slug) {
  if (!portal_ok_ || !known_.count(slug)) return RebuildAll();
  clustersite::Diagnostics diag;
  SiteOptions options = LoadOptions();
  options.cluster = slug;
  options.load_theme = false;  // a change of the theme rebuilds everything
  options.parse_cluster = [cache = &parse_cache_[slug]](ClusterFiles files,
                                                        clustersite::Diagnostics* d, Cluster* c) {
    cache->Parse(std::move(files), d, c);
  };
  Site site;
  LoadSite(fs(), options, &diag, &site);
  if (!site.content_read) return RebuildAll();  // the folder is gone
  Cluster cluster = std::move(site.portal.clusters.front());
  std::vector<Diagnostic>& mine = cluster_diag_[slug];
  mine = OfCluster(diag.Sorted(), slug);
  RebuildSummary summary;
  if (HasError(mine)) {
    if (!site.unloaded.count(slug)) CheckUnpublished(portal_, cluster);
    return summary;
  }

  SiteUpdate update(folder_, fs(), options_.content);
  clustersite::Diagnostics render_diag;
  RenderCluster(portal_, cluster, theme_, Render(options_.jobs), &render_diag, &update);
  std::vector<Diagnostic> rendered = OfCluster(render_diag.Sorted(), slug);
  mine.insert(mine.end(), rendered.begin(), rendered.end());
  if (HasError(mine)) return summary;
  const Cluster* old = Find(&portal_, slug);
  summary.portal_index = !old || IndexKey(*old) != IndexKey(cluster);
  Replace(&portal_, std::move(cluster));
  if (summary.portal_index) {
    clustersite::Diagnostics index_diag;
    RenderPortalIndex(portal_, theme_, Render(options_.jobs), &index_diag, &update);
  }
  summary.clusters.push_back(slug);
  Commit(&update, {slug + "/"}, {}, &summary);
  return summary;
}

}  // namespace clustersite
