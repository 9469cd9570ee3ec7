#include "pages/event_calendar.h"

#include "calendar/calendar.h"
#include "calendar/event_uid.h"
#include "core/stage_clock.h"
#include "core/time_zone.h"

namespace clustersite {
namespace {

LocalMinutes Local(const DateTime& t) {
  const std::chrono::year_month_day day{std::chrono::year{t.date.year},
                                        std::chrono::month{static_cast<unsigned>(t.date.month)},
                                        std::chrono::day{static_cast<unsigned>(t.date.day)}};
  return LocalMinutes{std::chrono::local_days{day}.time_since_epoch() + std::chrono::hours(t.hour) +
                      std::chrono::minutes(t.minute)};
}

}  // namespace

std::string EventCalendar(const ClusterContext& ctx, const std::string& name,
                          const std::vector<const Event*>& events) {
  StageScope stage(Stage::kIndexes);
  const Cluster& c = ctx.cluster();
  Calendar calendar;
  calendar.name = name;
  calendar.time_zone = c.zone;
  calendar.dtstamp = MidnightUtc(c.as_of);
  for (const Event* e : events) {
    CalendarEvent out;
    out.uid = EventUid(ctx.public_url, e->slug);
    out.start = Local(e->start);
    out.end = Local(e->end);
    out.summary = e->title;
    out.location = e->location;
    if (e->host) out.description = ctx.strings->Get("event_host") + ": " + e->host->value;
    if (!ctx.base_url.empty()) out.url = ctx.base_url + EventDir(*e);
    out.categories = {ctx.strings->Get("event_kind_" + Name(e->kind))};
    calendar.events.push_back(std::move(out));
  }
  return WriteCalendar(calendar);
}

}  // namespace clustersite
