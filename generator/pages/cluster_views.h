#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pages/card_views.h"
#include "pages/event_views.h"
#include "pages/layout_view.h"
#include "pages/pagination.h"

namespace clustersite {

/// The view of each page type of a cluster: built from the cluster's
/// context in one place (Build…), turned into the data of its template
/// (`home` for HomeView, …) by its Fill, which declares the names too.

struct HomeView {
  LayoutView layout;
  std::vector<ServiceCardView> top_services;
  std::vector<StoryCardView> latest_stories;
  bool has_latest_stories = false;
  std::vector<EventCardView> next_events;  ///< the next three
  bool has_next_events = false;
  std::string services_url, stories_url, roadmaps_url, members_url;
  std::optional<std::string> events_url;  ///< when the audience sees events
  std::optional<std::string> about_url;
  std::optional<std::string> reports_url;  ///< the quarterly reports, for members
  std::string member_count, partner_count;
};
/// `json_ld`: the cluster as JSON-LD, for the head.
HomeView BuildHome(const ClusterContext& ctx, const std::string& json_ld);
void Fill(ViewFields& f, HomeView& v);

struct CategoryView {
  std::string name;
  std::vector<ServiceCardView> services;
};
void Fill(ViewFields& f, CategoryView& v);

struct ServicesView {
  LayoutView layout;
  std::vector<CategoryView> categories;  ///< in the order of their most used service
  std::string service_count;
};
ServicesView BuildServices(const ClusterContext& ctx);
void Fill(ViewFields& f, ServicesView& v);

struct ServicePageView {
  LayoutView layout;
  ServiceDetailView service;
  std::optional<RoadmapDetailView> roadmap;
  std::vector<StoryCardView> stories;
  bool has_stories = false;
};
/// The page of the `index`th service of the view.
ServicePageView BuildServicePage(const ClusterContext& ctx, size_t index);
void Fill(ViewFields& f, ServicePageView& v);

/// A link of a list to one of its groups: "Trade missions (4)".
struct GroupLinkView {
  std::string title, url, count;
  bool current = false;
};
void Fill(ViewFields& f, GroupLinkView& v);

/// The links of a list to its groups' pages, and back to the whole list.
struct GroupLinksView {
  std::string label, all_label, all_url;
  bool all_current = false;  ///< a page of the whole list
  std::vector<GroupLinkView> links;
};
void Fill(ViewFields& f, GroupLinksView& v);

/// A page of the stories list: all stories, or those of one service.
struct StoriesView {
  LayoutView layout;
  std::vector<StoryCardView> stories;  ///< of this page
  bool has_stories = false;
  GroupLinksView groups;            ///< the stories of each service
  std::optional<LinkView> service;  ///< on a service's stories: the service
  std::optional<PagerView> pager;
};
/// Page `slice` of the stories of service group `group`, or of all stories.
StoriesView BuildStories(const ClusterContext& ctx, const ListGroups& list,
                         std::optional<size_t> group, const PageSlice& slice);
void Fill(ViewFields& f, StoriesView& v);

/// A story with its body, on its page.
struct StoryDetailView {
  StoryCardView card;
  std::string body_html;
};
void Fill(ViewFields& f, StoryDetailView& v);

struct StoryPageView {
  LayoutView layout;
  StoryDetailView story;
  std::optional<LinkView> prev, next;
};
/// The page of the `index`th story of the view (newest first).
StoryPageView BuildStoryPage(const ClusterContext& ctx, size_t index);
void Fill(ViewFields& f, StoryPageView& v);

struct RoadmapGroupView {
  std::string label;
  std::vector<RoadmapCardView> roadmaps;
};
void Fill(ViewFields& f, RoadmapGroupView& v);

struct RoadmapsView {
  LayoutView layout;
  std::vector<RoadmapGroupView> groups;
};
RoadmapsView BuildRoadmaps(const ClusterContext& ctx);
void Fill(ViewFields& f, RoadmapsView& v);

struct RoadmapPageView {
  LayoutView layout;
  RoadmapDetailView roadmap;
};
RoadmapPageView BuildRoadmapPage(const ClusterContext& ctx, size_t index);
void Fill(ViewFields& f, RoadmapPageView& v);

struct MemberView {
  std::string anchor, name, kind, type_label;
  std::optional<std::string> size_label;
  std::string sector;
  std::optional<std::string> joined, joined_iso, website;
  std::vector<std::string> interests;
  std::optional<ContactView> contact;  ///< in the members' build only
};
void Fill(ViewFields& f, MemberView& v);

struct SectorView {
  std::string name;
  bool has_members = false, has_partners = false;
  std::vector<MemberView> members, partners;
};
void Fill(ViewFields& f, SectorView& v);

/// A line of the members page's composition: "12 companies".
struct CountView {
  std::string label, count;
};
void Fill(ViewFields& f, CountView& v);

/// A page of the members list: all members and partners, or one sector's.
struct MembersView {
  LayoutView layout;
  std::vector<SectorView> sectors;  ///< the sectors of the members on this page
  std::string member_count, partner_count;
  std::vector<CountView> composition;
  std::optional<GroupLinksView> groups;  ///< the members of each sector
  bool is_sector = false;                ///< one sector's page
  std::optional<PagerView> pager;
};
/// Page `slice` of the members of sector `sector`, or of all of them.
MembersView BuildMembers(const ClusterContext& ctx, const ListGroups& list,
                         std::optional<size_t> sector, const PageSlice& slice);
void Fill(ViewFields& f, MembersView& v);

struct AboutView {
  LayoutView layout;
  std::string about_html;
};
AboutView BuildAbout(const ClusterContext& ctx);
void Fill(ViewFields& f, AboutView& v);

}  // namespace clustersite
