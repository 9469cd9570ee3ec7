// feedback/ files parsed in memory: YAML and CSV read into the same records.

#include <doctest/doctest.h>

#include "model/parse.h"

namespace clustersite {
namespace {

const Quarter kQ4{2026, 4};

std::string Parse(const std::string& name, const std::string& text,
                  std::vector<FeedbackRecord>* out) {
  Diagnostics diag;
  SourceFile f{"content/koks/feedback/" + name, "koks/feedback/" + name, text};
  ParseFeedbackFile(f, kQ4, &diag, out);
  return diag.ToString();
}

}  // namespace

TEST_CASE("a feedback file is named by its quarter, as YAML or CSV") {
  CHECK(QuarterOfFeedbackFile("2026-q4.yaml") == Quarter{2026, 4});
  CHECK(QuarterOfFeedbackFile("2025-q1.csv") == Quarter{2025, 1});
  for (const char* bad : {"2026-q5.yaml", "2026-Q4.yaml", "2026-q4.yml", "26-q4.yaml",
                          "2026q4.yaml", "2026-q4.yaml.bak", "notes.md"}) {
    INFO(bad);
    CHECK_FALSE(QuarterOfFeedbackFile(bad));
  }
}

TEST_CASE("a quarter runs from its first day to its last") {
  CHECK(Quarter{2026, 1}.First() == Date{2026, 1, 1});
  CHECK(Quarter{2026, 1}.Last() == Date{2026, 3, 31});
  CHECK(Quarter{2026, 2}.Last() == Date{2026, 6, 30});
  CHECK(Quarter{2026, 3}.Last() == Date{2026, 9, 30});
  CHECK(Quarter{2026, 4}.First() == Date{2026, 10, 1});
  CHECK(Quarter{2026, 4}.Last() == Date{2026, 12, 31});
  CHECK(kQ4.Holds({2026, 10, 1}));
  CHECK(kQ4.Holds({2026, 12, 31}));
  CHECK_FALSE(kQ4.Holds({2026, 9, 30}));
  CHECK_FALSE(kQ4.Holds({2027, 1, 1}));
}

TEST_CASE("a YAML feedback record is read with every field") {
  std::vector<FeedbackRecord> out;
  CHECK(Parse("2026-q4.yaml",
              "- service: eksports\n  member: SIA Koks\n  date: 2026-10-14\n  rating: 4\n"
              "  contacts: true\n  comment: Labi.\n  quote: true\n"
              "- {service: apmacibas, member: SIA Koks, date: 2026-11-02}\n",
              &out) == "");
  REQUIRE(out.size() == 2);
  CHECK(out[0].service.value == "eksports");
  CHECK(out[0].member.value == "SIA Koks");
  CHECK(out[0].member.pos.line == 2);
  CHECK(out[0].date == Date{2026, 10, 14});
  CHECK(out[0].rating == 4);
  CHECK(out[0].contacts);
  CHECK(out[0].comment == "Labi.");
  CHECK(out[0].quote);
  CHECK_FALSE(out[1].rating);
  CHECK_FALSE(out[1].quote);
}

TEST_CASE("every wrong value of a YAML record is reported in one run") {
  std::vector<FeedbackRecord> out;
  CHECK(Parse("2026-q4.yaml",
              "- service: eksports\n  membr: SIA Koks\n  date: 2026-07-02\n  rating: 6\n"
              "  quote: yes\n",
              &out) ==
        "content/koks/feedback/2026-q4.yaml:1:3: error: `member` is missing; every record names "
        "its service, member and date\n"
        "content/koks/feedback/2026-q4.yaml:2:3: error: unknown key `membr`; did you mean "
        "`member`?\n"
        "content/koks/feedback/2026-q4.yaml:3:9: error: `date` 2026-07-02 is not in this file's "
        "quarter, 2026-10-01 to 2026-12-31; move the record to feedback/2026-q3.yaml or correct "
        "the date\n"
        "content/koks/feedback/2026-q4.yaml:4:11: error: `rating` is `6`; it must be a whole "
        "number from 1 to 5 (leave it out for a use without a rating)\n"
        "content/koks/feedback/2026-q4.yaml:5:10: error: `quote` must be `true` or `false`, not "
        "`yes`\n");
  CHECK(out.empty());
}

TEST_CASE("a YAML quarter with a comment after some records gives each record and problem once") {
  // The fast reader hands the first two records over before it meets the
  // comment and leaves the file to libyaml, which reads them again.
  std::vector<FeedbackRecord> out;
  CHECK(Parse("2026-q4.yaml",
              "- service: eksports\n  member: SIA Koks\n  date: 2026-10-14\n  rating: 7\n"
              "- service: apmacibas\n  member: SIA Koks\n  date: 2026-11-02\n"
              "# the third came by phone\n"
              "- service: eksports\n  member: SIA Ozols\n  date: 2026-12-01\n",
              &out) ==
        "content/koks/feedback/2026-q4.yaml:4:11: error: `rating` is `7`; it must be a whole "
        "number from 1 to 5 (leave it out for a use without a rating)\n");
  REQUIRE(out.size() == 3);
  CHECK(out[0].service.value == "eksports");
  CHECK_FALSE(out[0].rating);
  CHECK(out[1].service.value == "apmacibas");
  CHECK(out[2].member.value == "SIA Ozols");
}

TEST_CASE("a CSV quarter names its columns in any order, with yes/no and jā/nē") {
  std::vector<FeedbackRecord> out;
  CHECK(Parse("2026-q4.csv",
              "\xEF\xBB\xBF"
              "date,member,service,rating,contacts,quote,comment\n"
              "2026-10-14,SIA Koks,eksports,5,jā,yes,\"Labi, ļoti\"\n"
              "2026-11-02,\"SIA Koks\",apmacibas,,nē,no,\"Divas\nrindas\"\n"
              "2026-12-01,SIA Koks,eksports,3,true,false,\n",
              &out) == "");
  REQUIRE(out.size() == 3);
  CHECK(out[0].service.value == "eksports");
  CHECK(out[0].service.pos.line == 2);
  CHECK(out[0].service.pos.column == 21);
  CHECK(out[0].rating == 5);
  CHECK(out[0].contacts);
  CHECK(out[0].quote);
  CHECK(out[0].comment == "Labi, ļoti");
  CHECK_FALSE(out[1].rating);
  CHECK_FALSE(out[1].contacts);
  CHECK(out[1].comment == "Divas\nrindas");
  CHECK(out[2].pos.line == 5);  // the quoted line break: row 4 starts on line 5
  CHECK(out[2].contacts);
}

TEST_CASE("a CSV quarter's flags are read in any case and normal form") {
  std::vector<FeedbackRecord> out;
  // "Jā" in capitals, "ja" + a combining macron (NFD), "TRUE", "Nē".
  CHECK(Parse("2026-q4.csv",
              "date,member,service,contacts,quote\n"
              "2026-10-14,SIA Koks,eksports,JĀ,TRUE\n"
              "2026-10-15,SIA Koks,eksports,ja\xCC\x84,Nē\n",
              &out) == "");
  REQUIRE(out.size() == 2);
  CHECK(out[0].contacts);
  CHECK(out[0].quote);
  CHECK(out[1].contacts);
  CHECK_FALSE(out[1].quote);
  // YAML writes `true` and `false` only.
  out.clear();
  CHECK(Parse("2026-q4.yaml",
              "- service: eksports\n  member: SIA Koks\n  date: 2026-10-14\n  contacts: jā\n",
              &out) ==
        "content/koks/feedback/2026-q4.yaml:4:13: error: `contacts` must be `true` or `false`, "
        "not `jā`\n");
}

TEST_CASE("CSV problems point at the physical line and the character column") {
  std::vector<FeedbackRecord> out;
  CHECK(Parse("2026-q4.csv",
              "service,member,date,rating,coment\n"
              "eksports,SIA Koks,2026-10-14,4,\"a\nb\"\n"
              "eksports,SIA Ķoks,2026-10-15,x,c\n"
              "eksports,SIA Koks,2026-10-16\n",
              &out) ==
        "content/koks/feedback/2026-q4.csv:1:28: error: unknown column `coment`; did you mean "
        "`comment`?\n"
        "content/koks/feedback/2026-q4.csv:4:30: error: `rating` is `x`; it must be a whole number "
        "from 1 to 5 (leave it empty for a use without a rating)\n"
        "content/koks/feedback/2026-q4.csv:5:1: error: this row has 3 fields and the header row 5; "
        "a field with a comma goes in double quotes\n");
  CHECK(out.size() == 2);
}

TEST_CASE("a CSV quarter without a required column says which") {
  std::vector<FeedbackRecord> out;
  CHECK(Parse("2026-q4.csv", "service,date\neksports,2026-10-14\n", &out) ==
        "content/koks/feedback/2026-q4.csv:1:1: error: the header row has no column `member`; it "
        "names the columns service, member and date, and may name rating, contacts, comment and "
        "quote\n"
        "content/koks/feedback/2026-q4.csv:2:1: error: `member` is missing; every record names "
        "its service, member and date\n");
}

TEST_CASE("a quarter given as YAML and as CSV, and a wrong file name, are errors") {
  ClusterFiles files;
  files.feedback = {{"c/koks/feedback/2026-q4.csv", "koks/feedback/2026-q4.csv",
                     "service,member,date\neksports,SIA Koks,2026-10-14\n"},
                    {"c/koks/feedback/2026-q4.yaml", "koks/feedback/2026-q4.yaml",
                     "- {service: eksports, member: SIA Koks, date: 2026-10-15}\n"},
                    {"c/koks/feedback/q4.yaml", "koks/feedback/q4.yaml", "[]\n"}};
  Diagnostics diag;
  Cluster c;
  ParseFeedback(ParseOptions{}, &files.feedback, &diag, &c);
  CHECK(diag.ToString() ==
        "c/koks/feedback/2026-q4.yaml: error: the quarter 2026-q4 is also in "
        "c/koks/feedback/2026-q4.csv; keep one file a quarter, YAML or CSV\n"
        "c/koks/feedback/q4.yaml: error: `q4.yaml` is not a feedback file; name each quarter's "
        "file <YYYY>-q<N>.yaml or <YYYY>-q<N>.csv, like 2026-q4.yaml\n");
  CHECK(c.has_feedback);
  REQUIRE(c.feedback.size() == 1);
  CHECK(c.feedback[0].date == Date{2026, 10, 14});
}

TEST_CASE("every quarter with a file is kept, oldest first, even one without records") {
  ClusterFiles files;
  files.feedback = {{"c/koks/feedback/2026-q4.yaml", "koks/feedback/2026-q4.yaml", "[]\n"},
                    {"c/koks/feedback/2025-q4.csv", "koks/feedback/2025-q4.csv",
                     "service,member,date\neksports,SIA Koks,2025-10-14\n"},
                    {"c/koks/feedback/notes.yaml", "koks/feedback/notes.yaml", "[]\n"}};
  Diagnostics diag;
  Cluster c;
  ParseFeedback(ParseOptions{}, &files.feedback, &diag, &c);
  CHECK(c.feedback.size() == 1);
  CHECK(c.feedback_quarters == std::vector<Quarter>{{2025, 4}, {2026, 4}});
}

TEST_CASE("a huge CSV quarter of broken quotes ends with one error") {
  std::vector<FeedbackRecord> out;
  std::string text = "service,member,date\n\"";
  text.append(1 << 20, 'x');
  CHECK(Parse("2026-q4.csv", text, &out).find("a quoted field is never closed") !=
        std::string::npos);
  CHECK(out.empty());
}

}  // namespace clustersite
