#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace clustersite {

/// A calendar month, the span of one digest.
struct Month {
  int year = 0;
  int month = 0;  ///< 1..12
  bool Holds(const Date& d) const { return d.year == year && d.month == month; }
  /// "2026-11".
  std::string Iso() const;
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=>.
  auto operator<=>(const Month&) const = default;
};

/// `text` as a month written YYYY-MM, or nullopt.
std::optional<Month> ParseMonth(std::string_view text);

/// The news items of `c` that say `digest: true` and are dated in `month`,
/// drafts left out, oldest first (of one day, by slug): the month's digest
/// when there are exactly three.
std::vector<const News*> DigestItems(const Cluster& c, const Month& month);

/// DigestItems for every month that has at least one such item, in one pass.
std::map<Month, std::vector<const News*>> DigestItemsByMonth(const Cluster& c);

}  // namespace clustersite
