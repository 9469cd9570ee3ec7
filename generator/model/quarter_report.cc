#include "model/quarter_report.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

#include "model/figures.h"

namespace clustersite {
namespace {

/// Marks `i` in `seen`; true when it was not marked before.
bool Mark(std::vector<bool>* seen, size_t i) {
  if (i >= seen->size()) seen->resize(i + 1);
  if ((*seen)[i]) return false;
  (*seen)[i] = true;
  return true;
}

/// What a set of uses adds up to, before it becomes figures. Members are
/// counted by the number QuarterReports gives each name.
struct Tally {
  long uses = 0, contacts = 0, rated = 0, sum = 0, members = 0, raters = 0;
  std::array<long, 5> ratings{};
  std::vector<bool> member_seen, rater_seen;  ///< by member number

  void Add(const FeedbackRecord& r, size_t member) {
    ++uses;
    if (r.contacts) ++contacts;
    members += Mark(&member_seen, member);
    if (!r.rating || *r.rating < 1 || *r.rating > 5) return;
    ++ratings[*r.rating - 1];
    ++rated;
    sum += *r.rating;
    raters += Mark(&rater_seen, member);
  }
};

/// The tallies of one quarter: of all its uses, of each shown service's by
/// its place in the list of services, and each service's quoted comments in
/// the order of the records (comments are those of the records, which
/// outlive the tally).
struct QuarterTally {
  Tally total;
  std::vector<Tally> services;
  std::vector<std::vector<std::string_view>> quotes;

  explicit QuarterTally(size_t service_count) : services(service_count), quotes(service_count) {}

  void Add(const FeedbackRecord& r, size_t service, size_t member) {
    total.Add(r, member);
    services[service].Add(r, member);
    if (r.quote && !r.comment.empty()) quotes[service].push_back(r.comment);
  }
};

QuarterFigures FiguresOf(const Tally& t) {
  QuarterFigures f;
  f.uses = t.uses;
  f.members = t.members;
  f.contacts = t.contacts;
  if (t.raters >= kMinRaters) {
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
  std::vector<size_t> used;  // the index of each service of r.services
  for (size_t i = 0; i < services.size(); ++i) {
    if (t.services[i].uses == 0) {
      r.unused.push_back(services[i]);
      continue;
    }
    ServiceFigures figures{services[i], FiguresOf(t.services[i])};
    if (before) CompareWith(FiguresOf(before->services[i]), &figures.figures);
    r.services.push_back(figures);
    used.push_back(i);
  }
  std::vector<size_t> order(r.services.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return r.services[a].figures.uses > r.services[b].figures.uses;
  });
  std::vector<ServiceFigures> sorted;
  sorted.reserve(order.size());
  for (size_t i : order) {
    sorted.push_back(r.services[i]);
    for (std::string_view text : t.quotes[used[i]])
      r.quotes.push_back({services[used[i]], std::string(text)});
  }
  r.services = std::move(sorted);
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

std::vector<QuarterReport> QuarterReports(const Cluster& c,
                                          const std::vector<const Service*>& services) {
  const std::vector<Quarter> quarters = ReportQuarters(c.feedback_quarters, c.as_of);
  std::map<Quarter, QuarterTally> tallies;
  for (const Quarter& q : quarters) tallies.emplace(q, services.size());
  std::vector<size_t> shown(c.services.size(), kUnresolved);  // each service's place in `services`
  for (size_t i = 0; i < services.size(); ++i) shown[services[i] - c.services.data()] = i;
  RecordNumbers members(c.members.size());
  for (const FeedbackRecord& r : c.feedback) {
    if (r.date > c.as_of || r.service_index == kUnresolved) continue;
    const size_t service = shown[r.service_index];
    if (service == kUnresolved) continue;
    auto it = tallies.find(QuarterOf(r.date));
    if (it == tallies.end()) continue;
    it->second.Add(r, service, members.Of(r.member_index, r.member.value));
  }
  std::vector<QuarterReport> reports;
  reports.reserve(quarters.size());
  for (const Quarter& q : quarters) reports.push_back(ReportOf(q, tallies, services));
  return reports;
}

}  // namespace clustersite
