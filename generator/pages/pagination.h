#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "theme/template_schema.h"

namespace clustersite {

/// A long list cut into numbered pages, as Hugo's and Zola's paginators cut
/// it: page 1 at the list's own folder, page N at `page/N/` below it. Every
/// list that grows with the content (stories, members, their groups) is cut
/// here, so their URLs, pagers and head links are the same.

/// One page of a list: its number, how many pages the list has, and its
/// entries [first, last) of the list.
struct PageSlice {
  size_t number = 1, count = 1;
  size_t first = 0, last = 0;
};

/// The pages of a list of `entries` entries, `size` on a page: always at
/// least one, so an empty list still has its page.
std::vector<PageSlice> Paginate(size_t entries, size_t size);

/// The folder of page `number` of the list in `dir` ("stories/"):
/// `dir` itself for page 1, else `dir` + "page/N/".
std::string PageDir(const std::string& dir, size_t number);

/// A numbered link of a pager; a gap stands for the pages left out.
struct PagerLinkView {
  std::string number, url;
  bool current = false, gap = false;
};
void Fill(ViewFields& f, PagerLinkView& v);

/// The links to the other pages of a list, which work without JavaScript:
/// previous, next, and the numbers of the first and last page and of the
/// two pages either side of this one.
struct PagerView {
  std::optional<std::string> prev_url, next_url;
  std::vector<PagerLinkView> pages;
  std::string number, count;
};
void Fill(ViewFields& f, PagerView& v);

/// The pager of page `slice` of the list in `dir`, its URLs relative to
/// that page's folder; none for a list of one page.
std::optional<PagerView> BuildPager(const std::string& dir, const PageSlice& slice);

}  // namespace clustersite
