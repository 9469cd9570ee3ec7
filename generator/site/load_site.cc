#include "site/load_site.h"

#include "core/stage_clock.h"
#include "core/text.h"
#include "media/media_file.h"
#include "model/as_of.h"
#include "model/parse.h"
#include "model/theme_folder.h"
#include "site/template_schemas.h"
#include "theme/template_check.h"
#include "validate/validate.h"

namespace clustersite {
namespace {

/// The content tree, as much of it as `options` asks for; false when it
/// cannot be read at all.
bool ReadTree(const FileSystem& fs, const SiteOptions& options, Diagnostics* diag,
              ContentTree* tree) {
  const LoadLimits limits;
  if (options.portal_only) {
    tree->root = options.content;
    SourceFile portal{JoinPath(options.content, "portal.yaml"), "portal.yaml", "", false};
    if (fs.Kind(portal.path) == EntryKind::kFile && ReadSourceFile(fs, limits, diag, &portal))
      tree->portal = std::move(portal);
    return true;
  }
  const ClusterSelection select{options.cluster, options.shard};
  if (options.defer_bodies) return ListContentTree(fs, options.content, select, limits, diag, tree);
  return LoadContentTree(fs, options.content, select, limits, diag, tree);
}

void Parse(const FileSystem& fs, const SiteOptions& options, ContentTree* tree, Diagnostics* diag,
           Portal* out) {
  ParseOptions parse;
  parse.jobs = options.jobs;
  if (options.defer_bodies) {
    parse.fs = &fs;
    parse.defer_bodies = true;
  }
  if (!options.parse_cluster) {
    ParsePortal(tree, parse, diag, out);
    return;
  }
  std::vector<ClusterFiles> clusters = std::move(tree->clusters);
  tree->clusters.clear();
  ParsePortal(tree, parse, diag, out);  // portal.yaml
  for (ClusterFiles& files : clusters) {
    out->clusters.emplace_back();
    options.parse_cluster(std::move(files), diag, &out->clusters.back());
  }
}

/// Leaves out the draft clusters, which were validated like the others.
void DropDraftClusters(const SiteOptions& options, Diagnostics* diag, Portal* portal) {
  std::erase_if(portal->clusters, [&](const Cluster& c) {
    if (c.draft && c.slug == options.cluster) {
      diag->Error(c.yaml_path, c.draft_pos,
                  "cluster `" + c.slug +
                      "` is a draft (`draft: true`), published in no audience; pass --drafts to "
                      "build it as a preview, or remove `draft: true` to publish it");
    }
    return c.draft;
  });
}

/// Records in `out` where the errors among `loading` are: in a cluster's
/// folder, or in portal.yaml and the content folder itself.
void MarkUnloaded(const std::string& content, const Diagnostics& loading, Site* out) {
  std::string prefix = JoinPath(content, "x");  // as the loader joins: "content/"
  prefix.pop_back();
  out->portal_loaded = out->content_read;
  for (const Diagnostic& d : loading.Sorted()) {
    if (d.severity != Severity::kError) continue;
    if (!StartsWith(d.path, prefix) || d.path == prefix + "portal.yaml") {
      out->portal_loaded = false;
      continue;
    }
    size_t slash = d.path.find('/', prefix.size());
    out->unloaded.insert(d.path.substr(prefix.size(), slash - prefix.size()));
  }
}

/// True when the loader reported an error on the way to portal.yaml's
/// theme folder inside the content (a symbolic link): the theme cannot be
/// read, and saying so again at `theme:` would report the one link twice.
bool ReportedOnThemePath(const SiteOptions& options, const Portal& portal,
                         const Diagnostics& loading) {
  if (!options.theme.empty() || portal.theme.empty()) return false;
  const std::string theme = JoinPath(options.content, portal.theme);
  for (const Diagnostic& d : loading.Sorted()) {
    if (d.severity == Severity::kError && (d.path == theme || StartsWith(theme, d.path + "/")))
      return true;
  }
  return false;
}

}  // namespace

bool LoadSite(const FileSystem& fs, const SiteOptions& options, Diagnostics* diag, Site* out) {
  const size_t errors = diag->ErrorCount();
  Diagnostics loading;
  ContentTree tree;
  out->content_read = ReadTree(fs, options, &loading, &tree);
  if (out->content_read) {
    StageScope stage(Stage::kModel);
    Parse(fs, options, &tree, &loading, &out->portal);
    ApplyAsOf(options.as_of, options.future, options.jobs, &out->portal);
  }
  MarkUnloaded(options.content, loading, out);
  if (options.check_content) diag->Append(loading);
  if (out->content_read && options.check_content) {
    StageScope stage(Stage::kValidate);
    MediaReader media = ReadMediaFrom(fs, options.content, LoadLimits{}.max_media_bytes);
    Validate(out->portal, media, options.jobs, diag);
    WarnPastMeetings(out->portal, diag);
    if (diag->ErrorCount() > errors) DropRefusedLogos(&out->portal, media);
  }
  if (out->content_read && !options.drafts) DropDraftClusters(options, diag, &out->portal);
  const bool content_ok = out->content_read && diag->ErrorCount() == errors;
  if (!options.load_theme || (options.check_content && !content_ok && !options.keep_going) ||
      ReportedOnThemePath(options, out->portal, loading))
    return content_ok;
  {
    StageScope stage(Stage::kLoad);
    out->theme_loaded =
        FindThemeFolder(fs, options.content, options.theme, out->portal, diag, &out->theme_dir) &&
        Theme::Load(fs, out->theme_dir, diag, &out->theme);
  }
  StageScope stage(Stage::kValidate);
  out->theme_loaded =
      out->theme_loaded && CheckTemplateNames(out->theme, SiteTemplateSchemas(), diag);
  return diag->ErrorCount() == errors;
}

}  // namespace clustersite
