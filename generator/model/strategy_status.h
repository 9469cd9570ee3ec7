#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/model.h"
#include "model/strategy_template.h"

namespace clustersite {

// How far a strategy is: which of the template's sections are written, and
// how far each indicator got towards its target.

/// The file of section `number` when it is written: present and not
/// `draft: true`; nullptr otherwise.
const StrategySection* WrittenSection(const Strategy& s, std::string_view number);

/// The direction `number` of section 3, or nullptr when strategy.yaml has none.
const StrategyDirection* FindDirection(const Strategy& s, int number);

/// The sections of the template still to write, in its order: a section
/// that takes a file and has none (or a draft), 1.4 and 2.2 without their
/// file or yaml data, a programme direction strategy.yaml does not give.
/// Never 4.1.4 or 4.2.4, which the document fills from the cluster's data.
std::vector<SectionNumber> SectionsToWrite(const Strategy& s);

/// How far `r` got from its baseline to its target, 1 at the target:
/// (actual − baseline) / (target − baseline). It holds for a falling target
/// too (a defect rate from 5 to 2 at 4 is 1/3); above 1 beyond the target,
/// below 0 when it went the other way. None without an actual, a baseline or
/// a target, or when the target is the baseline.
std::optional<double> IndicatorProgress(const StrategyResult& r);

}  // namespace clustersite
