#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"
#include "model/quarter_report.h"

namespace clustersite {

/// True when `audience` may see what is meant for `visibility`: each
/// audience sees what the ones below it see. The one place where audience
/// levels are compared.
constexpr bool Sees(Audience audience, Audience visibility) { return audience >= visibility; }

/// True for an audience above the public: its pages say `noindex` to search
/// engines, and content meant for it is marked as not public.
constexpr bool IsPrivate(Audience audience) { return !Sees(Audience::kPublic, audience); }

/// What one audience sees of a cluster, with the relations and rankings the
/// pages need, computed once. Everything outside the audience is absent
/// here, so no page can reach it.
struct ClusterView {
  const Cluster* cluster = nullptr;
  Audience audience = Audience::kPublic;
  /// Drafts are shown (build --drafts, serve), each page marked as one;
  /// else every `draft: true` file is left out as if it were not there.
  bool drafts = false;
  std::vector<const Service*> services;  ///< most used first, then by title
  std::vector<const Story*> stories;     ///< newest first, then by slug
  std::vector<const Roadmap*> roadmaps;  ///< new, active, reactivate, service; then title
  std::vector<const Member*> members;    ///< members and partners, by name
  std::map<std::string, const Service*> service_by_slug;
  std::map<std::string, const Roadmap*> roadmap_by_slug;
  std::map<std::string, std::vector<const Story*>> stories_by_service;  ///< newest first
  /// Events that end on the as-of date or later, soonest first; then the
  /// others, the latest first: the order of the events list.
  std::vector<const Event*> events;
  size_t upcoming = 0;            ///< how many of `events` are upcoming
  std::vector<const News*> news;  ///< newest first, then by slug
  /// The quarterly service reports, newest first: for members and above only.
  std::vector<QuarterReport> reports;
  /// strategy/ when it has its strategy.yaml: every audience gets its
  /// summary page; the full document only an audience that sees `visibility`.
  const Strategy* strategy = nullptr;
  /// Section 1.2 (mission, vision and goals) when its file is published
  /// (not `draft: true`, even when drafts are shown): the summary's goals.
  const StrategySection* strategy_goals = nullptr;

  /// The next upcoming `kind: meeting` event: it is the cluster's next
  /// meeting, in place of cluster.yaml's `next_meeting`.
  const Event* NextMeeting() const;
  /// The next upcoming event where new members present themselves: where
  /// the new member's roadmap ends.
  const Event* NextPresentation() const;
  /// The date of the next meeting: NextMeeting's, else `next_meeting`.
  std::optional<Date> NextMeetingDate() const;

  bool show_member_contacts() const { return Sees(audience, Audience::kMembers); }
  /// about.md, when there is one and it is shown.
  const Body* about() const;
  /// The roadmap of a service, when it exists and is visible.
  const Roadmap* RoadmapOf(const Service& s) const;
  /// The roadmap that members of a group follow: the first for `kind`
  /// (`for: active`), else the first for new members; nullptr when there is none.
  const Roadmap* GroupRoadmap(RoadmapFor kind) const;
  /// Only the services of `story` that are visible, in the story's order.
  std::vector<const Service*> ServicesOf(const Story& story) const;
};

/// True when `story` is published to `audience`: it needs recorded consent,
/// the public sees it only when it says `visibility: public`, and it must
/// not be held back as dated after the as-of date. A draft is published to
/// no audience, and shown only when `drafts`.
bool IsVisible(const Story& story, Audience audience, bool drafts = false);
/// IsVisible without the date: what `--future` would publish.
bool IsVisibleWhenDue(const Story& story, Audience audience, bool drafts = false);
bool IsVisible(const Service& service, Audience audience, bool drafts = false);
/// An event is members-only unless it says `visibility: public`; a draft
/// is shown only when `drafts`. A future event is the point of a calendar,
/// so its date holds nothing back.
bool IsVisible(const Event& event, Audience audience, bool drafts = false);

/// A news item is members-only unless it says `visibility: public`; a
/// draft is shown only when `drafts`, and one dated after the as-of date
/// not at all (as a story).
bool IsVisible(const News& news, Audience audience, bool drafts = false);

/// True when `event` has not ended before `as_of`: one on that day is
/// still ahead of the reader, or under way.
bool IsUpcoming(const Event& event, const Date& as_of);

/// The first of the `upcoming` first events of `ordered` (as OrderEvents
/// orders them) for which `want` is true, or nullptr.
const Event* FirstUpcoming(const std::vector<const Event*>& ordered, size_t upcoming,
                           bool (*want)(const Event&));

/// Upcoming events (IsUpcoming) soonest first, then the others latest
/// first; of one start time, by slug. `*upcoming` is how many are upcoming.
std::vector<const Event*> OrderEvents(std::vector<const Event*> events, const Date& as_of,
                                      size_t* upcoming);

ClusterView SelectAudience(const Cluster& cluster, Audience audience, bool drafts = false);

/// The newest date of the cluster's visible content (stories, members
/// joining): a date for the kit that keeps rebuilds byte-identical.
std::optional<Date> ContentDate(const ClusterView& view);

}  // namespace clustersite
