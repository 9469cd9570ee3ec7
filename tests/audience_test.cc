#include "model/audience.h"

#include <doctest/doctest.h>

#include "model/figures.h"

namespace clustersite {

TEST_CASE("audiences are ordered levels: public < members < staff") {
  CHECK(Audience::kPublic < Audience::kMembers);
  CHECK(Audience::kMembers < Audience::kStaff);
}

TEST_CASE("each audience sees what is meant for it and for every audience below it") {
  CHECK(Sees(Audience::kPublic, Audience::kPublic));
  CHECK_FALSE(Sees(Audience::kPublic, Audience::kMembers));
  CHECK_FALSE(Sees(Audience::kPublic, Audience::kStaff));
  CHECK(Sees(Audience::kMembers, Audience::kPublic));
  CHECK(Sees(Audience::kMembers, Audience::kMembers));
  CHECK_FALSE(Sees(Audience::kMembers, Audience::kStaff));
  CHECK(Sees(Audience::kStaff, Audience::kPublic));
  CHECK(Sees(Audience::kStaff, Audience::kMembers));
  CHECK(Sees(Audience::kStaff, Audience::kStaff));
}

TEST_CASE("every audience above the public is private") {
  CHECK_FALSE(IsPrivate(Audience::kPublic));
  CHECK(IsPrivate(Audience::kMembers));
  CHECK(IsPrivate(Audience::kStaff));
}

TEST_CASE("member contacts are shown to members and to every audience above them") {
  Cluster cluster;
  CHECK_FALSE(SelectAudience(cluster, Audience::kPublic).show_member_contacts());
  CHECK(SelectAudience(cluster, Audience::kMembers).show_member_contacts());
  CHECK(SelectAudience(cluster, Audience::kStaff).show_member_contacts());
}

TEST_CASE("the quarterly reports are the members' and the staff's, of the services they see") {
  Cluster c;
  c.as_of = {2026, 12, 1};
  c.feedback_quarters = {{2026, 3}, {2026, 4}};
  for (const char* slug : {"shown", "draft"}) {
    c.services.push_back(Service{});
    c.services.back().slug = slug;
  }
  c.services.back().draft = true;
  for (const char* slug : {"shown", "draft"}) {
    c.feedback.push_back(FeedbackRecord{});
    c.feedback.back().service.value = slug;
    c.feedback.back().member.value = "SIA Koks";
    c.feedback.back().date = {2026, 10, 1};
  }
  ResolveFeedback(&c);
  CHECK(SelectAudience(c, Audience::kPublic).reports.empty());
  for (Audience audience : {Audience::kMembers, Audience::kStaff}) {
    const ClusterView v = SelectAudience(c, audience);
    REQUIRE(v.reports.size() == 2);
    CHECK(v.reports[0].quarter == Quarter{2026, 4});
    CHECK(v.reports[0].total.uses == 1);
  }
}

TEST_CASE("a story is published only with consent, to the audiences that see its visibility") {
  Story story;
  story.visibility = Audience::kMembers;
  CHECK_FALSE(IsVisible(story, Audience::kStaff));  // no consent yet
  story.consent = Date{2026, 2, 1};
  CHECK_FALSE(IsVisible(story, Audience::kPublic));
  CHECK(IsVisible(story, Audience::kMembers));
  CHECK(IsVisible(story, Audience::kStaff));
}

TEST_CASE("a draft is in no audience's view unless drafts are shown") {
  Cluster c;
  c.about = Body{"About", 1};
  c.about_draft = true;
  c.services.push_back(Service{});
  c.services.back().slug = "s";
  c.services.back().draft = true;
  c.stories.push_back(Story{});
  c.stories.back().consent = Date{2026, 2, 1};
  c.stories.back().visibility = Audience::kPublic;
  c.stories.back().draft = true;
  c.roadmaps.push_back(Roadmap{});
  c.roadmaps.back().draft = true;
  for (Audience audience : {Audience::kPublic, Audience::kMembers, Audience::kStaff}) {
    ClusterView hidden = SelectAudience(c, audience);
    CHECK(hidden.services.empty());
    CHECK(hidden.stories.empty());
    CHECK(hidden.roadmaps.empty());
    CHECK(hidden.about() == nullptr);
  }
  ClusterView shown = SelectAudience(c, Audience::kPublic, true);
  CHECK(shown.services.size() == 1);
  CHECK(shown.stories.size() == 1);
  CHECK(shown.roadmaps.size() == 1);
  CHECK(shown.about() == &*c.about);
}

TEST_CASE("a group's roadmap is the first for its kind, else the first for new members") {
  Cluster c;
  for (auto [slug, kind] : {std::pair{"b-new", RoadmapFor::kNew},
                            {"a-new", RoadmapFor::kNew},
                            {"active", RoadmapFor::kActive}}) {
    c.roadmaps.push_back(Roadmap{});
    c.roadmaps.back().slug = slug;
    c.roadmaps.back().title = slug;
    c.roadmaps.back().kind = kind;
  }
  ClusterView v = SelectAudience(c, Audience::kPublic);
  CHECK(v.GroupRoadmap(RoadmapFor::kActive)->slug == "active");
  CHECK(v.GroupRoadmap(RoadmapFor::kNew)->slug == "a-new");
  CHECK(v.GroupRoadmap(RoadmapFor::kReactivate)->slug == "a-new");
  CHECK(SelectAudience(Cluster{}, Audience::kPublic).GroupRoadmap(RoadmapFor::kNew) == nullptr);
}

}  // namespace clustersite
