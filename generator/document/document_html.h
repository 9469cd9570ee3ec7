#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "media/media_file.h"

namespace clustersite {

/// How to turn the HTML rendered for one page into a part of the welcome
/// kit, the way mdBook's print page reuses its chapters.
struct KitHtmlRules {
  std::string page_dir;  ///< cluster-relative folder the HTML's links are relative to
  std::string cluster;   ///< the cluster's slug, for media paths
  /// Kit anchors by cluster-relative page path without the trailing slash
  /// ("services/mentorings" → "svc-mentorings").
  const std::map<std::string, std::string>* anchors = nullptr;
  std::string base_url;   ///< absolute URL of the cluster site, or "": for pages not in the kit
  std::string id_prefix;  ///< prepended to every id and in-document link, to keep ids unique
  int heading_shift = 0;  ///< h2 → h(2+shift), at most h6
  const MediaReader* read_media = nullptr;
};

/// Rewrites `html` (cmark-gfm output) for the kit: links to pages in the kit
/// become in-page anchors, links to other pages absolute URLs (or plain text
/// when the site has no address), images `data:` URIs, images of other sites
/// their alt text and address (the kit makes no network requests), ids
/// unique, headings moved down. `*missing` gets the media files that could
/// not be read.
std::string AdaptForKit(const std::string& html, const KitHtmlRules& rules, std::string* missing);

/// What opening `html` (a welcome kit) would fetch over the network: the
/// values of `src`, `srcset`, `poster`, `data` and `background`, `href` of
/// `<link>`, and CSS `url()`, `@import` and `image-set()` in style elements
/// and attributes, that are not `data:` URIs or `#fragments`. It reads what
/// our templates write, where every attribute value is double-quoted (as
/// ScanHtml does).
std::vector<std::string> NetworkReferences(std::string_view html);

/// `bytes` as a `data:` URI with the MIME type of `path`'s extension.
std::string DataUri(const std::string& path, const std::string& bytes);

/// `text` as a quoted CSS string: quotes, backslashes, angle brackets,
/// ampersands and control characters escaped, so it cannot close the string
/// or the style element.
std::string CssString(const std::string& text);

}  // namespace clustersite
