#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

// The closed sets of the content format. Each has one table, ClosedSet<E>::
// names, that gives every value the name content writes for it; the parser
// (model/parse_values.h) reads values through it, and whatever needs a
// value's name (an i18n key, a CSS class, the output folder) asks Name().

/// Who may see a page or a field: an ordered level, public < members < staff,
/// in which each audience sees what the ones below it see (Sees, in
/// model/audience.h).
enum class Audience { kPublic, kMembers, kStaff };

/// Who a roadmap is for; roadmaps are listed in this order.
enum class RoadmapFor { kNew, kActive, kReactivate, kService };

/// Whom a service is for (its `audience` list).
enum class ServiceAudience { kNew, kActive, kReactivate };

enum class MemberKind { kMember, kPartner };
/// The study's three groups of members, derived from `joined` and the uses
/// in feedback/ (model/figures.h); kNone where the evidence is missing and
/// for partners.
enum class MemberGroup { kNone, kNew, kActive, kReactivate };
enum class MemberType { kCompany, kResearch, kEducation, kPublic, kNgo };
enum class MemberSize { kUnset, kSme, kLarge };

/// Who takes a step of a roadmap.
enum class StepWho { kCluster, kMember, kBoth };

/// The cluster's quality label.
enum class Label { kNone, kBronze, kSilver, kGold };

enum class Newsletter { kUnset, kWeekly, kMonthly, kQuarterly };

/// What an event is; `meeting` is the members' meeting that the next
/// meeting of the site and the kit are taken from.
enum class EventKind { kMeeting, kTraining, kMission, kFair, kVisit, kInformal, kFeedback };

/// What a news item is about: the cluster's industry, research, or the
/// cluster itself.
enum class NewsKind { kIndustry, kResearch, kCluster };

/// The UI language of a site.
enum class Language { kLv, kEn };

/// One value of a closed set and its name in the content format.
template <typename E>
struct Named {
  E value;
  /// "" for the value that stands for "not given" (no label, no size):
  /// content leaves the key out or writes "".
  std::string_view name;
  /// False for a value the model knows but content and the command line
  /// may not name yet.
  bool accepted = true;
};

/// The table of the closed set E, specialised below for each set.
template <typename E>
struct ClosedSet;

template <>
struct ClosedSet<Audience> {
  static constexpr auto names = std::to_array<Named<Audience>>({
      {Audience::kPublic, "public"},
      {Audience::kMembers, "members"},
      {Audience::kStaff, "staff"},
  });
};

template <>
struct ClosedSet<RoadmapFor> {
  static constexpr auto names = std::to_array<Named<RoadmapFor>>({
      {RoadmapFor::kNew, "new"},
      {RoadmapFor::kActive, "active"},
      {RoadmapFor::kReactivate, "reactivate"},
      {RoadmapFor::kService, "service"},
  });
};

template <>
struct ClosedSet<ServiceAudience> {
  static constexpr auto names = std::to_array<Named<ServiceAudience>>({
      {ServiceAudience::kNew, "new"},
      {ServiceAudience::kActive, "active"},
      {ServiceAudience::kReactivate, "reactivate"},
  });
};

template <>
struct ClosedSet<MemberKind> {
  static constexpr auto names = std::to_array<Named<MemberKind>>({
      {MemberKind::kMember, "member"},
      {MemberKind::kPartner, "partner"},
  });
};

template <>
struct ClosedSet<MemberGroup> {
  static constexpr auto names = std::to_array<Named<MemberGroup>>({
      {MemberGroup::kNone, ""},
      {MemberGroup::kNew, "new"},
      {MemberGroup::kActive, "active"},
      {MemberGroup::kReactivate, "reactivate"},
  });
};

template <>
struct ClosedSet<MemberType> {
  static constexpr auto names = std::to_array<Named<MemberType>>({
      {MemberType::kCompany, "company"},
      {MemberType::kResearch, "research"},
      {MemberType::kEducation, "education"},
      {MemberType::kPublic, "public"},
      {MemberType::kNgo, "ngo"},
  });
};

template <>
struct ClosedSet<MemberSize> {
  static constexpr auto names = std::to_array<Named<MemberSize>>({
      {MemberSize::kUnset, ""},
      {MemberSize::kSme, "sme"},
      {MemberSize::kLarge, "large"},
  });
};

template <>
struct ClosedSet<StepWho> {
  static constexpr auto names = std::to_array<Named<StepWho>>({
      {StepWho::kCluster, "cluster"},
      {StepWho::kMember, "member"},
      {StepWho::kBoth, "both"},
  });
};

template <>
struct ClosedSet<Label> {
  static constexpr auto names = std::to_array<Named<Label>>({
      {Label::kNone, ""},
      {Label::kBronze, "bronze"},
      {Label::kSilver, "silver"},
      {Label::kGold, "gold"},
  });
};

template <>
struct ClosedSet<Newsletter> {
  static constexpr auto names = std::to_array<Named<Newsletter>>({
      {Newsletter::kUnset, ""},
      {Newsletter::kWeekly, "weekly"},
      {Newsletter::kMonthly, "monthly"},
      {Newsletter::kQuarterly, "quarterly"},
  });
};

template <>
struct ClosedSet<EventKind> {
  static constexpr auto names = std::to_array<Named<EventKind>>({
      {EventKind::kMeeting, "meeting"},
      {EventKind::kTraining, "training"},
      {EventKind::kMission, "mission"},
      {EventKind::kFair, "fair"},
      {EventKind::kVisit, "visit"},
      {EventKind::kInformal, "informal"},
      {EventKind::kFeedback, "feedback"},
  });
};

template <>
struct ClosedSet<NewsKind> {
  static constexpr auto names = std::to_array<Named<NewsKind>>({
      {NewsKind::kIndustry, "industry"},
      {NewsKind::kResearch, "research"},
      {NewsKind::kCluster, "cluster"},
  });
};

template <>
struct ClosedSet<Language> {
  static constexpr auto names = std::to_array<Named<Language>>({
      {Language::kLv, "lv"},
      {Language::kEn, "en"},
  });
};

/// The content-format name of `value`: "partner"; "" for a value not given.
template <typename E>
std::string Name(E value) {
  for (const Named<E>& n : ClosedSet<E>::names) {
    if (n.value == value) return std::string(n.name);
  }
  return "";
}

/// The accepted value named `name`, or nullopt.
template <typename E>
std::optional<E> FromName(std::string_view name) {
  for (const Named<E>& n : ClosedSet<E>::names) {
    if (n.accepted && n.name == name) return n.value;
  }
  return std::nullopt;
}

/// The names content may write for E, in the table's order, for messages
/// and the command line ("" not among them).
template <typename E>
std::vector<std::string> AcceptedNames() {
  std::vector<std::string> out;
  for (const Named<E>& n : ClosedSet<E>::names) {
    if (n.accepted && !n.name.empty()) out.emplace_back(n.name);
  }
  return out;
}

}  // namespace clustersite
