#include "calendar/calendar.h"

#include <date/tz.h>
#include <libical/ical.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace clustersite {
namespace {

using Component = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

/// `text` as RFC 5545 TEXT may hold it: line breaks as "\n" (which libical
/// escapes), other control characters but the tab dropped (libical would
/// write them as they are, and TEXT has no room for them).
std::string PlainText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F)) {
      out += text[i];
    }
  }
  return out;
}

/// libical writes CATEGORIES as the list it is and escapes no comma or
/// semicolon in it, so one category with a comma would read as two: both
/// become spaces.
std::string Category(std::string_view name) {
  std::string out = PlainText(name);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == ',' || c == ';'; }, ' ');
  return out;
}

/// `local` in `zone` as a UTC instant (the earlier of two in the hour a
/// clock is set back); as UTC when the zone is not in the tz database.
date::sys_seconds ToUtc(const std::string& zone, LocalMinutes local) {
  const date::local_seconds t{local.time_since_epoch()};
  try {
    return date::locate_zone(zone)->to_sys(t, date::choose::earliest);
  } catch (const std::runtime_error&) {
    return date::sys_seconds{t.time_since_epoch()};
  }
}

/// The instants the calendar's VTIMEZONE must cover: from the start of
/// the first event's year to the start of the year after the last one,
/// local time (the year of DTSTAMP when there is no event).
std::pair<date::sys_seconds, date::sys_seconds> Span(const Calendar& calendar) {
  using std::chrono::days;
  using std::chrono::floor;
  using std::chrono::year_month_day;
  LocalMinutes first{floor<days>(calendar.dtstamp).time_since_epoch()};
  LocalMinutes last = first;
  if (!calendar.events.empty()) first = last = calendar.events.front().start;
  for (const CalendarEvent& e : calendar.events) {
    first = std::min({first, e.start, e.end});
    last = std::max({last, e.start, e.end});
  }
  const std::chrono::year from = year_month_day{floor<days>(first)}.year();
  const std::chrono::year until = year_month_day{floor<days>(last)}.year() + std::chrono::years{1};
  const auto start_of = [&](std::chrono::year y) {
    return ToUtc(calendar.time_zone, std::chrono::local_days{y / std::chrono::January / 1});
  };
  return {start_of(from), start_of(until)};
}

/// An instant as a UTC DATE-TIME: "20261201T120000Z".
icaltimetype UtcTime(date::sys_seconds t) {
  return icaltime_from_timet_with_zone(static_cast<time_t>(t.time_since_epoch().count()), 0,
                                       icaltimezone_get_utc_timezone());
}

/// A wall-clock time as a DATE-TIME without a zone: "20261210T083000".
icaltimetype LocalTime(LocalMinutes t) {
  const auto day = std::chrono::floor<std::chrono::days>(t);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss<std::chrono::minutes> hm{t - day};
  icaltimetype out = icaltime_null_time();
  out.year = static_cast<int>(ymd.year());
  out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  out.hour = static_cast<int>(hm.hours().count());
  out.minute = static_cast<int>(hm.minutes().count());
  return out;
}

/// libical keeps the zones it reads from the system's tzdata (Debian builds
/// it so) in one array for the process. libical 3.0.16 searches it, and
/// appends a zone zone.tab does not list (Europe/Kiev), without a lock of
/// its own, and clusters are built on several threads: this lock guards
/// every lookup. (Its UTC zone, which UtcTime asks for, is set up by the
/// first lookup.)
std::mutex& ZoneCacheLock() {
  static std::mutex lock;
  return lock;
}

/// `zone`'s VTIMEZONE with only the rules in force between `from` and
/// `until`, or null for a zone libical has none for (UTC). libical's own
/// holds every change since 1880 (4.2 KB and 26 observances for
/// Europe/Riga); cut with `ms_compatible` the rules stay RRULEs that end
/// with UNTIL, rather than RDATEs written in UTC. The TZID becomes the
/// zone's name, which clients look up, instead of libical's
/// "/freeassociation.sourceforge.net/Europe/Riga"; libical's
/// X-LIC-LOCATION goes. Call under ZoneCacheLock().
Component CutTimeZone(const std::string& zone, date::sys_seconds from, date::sys_seconds until) {
  Component out(nullptr, icalcomponent_free);
  icaltimezone* tz = icaltimezone_get_builtin_timezone(zone.c_str());
  icalcomponent* vtimezone = tz ? icaltimezone_get_component(tz) : nullptr;
  if (!vtimezone) return out;
  out.reset(icalcomponent_new_clone(vtimezone));
  icaltimezone_truncate_vtimezone(out.get(), UtcTime(from), UtcTime(until), 1);
  icalproperty_set_tzid(icalcomponent_get_first_property(out.get(), ICAL_TZID_PROPERTY),
                        zone.c_str());
  icalproperty* x = icalcomponent_get_first_property(out.get(), ICAL_X_PROPERTY);
  while (x) {
    icalproperty* next = icalcomponent_get_next_property(out.get(), ICAL_X_PROPERTY);
    icalcomponent_remove_property(out.get(), x);
    icalproperty_free(x);
    x = next;
  }
  return out;
}

/// CutTimeZone's VTIMEZONE, cut once for each zone and span of years and
/// copied for each calendar: libical's cut walks the zone's rules through
/// ICU, and every event's own calendar needs one, mostly of the same years.
Component TimeZone(const std::string& zone, date::sys_seconds from, date::sys_seconds until) {
  using Key = std::tuple<std::string, date::sys_seconds, date::sys_seconds>;
  // Kept for the process, as libical's own zones are: a few per portal.
  static auto* cut = new std::map<Key, Component>;
  std::lock_guard<std::mutex> hold(ZoneCacheLock());
  Key key{zone, from, until};
  auto it = cut->find(key);
  if (it == cut->end()) it = cut->emplace(key, CutTimeZone(zone, from, until)).first;
  if (!it->second) return Component(nullptr, icalcomponent_free);
  return Component(icalcomponent_new_clone(it->second.get()), icalcomponent_free);
}

/// DTSTART or DTEND (`make`): local time with the TZID of `zone` when the
/// calendar has its VTIMEZONE, else the instant in UTC.
icalproperty* Time(icalproperty* (*make)(icaltimetype), LocalMinutes t, const std::string& zone,
                   bool has_vtimezone) {
  if (!has_vtimezone) return make(UtcTime(ToUtc(zone, t)));
  icalproperty* p = make(LocalTime(t));
  icalproperty_add_parameter(p, icalparameter_new_tzid(zone.c_str()));
  return p;
}

/// One VEVENT, properties in a fixed order.
icalcomponent* Event(const CalendarEvent& e, const Calendar& calendar, bool has_vtimezone) {
  icalcomponent* v = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(v, icalproperty_new_uid(PlainText(e.uid).c_str()));
  icalcomponent_add_property(v, icalproperty_new_dtstamp(UtcTime(calendar.dtstamp)));
  icalcomponent_add_property(
      v, Time(icalproperty_new_dtstart, e.start, calendar.time_zone, has_vtimezone));
  icalcomponent_add_property(
      v, Time(icalproperty_new_dtend, e.end, calendar.time_zone, has_vtimezone));
  icalcomponent_add_property(v, icalproperty_new_summary(PlainText(e.summary).c_str()));
  if (!e.location.empty()) {
    icalcomponent_add_property(v, icalproperty_new_location(PlainText(e.location).c_str()));
  }
  if (!e.description.empty()) {
    icalcomponent_add_property(v, icalproperty_new_description(PlainText(e.description).c_str()));
  }
  if (!e.url.empty()) icalcomponent_add_property(v, icalproperty_new_url(e.url.c_str()));
  for (const std::string& c : e.categories) {
    icalcomponent_add_property(v, icalproperty_new_categories(Category(c).c_str()));
  }
  return v;
}

/// VERSION, PRODID, CALSCALE and the calendar's name: NAME (RFC 7986) and
/// X-WR-CALNAME, which Apple's, Google's and Microsoft's calendars read.
/// libical escapes backslashes and line breaks in an X- property but, as
/// its value may be a list, no comma or semicolon, and adds "VALUE=TEXT"
/// when told it is text: readers take X-WR-CALNAME as it is.
void AddHeader(icalcomponent* vcalendar, const Calendar& calendar) {
  icalcomponent_add_property(vcalendar, icalproperty_new_version("2.0"));
  icalcomponent_add_property(vcalendar, icalproperty_new_prodid(calendar.prodid.c_str()));
  icalcomponent_add_property(vcalendar, icalproperty_new_calscale("GREGORIAN"));
  if (calendar.name.empty()) return;
  icalcomponent_add_property(vcalendar, icalproperty_new_name(PlainText(calendar.name).c_str()));
  icalproperty* x = icalproperty_new_x(PlainText(calendar.name).c_str());
  icalproperty_set_x_name(x, "X-WR-CALNAME");
  icalcomponent_add_property(vcalendar, x);
}

}  // namespace

std::string WriteCalendar(const Calendar& calendar) {
  Component vcalendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT), icalcomponent_free);
  AddHeader(vcalendar.get(), calendar);
  const auto [from, until] = Span(calendar);
  Component zone = TimeZone(calendar.time_zone, from, until);
  const bool has_vtimezone = zone != nullptr;
  if (zone) icalcomponent_add_component(vcalendar.get(), zone.release());
  for (const CalendarEvent& e : calendar.events) {
    icalcomponent_add_component(vcalendar.get(), Event(e, calendar, has_vtimezone));
  }
  char* text = icalcomponent_as_ical_string_r(vcalendar.get());
  std::string out(text);
  icalmemory_free_buffer(text);
  return out;
}

}  // namespace clustersite
