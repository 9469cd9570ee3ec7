// The events pages and calendars of a fixture portal, built with the real CLI.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "calendar_check.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::Has;
using testing::InOrder;
using testing::ReadFile;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;

/// tests/fixtures/events built for the public and the members, as of 2026-12-01.
struct BuiltEvents {
  testing::TempDir dir;
  BuiltEvents() {
    for (const char* audience : {"public", "members"}) {
      std::string out;
      REQUIRE_MESSAGE(testing::Run(kBin + " build " + kSource + "/tests/fixtures/events -o " +
                                       dir / audience + " --audience " + audience,
                                   &out) == 0,
                      out);
    }
  }
  std::string Public(const std::string& rel) const {
    return ReadFile(dir / ("public/koks/" + rel));
  }
  std::string Members(const std::string& rel) const {
    return ReadFile(dir / ("members/koks/" + rel));
  }
};

const BuiltEvents& Built() {
  static const BuiltEvents built;
  return built;
}

bool Exists(const std::string& path) { return std::filesystem::exists(path); }

}  // namespace

TEST_CASE("the events list shows upcoming events soonest first, then past ones; drafts never") {
  const std::string html = Built().Members("events/index.html");
  CHECK(InOrder(html,
                {"Gaidāmie pasākumi", "Slepenās brokastis", "Atvērtā koka diena", "Nakts brauciens",
                 "Aprīļa brokastis", "Notikušie pasākumi", "Pakalpojumu pieredze, 3. ceturksnis"}));
  CHECK(Has(html, "2026. gada 3. decembrī, 8.30–10.00"));
  CHECK(Has(html, "href=\"../calendar.ics\""));
  CHECK_FALSE(Has(html, "melnraksts"));
  CHECK_FALSE(Has(html, "Vēl neplānots"));
}

TEST_CASE("the public events list holds public events only") {
  const std::string html = Built().Public("events/index.html");
  CHECK(Has(html, "Atvērtā koka diena"));
  CHECK_FALSE(Has(html, "Slepenās"));
  CHECK_FALSE(Has(html, "Pakalpojumu pieredze"));
  CHECK_FALSE(Exists(Built().dir / "public/koks/events/brokastis-2026-12/index.html"));
}

TEST_CASE("an event's page has its time, place, host on the members page and services linked") {
  const std::string html = Built().Members("events/brokastis-2026-12/index.html");
  CHECK(Has(html, "<time datetime=\"2026-12-03T08:30\">2026. gada 3. decembrī, 8.30–10.00</time>"));
  CHECK(Has(html, "Rūpnīcas iela 5, Cēsis; 2. stāvs"));
  CHECK(Has(html, "<a href=\"../../members/#m-sia-formatus\">SIA Formatus</a>"));
  CHECK(Has(html, "<a href=\"../../services/eksports/\">Eksporta misijas</a>"));
  CHECK(Has(html, "Jaunie biedri iepazīstina ar sevi"));
  CHECK(Has(html, "href=\"../brokastis-2026-12.ics\""));
  CHECK(Has(html, "<p>Tikai biedriem: ražotnes apmeklējums.</p>"));
}

TEST_CASE("a feedback event links the report of the quarter before it, for members only") {
  CHECK(Has(Built().Members("events/pieredze-2026-q3/index.html"),
            "<a href=\"../../reports/2026-q3/\">"));
  CHECK_FALSE(Exists(Built().dir / "public/koks/events/pieredze-2026-q3/index.html"));
}

TEST_CASE("the home page lists the audience's next three events") {
  const std::string members = Built().Members("index.html");
  CHECK(InOrder(members, {"Tuvākie pasākumi", "Slepenās brokastis", "Atvērtā koka diena",
                          "Nakts brauciens"}));
  CHECK_FALSE(Has(members, "Aprīļa brokastis"));
  const std::string pub = Built().Public("index.html");
  CHECK(Has(pub, "Atvērtā koka diena"));
  CHECK_FALSE(Has(pub, "Slepenās"));
}

TEST_CASE("events are in the search index and the sitemap of their audience") {
  CHECK(Has(Built().Members("search/index.json"), "events/brokastis-2026-12/"));
  CHECK_FALSE(Has(Built().Public("search/index.json"), "brokastis-2026-12"));
  CHECK(Has(Built().Public("sitemap.xml"), "koks/events/atverta-diena/"));
}

TEST_CASE("each audience's calendar.ics holds its events, each with one UID in every audience") {
  const std::string members = Built().Members("calendar.ics");
  const std::string pub = Built().Public("calendar.ics");
  CHECK(Has(members, "SUMMARY:Slepenās brokastis SIA Formatus ražotnē\r\n"));
  CHECK_FALSE(Has(pub, "Slepenās"));
  CHECK(testing::Values(pub, "SUMMARY") == testing::Lines{"Atvērtā koka diena"});
  const testing::Lines uid = testing::Values(pub, "UID");
  REQUIRE(uid.size() == 1);
  CHECK(Has(members, "UID:" + uid[0] + "\r\n"));
  CHECK(Has(Built().Public("events/atverta-diena.ics"), "UID:" + uid[0] + "\r\n"));
  CHECK(testing::Values(members, "DTSTAMP").front() == "20261201T000000Z");
  CHECK(Has(members, "LOCATION:Rūpnīcas iela 5\\, Cēsis\\; 2. stāvs\r\n"));
  CHECK(Has(members, "URL:https://klasteri.example.lv/members/koks/events/brokastis-2026-12/\r\n"));
  CHECK_FALSE(Exists(Built().dir / "public/koks/events/brokastis-2026-12.ics"));
}

TEST_CASE("python3-icalendar reads every calendar written, times right across the change") {
  for (const std::string rel : {"members/koks/calendar.ics", "public/koks/calendar.ics",
                                "members/koks/events/nakts-misija.ics"}) {
    INFO(rel);
    const std::string ics = ReadFile(Built().dir / rel);
    CHECK(testing::Problems(ics) == "");
    std::string out;
    REQUIRE_MESSAGE(testing::Run("/usr/bin/python3 " + kSource + "/tests/check_calendar.py " +
                                     Built().dir / rel,
                                 &out) == 0,
                    out);
    const nlohmann::json read = nlohmann::json::parse(out);
    for (const auto& e : read["events"]) {
      if (e["summary"] != "Nakts brauciens uz misiju") continue;
      // 22:00 in winter is UTC+2; 05:00 after the change to summer time is UTC+3.
      CHECK(e["start"] == "2027-03-27T20:00Z");
      CHECK(e["end"] == "2027-03-28T02:00Z");
    }
  }
  CHECK(Has(ReadFile(Built().dir / "members/koks/calendar.ics"), "Nakts brauciens"));
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("the kit's roadmap ends at the next event where new members present themselves") {
  const std::string kit = Built().Members("welcome-kit/index.html");
  CHECK(InOrder(kit, {"Prezentējiet savu uzņēmumu nākamajā biedru sapulcē",
                      "2026. gada 3. decembrī, 8.30–10.00 · Rūpnīcas iela 5, Cēsis; 2. stāvs",
                      "<a href=\"../events/brokastis-2026-12/\">Slepenās brokastis SIA Formatus "
                      "ražotnē</a>"}));
}

TEST_CASE("the next meeting the kit shows comes from events/ when cluster.yaml names none") {
  CHECK(Has(Built().Members("welcome-kit/index.html"),
            "<time datetime=\"2026-12-03\">2026. gada 3. decembris</time>"));
}

}  // namespace clustersite
