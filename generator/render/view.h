#pragma once

#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "model/audience.h"
#include "render/i18n.h"
#include "render/theme.h"

namespace clustersite {

/// Builders for Mustache data, so view code reads as a list of fields.
MustacheData Object();
MustacheData List();
/// [{name}] for each text: sectors, interests.
MustacheData NameList(const std::vector<std::string>& names);

/// The Markdown of one cluster rendered to HTML once, keyed by the document
/// (a file's content-relative path, or "<path>#step3" / "#direction1").
struct RenderedMarkdown {
  std::map<std::string, std::string> html;
  std::set<std::string> media;  ///< content-relative media files linked from Markdown
  const std::string& Get(const std::string& key) const;
};

/// Everything the page builders of one cluster share.
struct ClusterContext {
  const ClusterView* view = nullptr;
  const Strings* strings = nullptr;
  const RenderedMarkdown* markdown = nullptr;
  std::string portal_title;
  bool has_portal = false;  ///< a portal index exists one level up
  std::string base_url;     ///< absolute URL of the cluster folder, or ""
  /// What every page at folder depth 0, 1, 2 shares: lang, t, site, cluster.
  std::vector<MustacheData> shared;

  const Cluster& cluster() const { return *view->cluster; }
  /// The shared data for a page in folder `dir`.
  const MustacheData& Shared(const std::string& dir) const;
};

/// Cluster-relative page folders.
std::string ServiceDir(const Service& s);
std::string StoryDir(const Story& s);
std::string RoadmapDir(const Roadmap& r);

/// Cards and shared fields, with URLs relative to the page folder `from`.
MustacheData ServiceCard(const ClusterContext& ctx, const Service& s, const std::string& from,
                         int rank);
MustacheData StoryCard(const ClusterContext& ctx, const Story& s, const std::string& from);
MustacheData RoadmapCard(const ClusterContext& ctx, const Roadmap& r, const std::string& from);
MustacheData ContactData(const Contact& c);
/// The numbered steps of `r`; `adapt` (when given) rewrites each step's HTML.
MustacheData StepsData(const ClusterContext& ctx, const Roadmap& r,
                       const std::function<std::string(const std::string&)>& adapt = nullptr);
/// The display name of a service category: cluster.yaml's `categories`, else the key.
std::string CategoryName(const Cluster& c, const std::string& key);
std::string ForLabel(const Strings& t, RoadmapFor kind);

/// Builds ctx->shared; call once, before the pages render.
void PrepareShared(ClusterContext* ctx);

/// The fields of one page seen by every template (root, page, nav); the
/// rest is in ctx.Shared(dir).
MustacheData PageData(const ClusterContext& ctx, const std::string& dir, const std::string& kind,
                      const std::string& title, const std::string& description);

}  // namespace clustersite
