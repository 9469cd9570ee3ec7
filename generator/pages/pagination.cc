#include "pages/pagination.h"

#include "core/url.h"

namespace clustersite {

std::vector<PageSlice> Paginate(size_t entries, size_t size) {
  if (size == 0) size = 1;
  const size_t count = entries == 0 ? 1 : (entries + size - 1) / size;
  std::vector<PageSlice> pages;
  for (size_t n = 1; n <= count; ++n) {
    const size_t first = (n - 1) * size;
    pages.push_back({n, count, first, std::min(entries, first + size)});
  }
  return pages;
}

std::string PageDir(const std::string& dir, size_t number) {
  return number <= 1 ? dir : dir + "page/" + std::to_string(number) + "/";
}

void Fill(ViewFields& f, PagerLinkView& v) {
  f.Text("number", std::move(v.number));
  f.Text("url", std::move(v.url));
  f.Flag("current", v.current);
  f.Flag("gap", v.gap);
}

void Fill(ViewFields& f, PagerView& v) {
  f.Text("prev_url", std::move(v.prev_url));
  f.Text("next_url", std::move(v.next_url));
  f.List("pages", v.pages);
  f.Text("number", std::move(v.number));
  f.Text("count", std::move(v.count));
}

std::optional<PagerView> BuildPager(const std::string& dir, const PageSlice& slice) {
  if (slice.count <= 1) return std::nullopt;
  const std::string here = PageDir(dir, slice.number);
  auto url = [&](size_t n) { return RelativeUrl(here, PageDir(dir, n)); };
  PagerView v;
  if (slice.number > 1) v.prev_url = url(slice.number - 1);
  if (slice.number < slice.count) v.next_url = url(slice.number + 1);
  v.number = std::to_string(slice.number);
  v.count = std::to_string(slice.count);
  auto near = [&](size_t n) {
    return n == 1 || n == slice.count || (n + 2 >= slice.number && n <= slice.number + 2);
  };
  for (size_t n = 1; n <= slice.count; ++n) {
    if (near(n)) {
      v.pages.push_back({std::to_string(n), url(n), n == slice.number, false});
    } else if (v.pages.empty() || !v.pages.back().gap) {
      v.pages.push_back({"", "", false, true});
    }
  }
  return v;
}

}  // namespace clustersite
