// The welcome kit: what it holds for each audience and member, and that it
// is self-contained. How it prints is checked by tests/kit_print.sh.

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "document/document_html.h"
#include "document/page_numbers.h"
#include "test_util.h"
#include "theme/default_theme.h"

namespace clustersite {
namespace {

using testing::FileText;
using testing::Has;
using testing::InOrder;
using testing::ReadFile;
using testing::RenderFiles;
using testing::Run;
using testing::ValidTree;

/// ValidTree with a second member, so a kit can be personalised.
MemoryFileSystem TreeWithMembers() {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- name: SIA Koks\n"
         "  kind: member\n"
         "  type: company\n"
         "  sector: Koka būvniecība\n"
         "  interests: [eksports]\n"
         "  contact: {name: Jānis Koks, email: janis@example.lv}\n"
         "- name: AS Mežs\n"
         "  kind: member\n"
         "  type: company\n"
         "  sector: Mežsaimniecība\n"
         "  interests: [eksports]\n"
         "- name: Aizkraukles skola\n"
         "  kind: partner\n"
         "  type: education\n"
         "  sector: Izglītība\n"
         "  interests: [izglitiba]\n");
  return fs;
}

std::string Kit(const MemoryFileSystem& fs, Audience audience, const std::string& member,
                std::string* diagnostics = nullptr) {
  KitCommand command;
  command.build.audience = audience;
  command.build.cluster = "koks";
  command.build.as_of.date = testing::kExampleAsOf;
  command.member = member;
  command.date = Date{2026, 11, 20};
  Diagnostics diag;
  std::string html;
  RenderKitHtml(fs, command, &diag, &html);
  if (diagnostics) *diagnostics = diag.ToString();
  return html;
}

/// Every id="…" of `html`, with how often it occurs.
std::map<std::string, int> Ids(const std::string& html) {
  std::map<std::string, int> ids;
  const std::regex id(" id=\"([^\"]*)\"");
  for (std::sregex_iterator it(html.begin(), html.end(), id), end; it != end; ++it) ++ids[(*it)[1]];
  return ids;
}

}  // namespace

TEST_CASE("every build writes a welcome kit per cluster, for its audience") {
  std::string diags;
  auto pub = RenderFiles(ValidTree(), Audience::kPublic, &diags);
  auto mem = RenderFiles(ValidTree(), Audience::kMembers, &diags);
  std::string p = FileText(pub, "koks/welcome-kit/index.html");
  std::string m = FileText(mem, "koks/welcome-kit/index.html");
  REQUIRE_FALSE(p.empty());
  CHECK(Has(p, "Publisks stāsts"));
  CHECK_FALSE(Has(p, "Biedru stāsts"));
  CHECK_FALSE(Has(p, "Tikai biedriem."));
  CHECK_FALSE(Has(p, "janis@example.lv"));
  CHECK_FALSE(Has(p, "Jānis Koks"));
  CHECK(Has(m, "Biedru stāsts"));
  CHECK(Has(m, "Tikai biedriem."));
  CHECK(Has(m, "janis@example.lv"));
  // The site links its kit, and the kit links back.
  CHECK(Has(FileText(pub, "koks/index.html"), "href=\"welcome-kit/\""));
  CHECK(Has(FileText(pub, "koks/services/eksports/index.html"), "href=\"../../welcome-kit/\""));
  CHECK(Has(p, "<a href=\"../\">"));
}

TEST_CASE("the kit's parts come in the onboarding order") {
  std::string html = Kit(ValidTree(), Audience::kPublic, "");
  CHECK(InOrder(
      html, {"id=\"kit-cover\"", "id=\"kit-contents\"", "id=\"kit-about\"", "id=\"kit-directions\"",
             "id=\"kit-services\"", "id=\"kit-stories\"", "id=\"kit-members\"",
             "id=\"kit-communication\"", "id=\"kit-roadmap\"", "id=\"kit-next\""}));
  CHECK(InOrder(html,
                {"<nav class=\"kit-toc\"", "href=\"#kit-about\"", "href=\"#kit-next\"", "</nav>"}));
  // Cover: name, vision, label, date.
  CHECK(InOrder(html, {"Koka klasteris", "Koks ir nākotnes būvmateriāls.", "Sudraba marķējums",
                       "2026. gada 20. novembris", "id=\"kit-contents\""}));
  // The most used service first; each with its contact and roadmap steps.
  CHECK(InOrder(html, {"id=\"svc-eksports\"", "Ilze Ozola", "id=\"svc-eksports-steps\"",
                       "Sagatavojam", "Braucam", "id=\"svc-apmacibas\""}));
  // Stories under the service they are about.
  CHECK(InOrder(html, {"id=\"kit-stories\"", "href=\"#svc-eksports\"", "Publisks stāsts"}));
  // The roadmap ends with presenting yourself at the next meeting, with its date.
  CHECK(InOrder(html, {"id=\"kit-roadmap\"", "Prezentējiet savu uzņēmumu nākamajā biedru sapulcē",
                       "2026. gada 3. decembris", "id=\"kit-next\""}));
}

TEST_CASE("the kit is self-contained: inline CSS, data: images and font, no requests") {
  std::string html = Kit(ValidTree(), Audience::kPublic, "");
  CHECK(Has(html, "<style>"));
  CHECK(Has(html,
            "@font-face{font-family:\"Kit Sans\";font-weight:400;font-style:normal;"
            "src:url(data:font/woff2;base64,"));
  CHECK(Has(html, "font-weight:700"));
  CHECK_FALSE(Has(html, "unicode-range"));
  CHECK(Has(html, "<img class=\"kit-logo\" src=\"data:image/svg+xml;base64,"));
  CHECK_FALSE(Has(html, "<link"));
  CHECK_FALSE(Has(html, "<script"));
  CHECK_FALSE(std::regex_search(html, std::regex("(src|url)\\(?=?\"?(https?:)?//")));
  CHECK(Has(html, "@page{size:A4") == false);  // the page size comes from kit.css
  CHECK(Has(html, "size: A4"));
}

TEST_CASE("the kit reuses the pages' HTML: links become anchors, ids stay unique") {
  std::string html = Kit(ValidTree(), Audience::kPublic, "");
  // services/eksports.md links ../roadmaps/eksporta-cels.md: now the steps in the kit.
  CHECK(Has(html, "Skat. <a href=\"#svc-eksports-steps\">ceļu</a>"));
  for (const auto& [id, count] : Ids(html)) {
    INFO(id);
    CHECK(count == 1);
  }
}

TEST_CASE("the kit's about part drops a first heading that repeats the part's title") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/about.md", "## Kas  ir *klasteris*\n\nMēs strādājam kopā.\n\n## Vēsture\n");
  std::string html = Kit(fs, Audience::kPublic, "");
  CHECK(Has(html,
            "<h2 class=\"kit-part-title\" id=\"kit-about-title\">Kas ir klasteris</h2>\n"
            "<div class=\"prose\"><p>Mēs strādājam kopā.</p>\n<h3>Vēsture</h3>"));
  // Another first heading stays, and so does the part's title further down.
  fs.Add("content/koks/about.md", "# Kas mēs esam\n\n## Kas ir klasteris\n");
  html = Kit(fs, Audience::kPublic, "");
  CHECK(Has(html, "<div class=\"prose\"><h2>Kas mēs esam</h2>"));
  CHECK(Has(html, "<h3>Kas ir klasteris</h3>"));
}

TEST_CASE("the kit's cover shows the logo on a white tile, whatever the brand colour") {
  std::string html = Kit(ValidTree(), Audience::kPublic, "");
  CHECK(Has(html, "<div class=\"kit-logo-tile\"><img class=\"kit-logo\" src=\"data:image/svg+xml"));
  CHECK(Has(html,
            ".kit-logo-tile {\n  display: inline-block; margin: 0 0 10mm; padding: 3mm; "
            "background: #fff;"));
}

TEST_CASE("the kit links files of the site as files and pages as folders") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/services/apmacibas.md",
         "---\ntitle: Apmācības\nsummary: Mācāmies.\ncategory: izglitiba\n---\n"
         "[Jaunumi](../../feed.xml), [biedri](../members.yaml), [meklēt](../../search/).\n");
  std::string html = Kit(fs, Audience::kPublic, "");
  CHECK(Has(html, "<a href=\"https://klasteri.example.lv/koks/feed.xml\">Jaunumi</a>"));
  CHECK(Has(html, "<a href=\"#kit-members\">biedri</a>"));
  CHECK(Has(html, "<a href=\"https://klasteri.example.lv/koks/search/\">meklēt</a>"));
}

TEST_CASE("a kit for a member greets it and puts what suits it first") {
  std::string html = Kit(TreeWithMembers(), Audience::kMembers, "sia koks");
  CHECK(Has(html, "Sveicināti klasterī, SIA Koks!"));
  CHECK(Has(html, "<title>Jaunā biedra sveiciena komplekts – Koka klasteris – SIA Koks</title>"));
  // The service in the member's interests is marked; the other one is not.
  CHECK(Has(html, "<article class=\"kit-service is-for-you\" id=\"svc-eksports\">"));
  CHECK(Has(html, "<tr class=\"is-for-you\">"));
  CHECK(Has(html, "<article class=\"kit-service\" id=\"svc-apmacibas\">"));
  // Members sharing an interest come first, marked, with the reason; the
  // partner with other interests is listed by sector only.
  CHECK(InOrder(html, {"Jums tuvākie biedri", "AS Mežs", "kopīgas intereses: eksports", "Izglītība",
                       "Aizkraukles skola"}));
  size_t close = html.find("Jums tuvākie biedri");
  size_t by_sector = html.find("Izglītība", close);
  CHECK_FALSE(Has(html.substr(close, by_sector - close), "Aizkraukles skola"));
  CHECK_FALSE(Has(html.substr(close, by_sector - close), "<strong>SIA Koks</strong>"));
  // The first service to try is the one that suits the member.
  CHECK(InOrder(html, {"Izvēlieties pirmo pakalpojumu", "href=\"#svc-eksports\""}));
  // The kit without a member greets nobody and marks nothing.
  std::string plain = Kit(TreeWithMembers(), Audience::kMembers, "");
  CHECK_FALSE(Has(plain, "Sveicināti klasterī"));
  CHECK_FALSE(Has(plain, "class=\"kit-service is-for-you\""));
  CHECK_FALSE(Has(plain, "<tr class=\"is-for-you\">"));
  CHECK_FALSE(Has(plain, "Jums tuvākie biedri"));
}

TEST_CASE("an unknown member is an error that names it and suggests close names") {
  std::string diags;
  std::string html = Kit(TreeWithMembers(), Audience::kPublic, "SIA Kokss", &diags);
  CHECK(html.empty());
  CHECK(diags ==
        "content/koks/members.yaml: error: no member named `SIA Kokss` in cluster `koks`; did "
        "you mean `SIA Koks`?\n");
  Kit(TreeWithMembers(), Audience::kPublic, "Mežs", &diags);
  CHECK(diags ==
        "content/koks/members.yaml: error: no member named `Mežs` in cluster `koks`; did you "
        "mean `AS Mežs`?\n");
  Kit(TreeWithMembers(), Audience::kPublic, "Nekas Kopīgs", &diags);
  CHECK(diags ==
        "content/koks/members.yaml: error: no member named `Nekas Kopīgs` in cluster `koks`\n");
}

TEST_CASE("an unknown member is matched to a member's name also without its legal form") {
  std::string diags;
  Kit(TreeWithMembers(), Audience::kPublic, "Kokss Ltd", &diags);
  CHECK(diags ==
        "content/koks/members.yaml: error: no member named `Kokss Ltd` in cluster `koks`; did you "
        "mean `SIA Koks`?\n");
  Kit(TreeWithMembers(), Audience::kPublic, "SIA „Mežs”", &diags);
  CHECK(diags ==
        "content/koks/members.yaml: error: no member named `SIA „Mežs”` in cluster `koks`; did you "
        "mean `AS Mežs`?\n");
}

TEST_CASE("content cannot end the kit's style element, and text is NFC") {
  MemoryFileSystem fs = ValidTree();
  // "Koka" with a decomposed ā (a + U+0304) and a closing style tag in the name.
  fs.Add("content/koks/cluster.yaml",
         "name: \"Ka\xCC\x84rta </style><script>x</script>\"\n"
         "vision: \"Vīzija.\"\n"
         "contact: {name: Ilze Ozola}\n");
  std::string html = Kit(fs, Audience::kPublic, "");
  REQUIRE_FALSE(html.empty());
  CHECK_FALSE(Has(html, "<script"));
  CHECK(
      Has(html, "@top-left{content:\"Kārta \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \"}"));
  CHECK_FALSE(Has(html, "a\xCC\x84"));
}

TEST_CASE("the kit's contents carry an empty page-number slot for each part, after the contents") {
  std::string html = Kit(ValidTree(), Audience::kPublic, "");
  CHECK(Has(html,
            ".kit-toc a[href=\"#kit-about\"]::after{content:\"\";"
            "content:target-counter(url(#kit-about),page)}"));
  CHECK(PageNumberSlots(html) ==
        std::vector<std::string>{"kit-about", "kit-directions", "kit-services", "kit-stories",
                                 "kit-members", "kit-communication", "kit-roadmap", "kit-next"});
}

TEST_CASE("clustersite kit writes a personalised kit and refuses an unknown member") {
  namespace fs = std::filesystem;
  std::string dir = fs::temp_directory_path() / "clustersite-kit-e2e";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string bin = CLUSTERSITE_BINARY;
  const std::string content = std::string(CLUSTERSITE_SOURCE_DIR) + "/content";
  std::string out;
  REQUIRE(Run("cd " + dir + " && " + bin + " kit " + content +
                  " --cluster koks --member 'SIA Formatus' --audience members --date 2026-11-20",
              &out) == 0);
  std::string html = ReadFile(dir + "/koks-welcome-kit-sia-formatus.html");
  CHECK(Has(html, "Sveicināti klasterī, SIA Formatus!"));
  CHECK(Has(html, "janis.berzins@formatus.example.lv"));  // members audience
  CHECK(Has(html, "2026. gada 20. novembris"));
  CHECK(
      Run(bin + " kit " + content + " --cluster koks --member 'SIA Formatos' -o " + dir + "/x.html",
          &out) == 1);
  CHECK(Has(out,
            "koks/members.yaml: error: no member named `SIA Formatos` in cluster `koks`; "
            "did you mean `SIA Formatus`?\n"));
  CHECK_FALSE(fs::exists(dir + "/x.html"));
  for (const char* name : {"Formatus", "Formatos", "Formatus Ltd"}) {
    CHECK(Run(bin + " kit " + content + " --cluster koks --member '" + name + "' -o " + dir +
                  "/x.html",
              &out) == 1);
    CHECK(Has(out, "koks/members.yaml: error: no member named `" + std::string(name) +
                       "` in cluster `koks`; did you mean `SIA Formatus`?\n"));
  }
  CHECK(Run(bin + " kit " + content + " --cluster kokss -o " + dir + "/x.html", &out) == 1);
  CHECK(Has(out, "no cluster `kokss`"));
  fs::remove_all(dir);
}

TEST_CASE("the kit fonts keep the source font's date, so every build embeds the same bytes") {
  // fontTools writes the time of the build into `head.modified` unless told
  // not to: each build of the binary then embedded other font bytes.
  testing::TempDir dir;
  std::string args;
  for (const EmbeddedFile& f : DefaultThemeFiles()) {
    std::string path = f.path;
    if (path.rfind("fonts/kit-", 0) != 0) continue;
    std::string style = path.substr(10, path.size() - 16);  // "regular"
    style[0] = static_cast<char>(style[0] - 'a' + 'A');
    testing::WriteText(dir / style + ".woff2", std::string(f.contents));
    args += " " + dir / style + ".woff2 " + CLUSTERSITE_KIT_FONT_SOURCE_DIR + "/LiberationSans-" +
            style + ".ttf";
  }
  REQUIRE(!args.empty());
  const std::string script =
      "import sys\n"
      "from fontTools.ttLib import TTFont\n"
      "a = sys.argv[1:]\n"
      "for subset, source in zip(a[::2], a[1::2]):\n"
      "    print(TTFont(subset)['head'].modified == TTFont(source)['head'].modified)\n";
  std::string out;
  REQUIRE(testing::Run(std::string(CLUSTERSITE_KIT_PYTHON) + " -c \"" + script + "\"" + args,
                       &out) == 0);
  CHECK(out == "True\nTrue\nTrue\n");
}

TEST_CASE("a member's kit sets out the roadmap of its group, derived from feedback/") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- {name: SIA Koks, sector: A, joined: 2020-01-01}\n"
         "- {name: AS Mežs, sector: B, joined: 2026-01-01}\n");
  fs.Add("content/koks/feedback/2026-q2.yaml",
         "- {service: eksports, member: SIA Koks, date: 2026-05-04, rating: 5}\n");
  for (const char* kind : {"new", "active"}) {
    fs.Add(std::string("content/koks/roadmaps/") + kind + ".md",
           std::string("---\ntitle: Ceļš ") + kind + "\nfor: " + kind +
               "\nsteps:\n  - {who: cluster, title: Sākam}\n---\nIevads.\n");
  }
  std::string diagnostics;
  const std::string active = Kit(fs, Audience::kMembers, "SIA Koks", &diagnostics);
  CHECK_FALSE(testing::Has(diagnostics, "error"));
  CHECK(testing::Has(active, "Ceļš active"));
  CHECK_FALSE(testing::Has(active, "Ceļš new"));
  const std::string fresh = Kit(fs, Audience::kMembers, "AS Mežs");
  CHECK(testing::Has(fresh, "Ceļš new"));
  CHECK_FALSE(testing::Has(fresh, "Ceļš active"));
  CHECK(testing::Has(Kit(fs, Audience::kMembers, ""), "Ceļš new"));
}

}  // namespace clustersite
