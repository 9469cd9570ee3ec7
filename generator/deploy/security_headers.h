#pragma once

#include <string>
#include <vector>

#include "deploy/inline_code.h"

namespace clustersite {

/// One HTTP response header.
struct HttpHeader {
  std::string name;
  std::string value;
};

/// The headers every response of a published build carries, and the
/// preview's too: no MIME sniffing, no referrer sent to other sites. Framing
/// is refused by the policies' `frame-ancestors 'none'`, so no
/// X-Frame-Options.
std::vector<HttpHeader> FixedHeaders();

/// The Content-Security-Policy of the site's pages: their own files, and of
/// inline code only what `code` has the hashes of. `data:` images are the
/// empty icon the layout gives a page without a logo.
std::string PagesPolicy(const InlineCode& code);

/// The Content-Security-Policy of the self-contained print documents:
/// nothing loaded but their inline styles (and scripts, should a theme's
/// have any) with the hashes in `code`, and `data:` images and fonts.
std::string DocumentsPolicy(const InlineCode& code);

}  // namespace clustersite
