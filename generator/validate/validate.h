#pragma once

#include "core/diagnostics.h"
#include "media/media_file.h"
#include "model/model.h"

namespace clustersite {

/// Rules across the model: the vision's length, references between files,
/// URL collisions, colours, URLs and paths, consent, and that each logo is
/// a file the site may publish (read through `read_media`). Every problem
/// goes to `diag`; nothing stops at the first.
void Validate(const Portal& portal, const MediaReader& read_media, int jobs, Diagnostics* diag);

/// Takes out each logo Validate refuses: a cluster with errors is still
/// rendered to find its broken links, and then neither shows the logo nor
/// reports it again (on every page that would link to it).
void DropRefusedLogos(Portal* portal, const MediaReader& read_media);

/// The rules of one cluster; Validate calls it for each.
void ValidateCluster(const Cluster& cluster, const MediaReader& read_media, Diagnostics* diag);

}  // namespace clustersite
