#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace clustersite {

/// What a relative link in Markdown points to, as the caller sees it.
struct LinkTarget {
  enum Kind { kMissing, kHidden, kPage, kMedia };
  Kind kind = kMissing;
  std::string url;    ///< the URL to write (the request's suffix is added to it)
  std::string error;  ///< with kMissing: the message; "" for "does not exist"

  static LinkTarget Page(std::string url) { return {kPage, std::move(url), ""}; }
  static LinkTarget Media(std::string url) { return {kMedia, std::move(url), ""}; }
  static LinkTarget Hidden() { return {kHidden, "", ""}; }
  static LinkTarget Missing(std::string error = "") { return {kMissing, "", std::move(error)}; }
};

/// One relative link or image of a Markdown document, as written.
struct LinkRequest {
  /// The link resolved as a path from the content root
  /// ("koks/services/eksports.md"); "" for a link to a fragment only.
  std::string content_rel;
  std::string path;    ///< the path as written, without `?query` and `#fragment`
  std::string suffix;  ///< "?query#fragment" as written (either part may be absent), or ""
  bool image = false;
  /// Where the link is written; computed on demand (it searches the source).
  std::function<Position()> where;
};

/// Decides what a link becomes; the markdown layer knows nothing of pages.
/// A kMissing target is an error at the link and the link is removed.
using LinkResolver = std::function<LinkTarget(const LinkRequest& link)>;

/// One Markdown document to render; `text` is read, not copied.
struct MarkdownSource {
  std::string_view text;
  std::string path;    ///< display path for diagnostics
  std::string rel;     ///< content-relative path of the file, for resolving links
  int first_line = 1;  ///< line of `text` in the file
};

/// An image of another site (`https:`, `http:`, `//host/…`), where it is written.
struct RemoteImage {
  std::string url;
  std::string path;  ///< display path of the Markdown file
  Position pos;
};

/// Renders Markdown to HTML with cmark-gfm (table, strikethrough, autolink,
/// tasklist, tagfilter; safe mode: raw HTML omitted, dangerous URLs blanked).
/// Relative links (and links to a fragment only) are rewritten through
/// `resolve`; a link out of the tree or to nothing is an error in `diag` and
/// is removed, keeping its text. A link to a page hidden from the audience
/// keeps its text and loses the link. Without `resolve`, links are left as
/// written (the spec runner). Images of other sites are kept, and listed in
/// `*remote_images` when it is given. A document whose shape would make
/// cmark-gfm 0.29 slow (CheckMarkdownShape) is an error in `diag` and renders
/// as "".
std::string RenderMarkdown(const MarkdownSource& src, const LinkResolver* resolve,
                           Diagnostics* diag, std::vector<RemoteImage>* remote_images = nullptr);

/// Renders Markdown as plain text, as a text e-mail reads: cmark-gfm's
/// plain-text renderer, wrapped at `width` columns (0: not wrapped). Links
/// keep their text only; raw HTML is dropped.
std::string RenderMarkdownText(const MarkdownSource& src, int width, Diagnostics* diag);

}  // namespace clustersite
