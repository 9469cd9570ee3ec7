// Cutting a long list into numbered pages, and the pager between them.

#include "pages/pagination.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

/// The pager's numbered links as text: "1 [2] 3 … 9", the current in brackets.
std::string Numbers(const PagerView& v) {
  std::string out;
  for (const PagerLinkView& p : v.pages) {
    if (!out.empty()) out += " ";
    out += p.gap ? "…" : p.current ? "[" + p.number + "]" : p.number;
  }
  return out;
}

}  // namespace

TEST_CASE("65 entries, 30 on a page, make pages of 30, 30 and 5") {
  std::vector<PageSlice> pages = Paginate(65, 30);
  REQUIRE(pages.size() == 3);
  CHECK((pages[0].first == 0 && pages[0].last == 30 && pages[0].number == 1));
  CHECK((pages[1].first == 30 && pages[1].last == 60));
  CHECK((pages[2].first == 60 && pages[2].last == 65 && pages[2].count == 3));
}

TEST_CASE("a list of exactly one page's entries, or none, has one page") {
  CHECK(Paginate(30, 30).size() == 1);
  CHECK(Paginate(31, 30).size() == 2);
  std::vector<PageSlice> empty = Paginate(0, 30);
  REQUIRE(empty.size() == 1);
  CHECK((empty[0].first == 0 && empty[0].last == 0 && empty[0].count == 1));
}

TEST_CASE("page 1 is the list's own folder, page N is page/N/ below it") {
  CHECK(PageDir("stories/", 1) == "stories/");
  CHECK(PageDir("stories/", 2) == "stories/page/2/");
  CHECK(PageDir("members/sector/koks/", 3) == "members/sector/koks/page/3/");
}

TEST_CASE("a list of one page has no pager") {
  CHECK_FALSE(BuildPager("stories/", Paginate(12, 30).at(0)));
}

TEST_CASE("the pager links the previous and next pages relative to the page") {
  std::vector<PageSlice> pages = Paginate(65, 30);
  std::optional<PagerView> first = BuildPager("stories/", pages[0]);
  REQUIRE(first);
  CHECK_FALSE(first->prev_url);
  CHECK(first->next_url == "page/2/");
  CHECK(Numbers(*first) == "[1] 2 3");
  CHECK(first->pages[1].url == "page/2/");
  std::optional<PagerView> second = BuildPager("stories/", pages[1]);
  CHECK(second->prev_url == "../../");
  CHECK(second->next_url == "../3/");
  CHECK(second->pages[1].url == "./");
  CHECK((second->number == "2" && second->count == "3"));
  std::optional<PagerView> last = BuildPager("stories/", pages[2]);
  CHECK(last->prev_url == "../2/");
  CHECK_FALSE(last->next_url);
}

TEST_CASE("a long pager shows the first, the last and two pages either side, with gaps") {
  std::vector<PageSlice> pages = Paginate(300, 10);
  CHECK(Numbers(*BuildPager("members/", pages[0])) == "[1] 2 3 … 30");
  CHECK(Numbers(*BuildPager("members/", pages[14])) == "1 … 13 14 [15] 16 17 … 30");
  CHECK(Numbers(*BuildPager("members/", pages[3])) == "1 2 3 [4] 5 6 … 30");
  CHECK(Numbers(*BuildPager("members/", pages[29])) == "1 … 28 29 [30]");
}

}  // namespace clustersite
