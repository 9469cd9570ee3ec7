#pragma once

#include "core/diagnostics.h"
#include "model/model.h"
#include "validate/references.h"

namespace clustersite {

/// The rules of strategy/ across fields and files, for a cluster that has
/// the folder: each section file is named by a number of the template that
/// takes a file; participants and the members of directions are in
/// members.yaml (did-you-mean); directions have one number each, a title
/// from 8 on; expectations name directions the strategy has; a result's
/// target differs from its baseline; the period does not end before it
/// starts. Each section of the template still missing is a warning naming
/// its number and title, but 4.1.4 and 4.2.4, which the document fills from
/// the cluster's data when their files are absent. `members` are the names
/// of `c`'s members.
void CheckStrategy(const Cluster& c, const MemberNames& members, Diagnostics* diag);

}  // namespace clustersite
