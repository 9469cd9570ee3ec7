// The inline searches of the attribute scanners, against std::string_view::find.

#include "core/find_bytes.h"

#include <doctest/doctest.h>

#include <string>

namespace clustersite {

TEST_CASE("a quote and an attribute's `=\"` are found where std::string_view::find finds them") {
  // Every text of 0 to 70 bytes with one `"`, one `=`, or one `="` at any
  // offset (and a lone `=` just before it), searched from every offset.
  for (size_t size = 0; size <= 70; ++size) {
    const std::string plain(size, 'x');
    for (size_t at = 0; at <= size; ++at) {
      std::string texts[] = {plain, plain, plain, plain};
      texts[0].insert(at, "\"");
      texts[1].insert(at, "=");
      texts[2].insert(at, "=\"");
      texts[3].insert(at, "=x=\"");
      for (const std::string& text : texts) {
        const std::string_view view = text;
        for (size_t from = 0; from <= text.size(); ++from) {
          if (FindQuote(view, from) != view.find('"', from) ||
              FindAttributeValue(view, from) != view.find("=\"", from)) {
            INFO(text, " from ", from);
            CHECK(FindQuote(view, from) == view.find('"', from));
            CHECK(FindAttributeValue(view, from) == view.find("=\"", from));
          }
        }
      }
    }
  }
  CHECK(FindAttributeValue("<rect x=\"1\" y=\"2\"/>", 0) == 7);
  CHECK(FindAttributeValue("<rect x=\"1\" y=\"2\"/>", 8) == 13);
  CHECK(FindQuote("<rect x=\"1\" y=\"2\"/>", 9) == 10);
  CHECK(FindAttributeValue("a=", 0) == std::string_view::npos);
}

}  // namespace clustersite
