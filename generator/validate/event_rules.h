#pragma once

#include "core/diagnostics.h"
#include "model/model.h"
#include "validate/references.h"

namespace clustersite {

/// The rules of events/ across fields and files: an event ends after it
/// starts; its times exist in the cluster's zone (a time the clocks skip
/// when summer time starts is an error, one they repeat when it ends a
/// warning, each saying what to write); its host is a member in
/// members.yaml and its services are the cluster's (`services`), both with
/// a did-you-mean hint. `members` are the names of `c`'s members.
void CheckEvents(const Cluster& c, Names* services, const MemberNames& members, Diagnostics* diag);

}  // namespace clustersite
