#pragma once

#include "core/diagnostics.h"
#include "model/model.h"
#include "validate/references.h"

namespace clustersite {

/// The rules of feedback/ across files: each record names a service of the
/// cluster (`services`) and a member in members.yaml, both with a
/// did-you-mean hint, and is not dated after the as-of date; a member who
/// joined after the use and a record given twice (member, service, date)
/// are warnings. With feedback/, `uses_last_year` is ignored (a warning at
/// it), and a member without `joined` has no group (a warning: the staff
/// see the groups of all members only where feedback/ gives the evidence).
void CheckFeedback(const Cluster& c, Names* services, Diagnostics* diag);

/// Each member's slug for the staff's pages (MemberSlug) is one no other
/// member has, and is not empty: an error naming both members.
void CheckMemberSlugs(const Cluster& c, Diagnostics* diag);

}  // namespace clustersite
