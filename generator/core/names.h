#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// `name` as names are compared (FoldKey: NFC, case folded) without its
/// legal form at either end and the quotes around the rest:
/// "SIA Formatus", "SIA „Formatus”" and "Formatus Ltd." are all "formatus".
/// A name that is nothing but a legal form is kept whole.
std::string NameKey(std::string_view name);

/// Up to `max` of `names` that `word` may have meant, as a user types a
/// member or cluster: first those equal to it without their legal forms
/// ("Formatus" for "SIA Formatus"), then the close ones (CloseMatches) with
/// and without them, then those that hold it ("Koks" in "SIA Līvu Koks").
std::vector<std::string> SuggestNames(std::string_view word, const std::vector<std::string>& names,
                                      size_t max = 3);

/// "; did you mean `a` or `b`?" for SuggestNames' answer, or "" when it has none.
std::string DidYouMeanNames(std::string_view word, const std::vector<std::string>& names);

}  // namespace clustersite
