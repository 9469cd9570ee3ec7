#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/color.h"
#include "core/diagnostics.h"
#include "core/output_file.h"
#include "model/model.h"
#include "pages/cluster_markdown.h"
#include "theme/theme.h"

namespace clustersite {

struct RenderOptions {
  Audience audience = Audience::kPublic;  ///< who the build is for
  std::string base_url;                   ///< overrides portal.yaml's base_url when set
  std::string content_root = "content";   ///< the content folder, for diagnostics
  std::string output_name = "public";     ///< the output folder, named in link diagnostics
  /// Where the output is published below its host's root ("members/"), for
  /// the 404 pages' links when no URL is known; "" at the root.
  std::string published_path;
  bool single_cluster = false;  ///< the one cluster's site is the output root
  /// The clusters' folders alone, as they are in the portal's output, for
  /// `clustersite portal` to assemble with the other shards': no portal
  /// index, 404 page, robots.txt, sitemap or static files at the root, and
  /// links out of these folders are checked when the shards are assembled.
  bool shard = false;
  bool drafts = false;     ///< show the drafts, marked (see ClusterView::drafts)
  int jobs = 1;            ///< threads for rendering
  MediaReader read_media;  ///< media bytes, embedded in the welcome kits
  BodyReader read_body;    ///< the bodies the model left in their files
  /// Called from any thread with each cluster's render time ("render koks"); may be empty.
  std::function<void(const std::string& what, double seconds)> timing;
};

/// One welcome kit asked for on its own (`clustersite kit`).
struct KitRequest {
  std::string cluster;       ///< the cluster's slug
  std::string member;        ///< personalise for this member's name, or ""
  std::optional<Date> date;  ///< the date on the cover; else the cluster's as-of date
};

/// How many HTML pages RenderSite writes, for a progress line.
size_t CountPages(const Portal& portal, const RenderOptions& options);

/// Renders every page of every cluster and the portal index into `out`,
/// with each cluster's feed, sitemap, robots.txt, 404 page and search index,
/// and checks every internal link of the result. Problems (broken links,
/// missing strings, unreadable colours) go to `diag`.
void RenderSite(const Portal& portal, const Theme& theme, const RenderOptions& options,
                Diagnostics* diag, OutputSink* sink);

/// The background brand-coloured text may stand on: the darker of `--bg`
/// and `--surface` in the theme's static/style.css (white when neither is
/// there). Brand colours are checked against it.
Rgb PageBackground(const Theme& theme);

/// Renders the folder of one cluster alone (its pages, welcome kit, feed,
/// sitemap, search index, static files and media), as RenderSite does for
/// each, and checks the links into that folder: for a preview that
/// re-renders only the cluster whose files changed. `cluster` need not be
/// one of `portal.clusters`; the portal gives its title and base URL.
void RenderCluster(const Portal& portal, const Cluster& cluster, const Theme& theme,
                   const RenderOptions& options, Diagnostics* diag, OutputSink* sink);

/// Renders the portal index over `portal.clusters`, its 404 page,
/// robots.txt and the static files beside it, as RenderSite does after the
/// clusters; not the portal's sitemap, which needs every cluster rendered.
void RenderPortalIndex(const Portal& portal, const Theme& theme, const RenderOptions& options,
                       Diagnostics* diag, OutputSink* sink);

/// Puts the files of every cluster's folder, rendered elsewhere, into
/// `out`; `sitemaps` holds each cluster's sitemap files as its model makes
/// them, by path, for it to compare.
using PutClusterFolders =
    std::function<void(const std::map<std::string, std::string>& sitemaps, OutputSink* out)>;

/// Assembles the portal from clusters rendered by shards (`clustersite
/// portal` over the folders of `build --shard`): `put_clusters` puts their
/// folders, the portal's own files are rendered beside them (index, 404
/// page, robots.txt, static files, and the sitemap over every cluster,
/// made from the model), and every link of the whole is checked, as
/// RenderSite checks them.
void AssemblePortal(const Portal& portal, const Theme& theme, const RenderOptions& options,
                    const PutClusterFolders& put_clusters, Diagnostics* diag, OutputSink* sink);

/// Renders the welcome kit of one cluster of `portal` for `options.audience`.
/// False with errors in `diag` when the cluster or the member is unknown.
bool RenderOneKit(const Portal& portal, const Theme& theme, const RenderOptions& options,
                  const KitRequest& request, Diagnostics* diag, std::string* html);

}  // namespace clustersite
