#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/closed_sets.h"

namespace clustersite {

// The numbered sections of the programme's strategy template (the annex of
// the Cabinet regulation on the cluster programme), as DESIGN.md's
// "strategy/" table gives them: the number, the Latvian heading in the
// template's own words, our English heading, and where its content comes from.

/// A section number of the template, "4.1.2", as its parts. Numbers order
/// part by part, a heading before its subsections: 1.1 < 1.2 < 2.2 < 3 <
/// 3.1 < 4.1.1 < 4.3.2.
struct SectionNumber {
  std::vector<int> parts;  ///< each 1 or more
  /// "4.1.2".
  std::string ToString() const;
  auto operator<=>(const SectionNumber&) const = default;
};

/// `text` as a section number: numbers of 1 to 99 without leading zeros,
/// joined by dots, at most four of them ("4.1.2"); nullopt for anything
/// else ("4.1.", "04.1", "4..1", "").
std::optional<SectionNumber> ParseSectionNumber(std::string_view text);

/// Where the content of a section comes from.
enum class SectionSource {
  kHeading,     ///< a part heading (1, 2, 4, 4.1, 4.2, 4.3): no file of its own
  kFile,        ///< its file <number>.md, missing until written
  kYaml,        ///< strategy.yaml (1.4 `swot`, 2.2 `participants`); a file may add prose
  kData,        ///< filled from the cluster's data when its file is absent (4.1.4, 4.2.4)
  kDirections,  ///< 3: strategy.yaml's `directions`; a file 3.md may introduce them
  kDirection,   ///< 3.1–3.7: one of strategy.yaml's `directions`, never a file
};

/// One section of the template.
struct TemplateSection {
  std::string_view number;  ///< "4.1.4"
  SectionSource source;
};

/// The sections of the template in their order, the programme's seven
/// directions (3.1–3.7) included; the cluster's own directions (3.8 and
/// on) are not.
const std::vector<TemplateSection>& TemplateSections();

/// The section `number` of the template, or nullptr when it has none.
const TemplateSection* FindTemplateSection(const SectionNumber& number);

/// The heading of the template's section `number` in `language`: the
/// template's words in Latvian, ours in English; "" for a number the
/// template does not give (3.8 and on take the cluster's own titles).
std::string TemplateTitle(const SectionNumber& number, Language language);

/// The programme's directions of section 3 are 1–7; 8 and up are the cluster's own.
inline constexpr int kProgrammeDirections = 7;

/// The template's title of direction `n` of section 3 (section 3.n) in
/// `language`; "" for the cluster's own (8 and up).
std::string DirectionTitle(int n, Language language);

/// The numbers of the sections a file may be written for (every number but
/// the part headings and the directions), in the template's order.
std::vector<std::string> SectionFileNumbers();

/// The numbers of SectionFileNumbers closest to `wrong`, for a hint: those
/// sharing the most leading parts with it, nearest in the next part first;
/// at most `max`.
std::vector<std::string> ClosestSectionNumbers(const SectionNumber& wrong, size_t max);

}  // namespace clustersite
