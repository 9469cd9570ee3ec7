#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clustersite {

/// Why an SVG image may not be published, and where.
struct SvgProblem {
  int line = 0;      ///< 1-based line in the SVG file
  std::string what;  ///< names the element or attribute: "a `script` element"
};

/// Reads `bytes` as XML with libxml2 (no network, no DTD, no entity
/// substitution) and returns the first thing in it that could run script or
/// load another file when the image is opened on the site's origin: a
/// `script` or `foreignObject` element, an XHTML element, an event attribute
/// (`on…`), an `href`/`src` or CSS `url()` that points anywhere but a
/// `#fragment` of the image or a `data:image/(png|jpeg|gif|webp)` URL,
/// `@import`, a CSS escape, an animation of `href` or of an event attribute,
/// a processing instruction (`<?xml-stylesheet?>`), a DOCTYPE; or that it is
/// not well-formed, or its root is not an SVG `svg` element. nullopt when
/// there is none. Time and memory are linear in the input (streaming SAX).
std::optional<SvgProblem> FindSvgProblem(std::string_view bytes);

}  // namespace clustersite
