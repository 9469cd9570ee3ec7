#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pages/card_views.h"
#include "pages/layout_view.h"

namespace clustersite {

/// The view of each page type of a cluster: built from the cluster's
/// context in one place (Build…), turned into the data of its template
/// (`home` for HomeView, …) by its Fill, which declares the names too.

struct HomeView {
  LayoutView layout;
  std::vector<ServiceCardView> top_services;
  std::vector<StoryCardView> latest_stories;
  bool has_latest_stories = false;
  std::string services_url, stories_url, roadmaps_url, members_url;
  std::optional<std::string> about_url;
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

struct StoryFilterView {
  std::string title, anchor, count;
};
void Fill(ViewFields& f, StoryFilterView& v);

/// The stories of one service, on the stories page.
struct StoryGroupView {
  std::string title, url, anchor;
  std::vector<StoryCardView> stories;
};
void Fill(ViewFields& f, StoryGroupView& v);

struct StoriesView {
  LayoutView layout;
  std::vector<StoryCardView> stories;
  bool has_stories = false;
  std::vector<StoryFilterView> filters;
  std::vector<StoryGroupView> by_service;
};
StoriesView BuildStories(const ClusterContext& ctx);
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

struct MembersView {
  LayoutView layout;
  std::vector<SectorView> sectors;
  std::string member_count, partner_count;
  std::vector<CountView> composition;
};
MembersView BuildMembers(const ClusterContext& ctx);
void Fill(ViewFields& f, MembersView& v);

struct AboutView {
  LayoutView layout;
  std::string about_html;
};
AboutView BuildAbout(const ClusterContext& ctx);
void Fill(ViewFields& f, AboutView& v);

}  // namespace clustersite
