#include "model/quarter_report.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace clustersite {
namespace {

/// What a set of uses adds up to, before it becomes figures. Members are
/// the names in the records, which outlive the tally.
struct Tally {
  long uses = 0, contacts = 0, rated = 0, sum = 0;
  std::array<long, 5> ratings{};
  std::unordered_set<std::string_view> members, raters;

  void Add(const FeedbackRecord& r) {
    ++uses;
    if (r.contacts) ++contacts;
    members.insert(r.member.value);
    if (!r.rating || *r.rating < 1 || *r.rating > 5) return;
    ++ratings[*r.rating - 1];
    ++rated;
    sum += *r.rating;
    raters.insert(r.member.value);
  }
};

/// The tallies of one quarter: of all its uses, of each service's by slug,
/// and each service's quoted comments in the order of the records (slugs
/// and comments are those of the records, which outlive the tally).
struct QuarterTally {
  Tally total;
  std::unordered_map<std::string_view, Tally> services;
  std::unordered_map<std::string_view, std::vector<std::string_view>> quotes;

  void Add(const FeedbackRecord& r) {
    total.Add(r);
    services[r.service.value].Add(r);
    if (r.quote && !r.comment.empty()) quotes[r.service.value].push_back(r.comment);
  }
};

QuarterFigures FiguresOf(const Tally& t) {
  QuarterFigures f;
  f.uses = t.uses;
  f.members = static_cast<long>(t.members.size());
  f.contacts = t.contacts;
  if (static_cast<long>(t.raters.size()) >= kMinRaters) {
    f.ratings = t.ratings;
    f.mean_tenths = (t.sum * 20 + t.rated) / (2 * t.rated);  // sum / rated in tenths, half up
  }
  return f;
}

/// Sets the changes of `f` against `before`, the figures of the quarter before.
void CompareWith(const QuarterFigures& before, QuarterFigures* f) {
  f->uses_change = f->uses - before.uses;
  if (f->mean_tenths && before.mean_tenths)
    f->mean_change_tenths = *f->mean_tenths - *before.mean_tenths;
}

QuarterReport ReportOf(const Quarter& q, const std::map<Quarter, QuarterTally>& tallies,
                       const std::vector<const Service*>& services) {
  const QuarterTally& t = tallies.at(q);
  auto previous = tallies.find(PreviousQuarter(q));
  const QuarterTally* before = previous == tallies.end() ? nullptr : &previous->second;
  QuarterReport r;
  r.quarter = q;
  r.has_previous = before != nullptr;
  r.total = FiguresOf(t.total);
  if (before) CompareWith(FiguresOf(before->total), &r.total);
  for (const Service* s : services) {
    auto it = t.services.find(s->slug);
    if (it == t.services.end()) {
      r.unused.push_back(s);
      continue;
    }
    ServiceFigures used{s, FiguresOf(it->second)};
    if (before) {
      auto was = before->services.find(s->slug);
      CompareWith(was == before->services.end() ? QuarterFigures{} : FiguresOf(was->second),
                  &used.figures);
    }
    r.services.push_back(used);
  }
  std::stable_sort(r.services.begin(), r.services.end(),
                   [](const ServiceFigures& a, const ServiceFigures& b) {
                     return a.figures.uses > b.figures.uses;
                   });
  for (const ServiceFigures& used : r.services) {
    auto it = t.quotes.find(used.service->slug);
    if (it == t.quotes.end()) continue;
    for (std::string_view text : it->second) r.quotes.push_back({used.service, std::string(text)});
  }
  return r;
}

}  // namespace

Quarter QuarterOf(const Date& d) { return {d.year, (d.month + 2) / 3}; }

Quarter PreviousQuarter(const Quarter& q) {
  return q.number == 1 ? Quarter{q.year - 1, 4} : Quarter{q.year, q.number - 1};
}

std::string QuarterSlug(const Quarter& q) {
  return std::to_string(q.year) + "-q" + std::to_string(q.number);
}

std::vector<Quarter> ReportQuarters(const std::vector<Quarter>& files, const Date& as_of) {
  std::vector<Quarter> shown;
  for (const Quarter& q : files) {
    if (q.First() <= as_of) shown.push_back(q);
  }
  std::sort(shown.begin(), shown.end(), [](const Quarter& a, const Quarter& b) { return a > b; });
  shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
  return shown;
}

std::vector<QuarterReport> QuarterReports(const std::vector<FeedbackRecord>& records,
                                          const std::vector<Quarter>& files,
                                          const std::vector<const Service*>& services,
                                          const Date& as_of) {
  const std::vector<Quarter> quarters = ReportQuarters(files, as_of);
  std::map<Quarter, QuarterTally> tallies;
  for (const Quarter& q : quarters) tallies[q];
  std::unordered_set<std::string_view> shown;
  for (const Service* s : services) shown.insert(s->slug);
  for (const FeedbackRecord& r : records) {
    if (r.date > as_of || !shown.count(r.service.value)) continue;
    auto it = tallies.find(QuarterOf(r.date));
    if (it != tallies.end()) it->second.Add(r);
  }
  std::vector<QuarterReport> reports;
  reports.reserve(quarters.size());
  for (const Quarter& q : quarters) reports.push_back(ReportOf(q, tallies, services));
  return reports;
}

}  // namespace clustersite
