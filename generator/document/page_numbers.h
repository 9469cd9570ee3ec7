#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// The CSS rule that writes the page of part `id` after its line in the
/// contents: WeasyPrint computes it with `target-counter`; Chromium, which
/// has none, rejects that declaration and keeps the literal `number` before
/// it, filled in from a first print (FillPageNumbers). These rules are what
/// marks an HTML file as a print document.
std::string PageNumberSlot(const std::string& id, const std::string& number = "");

/// The part ids of the page-number slots in `html`, in order; none for a
/// file that is no print document.
std::vector<std::string> PageNumberSlots(std::string_view html);

/// `html` with the number of every slot set to the page of its part in
/// `pages`, or emptied for a part that `pages` lacks. Nothing else changes.
std::string FillPageNumbers(std::string_view html, const std::map<std::string, int>& pages);

}  // namespace clustersite
