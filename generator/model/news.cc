#include "model/news.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "core/date.h"

namespace clustersite {

std::string Month::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::optional<Month> ParseMonth(std::string_view text) {
  if (text.size() != 7) return std::nullopt;
  std::optional<Date> d = ParseDate(std::string(text) + "-01");
  if (!d) return std::nullopt;
  return Month{d->year, d->month};
}

namespace {

void SortDigestItems(std::vector<const News*>* items) {
  std::sort(items->begin(), items->end(), [](const News* a, const News* b) {
    return std::tie(a->date, a->slug) < std::tie(b->date, b->slug);
  });
}

}  // namespace

std::vector<const News*> DigestItems(const Cluster& c, const Month& month) {
  std::vector<const News*> items;
  for (const News& n : c.news) {
    if (n.digest && !n.draft && month.Holds(n.date)) items.push_back(&n);
  }
  SortDigestItems(&items);
  return items;
}

std::map<Month, std::vector<const News*>> DigestItemsByMonth(const Cluster& c) {
  std::map<Month, std::vector<const News*>> months;
  for (const News& n : c.news) {
    if (n.digest && !n.draft) months[{n.date.year, n.date.month}].push_back(&n);
  }
  for (auto& [month, items] : months) SortDigestItems(&items);
  return months;
}

}  // namespace clustersite
