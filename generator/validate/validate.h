#pragma once

#include "core/diagnostics.h"
#include "model/model.h"

namespace clustersite {

/// Rules across the model: the vision's length, references between files,
/// URL collisions, colours, URLs and paths, consent. Every problem goes to
/// `diag`; nothing stops at the first.
void Validate(const Portal& portal, Diagnostics* diag);

/// The rules of one cluster; Validate calls it for each.
void ValidateCluster(const Cluster& cluster, Diagnostics* diag);

}  // namespace clustersite
