// The UI strings of a language: loaded from the theme's i18n/<lang>.yaml,
// looked up by key, and dates in each language's own form.

#include "theme/i18n.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Built;
using testing::Has;
using testing::ReadFile;

const std::string kMonths =
    "months: [janvāris, februāris, marts, aprīlis, maijs, jūnijs, jūlijs, augusts, septembris, "
    "oktobris, novembris, decembris]\n";

/// The strings of `lang` from a theme folder holding i18n/xx.yaml as `yaml`
/// over the default theme; the diagnostics in `*errors`.
bool LoadStrings(const std::string& lang, const std::string& yaml, Strings* out,
                 std::string* errors) {
  MemoryFileSystem fs;
  fs.Add("theme/i18n/xx.yaml", yaml);
  Diagnostics diag;
  Theme theme;
  REQUIRE(Theme::Load(fs, "theme", &diag, &theme));
  bool ok = Strings::Load(theme, lang, &diag, out);
  *errors = diag.ToString();
  return ok;
}

/// The default theme's strings of `lang`.
Strings DefaultStrings(const std::string& lang) {
  MemoryFileSystem none;
  Diagnostics diag;
  Theme theme;
  REQUIRE(Theme::Load(none, "", &diag, &theme));
  Strings out;
  REQUIRE(Strings::Load(theme, lang, &diag, &out));
  return out;
}

}  // namespace

TEST_CASE("UI strings load from the theme folder, and a missing key reads as the key") {
  Strings t;
  std::string errors;
  REQUIRE(LoadStrings("xx", "nav_home: Sākums\n" + kMonths, &t, &errors));
  CHECK(errors == "");
  CHECK(t.lang() == "xx");
  CHECK(t.Get("nav_home") == "Sākums");
  CHECK(t.Get("nav_nowhere") == "nav_nowhere");
  CHECK(t.Names() == std::set<std::string>{"nav_home"});
  CHECK(t.data().get("nav_home")->string_value() == "Sākums");
  CHECK(t.data().get("months") == nullptr);
}

TEST_CASE("a language the theme has no strings for is an error") {
  Strings t;
  std::string errors;
  CHECK_FALSE(LoadStrings("de", "", &t, &errors));
  CHECK(errors == "i18n/de.yaml: error: the theme has no UI strings for language `de`\n");
}

TEST_CASE("UI strings that are not a mapping, or lack the 12 months, are errors at the file") {
  Strings t;
  std::string errors;
  CHECK_FALSE(LoadStrings("xx", "- a\n- b\n", &t, &errors));
  CHECK(errors == "theme/i18n/xx.yaml:1:1: error: UI strings must be a mapping of `key: text`\n");
  CHECK_FALSE(LoadStrings("xx", "nav_home: Sākums\nmonths: [janvāris]\n", &t, &errors));
  CHECK(errors == "theme/i18n/xx.yaml:1:1: error: `months` must list the 12 month names\n");
}

TEST_CASE("a date is written in Latvian or English form, and as ISO without month names") {
  const Strings lv = DefaultStrings("lv"), en = DefaultStrings("en");
  CHECK(lv.FormatDate(Date{2026, 12, 3}) == "2026. gada 3. decembris");
  CHECK(en.FormatDate(Date{2026, 12, 3}) == "3 December 2026");
  CHECK(en.FormatDate(Date{2026, 1, 31}) == "31 January 2026");
  CHECK(en.FormatDate(Date{2026, 13, 1}) == Date{2026, 13, 1}.Iso());
  CHECK(Strings().FormatDate(Date{2026, 5, 1}) == "2026-05-01");
}

TEST_CASE("an event's time is written as each language says it, with both days when two") {
  const Strings lv = DefaultStrings("lv"), en = DefaultStrings("en");
  const DateTime start{{2026, 12, 10}, 8, 30}, end{{2026, 12, 10}, 10, 0};
  CHECK(lv.FormatTimeSpan(start, end) == "2026. gada 10. decembrī, 8.30–10.00");
  CHECK(en.FormatTimeSpan(start, end) == "10 December 2026, 8:30–10:00");
  CHECK(lv.FormatTimeSpan({{2027, 3, 2}, 9, 0}, {{2027, 3, 4}, 18, 5}) ==
        "2027. gada 2. martā, 9.00 – 2027. gada 4. martā, 18.05");
}

TEST_CASE("a theme's strings without `months_in` say the time of an event with `months`") {
  Strings t;
  std::string errors;
  REQUIRE(LoadStrings("xx", kMonths, &t, &errors));
  CHECK(t.FormatTimeSpan({{2026, 12, 10}, 8, 30}, {{2026, 12, 10}, 10, 0}) ==
        "10 decembris 2026, 8:30–10:00");
}

TEST_CASE("an English cluster has English UI and dates") {
  std::string html = Built().Public("baltic-logistics/roadmaps/index.html");
  CHECK(Has(html, "<html lang=\"en\">"));
  std::string road;
  for (const auto& e : fs::directory_iterator(Built().root + "/public/baltic-logistics/roadmaps")) {
    if (!e.is_directory()) continue;
    std::string page = ReadFile(e.path() / "index.html");
    if (Has(page, "10 December 2026")) road = page;
  }
  CHECK_FALSE(road.empty());
}

}  // namespace clustersite
