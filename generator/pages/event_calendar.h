#pragma once

#include <string>
#include <vector>

#include "pages/view.h"

namespace clustersite {

/// The calendar of `events` (RFC 5545, through WriteCalendar) in the
/// cluster's time zone, named `name`: each event's UID is EventUid of the
/// cluster's public URL (ClusterContext::public_url) and its slug, so it is
/// one in every audience's calendar; DTSTAMP is midnight UTC of the as-of
/// date, so a rebuild writes the same bytes; each links its page when the
/// cluster's address is known.
std::string EventCalendar(const ClusterContext& ctx, const std::string& name,
                          const std::vector<const Event*>& events);

}  // namespace clustersite
