// events/: parsed from their files, then checked against the cluster.

#include "validate/event_rules.h"

#include <doctest/doctest.h>

#include "model/audience.h"
#include "model/parse.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::Has;
using testing::ValidTree;

/// ValidTree with two members and the event `front` (front matter lines).
MemoryFileSystem WithEvent(const std::string& front) {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A}\n- {name: SIA Formatus, sector: A, joined: 2025-05-01}\n");
  fs.Add("content/koks/events/brokastis.md", "---\n" + front + "---\nTeksts.\n");
  return fs;
}

const std::string kPath = "content/koks/events/brokastis.md";

}  // namespace

TEST_CASE("an event's fields are read, members-only unless it says public") {
  Diagnostics diag;
  Event e;
  REQUIRE(ParseEvent({kPath, "koks/events/brokastis.md",
                      "---\ntitle: Brokastis\nstart: 2026-12-10T08:30\nend: 2026-12-10T10:00\n"
                      "location: \"Rūpnīcas iela 5, Cēsis\"\nhost: SIA Formatus\nkind: feedback\n"
                      "new_members_present: true\nservices: [eksports]\n---\nTeksts.\n"},
                     &diag, &e));
  CHECK(diag.ToString() == "");
  CHECK(e.slug == "brokastis");
  CHECK(e.start == DateTime{{2026, 12, 10}, 8, 30});
  CHECK(e.end.Iso() == "2026-12-10T10:00");
  CHECK(e.location == "Rūpnīcas iela 5, Cēsis");
  CHECK(e.host->value == "SIA Formatus");
  CHECK(e.kind == EventKind::kFeedback);
  CHECK(e.new_members_present);
  CHECK(e.services.at(0).value == "eksports");
  CHECK(e.visibility == Audience::kMembers);
}

TEST_CASE("an event's time must be YYYY-MM-DDTHH:MM of a real day; kind is a closed set") {
  Diagnostics diag;
  Event e;
  ParseEvent({kPath, "koks/events/brokastis.md",
              "---\ntitle: B\nstart: 2026-12-10 08:30\nend: 2026-02-30T10:00\nkind: breakfast\n"
              "---\n"},
             &diag, &e);
  CHECK(diag.ToString() ==
        kPath +
            ":3:8: error: `start` is `2026-12-10 08:30`: write the local time as "
            "YYYY-MM-DDTHH:MM, like 2026-12-10T08:30\n" +
            kPath +
            ":4:6: error: `end` is `2026-02-30T10:00`: 2026-02-30 is not a date: February 2026 "
            "has 28 days\n" +
            kPath +
            ":5:7: error: `kind` is `breakfast`; it must be one of `meeting`, `training`, "
            "`mission`, `fair`, `visit`, `informal` or `feedback`\n");
  CHECK_FALSE(e.times_read);
}

TEST_CASE("an event that ends before it starts is an error at its end") {
  CHECK(CheckText(WithEvent("title: B\nkind: training\nstart: 2026-12-10T10:00\n"
                            "end: 2026-12-10T08:30\n")) ==
        kPath +
            ":5:6: error: `end` 2026-12-10T08:30 is not after `start` 2026-12-10T10:00; write the "
            "time the event ends\n");
}

TEST_CASE("an event's host is a member, with a did-you-mean; its services exist") {
  CHECK(CheckText(WithEvent("title: B\nkind: training\nstart: 2026-12-10T08:30\n"
                            "end: 2026-12-10T10:00\nhost: SIA Formats\nservices: [eksprts]\n")) ==
        kPath +
            ":6:7: error: host `SIA Formats` is no member or partner in "
            "content/koks/members.yaml; did you mean `SIA Formatus`?\n" +
            kPath + ":7:12: error: unknown service `eksprts`; did you mean `eksports`?\n");
}

TEST_CASE("a time the clocks skip in spring is an error; one they repeat in autumn, a warning") {
  const std::string text = CheckText(
      WithEvent("title: B\nkind: meeting\nstart: 2026-03-29T03:30\nend: 2026-10-25T03:30\n"));
  CHECK(text ==
        kPath +
            ":4:8: error: `start` 2026-03-29T03:30 does not exist in Europe/Riga: the clocks go "
            "forward from 03:00 to 04:00 that night; write 04:00 or later, or a time before "
            "03:00\n" +
            kPath +
            ":5:6: warning: `end` 2026-10-25T03:30 happens twice in Europe/Riga: the clocks go "
            "back from 04:00 to 03:00 that night; the first (summer time) is taken; write a time "
            "outside 03:00 to 04:00 to make it plain\n");
}

TEST_CASE("an event's times are checked in the cluster's own time zone") {
  MemoryFileSystem fs =
      WithEvent("title: B\nkind: meeting\nstart: 2026-03-29T03:30\nend: 2026-03-29T04:30\n");
  testing::Edit(&fs, "content/koks/cluster.yaml", "language: lv\n",
                "language: lv\ntimezone: America/New_York\n");
  CHECK(CheckText(fs) == "");
}

TEST_CASE("an unknown front matter key of an event is an error with a hint") {
  CHECK(Has(CheckText(WithEvent("title: B\nkind: training\nstart: 2026-12-10T08:30\n"
                                "end: 2026-12-10T10:00\nlocaton: Cēsis\n")),
            "did you mean `location`?"));
}

TEST_CASE("events are upcoming from the as-of day on, soonest first; then past, latest first") {
  auto event = [](const std::string& slug, Date start, Date end) {
    Event e;
    e.slug = slug;
    e.start = {start, 9, 0};
    e.end = {end, 10, 0};
    return e;
  };
  const Event old = event("old", {2026, 10, 1}, {2026, 10, 1});
  const Event recent = event("recent", {2026, 11, 30}, {2026, 11, 30});
  const Event running = event("running", {2026, 11, 28}, {2026, 12, 2});
  const Event today = event("today", {2026, 12, 1}, {2026, 12, 1});
  const Event later = event("later", {2027, 1, 5}, {2027, 1, 5});
  size_t upcoming = 0;
  CHECK(OrderEvents({&later, &old, &today, &recent, &running}, {2026, 12, 1}, &upcoming) ==
        std::vector<const Event*>{&running, &today, &later, &recent, &old});
  CHECK(upcoming == 3);
}

TEST_CASE("a members-only or draft event is in no public view") {
  Cluster c;
  c.as_of = {2026, 12, 1};
  Event shown, members, draft;
  shown.slug = "a";
  shown.visibility = Audience::kPublic;
  members.slug = "b";
  draft.slug = "c";
  draft.visibility = Audience::kPublic;
  draft.draft = true;
  c.events = {shown, members, draft};
  CHECK(SelectAudience(c, Audience::kPublic).events.size() == 1);
  CHECK(SelectAudience(c, Audience::kMembers).events.size() == 2);
  CHECK(SelectAudience(c, Audience::kMembers, true).events.size() == 3);
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("the next meeting is the next upcoming kind: meeting event, else next_meeting") {
  Cluster c;
  c.as_of = {2026, 12, 1};
  c.communication.next_meeting = Date{2026, 12, 3};
  auto event = [](const std::string& slug, EventKind kind, Date day, bool present = false) {
    Event e;
    e.slug = slug;
    e.kind = kind;
    e.start = {day, 8, 30};
    e.end = {day, 10, 0};
    e.new_members_present = present;
    return e;
  };
  c.events = {event("past", EventKind::kMeeting, {2026, 11, 12}),
              event("training", EventKind::kTraining, {2026, 12, 2}, true),
              event("later", EventKind::kMeeting, {2027, 1, 14}),
              event("next", EventKind::kMeeting, {2026, 12, 10})};
  const ClusterView v = SelectAudience(c, Audience::kMembers);
  REQUIRE(v.NextMeeting());
  CHECK(v.NextMeeting()->slug == "next");
  CHECK(v.NextMeetingDate() == Date{2026, 12, 10});
  CHECK(v.NextPresentation()->slug == "training");
  // The public sees none of these members' events: cluster.yaml's date stands.
  const ClusterView pub = SelectAudience(c, Audience::kPublic);
  CHECK(pub.NextMeeting() == nullptr);
  CHECK(pub.NextMeetingDate() == Date{2026, 12, 3});
}

TEST_CASE("a next_meeting that the next meeting in events/ contradicts is a warning") {
  const std::string meeting =
      "title: B\nkind: meeting\nstart: 2026-12-10T08:30\nend: 2026-12-10T10:00\n";
  CHECK(CheckText(WithEvent(meeting)) ==
        "content/koks/cluster.yaml:11:17: warning: `next_meeting` 2026-12-03 is not the day of the "
        "next meeting in events/, " +
            kPath + " on 2026-12-10, which the site shows; remove `next_meeting`, or correct it\n");
  MemoryFileSystem agree = WithEvent(meeting);
  testing::Edit(&agree, "content/koks/cluster.yaml", "next_meeting: 2026-12-03",
                "next_meeting: 2026-12-10");
  CHECK(CheckText(agree) == "");
  // A training is no meeting: next_meeting is not contradicted.
  CHECK(CheckText(WithEvent("title: B\nkind: training\nstart: 2026-12-10T08:30\n"
                            "end: 2026-12-10T10:00\n")) == "");
}

}  // namespace clustersite
