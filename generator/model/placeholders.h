#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace clustersite {

/// The texts the default theme's archetypes write for the author to replace,
/// in every language: each one long or odd enough that real content does
/// not hold it by chance ("Write the cluster's vision here", the e-mail
/// `vards.uzvards@example.lv`). A page that still holds one is not ready to
/// publish. Titles made from the slug, the keys' values (`monthly`,
/// `public`) and the new-member step are real content, and not here.
std::span<const std::string_view> PlaceholderTexts();

/// Every placeholder text in `text`, a file whose lines before
/// `first_body_line` are YAML (all of them, for a YAML file): there a
/// comment line is skipped, since the archetypes explain a key in words a
/// placeholder may repeat. Positions are 1-based lines and code-point
/// columns, in file order.
std::vector<Placeholder> FindPlaceholders(std::string_view text, int first_body_line);

}  // namespace clustersite
