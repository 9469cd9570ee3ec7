#pragma once

#include "model/model.h"

namespace clustersite {

// What feedback/ says of each member, derived once for the staff's pages:
// the member overview and the annual visit briefs.

/// Sets each member's `activity` as of `c->as_of` from its resolved records:
/// the services it used with how often and its newest rating of each, the
/// services it never used, its newest rating, and its uses, newest first. A
/// use without a rating leaves the ratings as they were; a record dated
/// after the as-of date is not counted. ApplyAsOf calls it once the as-of
/// date is known and the records are resolved.
void DeriveMemberActivity(Cluster* c);

/// Why a member is in no group (MemberGroup::kNone).
enum class NoGroupReason {
  kNone,        ///< it has a group
  kPartner,     ///< groups are for members
  kNoJoined,    ///< members.yaml gives no `joined`
  kNoFeedback,  ///< two years or more a member, and no feedback/ to tell its use
};

/// Why `m` (its group derived) has no group.
NoGroupReason WhyNoGroup(const Member& m);

}  // namespace clustersite
