#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.h"

namespace clustersite {

// What the model derives from feedback/ and the date a build is as of, once,
// for every page and document to read: the uses that rank services, the
// group of each member, the slugs of members for the staff's pages.

/// "The last 12 months" before the as-of date, in days: a use 365 days
/// before it counts, one 366 days before does not.
inline constexpr long kLastYearDays = 365;

/// True when a use on `use` falls in the 12 months before `as_of` (and not
/// after it).
bool InLastYear(const Date& use, const Date& as_of);

/// Sets each record's `service_index` and `member_index`, so that what is
/// derived from the records counts by position, not by name. ApplyAsOf
/// calls it first, on every build: the records of a serve session outlive
/// the services and members they were resolved against.
void ResolveFeedback(Cluster* c);

/// Numbers for the services or members feedback records name: a resolved
/// one's place, and for each name the cluster does not have, one after the
/// `count` it has, so that such names are still told apart and counted.
class RecordNumbers {
 public:
  explicit RecordNumbers(size_t count) : count_(count) {}
  /// The number of a record's `index` (service_index or member_index) and
  /// the `name` it was resolved from.
  size_t Of(size_t index, std::string_view name) {
    if (index != kUnresolved) return index;
    return count_ + others_.try_emplace(name, others_.size()).first->second;
  }

 private:
  size_t count_;
  std::unordered_map<std::string_view, size_t> others_;
};

/// The uses of each of `services` services (by `service_index`) in the 12
/// months before `as_of`.
std::vector<long> UsesInLastYear(const std::vector<FeedbackRecord>& records, size_t services,
                                 const Date& as_of);

/// The group of `m` as of `as_of`, given its newest use: `new` when it joined
/// less than two years before, else `active` with a use in the last 12
/// months and `reactivate` without one. None for a partner, a member
/// without `joined`, and, when the cluster keeps no feedback/ (no evidence
/// of use), a member of two years or more.
MemberGroup GroupOf(const Member& m, const std::optional<Date>& last_use, bool has_feedback,
                    const Date& as_of);

/// The kind of roadmap (`for:`) shown to a member of `group`: the one for
/// new members when it has none.
RoadmapFor RoadmapOfGroup(MemberGroup group);

/// A member's slug for the staff's pages: its name in lower case, Latin
/// letters folded to ASCII (ā → a, š → s), other characters `-`.
std::string MemberSlug(std::string_view name);

/// Sets each service's `uses` (from feedback/ when the cluster has it, else
/// `uses_last_year`) and each member's slug, newest use and group. ApplyAsOf
/// calls it once `c->as_of` is known and the records are resolved.
void DeriveFigures(Cluster* c);

}  // namespace clustersite
