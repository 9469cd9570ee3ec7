// The quarterly service report: the figures of each quarter, derived once.

#include "model/quarter_report.h"

#include <doctest/doctest.h>

#include <set>

#include "model/figures.h"

namespace clustersite {
namespace {

const Date kAsOf{2026, 12, 1};

FeedbackRecord Use(const std::string& service, const std::string& member, Date date,
                   std::optional<int> rating = std::nullopt) {
  FeedbackRecord r;
  r.service.value = service;
  r.member.value = member;
  r.date = date;
  r.rating = rating;
  return r;
}

/// A cluster's services by slug, which the reports point into: those of
/// `hidden` are the cluster's but not shown to the audience.
struct Services {
  Cluster cluster;
  std::vector<const Service*> shown;
  explicit Services(const std::vector<std::string>& slugs,
                    const std::vector<std::string>& hidden = {}) {
    for (const std::string& slug : slugs) cluster.services.emplace_back().slug = slug;
    for (const std::string& slug : hidden) cluster.services.emplace_back().slug = slug;
    for (size_t i = 0; i < slugs.size(); ++i) shown.push_back(&cluster.services[i]);
  }
};

/// The one report of quarter `q` of `records`, every quarter in `files` having a file.
/// The cluster has a member of each name in `records` but those in `strangers`.
QuarterReport Report(const std::vector<FeedbackRecord>& records, Services& services,
                     const Quarter& q, const std::vector<Quarter>& files,
                     const std::set<std::string>& strangers = {}) {
  Cluster& c = services.cluster;
  c.as_of = kAsOf;
  c.feedback = records;
  c.feedback_quarters = files;
  std::set<std::string> names;
  for (const Member& m : c.members) names.insert(m.name);
  for (const FeedbackRecord& r : records) {
    if (!strangers.count(r.member.value) && names.insert(r.member.value).second)
      c.members.emplace_back().name = r.member.value;
  }
  ResolveFeedback(&c);
  for (QuarterReport& r : QuarterReports(c, services.shown)) {
    if (r.quarter == q) return r;
  }
  FAIL("no report of quarter " << QuarterSlug(q));
  return {};
}

const ServiceFigures* Figures(const QuarterReport& r, const std::string& slug) {
  for (const ServiceFigures& f : r.services) {
    if (f.service->slug == slug) return &f;
  }
  return nullptr;
}

const Quarter kQ4{2026, 4};

}  // namespace

TEST_CASE("a service's ratings from 2 members are withheld; from 3 they show mean and counts") {
  Services services({"two", "three"});
  const QuarterReport r =
      Report({Use("two", "A", {2026, 10, 1}, 5), Use("two", "B", {2026, 10, 2}, 4),
              Use("three", "A", {2026, 10, 1}, 5), Use("three", "B", {2026, 10, 2}, 4),
              Use("three", "C", {2026, 10, 3}, 2)},
             services, kQ4, {kQ4});
  const ServiceFigures* two = Figures(r, "two");
  REQUIRE(two);
  CHECK(two->figures.uses == 2);
  CHECK_FALSE(two->figures.ratings);
  CHECK_FALSE(two->figures.mean_tenths);
  const ServiceFigures* three = Figures(r, "three");
  REQUIRE(three);
  CHECK(three->figures.ratings == std::array<long, 5>{0, 1, 0, 1, 1});
  CHECK(three->figures.mean_tenths == 37);  // 11 / 3 = 3.67
  // All services together: five ratings from three members.
  CHECK(r.total.ratings == std::array<long, 5>{0, 1, 0, 2, 2});
  CHECK(r.total.mean_tenths == 40);
}

TEST_CASE("names the cluster does not have are members too, one for each name") {
  Services services({"s"});
  const QuarterReport r = Report({Use("s", "A", {2026, 10, 1}, 5), Use("s", "X", {2026, 10, 2}, 4),
                                  Use("s", "Y", {2026, 11, 1}, 3), Use("s", "X", {2026, 11, 2}, 2)},
                                 services, kQ4, {kQ4}, {"X", "Y"});
  REQUIRE(Figures(r, "s"));
  CHECK(Figures(r, "s")->figures.members == 3);
  CHECK(Figures(r, "s")->figures.mean_tenths == 35);  // three raters: shown
}

TEST_CASE("three ratings from two members are withheld: the threshold counts raters, not ratings") {
  Services services({"s"});
  const QuarterReport r = Report({Use("s", "A", {2026, 10, 1}, 5), Use("s", "A", {2026, 11, 1}, 5),
                                  Use("s", "B", {2026, 10, 2}, 4), Use("s", "C", {2026, 10, 3})},
                                 services, kQ4, {kQ4});
  REQUIRE(Figures(r, "s"));
  CHECK(Figures(r, "s")->figures.members == 3);
  CHECK_FALSE(Figures(r, "s")->figures.ratings);
  CHECK_FALSE(r.total.mean_tenths);
}

TEST_CASE("a member who used a service twice is one of its distinct members, both ratings count") {
  Services services({"s"});
  const QuarterReport r = Report({Use("s", "A", {2026, 10, 1}, 5), Use("s", "A", {2026, 11, 1}, 3),
                                  Use("s", "B", {2026, 10, 2}, 4), Use("s", "C", {2026, 10, 3}, 4)},
                                 services, kQ4, {kQ4});
  const ServiceFigures* s = Figures(r, "s");
  REQUIRE(s);
  CHECK(s->figures.uses == 4);
  CHECK(s->figures.members == 3);
  CHECK(r.total.members == 3);
  CHECK(s->figures.ratings == std::array<long, 5>{0, 0, 1, 2, 1});
  CHECK(s->figures.mean_tenths == 40);
}

TEST_CASE("a use on the first and on the last day of a quarter belongs to that quarter") {
  CHECK(QuarterOf({2026, 1, 1}) == Quarter{2026, 1});
  CHECK(QuarterOf({2026, 3, 31}) == Quarter{2026, 1});
  CHECK(QuarterOf({2026, 4, 1}) == Quarter{2026, 2});
  CHECK(QuarterOf({2026, 9, 30}) == Quarter{2026, 3});
  CHECK(QuarterOf({2026, 10, 1}) == Quarter{2026, 4});
  CHECK(QuarterOf({2026, 12, 31}) == Quarter{2026, 4});
  Services services({"s"});
  const std::vector<FeedbackRecord> records = {
      Use("s", "A", {2026, 6, 30}), Use("s", "A", {2026, 7, 1}), Use("s", "B", {2026, 9, 30}),
      Use("s", "C", {2026, 10, 1})};
  const std::vector<Quarter> files = {{2026, 2}, {2026, 3}, {2026, 4}};
  CHECK(Report(records, services, {2026, 2}, files).total.uses == 1);
  CHECK(Report(records, services, {2026, 3}, files).total.uses == 2);
  CHECK(Report(records, services, {2026, 4}, files).total.uses == 1);
}

TEST_CASE("the quarter before a first quarter is the fourth of the year before") {
  CHECK(PreviousQuarter({2026, 1}) == Quarter{2025, 4});
  CHECK(PreviousQuarter({2026, 4}) == Quarter{2026, 3});
  CHECK(QuarterSlug({2025, 4}) == "2025-q4");
  Services services({"s"});
  const QuarterReport r = Report(
      {Use("s", "A", {2025, 12, 31}), Use("s", "B", {2026, 1, 1}), Use("s", "C", {2026, 2, 1})},
      services, {2026, 1}, {{2025, 4}, {2026, 1}});
  CHECK(r.has_previous);
  CHECK(r.total.uses_change == 1);
}

TEST_CASE("a quarter's change is against the quarter before, if that quarter has a file") {
  Services services({"s", "t"});
  std::vector<FeedbackRecord> records;
  for (const char* m : {"A", "B", "C"}) records.push_back(Use("s", m, {2026, 8, 1}, 3));
  for (const char* m : {"A", "B", "C", "D"}) records.push_back(Use("s", m, {2026, 11, 1}, 4));
  records.push_back(Use("t", "A", {2026, 11, 2}, 5));
  records.push_back(Use("t", "A", {2026, 5, 2}, 5));
  records.push_back(Use("t", "B", {2026, 5, 3}));
  const std::vector<Quarter> files = {{2026, 2}, {2026, 3}, {2026, 4}};
  const QuarterReport q4 = Report(records, services, kQ4, files);
  const ServiceFigures* s = Figures(q4, "s");
  REQUIRE(s);
  CHECK(s->figures.uses_change == 1);
  CHECK(s->figures.mean_change_tenths == 10);  // 3.0 → 4.0
  const ServiceFigures* t = Figures(q4, "t");
  REQUIRE(t);
  CHECK(t->figures.uses_change == 1);          // unused in the third quarter: from 0
  CHECK_FALSE(t->figures.mean_change_tenths);  // a withheld mean has no change
  CHECK(q4.total.uses_change == 2);            // 5 against 3
  CHECK(q4.total.mean_change_tenths == 12);    // 3.0 → 4.2 (21 / 5)
  // The first quarter with a file, and one whose quarter before has none.
  const QuarterReport q2 = Report(records, services, {2026, 2}, files);
  CHECK_FALSE(q2.has_previous);
  CHECK_FALSE(q2.total.uses_change);
  CHECK_FALSE(q2.services.at(0).figures.uses_change);
  const QuarterReport gap = Report(records, services, kQ4, {{2026, 2}, {2026, 4}});
  CHECK_FALSE(gap.has_previous);
  CHECK_FALSE(gap.total.uses_change);
  CHECK_FALSE(Figures(gap, "s")->figures.uses_change);
}

TEST_CASE("services nobody used in a quarter are listed as unused; used ones by most uses") {
  Services services({"a", "b", "c", "d"});
  const QuarterReport r = Report({Use("c", "A", {2026, 10, 1}), Use("c", "B", {2026, 10, 1}),
                                  Use("b", "A", {2026, 10, 1}), Use("a", "A", {2026, 7, 1})},
                                 services, kQ4, {{2026, 3}, kQ4});
  REQUIRE(r.services.size() == 2);
  CHECK(r.services[0].service->slug == "c");
  CHECK(r.services[1].service->slug == "b");
  REQUIRE(r.unused.size() == 2);
  CHECK(r.unused[0]->slug == "a");
  CHECK(r.unused[1]->slug == "d");
  // An empty quarter file: every service unused.
  const QuarterReport empty = Report({}, services, kQ4, {kQ4});
  CHECK(empty.services.empty());
  CHECK(empty.unused.size() == 4);
  CHECK(empty.total.uses == 0);
}

TEST_CASE("a quoted comment keeps its text and service and never its member; others are left out") {
  Services services({"s"});
  FeedbackRecord quoted = Use("s", "SIA Formatus", {2026, 10, 1}, 5);
  quoted.comment = "SIA Formatus found two buyers.";
  quoted.quote = true;
  FeedbackRecord unquoted = Use("s", "SIA Otra", {2026, 10, 2}, 4);
  unquoted.comment = "Too expensive.";
  FeedbackRecord empty = Use("s", "SIA Trešā", {2026, 10, 3});
  empty.quote = true;
  const QuarterReport r = Report({quoted, unquoted, empty}, services, kQ4, {kQ4});
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].service->slug == "s");
  // The text as written: a comment, nothing taken out of it.
  CHECK(r.quotes[0].text == "SIA Formatus found two buyers.");
}

TEST_CASE("gained contacts count the uses that say so, of all the quarter's uses") {
  Services services({"s"});
  FeedbackRecord yes = Use("s", "A", {2026, 10, 1});
  yes.contacts = true;
  const QuarterReport r = Report(
      {yes, yes, Use("s", "B", {2026, 10, 2}), Use("s", "C", {2026, 10, 3})}, services, kQ4, {kQ4});
  CHECK(r.total.contacts == 2);
  CHECK(r.total.uses == 4);
}

TEST_CASE("reports are newest first, up to the as-of date; a quarter still to come has none") {
  CHECK(ReportQuarters({{2025, 4}, {2026, 4}, {2027, 1}, {2026, 1}}, kAsOf) ==
        std::vector<Quarter>{{2026, 4}, {2026, 1}, {2025, 4}});
  CHECK(ReportQuarters({{2026, 4}}, {2026, 9, 30}).empty());
  CHECK(ReportQuarters({{2026, 4}}, {2026, 10, 1}) == std::vector<Quarter>{{2026, 4}});
}

TEST_CASE("uses of a service the audience does not see, and after the as-of date, are left out") {
  Services services({"shown"}, {"hidden"});
  const QuarterReport r =
      Report({Use("shown", "A", {2026, 10, 1}), Use("hidden", "A", {2026, 10, 1}),
              Use("shown", "B", {2026, 12, 2})},
             services, kQ4, {kQ4});
  CHECK(r.total.uses == 1);
  REQUIRE(r.services.size() == 1);
  CHECK(r.services[0].service->slug == "shown");
}

}  // namespace clustersite
