// The inline searches of the attribute and CSP scanners, against plain searches.

#include "core/find_bytes.h"

#include <doctest/doctest.h>

#include <string>

namespace clustersite {

TEST_CASE(
    "a quote, an attribute's `=\"` and a tag of a letter are found where a plain search finds "
    "them") {
  auto s_tag = [](std::string_view text, size_t from) {
    for (size_t i = from; i + 1 < text.size(); ++i) {
      if (text[i] == '<' && (text[i + 1] | 0x20) == 's') return i;
    }
    return std::string_view::npos;
  };
  // Every text of 0 to 70 bytes with one of these at any offset (a lone
  // `=` or `<` just before some), searched from every offset.
  for (size_t size = 0; size <= 70; ++size) {
    const std::string plain(size, 'x');
    for (size_t at = 0; at <= size; ++at) {
      for (const char* inserted : {"\"", "=", "=\"", "=x=\"", "<s", "<S", "<", "<p<style"}) {
        std::string text = plain;
        text.insert(at, inserted);
        const std::string_view view = text;
        for (size_t from = 0; from <= text.size(); ++from) {
          if (FindQuote(view, from) != view.find('"', from) ||
              FindAttributeValue(view, from) != view.find("=\"", from) ||
              FindTagStart(view, from, 's') != s_tag(view, from)) {
            INFO(text, " from ", from);
            CHECK(FindQuote(view, from) == view.find('"', from));
            CHECK(FindAttributeValue(view, from) == view.find("=\"", from));
            CHECK(FindTagStart(view, from, 's') == s_tag(view, from));
          }
        }
      }
    }
  }
  CHECK(FindAttributeValue("<rect x=\"1\" y=\"2\"/>", 0) == 7);
  CHECK(FindAttributeValue("<rect x=\"1\" y=\"2\"/>", 8) == 13);
  CHECK(FindQuote("<rect x=\"1\" y=\"2\"/>", 9) == 10);
  CHECK(FindAttributeValue("a=", 0) == std::string_view::npos);
  CHECK(FindTagStart("<p><Style>", 0, 's') == 3);
}

}  // namespace clustersite
