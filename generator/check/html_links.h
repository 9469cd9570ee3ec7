#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// The links and ids of one HTML page as written.
struct HtmlLinks {
  std::vector<std::string_view> links;  ///< href, src and action values, entity-escaped
  std::vector<std::string_view> ids;    ///< id values, entity-escaped
};

/// Finds every href, src, action and id attribute of `html`. This is no
/// general HTML parser, and needs none: it reads only markup our templates
/// and cmark-gfm write, where every attribute value is double-quoted and a
/// `"` in text or values is always escaped, so `name="` appears only where an
/// attribute starts (JSON in a script escapes its quotes as `\"`).
HtmlLinks ScanHtml(std::string_view html);

/// `value` with the character references our writers produce (&amp; &lt;
/// &gt; &quot; &apos; and numeric ones) decoded.
std::string DecodeEntities(std::string_view value);

/// The output file a link of the page `page` (an output path like
/// "koks/services/index.html") goes to, with its fragment split off:
/// `*target` is an output path ("koks/services/x/index.html"), `*fragment`
/// the decoded id or "". `value` is decoded. Root-relative links start at
/// the output root. False when the link leaves the output.
bool ResolveLink(std::string_view page, std::string_view value, std::string* target,
                 std::string* fragment);

}  // namespace clustersite
