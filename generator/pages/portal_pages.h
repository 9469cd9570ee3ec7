#pragma once

#include <string>

#include "core/output_file.h"
#include "model/model.h"
#include "pages/layout_view.h"
#include "theme/i18n.h"
#include "theme/template_schema.h"
#include "theme/theme.h"

namespace clustersite {

/// A cluster on the portal index.
struct PortalClusterView {
  std::string url, search_url, name, vision, language;
  std::optional<std::string> label, label_name, logo;
  std::vector<std::string> sectors;
  bool draft = false;  ///< shown only by --drafts and serve
};
void Fill(ViewFields& f, PortalClusterView& v);

/// The portal's title (`portal.title`).
struct PortalTitleView {
  std::string title;
};
void Fill(ViewFields& f, PortalTitleView& v);

/// The portal index, and its 404 page.
struct PortalView {
  std::string lang;
  const MustacheData* t = nullptr;  ///< the UI strings
  std::string root;                 ///< where its links start
  SiteView site;
  PageMetaView page;
  PortalTitleView portal;
  std::vector<PortalClusterView> clusters;
  bool has_clusters = false;
};
/// `root` is where its links start ("" on the index, ErrorPageRoot on the
/// 404 page), `url` its absolute address or "".
PortalView BuildPortal(const Portal& portal, const Strings& t, Audience audience,
                       const std::string& root, const std::string& url);
void Fill(ViewFields& f, PortalView& v);

/// Renders the portal index `index.html` over `portal.clusters` and its
/// 404 page `404.html`, in the portal's language `t`, for `audience`; `url`
/// is the portal's absolute address, or "" when none is known, and then
/// `path` the one the output is published at below its host's root
/// ("members/", or "" at the root).
void RenderPortalPages(const Portal& portal, const Theme& theme, const Strings& t,
                       Audience audience, const std::string& url, OutputSink* out,
                       const std::string& path = "");

}  // namespace clustersite
