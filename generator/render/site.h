#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/model.h"
#include "render/kit.h"
#include "render/theme.h"

namespace clustersite {

/// One file of the output: rendered text, or a copy of a content file.
struct OutputFile {
  std::string path;       ///< relative to the output folder
  std::string content;    ///< the bytes to write, unless copy_from is set
  std::string copy_from;  ///< a content file to copy (media)
};

struct RenderOptions {
  Audience audience = Audience::kPublic;  ///< who the build is for
  std::string base_url;                   ///< overrides portal.yaml's base_url when set
  bool single_cluster = false;            ///< the one cluster's site is the output root
  int jobs = 1;                           ///< threads for rendering
  MediaReader read_media;                 ///< media bytes, embedded in the welcome kits
};

/// One welcome kit asked for on its own (`clustersite kit`).
struct KitRequest {
  std::string cluster;                   ///< the cluster's slug
  std::string member;                    ///< personalise for this member's name, or ""
  std::optional<Date> date;              ///< the date on the cover
  std::map<std::string, int> toc_pages;  ///< see KitOptions::toc_pages
};

/// Renders every page of every cluster and the portal index into `out`,
/// sorted by path. Problems (broken links in Markdown, missing strings) go
/// to `diag`.
void RenderSite(const Portal& portal, const Theme& theme, const RenderOptions& options,
                Diagnostics* diag, std::vector<OutputFile>* out);

/// Renders the welcome kit of one cluster of `portal` for `options.audience`.
/// False with errors in `diag` when the cluster or the member is unknown.
bool RenderOneKit(const Portal& portal, const Theme& theme, const RenderOptions& options,
                  const KitRequest& request, Diagnostics* diag, std::string* html);

}  // namespace clustersite
