#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/color.h"
#include "theme/theme.h"

namespace clustersite {

/// One part of the kit after the cover, in print order.
struct KitPart {
  std::string id;     ///< the element id: "kit-about"
  std::string title;  ///< its title, also the running header of its pages
};

/// What the kit's style sheet is generated from.
struct KitStyleInput {
  std::string cluster_name;  ///< the running header's left side
  /// The cluster's brand colour with its readable text and ink colours, or
  /// none for the theme's colours.
  std::optional<BrandPalette> brand;
  std::vector<KitPart> parts;
  std::map<std::string, int> toc_pages;  ///< see KitOptions::toc_pages
  std::string page_label;                ///< "Page {page} of {pages}"
  std::string footer;                    ///< the footer's left side
};

/// The kit's `<style>` element: the theme's fonts as `data:` URIs, its
/// kit/kit.css, and the page rules the generator knows: one named page per
/// part with its title as running header, "page i of N", and the contents'
/// page numbers (`target-counter` where the engine has it, else the numbers
/// of `toc_pages`). Text is written as CSS strings, so content cannot end
/// the style element.
std::string KitStyle(const Theme& theme, const KitStyleInput& in);

}  // namespace clustersite
