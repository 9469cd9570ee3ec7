#include "pages/event_views.h"

#include <algorithm>
#include <map>

#include "core/unicode.h"
#include "core/url.h"
#include "pages/report_views.h"

namespace clustersite {

Quarter PresentedQuarter(const Event& e) {
  const Quarter q{e.start.date.year, (e.start.date.month + 2) / 3};
  return q.number == 1 ? Quarter{q.year - 1, 4} : Quarter{q.year, q.number - 1};
}

EventCardView BuildEventCard(const ClusterContext& ctx, const Event& e, const std::string& from) {
  EventCardView v;
  v.url = RelativeUrl(from, EventDir(e));
  v.slug = e.slug;
  v.title = e.title;
  v.kind = Name(e.kind);
  v.kind_label = ctx.strings->Get("event_kind_" + v.kind);
  v.when = ctx.strings->FormatTimeSpan(e.start, e.end);
  v.start_iso = e.start.Iso();
  v.end_iso = e.end.Iso();
  if (!e.location.empty()) v.location = e.location;
  v.members_only = IsPrivate(e.visibility);
  v.new_members_present = e.new_members_present;
  return v;
}

void Fill(ViewFields& f, EventCardView& v) {
  f.Text("url", std::move(v.url));
  f.Text("slug", std::move(v.slug));
  f.Text("title", std::move(v.title));
  f.Text("kind", std::move(v.kind));
  f.Text("kind_label", std::move(v.kind_label));
  f.Text("when", std::move(v.when));
  f.Text("start_iso", std::move(v.start_iso));
  f.Text("end_iso", std::move(v.end_iso));
  f.Text("location", std::move(v.location));
  f.Flag("members_only", v.members_only);
  f.Flag("new_members_present", v.new_members_present);
}

EventsView BuildEvents(const ClusterContext& ctx, const PageSlice& slice) {
  const ClusterView& view = *ctx.view;
  const Strings& t = *ctx.strings;
  const std::string dir = PageDir(kEventsDir, slice.number);
  EventsView v;
  v.layout = BuildListLayout(ctx, kEventsDir, slice, "events", t.Get("title_events"),
                             t.Get("description_events"), &v.pager);
  for (size_t i = slice.first; i < slice.last; ++i) {
    (i < view.upcoming ? v.upcoming : v.past).push_back(BuildEventCard(ctx, *view.events[i], dir));
  }
  v.has_upcoming = !v.upcoming.empty();
  v.has_past = !v.past.empty();
  v.has_events = !view.events.empty();
  v.calendar_url = RelativeUrl(dir, kCalendarFile);
  return v;
}

void Fill(ViewFields& f, EventsView& v) {
  Fill(f, v.layout);
  f.List("upcoming", v.upcoming);
  f.List("past", v.past);
  f.Flag("has_upcoming", v.has_upcoming);
  f.Flag("has_past", v.has_past);
  f.Flag("has_events", v.has_events);
  f.Text("calendar_url", std::move(v.calendar_url));
  f.Object("pager", v.pager);
}

namespace {

/// The host of `e` on the members page, as the members page anchors it;
/// none when members.yaml does not name it.
std::optional<LinkView> HostLink(const ClusterContext& ctx, const Event& e,
                                 const std::string& dir) {
  if (!e.host) return std::nullopt;
  const std::shared_ptr<const MemberPlaces> places = MemberPlacesOf(ctx);
  auto it = places->by_key.find(FoldKey(e.host->value));
  if (it == places->by_key.end()) return LinkView{e.host->value, ""};
  const Member* m = it->second;
  return LinkView{m->name, RelativeUrl(dir, places->dirs.at(m)) + "#" + places->anchors.at(m)};
}

/// The report a `kind: feedback` event presents, when the audience sees it.
std::optional<LinkView> ReportLink(const ClusterContext& ctx, const Event& e,
                                   const std::string& dir) {
  if (e.kind != EventKind::kFeedback) return std::nullopt;
  const Quarter q = PresentedQuarter(e);
  for (const QuarterReport& r : ctx.view->reports) {
    if (r.quarter == q)
      return LinkView{QuarterName(*ctx.strings, q), RelativeUrl(dir, ReportDir(q))};
  }
  return std::nullopt;
}

}  // namespace

EventPageView BuildEventPage(const ClusterContext& ctx, size_t index) {
  const ClusterView& view = *ctx.view;
  const Event& e = *view.events[index];
  const std::string dir = EventDir(e);
  EventPageView p;
  p.layout = BuildLayout(ctx, dir, "event", e.title, ctx.strings->FormatTimeSpan(e.start, e.end));
  if (e.draft) MarkDraft(&p.layout);
  p.event = BuildEventCard(ctx, e, dir);
  p.host = HostLink(ctx, e, dir);
  for (const Located& slug : e.services) {
    auto it = view.service_by_slug.find(slug.value);
    if (it != view.service_by_slug.end())
      p.services.push_back({it->second->title, RelativeUrl(dir, ServiceDir(*it->second))});
  }
  p.has_services = !p.services.empty();
  p.report = ReportLink(ctx, e, dir);
  p.body_html = ctx.markdown->Get(e.rel);
  p.ics_url = RelativeUrl(dir, EventIcsPath(e));
  p.calendar_url = RelativeUrl(dir, kCalendarFile);
  return p;
}

void Fill(ViewFields& f, EventPageView& v) {
  Fill(f, v.layout);
  f.Object("event", v.event);
  f.Object("host", v.host);
  f.List("services", v.services);
  f.Flag("has_services", v.has_services);
  f.Object("report", v.report);
  f.Raw("body_html", std::move(v.body_html));
  f.Text("ics_url", std::move(v.ics_url));
  f.Text("calendar_url", std::move(v.calendar_url));
}

std::vector<EventCardView> NextEventCards(const ClusterContext& ctx) {
  std::vector<EventCardView> out;
  for (size_t i = 0; i < ctx.view->upcoming && i < 3; ++i)
    out.push_back(BuildEventCard(ctx, *ctx.view->events[i], ""));
  return out;
}

}  // namespace clustersite
