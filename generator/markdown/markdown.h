#pragma once

#include <functional>
#include <string>

#include "core/diagnostics.h"

namespace clustersite {

/// What a relative link in Markdown points to, as the caller sees it.
struct LinkTarget {
  enum Kind { kMissing, kHidden, kPage, kMedia };
  Kind kind = kMissing;
  std::string url;  ///< the URL to write, relative to the page being rendered
};

/// Resolves a link target given relative to the content root
/// ("koks/services/eksports.md"); the markdown layer knows nothing of pages.
using LinkResolver = std::function<LinkTarget(const std::string& content_rel)>;

/// One Markdown document to render.
struct MarkdownSource {
  std::string text;
  std::string path;    ///< display path for diagnostics
  std::string rel;     ///< content-relative path of the file, for resolving links
  int first_line = 1;  ///< line of `text` in the file
};

/// Renders Markdown to HTML with cmark-gfm (table, strikethrough, autolink,
/// tasklist, tagfilter; safe mode: raw HTML omitted, dangerous URLs blanked).
/// Relative links to `.md` files and media are rewritten through `resolve`;
/// a link to a missing file or out of the tree is an error in `diag`. A link
/// to a page hidden from the audience keeps its text and loses the link.
/// Without `resolve`, links are left as written (the spec runner).
std::string RenderMarkdown(const MarkdownSource& src, const LinkResolver* resolve,
                           Diagnostics* diag);

}  // namespace clustersite
