#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pages/card_views.h"
#include "pages/layout_view.h"
#include "pages/pagination.h"

namespace clustersite {

/// Views of the events: the list (upcoming first, then past), the page of
/// each, and the cards the home page shows.

/// The quarter a `kind: feedback` event presents: the one before the
/// quarter it starts in. The study's members' event each quarter presents
/// the experience of the quarter that has ended, whose report is complete.
Quarter PresentedQuarter(const Event& e);

struct EventCardView {
  std::string url, slug, title, kind, kind_label;
  std::string when;                ///< FormatTimeSpan
  std::string start_iso, end_iso;  ///< for <time datetime>: local times
  std::optional<std::string> location;
  bool members_only = false;
  bool new_members_present = false;
};
/// URLs relative to the page folder `from`.
EventCardView BuildEventCard(const ClusterContext& ctx, const Event& e, const std::string& from);
void Fill(ViewFields& f, EventCardView& v);

/// A page of the events list: the upcoming events on it, then the past.
struct EventsView {
  LayoutView layout;
  std::vector<EventCardView> upcoming, past;  ///< of this page
  bool has_upcoming = false, has_past = false, has_events = false;
  std::string calendar_url;  ///< the audience's calendar.ics, to subscribe to
  std::optional<PagerView> pager;
};
/// Page `slice` of the events of the view.
EventsView BuildEvents(const ClusterContext& ctx, const PageSlice& slice);
void Fill(ViewFields& f, EventsView& v);

struct EventPageView {
  LayoutView layout;
  EventCardView event;
  std::optional<LinkView> host;  ///< the host on the members page
  std::vector<LinkView> services;
  bool has_services = false;
  std::optional<LinkView> report;  ///< of a `kind: feedback` event: PresentedQuarter's report
  std::string body_html;
  std::string ics_url, calendar_url;
};
/// The page of the `index`th event of the view (ClusterView::events).
EventPageView BuildEventPage(const ClusterContext& ctx, size_t index);
void Fill(ViewFields& f, EventPageView& v);

/// The next three upcoming events, for the home page.
std::vector<EventCardView> NextEventCards(const ClusterContext& ctx);

}  // namespace clustersite
