// news/ and the monthly digest: items parsed and checked, the news list of
// tests/fixtures/news built with the real CLI, and the digest written as an
// .eml that Python's own e-mail parser reads back (tests/eml_parts.py).

#include "model/news.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "build.h"
#include "core/url.h"
#include "markdown/markdown.h"
#include "model/parse.h"
#include "test_util.h"

namespace clustersite {
namespace {

using testing::CheckText;
using testing::Has;
using testing::InOrder;
using testing::ReadFile;
using testing::Run;
using testing::ValidTree;

const std::string kBin = CLUSTERSITE_BINARY;
const std::string kSource = CLUSTERSITE_SOURCE_DIR;
const std::string kFixture = kSource + "/tests/fixtures/news";

/// ValidTree with the news item `name`.md of front matter `front`.
MemoryFileSystem WithNews(MemoryFileSystem fs, const std::string& name, const std::string& front) {
  fs.Add("content/koks/news/" + name + ".md", "---\n" + front + "---\nTeksts.\n");
  return fs;
}

News Item(const std::string& slug, Date date, bool digest, bool draft = false) {
  News n;
  n.slug = slug;
  n.path = "content/koks/news/" + slug + ".md";
  n.date = date;
  n.digest = digest;
  n.draft = draft;
  return n;
}

/// The message `eml` as Python's e-mail package reads it (tests/eml_parts.py).
nlohmann::json Parsed(const testing::TempDir& dir, const std::string& eml) {
  std::string out;
  REQUIRE_MESSAGE(Run("python3 " + kSource + "/tests/eml_parts.py " + eml + " " +
                          dir / "message.html" + " > " + dir / "parsed.json",
                      &out) == 0,
                  out);
  return nlohmann::json::parse(ReadFile(dir / "parsed.json"));
}

/// `clustersite digest` of tests/fixtures/news with `args`, run in `dir`.
int Digest(const testing::TempDir& dir, const std::string& args, std::string* out) {
  return Run(
      "cd " + dir.path.string() + " && " + kBin + " digest " + kFixture + " --cluster koks " + args,
      out);
}

}  // namespace

TEST_CASE("a news item's fields are read, members-only unless it says public") {
  Diagnostics diag;
  News n;
  REQUIRE(ParseNews({"content/koks/news/zina.md", "koks/news/zina.md",
                     "---\ntitle: Ziņa\ndate: 2026-11-12\nkind: research\n"
                     "source: https://example.no/a\ndigest: true\n---\nTeksts.\n"},
                    &diag, &n));
  CHECK(diag.ToString() == "");
  CHECK(n.slug == "zina");
  CHECK(n.date == Date{2026, 11, 12});
  CHECK(n.kind == NewsKind::kResearch);
  CHECK(n.source == "https://example.no/a");
  CHECK(n.digest);
  CHECK(n.visibility == Audience::kMembers);
}

TEST_CASE("a news item needs a date and a kind of the closed set; its source is http(s)") {
  const std::string path = "content/koks/news/zina.md";
  CHECK(CheckText(WithNews(ValidTree(), "zina",
                           "title: Ziņa\ndate: 2026-11-31\nkind: industri\n"
                           "source: javascript:alert(1)\n")) ==
        path + ":3:7: error: `date`: 2026-11-31 is not a date: November 2026 has 30 days\n" + path +
            ":4:7: error: `kind` is `industri`; it must be one of `industry`, `research` or "
            "`cluster` (did you mean `industry`?)\n" +
            path +
            ":5:9: error: `source` must be an http:// or https:// address, not "
            "`javascript:alert(1)`\n");
  CHECK(CheckText(WithNews(ValidTree(), "zina", "title: Ziņa\n")) ==
        path + ":2:1: error: missing required key `date`\n" + path +
            ":2:1: error: missing required key `kind`\n");
}

TEST_CASE("a fourth digest item of a month is a warning that names the three before it") {
  MemoryFileSystem fs = ValidTree();
  for (const char* day : {"03", "10", "17", "24"}) {
    fs =
        WithNews(std::move(fs), std::string("z") + day,
                 std::string("title: Z\nkind: cluster\ndigest: true\ndate: 2026-11-") + day + "\n");
  }
  // A draft and another month's item do not count.
  fs = WithNews(std::move(fs), "melnraksts",
                "title: Z\nkind: cluster\ndigest: true\ndraft: true\ndate: 2026-11-05\n");
  fs = WithNews(std::move(fs), "oktobris",
                "title: Z\nkind: cluster\ndigest: true\ndate: 2026-10-05\n");
  CHECK(CheckText(fs) ==
        "content/koks/news/z24.md:4:9: warning: the digest of 2026-11 takes exactly three items, "
        "and this is item 4 with `digest: true` (before it: content/koks/news/z03.md, "
        "content/koks/news/z10.md, content/koks/news/z17.md); remove `digest: true` from all "
        "but three\n");
}

TEST_CASE("a member who asks for the digest needs a contact e-mail to send it to") {
  MemoryFileSystem fs = ValidTree();
  fs.Add("content/koks/members.yaml",
         "- name: SIA Koks\n  sector: A\n  digest: true\n"
         "- name: SIA Ar Adresi\n  sector: A\n  contact: {name: Anna, email: anna@example.lv}\n"
         "  digest: true\n");
  CHECK(CheckText(fs) ==
        "content/koks/members.yaml:3:11: error: `SIA Koks` asks for the digest but has no "
        "`contact` with an `email` to send it to; add the contact's e-mail, or remove "
        "`digest: true`\n");
}

TEST_CASE("the digest items of a month: `digest: true`, not drafts, oldest first") {
  Cluster c;
  c.news = {Item("b", {2026, 11, 20}, true),          Item("a", {2026, 11, 20}, true),
            Item("draft", {2026, 11, 1}, true, true), Item("plain", {2026, 11, 2}, false),
            Item("oct", {2026, 10, 31}, true),        Item("first", {2026, 11, 1}, true)};
  std::vector<std::string> slugs;
  for (const News* n : DigestItems(c, {2026, 11})) slugs.push_back(n->slug);
  CHECK(slugs == std::vector<std::string>{"first", "a", "b"});
  CHECK(DigestItems(c, {2026, 12}).empty());
  CHECK(ParseMonth("2026-11") == Month{2026, 11});
  CHECK(ParseMonth("2026-13") == std::nullopt);
  CHECK(ParseMonth("2026-1") == std::nullopt);
  CHECK(ParseMonth("2026-11-01") == std::nullopt);
  CHECK(Month{2026, 3}.Iso() == "2026-03");
}

TEST_CASE("UrlHost is the host of an http(s) address, lower-cased, without user or port") {
  CHECK(UrlHost("https://user@www.Example.lv:8443/a?b#c") == "www.example.lv");
  CHECK(UrlHost("http://klasteri.example.lv") == "klasteri.example.lv");
  CHECK(UrlHost("https://koks.example.lv/?x=@y") == "koks.example.lv");
  CHECK(UrlHost("ftp://example.lv/") == "");
  CHECK(UrlHost("") == "");
}

TEST_CASE("Markdown as plain text: wrapped, links keep their text, raw HTML dropped") {
  Diagnostics diag;
  const std::string text = RenderMarkdownText(
      {"Pirmais **treknais** vārds un [saite](https://example.lv/) <b>HTML</b> un vēl "
       "daudzi citi vārdi līdz rindas beigām un tālāk.\n",
       "f.md", "", 1},
      40, &diag);
  CHECK(text ==
        "Pirmais treknais vārds un saite HTML un\nvēl daudzi citi vārdi līdz rindas beigām\n"
        "un tālāk.\n");
  CHECK(diag.ToString() == "");
}

TEST_CASE("the news list: newest first, public items only in public, drafts and later never") {
  testing::TempDir dir;
  std::string out;
  for (const char* audience : {"public", "members"}) {
    REQUIRE_MESSAGE(
        Run(kBin + " build " + kFixture + " -o " + dir / audience + " --audience " + audience,
            &out) == 0,
        out);
  }
  const std::string members = ReadFile(dir / "members/koks/news/index.html");
  CHECK(InOrder(members,
                {"Slepenais jaunums", "CLT paneļu mitruma pētījums", "Norvēģija mīkstina prasības",
                 "Zāģmateriālu cenas", "Otrā septembra ziņa", "Septembra ziņa"}));
  CHECK(Has(members, "<article id=\"norvegija\" class=\"news-item\""));
  CHECK(Has(members, "<time datetime=\"2026-11-12\">2026. gada 12. novembris</time>"));
  CHECK(Has(members, "<span class=\"news-kind\">Pētniecība</span>"));
  CHECK(Has(members,
            "Avots: <a href=\"https://www.example.no/nyheter/tre-hoyhus?lang=lv&amp;id=42\" "
            "rel=\"noopener\">www.example.no</a>"));
  CHECK(Has(members, "<span class=\"badge badge-digest\">Mēneša apkopojumā</span>"));
  // A link in an item goes to the page it names, relative to the list.
  CHECK(Has(members, "<a href=\"../events/misija/\">pasākumu lapā</a>"));
  CHECK_FALSE(Has(members, "Melnraksta jaunums"));
  CHECK_FALSE(Has(members, "no nākotnes"));
  const std::string pub = ReadFile(dir / "public/koks/news/index.html");
  CHECK(InOrder(pub, {"Norvēģija mīkstina prasības", "Zāģmateriālu cenas", "Septembra ziņa"}));
  CHECK_FALSE(Has(pub, "Slepenais jaunums"));
  CHECK_FALSE(Has(pub, "CLT paneļu"));
  CHECK_FALSE(Has(pub, "Otrā septembra"));
  // Whether an item is in the digest is the members' business.
  CHECK_FALSE(Has(pub, "badge-digest"));
  // The navigation and the search index know the list.
  CHECK(Has(ReadFile(dir / "public/koks/index.html"), "<a href=\"news/\""));
  const std::string search = ReadFile(dir / "members/koks/search/index.json");
  CHECK(Has(search, "\"url\":\"news/#biedru-sapulce\""));
  CHECK_FALSE(Has(ReadFile(dir / "public/koks/search/index.json"), "biedru-sapulce"));
  // With --future, the later item is there too.
  REQUIRE(Run(kBin + " build " + kFixture + " -o " + dir / "future" + " --future", &out) == 0);
  CHECK(Has(ReadFile(dir / "future/koks/news/index.html"), "Decembra jaunums no nākotnes"));
}

TEST_CASE("the digest is one message Python reads as written: From, Bcc, Date, Message-ID") {
  testing::TempDir dir;
  std::string out;
  REQUIRE_MESSAGE(Digest(dir, "--month 2026-11", &out) == 0, out);
  // The default file, in the current folder.
  const std::string eml = dir / "koks-2026-11-digest.eml";
  CHECK(out ==
        "wrote koks-2026-11-digest.eml: the digest of 2026-11 to 2 members (Bcc, listed in "
        "the file); send it with `sendmail -t < koks-2026-11-digest.eml`\n");
  const nlohmann::json m = Parsed(dir, eml);
  CHECK(m["defects"].empty());
  CHECK(m["from"] ==
        nlohmann::json::parse(R"([{"name": "Ilze Ozola", "address": "ilze@koks.example.lv"}])"));
  CHECK(m["to"].empty());
  CHECK(m["bcc"] == nlohmann::json::parse(
                        R"([{"name": "Jānis Bērziņš", "address": "janis@formatus.example.lv"},
                            {"name": "Kristīne Ēvalde", "address": "kristine@evalde.example.lv"}])"));
  CHECK(m["subject"] == "Koka klasteris: trīs jaunumi, 2026. gada novembris");
  // The host of the cluster's public address: the portal's, as the cluster names none.
  CHECK(m["message_id"] == "<digest.2026-11.koks@klasteri.example.lv>");
  CHECK(m["date"] == "2026-12-01T09:00:00+02:00");
  CHECK(m["type"] == "multipart/alternative");
  REQUIRE(m["parts"].size() == 2);
  CHECK(m["parts"][0]["type"] == "text/plain");
  CHECK(m["parts"][1]["type"] == "text/html");
  CHECK(m["parts"][0]["charset"] == "utf-8");
  CHECK(m["parts"][1]["charset"] == "utf-8");
  // Exactly the month's three digest items, oldest first, in both parts.
  const std::string text = m["parts"][0]["content"];
  const std::string html = m["parts"][1]["content"];
  for (const std::string& part : {text, html}) {
    CHECK(InOrder(part, {"Norvēģija mīkstina prasības", "CLT paneļu mitruma pētījums",
                         "Slepenais jaunums: biedru balsojums"}));
    CHECK_FALSE(Has(part, "Zāģmateriālu cenas"));  // not a digest item
    CHECK_FALSE(Has(part, "Melnraksta jaunums"));  // a draft
    CHECK_FALSE(Has(part, "Septembra"));           // another month
    CHECK(Has(part, "Ilze Ozola"));
  }
  CHECK(Has(text,
            "1. Norvēģija mīkstina prasības koka daudzstāvu ēkām\n"
            "Nozare · 2026. gada 12. novembris\n\n"));
  CHECK(Has(text, "Avots: https://www.example.no/nyheter/tre-hoyhus?lang=lv&id=42\n"));
  CHECK(Has(text, "līdz 12 stāviem"));  // Markdown's emphasis, as plain text
  CHECK(Has(text, "\n-- \nIlze Ozola\nKlastera koordinatore\n"));
  // A link into the site keeps its text: a mail has no pages beside it.
  CHECK(Has(text, "Sīkāk pasākumu lapā."));
  CHECK(Has(html, "Sīkāk pasākumu lapā."));
  CHECK_FALSE(Has(html, "../events"));
  // Readable with images off: there are none, and the styles are inline.
  CHECK_FALSE(Has(html, "<img"));
  CHECK_FALSE(Has(html, "<link"));
  CHECK_FALSE(Has(html, "<style"));
  CHECK(Has(html, "<html lang=\"lv\">"));
  CHECK(Has(html, "<strong>12 stāviem</strong>"));
  CHECK(Has(html, "href=\"https://research.example.eu/clt-moisture\""));
  // Two runs, the same bytes: the boundary is made from the content.
  const std::string first = ReadFile(eml);
  REQUIRE(Digest(dir, "--month 2026-11 -o again.eml", &out) == 0);
  CHECK(ReadFile(dir / "again.eml") == first);
  CHECK(Has(first, "\r\nBcc: "));  // kept for `sendmail -t`
  CHECK(Has(first, "\r\nTo: undisclosed-recipients: ;\r\n"));
}

TEST_CASE(
    "a digest of fewer or more than three items, or of a later item, is an error naming them") {
  testing::TempDir dir;
  std::string out;
  CHECK(Digest(dir, "--month 2026-09", &out) == 1);
  CHECK(out == kFixture +
                   "/koks/news: error: the digest of 2026-09 takes exactly three news items dated "
                   "in that month with `digest: true`, and 2: " +
                   kFixture + "/koks/news/septembris.md, " + kFixture +
                   "/koks/news/septembris-2.md; mark 1 more\ndigest failed: 1 error\n");
  CHECK(Digest(dir, "--month 2026-08", &out) == 1);
  CHECK(Has(out,
            "the digest of 2026-08 takes exactly three news items dated in that month with "
            "`digest: true`, and none has it; mark 3 more"));
  CHECK(Digest(dir, "--month 2026-11 --as-of 2026-11-25", &out) == 1);
  CHECK(out == kFixture +
                   "/koks/news/biedru-sapulce.md:3:7: error: dated 2026-11-28, after 2026-11-25, "
                   "the date the digest is as of; send the digest on or after that day, or give "
                   "`--as-of`\ndigest failed: 1 error\n");
  CHECK(Digest(dir, "--month 2026-1", &out) == 1);
  CHECK(out == "error: --month `2026-1` is not a month as YYYY-MM, like 2026-11\n");
  CHECK(Run(kBin + " digest " + kFixture + " --cluster kok --month 2026-11", &out) == 1);
  CHECK(out == kFixture +
                   ": error: no cluster `kok` in this content folder; did you mean "
                   "`koks`?\ndigest failed: 1 error\n");
  CHECK(std::filesystem::is_empty(dir.path));
}

TEST_CASE("the digest is never written into a build's output folder: it holds addresses") {
  testing::TempDir dir;
  std::string out;
  REQUIRE(Run(kBin + " build " + kFixture + " -o " + dir / "public", &out) == 0);
  CHECK(Digest(dir, "--month 2026-11 -o public/koks/news/digest.eml", &out) == 1);
  CHECK(out == "error: `public/koks/news/digest.eml` is inside " + dir / "public" +
                   ", a build's output folder, which is published; the digest holds members' "
                   "e-mail addresses: write it elsewhere with -o\n");
  CHECK_FALSE(std::filesystem::exists(dir / "public/koks/news/digest.eml"));
}

TEST_CASE(
    "no recipient, or no named sender, is an error; the Message-ID falls back to the "
    "contact's domain") {
  testing::TempDir dir;
  std::filesystem::copy(kFixture, dir / "content", std::filesystem::copy_options::recursive);
  const std::string members = dir / "content/koks/members.yaml";
  testing::WriteText(members,
                     testing::Replaced(testing::Replaced(ReadFile(members), "  digest: true\n", ""),
                                       "  digest: true\n", ""));
  testing::WriteText(dir / "content/portal.yaml", "title: Klasteri\n");
  std::string out;
  const std::string digest = kBin + " digest " + dir / "content" + " --cluster koks --month " +
                             "2026-11 -o " + dir / "d.eml";
  CHECK(Run(digest, &out) == 1);
  CHECK(out == dir / "content/koks/members.yaml" +
                   ": error: no member asks for the digest: add `digest: true` to the members in "
                   "members.yaml who want it (each with a contact e-mail)\ndigest failed: 1 "
                   "error\n");
  testing::WriteText(members, ReadFile(members) + "  digest: true\n");
  REQUIRE_MESSAGE(Run(digest, &out) == 0, out);
  CHECK(Parsed(dir, dir / "d.eml")["message_id"] == "<digest.2026-11.koks@koks.example.lv>");
  const std::string yaml = dir / "content/koks/cluster.yaml";
  testing::WriteText(yaml,
                     testing::Replaced(ReadFile(yaml), "  email: ilze@koks.example.lv\n", ""));
  CHECK(Run(digest, &out) == 1);
  CHECK(Has(out,
            "the digest is sent by the cluster's contact, a named person: give `contact` a "
            "`name` and an `email`"));
}

}  // namespace clustersite
