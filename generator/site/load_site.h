#pragma once

#include <functional>
#include <set>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/time_zone.h"
#include "load/content_tree.h"
#include "model/model.h"
#include "theme/theme.h"

namespace clustersite {

/// Parses the files of one cluster into `cluster`, in place of ParsePortal:
/// serve's ParseCache, which parses again only the files that changed.
using ClusterParser = std::function<void(ClusterFiles files, Diagnostics* diag, Cluster* cluster)>;

/// What LoadSite reads, and how. Every field has a default.
struct SiteOptions {
  std::string content = "content";  ///< the content folder
  std::string cluster;              ///< only this cluster's folder; "" = every one
  Shard shard;                      ///< else only this shard's cluster folders (`build --shard`)
  bool portal_only = false;         ///< portal.yaml alone, no cluster folder (`new cluster`)
  std::string theme;                ///< a theme folder over the default theme (`--theme`)
  int jobs = 1;                     ///< threads for parsing; the model does not depend on them
  /// Leave the bodies of services, stories and roadmaps in their files, to
  /// be read as each page renders, so memory holds the model and not the
  /// text (build, check, kit); else every file is read before it is parsed.
  bool defer_bodies = false;
  ClusterParser parse_cluster;  ///< parses each cluster in place of ParsePortal, when set
  /// Look for the content's problems and report them. `new` does not: they
  /// are for `check` to report; only the theme's are reported then.
  bool check_content = true;
  /// Load the theme even when the content has errors (serve goes on showing
  /// the clusters without); else the theme is not loaded then.
  bool keep_going = false;
  bool load_theme = true;  ///< false: the model alone, with no theme
  AsOfSource as_of;        ///< the date the build is as of (see ApplyAsOf)
  bool future = false;     ///< publish stories dated after the as-of date too
  /// Keep the clusters whose cluster.yaml says `draft: true` (build
  /// --drafts, serve, new); else they are left out once validated, and
  /// asking for one by `cluster` is an error.
  bool drafts = false;
};

/// The content as a model, validated, and the theme that renders it.
struct Site {
  Portal portal;
  Theme theme;                ///< when theme_loaded
  std::string theme_dir;      ///< the theme folder over the default theme, "" for none
  bool content_read = false;  ///< the content folder (and the one cluster asked for) was found
  bool theme_loaded = false;
  /// The content folder and portal.yaml were read and parsed without errors.
  bool portal_loaded = false;
  /// The clusters whose files had errors as they were read and parsed: their
  /// models lack what did not parse, so they cannot be rendered or link-checked.
  /// A cluster that breaks only the rules across files (validate/) is not here.
  std::set<std::string> unloaded;
};

/// Reads a site in the one order every command shares: the content tree
/// (load/), the model (model/), the rules across files (validate/), then
/// the theme folder and the theme. Every problem goes to `diag`, all of
/// them: a stage runs on what the one before it could read. True when no
/// error was reported. Which clusters loaded, and whether the portal did,
/// is in `out` for the stages after (rendering, the link check).
bool LoadSite(const FileSystem& fs, const SiteOptions& options, Diagnostics* diag, Site* out);

}  // namespace clustersite
