#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/consistent_file_system.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "model/model.h"
#include "serve/live_pages.h"
#include "serve/parse_cache.h"
#include "serve/rebuild_plan.h"
#include "serve/site_folder.h"
#include "serve/site_update.h"
#include "site/load_site.h"
#include "site/render_site.h"
#include "theme/theme.h"

namespace clustersite {

/// What `clustersite serve` previews. Every field has a default.
struct PreviewOptions {
  std::string content = "content";        ///< the content folder
  std::string theme;                      ///< a theme folder over the default theme
  std::string base_url;                   ///< overrides portal.yaml's base_url
  Audience audience = Audience::kPublic;  ///< who the site is for
  int jobs = 0;                           ///< threads; 0 = the hardware threads
  AsOfSource as_of;                       ///< the date the preview is as of
  bool future = false;                    ///< show stories dated after the as-of date too
  bool warnings_as_errors = false;        ///< a cluster with warnings is not published either
  /// Called from any thread with each cluster's render time, for `-v`; may be empty.
  std::function<void(const std::string& what, double seconds)> timing;
};

/// What one rebuild did, for the line the terminal shows.
struct RebuildSummary {
  bool everything = false;            ///< the whole site was loaded again
  std::vector<std::string> clusters;  ///< the clusters rendered again
  bool portal_index = false;          ///< the portal index was rendered again
  size_t files = 0;                   ///< files written
  std::string error;                  ///< writing into the temporary folder failed
};

/// The site of a preview, kept loaded between rebuilds so that a change in
/// one cluster's folder reloads and re-renders that cluster alone (its files
/// affect only its own pages), and the portal index only when what the
/// index shows of it changed (name, vision, sectors, label, logo, language).
/// The theme or portal.yaml changing, or a cluster appearing or going,
/// rebuilds everything. Content with errors is never published: each
/// cluster keeps its last good output until its errors are fixed, and the
/// diagnostics of the content as it is now are kept for the browser.
class PreviewSite {
 public:
  PreviewSite(const FileSystem& fs, PreviewOptions options, SiteFolder* folder);

  /// Loads and renders everything.
  RebuildSummary RebuildAll();
  /// Rebuilds what `plan` names.
  RebuildSummary Rebuild(const RebuildPlan& plan);

  /// The diagnostics of the content as last loaded, sorted.
  std::vector<Diagnostic> Diagnostics() const;
  /// True once a build has been published: there are pages to serve.
  bool has_build() const { return has_build_; }
  /// The theme folder in use, "" for the default theme alone: to watch.
  const std::string& theme_dir() const { return theme_dir_; }
  /// The words of the diagnostics panel, from the theme as last loaded.
  const LiveWords& words() const { return words_; }

 private:
  RebuildSummary RebuildCluster(const std::string& slug);
  /// Renders `c`, which loaded but breaks a rule, into nothing, so that its
  /// broken links and images are listed with its other errors. `portal`
  /// gives the portal's title and base URL.
  void CheckUnpublished(const Portal& portal, const Cluster& c);
  RenderOptions Render(int jobs) const;
  /// Reads media of the content folder, for the render.
  MediaReader ReadMedia() const;
  /// The diagnostics among `all` of the cluster `slug`'s files.
  std::vector<Diagnostic> OfCluster(const std::vector<Diagnostic>& all,
                                    const std::string& slug) const;
  /// What every load of the content reads.
  SiteOptions LoadOptions() const;
  /// Loads the whole content and the theme; false when portal.yaml, the
  /// theme or the content folder itself has errors (nothing can render).
  bool LoadAll(Portal* loaded);
  /// The cluster whose folder holds `path`, or "".
  std::string ClusterOf(const std::string& path) const;
  /// Files each diagnostic under its cluster, or the portal's.
  void Attribute(const std::vector<Diagnostic>& all);
  /// Commits `update` (see SiteUpdate::Commit) and records what it wrote.
  bool Commit(SiteUpdate* update, const std::vector<std::string>& owned,
              const std::vector<std::string>& skip, RebuildSummary* summary);

  /// The content as this rebuild reads it: a ConsistentFileSystem over
  /// base_fs_, made anew for each rebuild, so that a media file the kit
  /// embeds and the site copies is the same file in both.
  const FileSystem& fs() const { return *run_fs_; }
  /// Starts a rebuild's reading: see fs().
  void NewRun();

  const FileSystem& base_fs_;
  std::unique_ptr<ConsistentFileSystem> run_fs_;
  PreviewOptions options_;
  SiteFolder* folder_;
  Theme theme_;
  std::string theme_dir_;
  LiveWords words_ = DefaultLiveWords();
  /// portal.yaml's settings, and the last good model of each cluster.
  Portal portal_;
  bool portal_ok_ = false;               ///< portal.yaml and the theme load without errors
  std::set<std::string> known_;          ///< cluster folders at the last full load
  std::set<std::string> unloaded_;       ///< of them, those whose files did not load
  std::vector<Diagnostic> portal_diag_;  ///< of portal.yaml, the theme, the content folder
  std::map<std::string, std::vector<Diagnostic>> cluster_diag_;
  std::map<std::string, ParseCache> parse_cache_;  ///< by cluster
  bool has_build_ = false;
};

}  // namespace clustersite
