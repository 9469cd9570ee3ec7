#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "check/link_check.h"
#include "core/color.h"
#include "markdown/markdown.h"
#include "model/audience.h"
#include "theme/i18n.h"
#include "theme/theme.h"

namespace clustersite {

/// The Markdown of one cluster rendered to HTML once, keyed by the document
/// (a file's content-relative path, or "<path>#step3" / "#direction1").
struct RenderedMarkdown {
  std::map<std::string, std::string> html;
  std::set<std::string> media;       ///< content-relative media files linked from Markdown
  std::vector<MarkdownLink> checks;  ///< links for the site's link check
  /// Images of other sites by document key: the welcome kit shows them as text.
  std::map<std::string, std::vector<RemoteImage>> remote_images;
  const std::string& Get(const std::string& key) const;
};

struct NavCache;
struct ReportParts;

/// Everything the page builders of one cluster share.
struct MemberPlaces;

struct ClusterContext {
  const ClusterView* view = nullptr;
  const Strings* strings = nullptr;
  const RenderedMarkdown* markdown = nullptr;
  std::string portal_title;
  bool has_portal = false;  ///< a portal index exists one level up
  std::string base_url;     ///< absolute URL of the cluster folder, or ""
  /// The cluster's public address as event UIDs name it (EventUid): its
  /// `base_url`, else the portal's + slug, else "": the same in every audience.
  std::string public_url;
  std::string portal_url;  ///< absolute URL of the portal index, or ""
  /// Where the links of the 404 page start: see ErrorPageRoot.
  std::string error_root;
  std::string error_portal_root;      ///< the 404 page's link to the portal
  std::optional<BrandPalette> brand;  ///< when cluster.yaml has a brand_color
  /// This audience's build holds the strategy's full document,
  /// `<c>/strategy/document.html`: the summary page links it. Set where the
  /// document is written, so that the link never goes to no page.
  bool strategy_document = false;
  /// What every page at folder depth 0 to 5 shares (lang, t, site,
  /// cluster), and last what the 404 page shares.
  std::vector<MustacheData> shared;
  /// The navigation of its pages, each made once for all pages whose
  /// navigation is the same (SharedNav). Null where views are built alone
  /// (tests): each page's layout then holds its own.
  std::shared_ptr<NavCache> nav;
  /// Where its members are shown, made by PrepareShared. Null where views
  /// are built alone (tests): a page then makes its own.
  std::shared_ptr<const MemberPlaces> members;
  /// What each report's page and handout share (MakeAllReportParts). Null
  /// where views are built alone: a report then makes its own.
  std::shared_ptr<const std::vector<ReportParts>> report_parts;

  const Cluster& cluster() const { return *view->cluster; }
  /// The feed is written when the cluster's address is known.
  bool has_feed() const { return !base_url.empty(); }
  /// The shared data for a page in folder `dir`.
  const MustacheData& Shared(const std::string& dir) const;
  /// The shared data of the 404 page.
  const MustacheData& ErrorShared() const { return shared.back(); }
};

/// ctx.members, or where views are built alone, the places made anew.
std::shared_ptr<const MemberPlaces> MemberPlacesOf(const ClusterContext& ctx);

/// Cluster-relative page folders.
std::string ServiceDir(const Service& s);
std::string StoryDir(const Story& s);
std::string RoadmapDir(const Roadmap& r);
/// The folder of the events list, and the calendar of all events the
/// audience sees, beside the home page.
inline constexpr const char* kEventsDir = "events/";
inline constexpr const char* kCalendarFile = "calendar.ics";
/// "events/<slug>/", and "events/<slug>.ics" beside it: the calendar of one event.
std::string EventDir(const Event& e);
std::string EventIcsPath(const Event& e);

/// The display name of a service category: cluster.yaml's `categories`, else the key.
std::string CategoryName(const Cluster& c, const std::string& key);
std::string ForLabel(const Strings& t, RoadmapFor kind);

/// The stories of one service: a group of the stories list, with its own
/// pages in `dir` ("stories/service/eksports/").
struct StoryGroup {
  const Service* service = nullptr;
  const std::vector<const Story*>* stories = nullptr;  ///< newest first
  std::string dir;
};
/// The groups of the stories list, in the order of the view's services.
std::vector<StoryGroup> StoryGroups(const ClusterView& view);

/// The members and partners of one sector, with their own pages in `dir`
/// ("members/sector/koka-buvnieciba/").
struct MemberSector {
  std::string name, dir;
  std::vector<const Member*> members;  ///< members, then partners, each by name
};
/// The sectors by name. The members list shows their members in this
/// order, so it is the order its pages are cut from.
std::vector<MemberSector> MemberSectors(const ClusterView& view);

/// The groups of the long lists of a cluster, found once for all its pages.
struct ListGroups {
  std::vector<StoryGroup> stories;
  std::vector<MemberSector> sectors;
  /// The members of every sector one after another: the order of the
  /// members list, which its pages are cut from.
  std::vector<const Member*> members;
  explicit ListGroups(const ClusterView& view);
  /// The stories of group `group`, or all of them.
  const std::vector<const Story*>& Stories(const ClusterView& view,
                                           std::optional<size_t> group) const;
  /// The members of sector `sector`, or all of them, in the list's order.
  const std::vector<const Member*>& Members(std::optional<size_t> sector) const;
};

/// The folder of the members list's page that shows each member.
std::map<const Member*, std::string> MemberPageDirs(const ClusterView& view);

/// Where the members list shows each member (MemberPageDirs, MemberAnchors),
/// and each member by its name folded (FoldKey): what a link to a member
/// from another page needs, made once for a cluster (ClusterContext::members).
struct MemberPlaces {
  explicit MemberPlaces(const ClusterView& view);
  std::map<const Member*, std::string> dirs, anchors;
  std::unordered_map<std::string, const Member*> by_key;  ///< the first member of each key
};

/// The anchor of each member on the members page: "m-sia-formatus", with
/// "-2" and on for names that fold to a taken one, in the view's order.
std::map<const Member*, std::string> MemberAnchors(const ClusterView& view);

}  // namespace clustersite
