#pragma once

#include "core/diagnostics.h"
#include "model/model.h"
#include "validate/references.h"

namespace clustersite {

/// The rules of feedback/ across files: each record names a service of the
/// cluster (`services`) and a member in members.yaml, both with a
/// did-you-mean hint, and is not dated after the as-of date; a member who
/// joined after the use and a record given twice (member, service, date)
/// are warnings.
void CheckFeedback(const Cluster& c, Names* services, Diagnostics* diag);

}  // namespace clustersite
