#include "model/audience.h"

#include <algorithm>
#include <tuple>

namespace clustersite {

bool IsVisible(const Story& story, Audience audience, bool drafts) {
  return !story.held_back && IsVisibleWhenDue(story, audience, drafts);
}

bool IsVisibleWhenDue(const Story& story, Audience audience, bool drafts) {
  if (!story.consent || (story.draft && !drafts)) return false;
  return Sees(audience, story.visibility);
}

bool IsVisible(const Service& service, Audience audience, bool drafts) {
  if (service.draft && !drafts) return false;
  return Sees(audience, service.visibility);
}

bool IsVisible(const Event& event, Audience audience, bool drafts) {
  if (event.draft && !drafts) return false;
  return Sees(audience, event.visibility);
}

bool IsVisible(const News& news, Audience audience, bool drafts) {
  if (news.held_back || (news.draft && !drafts)) return false;
  return Sees(audience, news.visibility);
}

bool IsUpcoming(const Event& event, const Date& as_of) { return event.end.date >= as_of; }

std::vector<const Event*> OrderEvents(std::vector<const Event*> events, const Date& as_of,
                                      size_t* upcoming) {
  auto past = std::stable_partition(events.begin(), events.end(),
                                    [&](const Event* e) { return IsUpcoming(*e, as_of); });
  std::sort(events.begin(), past, [](const Event* a, const Event* b) {
    return std::tie(a->start, a->slug) < std::tie(b->start, b->slug);
  });
  std::sort(past, events.end(), [](const Event* a, const Event* b) {
    return std::tie(b->start, a->slug) < std::tie(a->start, b->slug);
  });
  *upcoming = static_cast<size_t>(past - events.begin());
  return events;
}

const Event* FirstUpcoming(const std::vector<const Event*>& ordered, size_t upcoming,
                           bool (*want)(const Event&)) {
  for (size_t i = 0; i < upcoming && i < ordered.size(); ++i) {
    if (want(*ordered[i])) return ordered[i];
  }
  return nullptr;
}

const Event* ClusterView::NextMeeting() const {
  return FirstUpcoming(events, upcoming,
                       [](const Event& e) { return e.kind == EventKind::kMeeting; });
}

const Event* ClusterView::NextPresentation() const {
  return FirstUpcoming(events, upcoming, [](const Event& e) { return e.new_members_present; });
}

std::optional<Date> ClusterView::NextMeetingDate() const {
  if (const Event* e = NextMeeting()) return e->start.date;
  return cluster->communication.next_meeting;
}

const Body* ClusterView::about() const {
  if (!cluster->about || (cluster->about_draft && !drafts)) return nullptr;
  return &*cluster->about;
}

const Roadmap* ClusterView::RoadmapOf(const Service& s) const {
  if (!s.roadmap) return nullptr;
  auto it = roadmap_by_slug.find(s.roadmap->value);
  return it == roadmap_by_slug.end() ? nullptr : it->second;
}

const Roadmap* ClusterView::GroupRoadmap(RoadmapFor kind) const {
  const Roadmap* for_new = nullptr;
  for (const Roadmap* r : roadmaps) {
    if (r->kind == kind) return r;
    if (!for_new && r->kind == RoadmapFor::kNew) for_new = r;
  }
  return for_new;
}

std::vector<const Service*> ClusterView::ServicesOf(const Story& story) const {
  std::vector<const Service*> out;
  for (const Located& slug : story.services) {
    auto it = service_by_slug.find(slug.value);
    if (it != service_by_slug.end()) out.push_back(it->second);
  }
  return out;
}

ClusterView SelectAudience(const Cluster& cluster, Audience audience, bool drafts) {
  ClusterView v;
  v.cluster = &cluster;
  v.audience = audience;
  v.drafts = drafts;
  for (const Service& s : cluster.services) {
    if (!IsVisible(s, audience, drafts)) continue;
    v.services.push_back(&s);
    v.service_by_slug[s.slug] = &s;
  }
  std::sort(v.services.begin(), v.services.end(), [](const Service* a, const Service* b) {
    return std::make_tuple(-a->uses, a->title, a->slug) <
           std::make_tuple(-b->uses, b->title, b->slug);
  });
  for (const Story& s : cluster.stories) {
    if (IsVisible(s, audience, drafts)) v.stories.push_back(&s);
  }
  std::sort(v.stories.begin(), v.stories.end(), [](const Story* a, const Story* b) {
    return std::tie(b->date, a->slug) < std::tie(a->date, b->slug);
  });
  for (const Roadmap& r : cluster.roadmaps) {
    if (r.draft && !drafts) continue;
    // A roadmap for a service the audience cannot see is hidden with it.
    if (r.kind == RoadmapFor::kService && r.service && !v.service_by_slug.count(r.service->value))
      continue;
    v.roadmaps.push_back(&r);
    v.roadmap_by_slug[r.slug] = &r;
  }
  std::sort(v.roadmaps.begin(), v.roadmaps.end(), [](const Roadmap* a, const Roadmap* b) {
    return std::tie(a->kind, a->title, a->slug) < std::tie(b->kind, b->title, b->slug);
  });
  for (const Member& m : cluster.members) v.members.push_back(&m);
  std::sort(v.members.begin(), v.members.end(),
            [](const Member* a, const Member* b) { return a->name < b->name; });
  for (const Story* s : v.stories) {
    for (const Service* svc : v.ServicesOf(*s)) v.stories_by_service[svc->slug].push_back(s);
  }
  std::vector<const Event*> events;
  for (const Event& e : cluster.events) {
    if (IsVisible(e, audience, drafts)) events.push_back(&e);
  }
  v.events = OrderEvents(std::move(events), cluster.as_of, &v.upcoming);
  for (const News& n : cluster.news) {
    if (IsVisible(n, audience, drafts)) v.news.push_back(&n);
  }
  std::sort(v.news.begin(), v.news.end(), [](const News* a, const News* b) {
    return std::tie(b->date, a->slug) < std::tie(a->date, b->slug);
  });
  if (Sees(audience, Audience::kMembers)) {
    v.reports = QuarterReports(cluster, v.services);
  }
  if (cluster.strategy && !cluster.strategy->yaml_path.empty()) {
    v.strategy = &*cluster.strategy;
    for (const StrategySection& s : v.strategy->sections) {
      if (s.name == "1.2" && !s.prose.draft) v.strategy_goals = &s;
    }
  }
  return v;
}

std::optional<Date> ContentDate(const ClusterView& view) {
  std::optional<Date> newest;
  auto take = [&](const Date& d) {
    if (!newest || d > *newest) newest = d;
  };
  for (const Story* s : view.stories) take(s->date);
  for (const News* n : view.news) take(n->date);
  for (const Member* m : view.members) {
    if (m->joined) take(*m->joined);
  }
  return newest;
}

}  // namespace clustersite
