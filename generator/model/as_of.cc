#include "model/as_of.h"

#include <algorithm>
#include <chrono>
#include <string>

#include "core/parallel.h"
#include "model/audience.h"
#include "model/figures.h"
#include "model/member_activity.h"

namespace clustersite {

void ApplyAsOf(const AsOfSource& source, bool future, int jobs, Portal* portal) {
  const auto now = std::chrono::system_clock::now();
  const std::string portal_zone =
      portal->time_zone ? portal->time_zone->value : std::string(kDefaultTimeZone);
  portal->as_of = AsOfDate(source, portal_zone, now);
  ParallelFor(portal->clusters.size(), jobs, [&](size_t i) {
    Cluster& c = portal->clusters[i];
    c.zone = c.time_zone ? c.time_zone->value : portal_zone;
    c.as_of = c.zone != portal_zone ? AsOfDate(source, c.zone, now) : portal->as_of;
    for (Story& s : c.stories) s.held_back = !future && s.date > c.as_of;
    for (News& n : c.news) n.held_back = !future && n.date > c.as_of;
    ResolveFeedback(&c);
    DeriveFigures(&c);
    DeriveMemberActivity(&c);
  });
}

namespace {

/// The next `kind: meeting` event of `c` that any audience sees.
const Event* NextMeeting(const Cluster& c) {
  std::vector<const Event*> events;
  for (const Event& e : c.events) {
    if (IsVisible(e, Audience::kStaff)) events.push_back(&e);
  }
  size_t upcoming = 0;
  events = OrderEvents(std::move(events), c.as_of, &upcoming);
  return FirstUpcoming(events, upcoming,
                       [](const Event& e) { return e.kind == EventKind::kMeeting; });
}

}  // namespace

void WarnPastMeetings(const Portal& portal, Diagnostics* diag) {
  for (const Cluster& c : portal.clusters) {
    const Communication& comm = c.communication;
    if (!comm.next_meeting) continue;
    if (const Event* e = NextMeeting(c)) {
      if (e->start.date == *comm.next_meeting) continue;
      diag->Warning(c.yaml_path, comm.next_meeting_pos,
                    "`next_meeting` " + comm.next_meeting->Iso() + " is not the day of the next " +
                        "meeting in events/, " + e->path + " on " + e->start.date.Iso() +
                        ", which the site shows; remove `next_meeting`, or correct it");
      continue;
    }
    if (*comm.next_meeting >= c.as_of) continue;
    diag->Warning(c.yaml_path, comm.next_meeting_pos,
                  "`next_meeting` " + comm.next_meeting->Iso() + " is before " + c.as_of.Iso() +
                      ", the date the site is built as of, so the site would announce a meeting "
                      "that is over; write the date of the next meeting, or remove `next_meeting`");
  }
}

size_t HeldBackStories(const Portal& portal, Audience audience, bool drafts) {
  size_t n = 0;
  for (const Cluster& c : portal.clusters) {
    for (const Story& s : c.stories) n += s.held_back && IsVisibleWhenDue(s, audience, drafts);
  }
  return n;
}

std::vector<Date> AsOfDates(const Portal& portal) {
  std::vector<Date> dates;
  for (const Cluster& c : portal.clusters) dates.push_back(c.as_of);
  if (dates.empty()) dates.push_back(portal.as_of);
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  return dates;
}

}  // namespace clustersite
