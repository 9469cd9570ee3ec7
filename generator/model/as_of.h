#pragma once

#include <cstddef>
#include <vector>

#include "core/diagnostics.h"
#include "core/time_zone.h"
#include "model/model.h"

namespace clustersite {

/// Gives the portal and each cluster the date the build is as of, each in
/// its time zone (cluster.yaml's `timezone`, else portal.yaml's, else
/// Europe/Riga), and holds back every story dated after its cluster's date,
/// unless `future`: such a story is published in no audience. Then derives
/// what depends on the date (DeriveFigures: uses, member groups;
/// DeriveMemberActivity: what each member used and said).
void ApplyAsOf(const AsOfSource& source, bool future, int jobs, Portal* portal);

/// A warning at each `next_meeting` that events/ contradicts (its next
/// `kind: meeting` event, which the site shows instead, is on another day),
/// or, without such an event, that is before its cluster's as-of date: the
/// site would announce a meeting that is over.
void WarnPastMeetings(const Portal& portal, Diagnostics* diag);

/// The stories `audience` would see but for being held back (drafts among
/// them only when `drafts`).
size_t HeldBackStories(const Portal& portal, Audience audience, bool drafts = false);

/// The as-of dates of the clusters, each once, earliest first; the portal's
/// when there is no cluster. One date unless clusters name other time zones.
std::vector<Date> AsOfDates(const Portal& portal);

}  // namespace clustersite
