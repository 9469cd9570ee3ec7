#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/model.h"

namespace clustersite {

// The quarterly service report: what the uses and ratings of feedback/ say
// about each quarter, derived once for the members' and the staff's pages
// and handouts. Nothing here names a member: members are only counted.

/// A rating figure (mean, distribution) of a service in a quarter is shown
/// only when at least this many members rated it, so no one's rating can be
/// told from it.
inline constexpr long kMinRaters = 3;

/// The quarter that holds `d`.
Quarter QuarterOf(const Date& d);

/// The quarter before `q`: 2026-q1 after 2025-q4.
Quarter PreviousQuarter(const Quarter& q);

/// `q` as its file and page name: "2026-q4".
std::string QuarterSlug(const Quarter& q);

/// The quarters of `files` (those with a feedback file) that have begun by
/// `as_of`, newest first: a quarter still to come has no report.
std::vector<Quarter> ReportQuarters(const std::vector<Quarter>& files, const Date& as_of);

/// The figures of a set of uses: of one service in a quarter, or of all of
/// them. A use counts towards "gained contacts" when its record says
/// `contacts: true`; the "of" is every use, since a record without
/// `contacts` says none were gained.
struct QuarterFigures {
  long uses = 0;
  long members = 0;   ///< distinct members among the uses
  long contacts = 0;  ///< uses that gained contacts worth following up
  /// How many ratings of 1..5 were given, and their mean in tenths (42 for
  /// 4.2, rounded half up): only when kMinRaters members or more rated,
  /// else none, and the page says "fewer than 3 ratings".
  std::optional<std::array<long, 5>> ratings;
  std::optional<long> mean_tenths;
  /// Against the quarter before, when it has a feedback file: the change
  /// of uses, and of the mean in tenths when both quarters show a mean.
  std::optional<long> uses_change;
  std::optional<long> mean_change_tenths;
};

/// One service used in the quarter.
struct ServiceFigures {
  const Service* service = nullptr;
  QuarterFigures figures;
};

/// A comment its member let members read (`quote: true`): the text only,
/// with the service it is about; never the member.
struct QuotedComment {
  const Service* service = nullptr;
  std::string text;
};

struct QuarterReport {
  Quarter quarter;
  QuarterFigures total;                  ///< all services together
  std::vector<ServiceFigures> services;  ///< those used: most uses first, then in the given order
  std::vector<const Service*> unused;    ///< those nobody used, in the given order
  std::vector<QuotedComment> quotes;     ///< in the order of `services`, then of the records
  bool has_previous = false;             ///< the quarter before has a feedback file
};

/// The report of each quarter of ReportQuarters of `c`'s feedback files and
/// as-of date, newest first, over the uses (its records, resolved) of
/// `services`, those of `c` an audience sees, in the order its pages list
/// them; uses of other services, and any after the as-of date, are left out.
std::vector<QuarterReport> QuarterReports(const Cluster& c,
                                          const std::vector<const Service*>& services);

}  // namespace clustersite
