#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/model.h"

namespace clustersite {

// What feedback/ says of each member, derived once for the staff's pages:
// the member overview and the annual visit briefs.

/// The activity of every member named in `records` (by name) as of `as_of`:
/// the services it used with how often and its newest rating of each, the
/// services of `services` it never used, its newest rating, and its uses,
/// newest first. A use without a rating leaves the ratings as they were; a
/// record dated after `as_of` is not counted.
std::map<std::string, MemberActivity> MemberActivities(const std::vector<FeedbackRecord>& records,
                                                       const std::vector<Service>& services,
                                                       const Date& as_of);

/// Sets each member's `activity`; ApplyAsOf calls it once `c->as_of` is known.
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
