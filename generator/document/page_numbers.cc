#include "document/page_numbers.h"

namespace clustersite {
namespace {

constexpr std::string_view kOpen = "::after{content:\"";
constexpr std::string_view kMiddle = "\";content:target-counter(url(#";
constexpr std::string_view kClose = "),page)}";

/// One slot found in a text: where its number is and whose page it is.
struct Slot {
  size_t number_at = 0;
  size_t number_size = 0;
  std::string id;
  size_t end = 0;  ///< just past the rule
};

bool IsDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

/// The next slot at or after `from`; false when there is none.
bool NextSlot(std::string_view html, size_t from, Slot* slot) {
  while ((from = html.find(kOpen, from)) != std::string_view::npos) {
    size_t number = from + kOpen.size();
    from = number;
    size_t middle = html.find('"', number);
    if (middle == std::string_view::npos) return false;
    if (html.substr(middle, kMiddle.size()) != kMiddle) continue;
    if (!IsDigits(html.substr(number, middle - number))) continue;
    size_t id = middle + kMiddle.size();
    size_t close = html.find(')', id);
    if (close == std::string_view::npos) return false;
    if (html.substr(close, kClose.size()) != kClose) continue;
    *slot = {number, middle - number, std::string(html.substr(id, close - id)),
             close + kClose.size()};
    return true;
  }
  return false;
}

}  // namespace

std::string PageNumberSlot(const std::string& id, const std::string& number) {
  return ".kit-toc a[href=\"#" + id + "\"]" + std::string(kOpen) + number + std::string(kMiddle) +
         id + std::string(kClose);
}

std::vector<std::string> PageNumberSlots(std::string_view html) {
  std::vector<std::string> ids;
  Slot slot;
  for (size_t at = 0; NextSlot(html, at, &slot); at = slot.end) ids.push_back(slot.id);
  return ids;
}

std::string FillPageNumbers(std::string_view html, const std::map<std::string, int>& pages) {
  std::string out;
  size_t copied = 0;
  Slot slot;
  for (size_t at = 0; NextSlot(html, at, &slot); at = slot.end) {
    out += html.substr(copied, slot.number_at - copied);
    auto page = pages.find(slot.id);
    if (page != pages.end()) out += std::to_string(page->second);
    copied = slot.number_at + slot.number_size;
  }
  out += html.substr(copied);
  return out;
}

}  // namespace clustersite
