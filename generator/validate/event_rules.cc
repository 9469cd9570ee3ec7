#include "validate/event_rules.h"

#include <string>

#include "core/time_zone.h"

namespace clustersite {
namespace {

/// An error at a time the clocks skip, a warning at one they repeat, in the
/// cluster's zone: either is a time the author did not mean exactly.
void CheckExists(const Cluster& c, const Event& e, const std::string& key, const DateTime& t,
                 Position pos, Diagnostics* diag) {
  const LocalTimeInfo info = CheckLocalTime(c.zone, t);
  const std::string span = info.from.Clock() + " to " + info.to.Clock();
  if (info.kind == LocalTimeKind::kNonexistent) {
    diag->Error(e.path, pos,
                "`" + key + "` " + t.Iso() + " does not exist in " + c.zone +
                    ": the clocks go forward from " + span + " that night; write " +
                    info.to.Clock() + " or later, or a time before " + info.from.Clock());
  } else if (info.kind == LocalTimeKind::kAmbiguous) {
    diag->Warning(e.path, pos,
                  "`" + key + "` " + t.Iso() + " happens twice in " + c.zone +
                      ": the clocks go back from " + info.to.Clock() + " to " + info.from.Clock() +
                      " that night; the first (summer time) is taken; write a time outside " +
                      span + " to make it plain");
  }
}

void CheckTimes(const Cluster& c, const Event& e, Diagnostics* diag) {
  if (!e.times_read) return;
  CheckExists(c, e, "start", e.start, e.start_pos, diag);
  CheckExists(c, e, "end", e.end, e.end_pos, diag);
  if (e.end > e.start) return;
  diag->Error(e.path, e.end_pos,
              "`end` " + e.end.Iso() + " is not after `start` " + e.start.Iso() +
                  "; write the time the event ends");
}

}  // namespace

void CheckEvents(const Cluster& c, Names* services, const MemberNames& members, Diagnostics* diag) {
  for (const Event& e : c.events) {
    CheckTimes(c, e, diag);
    if (e.host) UnknownMember(diag, e.path, *e.host, "host", members);
    for (const Located& ref : e.services) UnknownRef(diag, e.path, ref, "service", services);
  }
}

}  // namespace clustersite
