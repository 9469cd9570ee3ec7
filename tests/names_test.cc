#include "core/names.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("a name's key leaves out its legal form at either end and the quotes around it") {
  CHECK(NameKey("SIA Formatus") == "formatus");
  CHECK(NameKey("SIA „Formatus”") == "formatus");
  CHECK(NameKey("Formatus Ltd.") == "formatus");
  CHECK(NameKey("Formatus, LLC") == "formatus");
  CHECK(NameKey("Biedrība Veselīga skola") == "veselīga skola");
  CHECK(NameKey("  AS  Līvu Koks ") == "līvu koks");
  CHECK(NameKey("SIA") == "sia");  // nothing but a legal form is kept
}

TEST_CASE("a member written without its legal form suggests the member that has one") {
  const std::vector<std::string> members = {"AS Mežs", "SIA Formatus", "Aizkraukles skola"};
  CHECK(SuggestNames("Formatus", members) == std::vector<std::string>{"SIA Formatus"});
  CHECK(SuggestNames("Formatus Ltd", members) == std::vector<std::string>{"SIA Formatus"});
  CHECK(SuggestNames("Formatos", members) == std::vector<std::string>{"SIA Formatus"});
  CHECK(SuggestNames("sia formatuss", members) == std::vector<std::string>{"SIA Formatus"});
  CHECK(SuggestNames("skola", members) == std::vector<std::string>{"Aizkraukles skola"});
  CHECK(SuggestNames("Nekas Kopīgs", members).empty());
  CHECK(DidYouMeanNames("Formatus", members) == "; did you mean `SIA Formatus`?");
  CHECK(DidYouMeanNames("kok", {"koks", "kokss", "veseliga-partika"}) ==
        "; did you mean `koks` or `kokss`?");
  CHECK(DidYouMeanNames("Nekas", members) == "");
}

}  // namespace clustersite
