#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "model/closed_sets.h"

namespace clustersite {

/// A value with the place it was written, for diagnostics.
struct Located {
  std::string value;
  Position pos;
};

struct Contact {
  std::string name;
  std::string role;
  std::string email;
  std::string phone;
  Position pos;
};

struct Direction {
  std::string title;
  std::string text;  ///< Markdown
};

/// Text that `clustersite new` wrote for the author to replace (one of the
/// table in model/placeholders.h), where it still stands in a file.
struct Placeholder {
  std::string text;
  Position pos;
};

/// A Markdown body and where it starts in its file. A build leaves the
/// bodies of services, stories and roadmaps in their files (`deferred`) and
/// reads each one again when its cluster renders, so the model of a whole
/// portal holds its front matter only.
struct Body {
  std::string markdown;
  int first_line = 1;
  bool deferred = false;  ///< `markdown` is left in the file: see BodyReader
};

struct Service {
  std::string slug, path, rel;
  std::string title, summary, category;
  Position category_pos;
  long uses_last_year = 0;
  Position uses_last_year_pos;
  bool uses_last_year_written = false;
  /// Uses in the 12 months before the as-of date, as the ranking counts
  /// them: from feedback/ when the cluster has it, else `uses_last_year`
  /// (derived by DeriveFigures, model/figures.h).
  long uses = 0;
  std::vector<ServiceAudience> audience;
  std::optional<Contact> contact;  ///< else the cluster contact
  std::optional<Located> roadmap;  ///< slug of the roadmap for this service
  Audience visibility = Audience::kPublic;
  bool draft = false;  ///< `draft: true`: published in no audience (see ClusterView::drafts)
  std::vector<Placeholder> placeholders;
  Body body;
};

struct Story {
  std::string slug, path, rel;
  std::string title, company, summary;
  Position company_pos;
  std::vector<Located> services;
  Date date;
  std::optional<Date> consent;
  bool consent_written = false;  ///< the key is there, even if its value is wrong
  bool consent_empty = false;    ///< `consent:` is there with no date yet (as `new` writes it)
  Position consent_pos;
  Audience visibility = Audience::kMembers;
  bool draft = false;
  std::vector<Placeholder> placeholders;
  /// Dated after its cluster's as-of date: published in no audience (unless `--future`).
  bool held_back = false;
  Body body;
};

struct Step {
  StepWho who = StepWho::kBoth;
  std::string title;
  std::string when;  ///< free text, or a date as YYYY-MM-DD
  std::optional<Date> when_date;
  std::string text;  ///< Markdown
};

struct Roadmap {
  std::string slug, path, rel;
  std::string title;
  RoadmapFor kind = RoadmapFor::kNew;
  std::optional<Located> service;
  std::vector<Step> steps;
  bool draft = false;
  std::vector<Placeholder> placeholders;
  Body body;
};

/// A meeting, training, mission or other event of the cluster, from
/// events/<slug>.md; its times are wall-clock times in the cluster's zone.
struct Event {
  std::string slug, path, rel;
  std::string title, location;
  DateTime start, end;
  Position start_pos, end_pos;
  bool times_read = false;      ///< both `start` and `end` parsed: the checks of their order apply
  std::optional<Located> host;  ///< a name in members.yaml
  EventKind kind = EventKind::kMeeting;
  bool new_members_present = false;  ///< new members present themselves here
  std::vector<Located> services;     ///< service slugs
  Audience visibility = Audience::kMembers;
  bool draft = false;
  std::vector<Placeholder> placeholders;
  Body body;
};

/// A news item, from news/<slug>.md: one short paragraph the cluster
/// passes on; three of a month's items make its digest.
struct News {
  std::string slug, path, rel;
  std::string title;
  Date date;
  Position date_pos;
  NewsKind kind = NewsKind::kIndustry;
  std::string source;  ///< the original, an http(s) address; "" when none
  Position source_pos;
  bool digest = false;  ///< one of its month's three digest items
  Position digest_pos;
  Audience visibility = Audience::kMembers;
  bool draft = false;
  std::vector<Placeholder> placeholders;
  /// Dated after its cluster's as-of date: published in no audience (unless `--future`).
  bool held_back = false;
  Body body;
};

/// One service a member used, as feedback/ records it (derived by
/// DeriveMemberActivity, model/member_activity.h).
struct ServiceUse {
  std::string service;             ///< its slug
  long count = 0;                  ///< the uses recorded
  std::optional<int> last_rating;  ///< of its newest use that has a rating
  Date last_date;                  ///< of its newest use
};

/// What feedback/ says of one member, for the staff's pages: derived, never
/// written.
struct MemberActivity {
  std::vector<ServiceUse> used;    ///< by service slug
  std::vector<size_t> never_used;  ///< the cluster's other services: positions in its list
  std::optional<int> last_rating;  ///< of its newest use that has a rating
  /// Its uses as positions in Cluster::feedback, newest first (of one day,
  /// the one written later first).
  std::vector<size_t> uses;
};

struct Member {
  std::string name;
  Position pos;
  MemberKind kind = MemberKind::kMember;
  MemberType type = MemberType::kCompany;
  MemberSize size = MemberSize::kUnset;
  std::string sector;
  std::optional<Date> joined;
  std::string website;
  Position website_pos;
  std::vector<std::string> interests;
  std::vector<Position> interests_pos;  ///< where each of `interests` is written
  std::optional<Contact> contact;       ///< members-only
  bool digest = false;                  ///< `digest: true`: receives the monthly news digest
  Position digest_pos;
  /// Derived by DeriveFigures (model/figures.h), never written.
  std::string slug;  ///< for staff pages: the name folded to ASCII (MemberSlug)
  MemberGroup group = MemberGroup::kNone;
  std::optional<Date> last_use;  ///< derived: the newest use in feedback/
  MemberActivity activity;       ///< derived: its uses in feedback/
};

/// A quarter of a year: the span of one feedback file.
struct Quarter {
  int year = 0;
  int number = 0;  ///< 1..4
  Date First() const { return {year, number * 3 - 2, 1}; }
  Date Last() const { return {year, number * 3, number == 1 || number == 4 ? 31 : 30}; }
  bool Holds(const Date& d) const { return d >= First() && d <= Last(); }
  // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=>.
  auto operator<=>(const Quarter&) const = default;
};

/// A feedback record's service or member that its cluster does not have.
inline constexpr size_t kUnresolved = static_cast<size_t>(-1);

/// One use of a service by a member, from feedback/, with what the member
/// said about it. `comment` is for the staff only; `quote` lets members read
/// it without the company's name.
struct FeedbackRecord {
  /// Display path of its file, shared by the file's records.
  std::shared_ptr<const std::string> file;
  Located service;  ///< a service slug
  Located member;   ///< a name in members.yaml
  Date date;
  Position date_pos;
  std::optional<int> rating;  ///< 1..5; none for a use without feedback
  Position rating_pos;
  bool contacts = false;  ///< gained contacts worth following up
  std::string comment;
  bool quote = false;
  Position pos;  ///< where the record starts
  /// The positions in the cluster's services and members of the service and
  /// the member named (the first of that name), or kUnresolved when the
  /// cluster has none of it; set by ResolveFeedback on every build.
  size_t service_index = kUnresolved;
  size_t member_index = kUnresolved;
};

struct Communication {
  Newsletter newsletter = Newsletter::kUnset;
  std::string meetings;
  std::optional<Date> next_meeting;
  Position next_meeting_pos;
};

/// A text of a file that is Markdown with front matter only to say
/// `draft` (about.md, a strategy section).
struct Prose {
  Body body;
  bool draft = false;  ///< its front matter says `draft: true`
  std::vector<Placeholder> placeholders;
};

/// A number strategy.yaml gives, an integer or a decimal, with where it is written.
struct StrategyNumber {
  double value = 0;
  std::string text;  ///< as written: "1200000", "3.5"
  Position pos;
};

/// One indicator of a direction: where it stands and where it should get.
struct StrategyResult {
  std::string indicator, unit;
  std::optional<StrategyNumber> baseline, target, actual;  ///< none when absent or not a number
  Position pos;
};

/// A member or partner that takes part in a direction.
struct StrategyMember {
  Located name;  ///< a name in members.yaml
  std::string role, benefit;
};

/// A direction of section 3 (printed 3.<number>): the programme's 1–7, or
/// the cluster's own from 8.
struct StrategyDirection {
  int number = 0;  ///< 0 when not read
  Position number_pos;
  std::string title;      ///< "" for the template's (DirectionTitle)
  std::string rationale;  ///< Markdown
  std::vector<std::string> tasks;
  std::vector<StrategyMember> members;
  std::vector<StrategyResult> results;
  Position pos;
};

/// What a participant expects of one direction.
struct Expectation {
  int direction = 0;
  Position pos;  ///< of its key
  std::string text;
};

/// A row of section 2.2: a member or partner and what it means to do.
struct StrategyParticipant {
  Located name;  ///< a name in members.yaml
  std::string activities;
  std::vector<Expectation> expectations;  ///< in the order written
};

/// Section 1.4.
struct Swot {
  std::vector<std::string> strengths, weaknesses, opportunities, threats;
};

/// A prose section of the strategy, strategy/<number>.md; its name is
/// checked against the template in validate/.
struct StrategySection {
  std::string name;  ///< the file name without `.md`: "4.1.1" when right
  std::string path, rel;
  Prose prose;
};

/// strategy/: the cluster development strategy in the programme's template.
struct Strategy {
  std::string dir;              ///< display path of the folder
  std::string yaml_path;        ///< display path of strategy.yaml; "" when it is missing
  std::optional<int> from, to;  ///< `period`, years
  Position period_pos, to_pos;
  Audience visibility = Audience::kMembers;  ///< of the full document
  std::optional<Swot> swot;
  std::vector<StrategyParticipant> participants;
  std::vector<StrategyDirection> directions;  ///< in the order written
  std::vector<StrategySection> sections;      ///< in the order of their files
};

/// The entries on one page of a long list unless cluster.yaml says
/// `paginate`, and the most it may say.
inline constexpr size_t kDefaultPageSize = 30;
inline constexpr size_t kMaxPageSize = 1000;

struct Cluster {
  std::string slug;
  std::string dir;        ///< display path of the folder
  std::string yaml_path;  ///< display path of cluster.yaml
  std::string name;
  std::string base_url;
  Position base_url_pos;
  std::string vision;
  Position vision_pos;
  std::string mission;
  Language language = Language::kLv;
  std::vector<std::string> sectors;
  Label label = Label::kNone;
  long founded = 0;
  std::string brand_color;
  Position brand_color_pos;
  std::optional<Located> logo;  ///< relative to the cluster folder
  Contact contact;
  Communication communication;
  std::vector<Direction> directions;
  /// Display names of service categories by the key services use.
  std::map<std::string, std::string> categories;
  Position categories_pos;
  /// How many entries one page of a long list (stories, members) holds: `paginate`.
  size_t paginate = kDefaultPageSize;
  std::optional<Body> about;
  std::string about_path, about_rel;
  bool about_draft = false;  ///< about.md's front matter says `draft: true`
  std::vector<Placeholder> about_placeholders;
  /// `draft: true` in cluster.yaml: the cluster is built only with --drafts
  /// (and in serve), and is then left out of sitemaps.
  bool draft = false;
  Position draft_pos;
  std::vector<Placeholder> placeholders;  ///< of cluster.yaml
  std::vector<Service> services;
  std::vector<Story> stories;
  std::vector<Roadmap> roadmaps;
  std::vector<Event> events;         ///< in the order of their files
  std::vector<News> news;            ///< in the order of their files
  std::optional<Strategy> strategy;  ///< when the cluster has a strategy/ folder
  std::vector<Member> members;
  std::string members_path;
  /// feedback/: every use of a service, in the order of the files (by
  /// quarter) and of the records in each. `has_feedback` when the folder
  /// holds at least one quarter: then uses are counted, not typed.
  std::vector<FeedbackRecord> feedback;
  bool has_feedback = false;
  std::vector<Quarter> feedback_quarters;  ///< the quarters with a file, oldest first
  bool members_read = false;  ///< members.yaml parsed: stories' companies are checked against it
  /// Slugs of the services and roadmaps whose files could not be parsed:
  /// they are reported once, and naming them elsewhere is no second error.
  std::vector<std::string> unreadable_services, unreadable_roadmaps;
  std::vector<std::string> media;    ///< relative paths from the content root
  std::optional<Located> time_zone;  ///< `timezone`, a zone of the tz database
  /// The zone its events' times are in: `timezone`, else the portal's, else
  /// Europe/Riga (set with `as_of`, by ApplyAsOf).
  std::string zone = "Europe/Riga";
  Date as_of;  ///< the date the build is as of, in the cluster's time zone (see ApplyAsOf)
};

struct Portal {
  std::string title;
  std::string description;  ///< what the portal is, on its index; "" for the theme's words
  std::string base_url;
  Position base_url_pos;
  Language language = Language::kLv;
  std::string theme;  ///< a folder inside the content folder (PathInside), or ""
  Position theme_pos;
  std::string path;                  ///< display path of portal.yaml, empty when absent
  std::optional<Located> time_zone;  ///< `timezone`, a zone of the tz database
  Date as_of;  ///< the date the build is as of, in the portal's time zone (see ApplyAsOf)
  std::vector<Cluster> clusters;
};

}  // namespace clustersite
