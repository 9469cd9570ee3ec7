// End-to-end: builds content/ with the real CLI and checks what each page says.

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "test_util.h"

namespace clustersite {
namespace {

namespace fs = std::filesystem;
using testing::Has;
using testing::InOrder;
using testing::ReadFile;
using testing::Run;

using testing::Built;

}  // namespace

TEST_CASE("the portal index says what portal.yaml's description says, in the lead and the head") {
  std::string html = Built().Public("index.html");
  const std::string description =
      "Latvijas biznesa klasteri: ko katrs dara, kādus pakalpojumus sniedz biedriem un kā tiem "
      "pievienoties.";
  CHECK(Has(html, "<p class=\"lead\">" + description + "</p>"));
  CHECK(Has(html, "<meta name=\"description\" content=\"" + description + "\">"));
}

TEST_CASE("a cluster home shows vision, label, the three most used services, stories, contact") {
  std::string html = Built().Public("koks/index.html");
  CHECK(Has(html, "<html lang=\"lv\">"));
  CHECK(Has(html,
            "Latvijas koka ēkas — pirmā izvēle Ziemeļeiropā: rūpnieciski ražotas, "
            "ilgtspējīgas un būvētas ar vietējo prasmi."));
  CHECK(Has(html, "Zelta"));
  CHECK(InOrder(html, {"Tirdzniecības misijas", "Kopstendi starptautiskās izstādēs",
                       "Mentorings jaunajiem biedriem"}));
  CHECK_FALSE(Has(html, "Praktiskās darbnīcas par CLT"));  // fourth most used
  // Latest public stories, newest first.
  CHECK(InOrder(html, {"stories/livu-koka-konstrukcijas-atgriesanas/",
                       "stories/formatus-norvegija/", "stories/kurzemes-clt-ugunsdrosiba/"}));
  CHECK(Has(html, "mailto:"));
}

TEST_CASE(
    "an e-mail address may break only after its @ and before its dots, on pages and in kits") {
  const std::string address =
      "<a class=\"email\" href=\"mailto:kristaps.zarins@example.com\"><span>kristaps</span><wbr>"
      "<span>.zarins@</span><wbr><span>example</span><wbr><span>.com</span></a>";
  CHECK(Has(Built().Public("baltic-logistics/index.html"), address));
  CHECK(Has(Built().Public("baltic-logistics/welcome-kit/index.html"), address));
  CHECK(Has(Built().Members("baltic-logistics/members/index.html"),
            "<a class=\"email\" href=\"mailto:liene.rudzite@ziemelu-kravas.example.lv\"><span>"
            "liene</span><wbr><span>.rudzite@</span><wbr><span>ziemelu-kravas</span><wbr><span>"
            ".example</span><wbr><span>.lv</span></a>"));
}

TEST_CASE("the services list is by category, ranked by use, with category names") {
  std::string html = Built().Public("koks/services/index.html");
  CHECK(Has(html, "Apmācības"));
  CHECK(Has(html, "Inovācijas"));
  CHECK(InOrder(html, {"Tirdzniecības misijas", "Kopstendi starptautiskās izstādēs"}));
  CHECK(InOrder(html,
                {"Ugunsdrošības un akustikas testu atbalsts", "Inovāciju projektu sagatavošana"}));
  CHECK_FALSE(Has(html, "Pircēju un partneru datubāze"));
  CHECK(Has(Built().Members("koks/services/index.html"), "Pircēju un partneru datubāze"));
}

TEST_CASE("a service page shows its roadmap steps and the stories about it") {
  std::string html = Built().Public("koks/services/tirdzniecibas-misijas/index.html");
  CHECK(Has(html, "<h1"));
  CHECK(InOrder(html, {"Pieteikums", "Atlase un tirgus pārskats", "Materiāli svešvalodā",
                       "Tikšanos grafiks", "Misija"}));
  CHECK(Has(html, "href=\"../../roadmaps/tirdzniecibas-misija/\""));
  CHECK(InOrder(html, {"href=\"../../stories/livu-koka-konstrukcijas-atgriesanas/\"",
                       "href=\"../../stories/formatus-norvegija/\""}));
}

TEST_CASE("a service naming a member's contact person shows their details to members only") {
  const std::string page = "koks/services/inovaciju-projekti/index.html";
  std::string pub = Built().Public(page), mem = Built().Members(page);
  CHECK(InOrder(
      pub, {"<p class=\"contact-name\">Dr. Edgars Lūsis</p>",
            "<p class=\"contact-organisation\">Būvkoka pētniecības institūts</p>",
            "<dt>Saziņa caur klasteri</dt>", "<p class=\"contact-name\">Ilze Ozola</p>", "</dl>"}));
  CHECK_FALSE(Has(pub, "edgars.lusis@buvkoks.example.lv"));
  CHECK_FALSE(Has(pub, "20000024"));
  CHECK(InOrder(mem, {"<p class=\"contact-name\">Dr. Edgars Lūsis</p>",
                      "<p class=\"contact-organisation\">Būvkoka pētniecības institūts</p>",
                      "mailto:edgars.lusis@buvkoks.example.lv", "+371 20000024", "</dl>"}));
  CHECK_FALSE(Has(mem, "Saziņa caur klasteri"));
}

TEST_CASE("a service naming the cluster contact shows the cluster contact's details") {
  std::string html = Built().Public("koks/services/tirdzniecibas-misijas/index.html");
  CHECK(InOrder(html, {"<dd class=\"facts-contact\"><p class=\"contact-name\">Ilze Ozola</p>",
                       "<p class=\"contact-role\">", "href=\"mailto:", "href=\"tel:", "</dl>"}));
}

TEST_CASE("relative links between content files become page URLs") {
  for (const auto& e : fs::recursive_directory_iterator(Built().root + "/public")) {
    if (e.path().extension() != ".html") continue;
    std::string html = ReadFile(e.path());
    INFO(e.path().string());
    CHECK_FALSE(Has(html, ".md\""));
    CHECK_FALSE(Has(html, ".md#"));
  }
}

TEST_CASE("the stories list is newest first and holds only the audience's stories") {
  std::string pub = Built().Public("koks/stories/index.html");
  CHECK(InOrder(pub, {"Līvu Koka Konstrukcijas atgriežas eksporta misijās",
                      "Kā SIA Formatus atrada pirmo klientu Norvēģijā",
                      "SIA Kurzemes CLT pierāda koka pārseguma ugunsizturību"}));
  CHECK_FALSE(Has(pub, "EkoSiltums pielāgo siltumizolāciju"));
  CHECK_FALSE(Has(pub, "Vidzemes Baļķu Mājas"));  // members by default
  std::string mem = Built().Members("koks/stories/index.html");
  CHECK(InOrder(mem, {"EkoSiltums pielāgo siltumizolāciju", "Vidzemes Baļķu Mājas",
                      "Kā SIA Formatus atrada pirmo klientu Norvēģijā"}));
  CHECK_FALSE(fs::exists(Built().root + "/public/koks/stories/ekosiltums-darbnicas"));
  CHECK(fs::exists(Built().root + "/members/koks/stories/ekosiltums-darbnicas/index.html"));
}

TEST_CASE("a story page links its services and its neighbours") {
  std::string html = Built().Public("koks/stories/formatus-norvegija/index.html");
  CHECK(Has(html, "SIA Formatus"));
  CHECK(Has(html, "datetime=\"2026-03-02\""));
  CHECK(Has(html, "2026. gada 2. marts"));
  CHECK(Has(html, "href=\"../../services/tirdzniecibas-misijas/\""));
  CHECK(Has(html, "href=\"../livu-koka-konstrukcijas-atgriesanas/\""));  // newer
  CHECK(Has(html, "href=\"../kurzemes-clt-ugunsdrosiba/\""));            // older
}

TEST_CASE("a roadmap page numbers its steps, says who does what, ends at the meeting") {
  std::string html = Built().Public("koks/roadmaps/jauna-biedra-cels/index.html");
  CHECK(
      InOrder(html, {"Sveiciena zvans un iepazīšanās", "Biedra profils katalogam", "Mentora izvēle",
                     "Iepazīstināšana ar līdzīgiem biedriem", "Pirmais pakalpojums",
                     "Prezentējiet savu uzņēmumu biedru sapulcē", "2026. gada 3. decembris"}));
  CHECK(Has(html, "<ol"));
  CHECK(Has(html, "who-member"));
  CHECK(Has(html, "who-cluster"));
  CHECK(Has(html, "<strong>piecas minūtes</strong>"));
  std::string list = Built().Public("koks/roadmaps/index.html");
  CHECK(InOrder(list, {"Jaunā biedra ceļa karte", "Aktīvā biedra ceļa karte",
                       "Ceļa karte atgriešanās klastera darbā"}));
}

TEST_CASE("the members page groups by sector; contacts only for members") {
  std::string pub = Built().Public("koks/members/index.html");
  CHECK(Has(pub, "SIA Formatus"));
  CHECK(Has(pub, "AS Līvu Koka Konstrukcijas"));
  CHECK(Has(pub, "https://formatus.example.lv"));
  CHECK_FALSE(Has(pub, "janis.berzins@formatus.example.lv"));
  CHECK_FALSE(Has(pub, "Jānis Bērziņš"));
  std::string mem = Built().Members("koks/members/index.html");
  CHECK(Has(mem, "janis.berzins@formatus.example.lv"));
}

TEST_CASE("a member's interests show the cluster's category names, not their keys") {
  std::string html = Built().Public("koks/members/index.html");
  CHECK(Has(html, "<li>Apmācības</li>"));
  CHECK(Has(html, "<li>Inovācijas</li>"));
  CHECK_FALSE(Has(html, "<li>apmacibas</li>"));
}

TEST_CASE("the about page renders about.md") {
  std::string html = Built().Public("koks/about/index.html");
  CHECK(Has(html, "<h2>"));
  CHECK(Has(html, "asociācij"));
}

TEST_CASE("each cluster folder carries its own CSS and logo") {
  for (const char* c : {"koks", "veseliga-partika", "baltic-logistics"}) {
    CHECK(fs::exists(Built().root + "/public/" + c + "/style.css"));
    CHECK(fs::exists(Built().root + "/public/" + c + "/media/logo.svg"));
    CHECK(Has(Built().Public(std::string(c) + "/index.html"), "src=\"media/logo.svg\""));
  }
}

TEST_CASE("the logo's alt text is the cluster name; a Markdown image keeps its alt text") {
  CHECK(Has(Built().Public("koks/index.html"),
            "alt=\"Latvijas koka būvniecības klasteris\"><span class=\"brand-name\" "
            "aria-hidden=\"true\">"));
  std::string html = Built().Public("baltic-logistics/services/shared-loads/index.html");
  CHECK(Has(html, "<img src=\"../../media/shared-legs.png\" alt=\"Bar chart: 96 legs shared"));
  CHECK(fs::exists(Built().root + "/public/baltic-logistics/media/shared-legs.png"));
}

}  // namespace clustersite

namespace clustersite {

TEST_CASE("the example clusters keep a year of feedback that uses every service") {
  BuildOptions options;
  options.content = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";
  options.as_of.date = testing::kExampleAsOf;
  Diagnostics diag;
  Portal portal;
  REQUIRE(LoadAndValidate(testing::RealFs(), options, &diag, &portal));
  // Only the sections baltic-logistics's partial strategy still has to write.
  for (const Diagnostic& d : diag.Sorted()) {
    INFO(d.message);
    CHECK(d.severity == Severity::kWarning);
    CHECK(testing::Has(d.path, "content/baltic-logistics/strategy"));
  }
  for (const Cluster& c : portal.clusters) {
    INFO(c.slug);
    CHECK(c.has_feedback);
    std::set<Quarter> quarters;
    for (const FeedbackRecord& r : c.feedback)
      quarters.insert({r.date.year, (r.date.month + 2) / 3});
    CHECK(quarters.size() >= 4);
    for (const Service& s : c.services) {
      INFO(s.slug);
      CHECK(s.uses > 0);
      CHECK_FALSE(s.uses_last_year_written);
    }
  }
}

}  // namespace clustersite
