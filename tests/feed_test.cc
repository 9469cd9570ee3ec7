#include "indexes/feed.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {

TEST_CASE("feed text is escaped for XML and loses the control characters XML forbids") {
  CHECK(XmlEscape("<p>a &amp; \"b\" 'c'</p>\x01\x0b\t\n") ==
        "&lt;p&gt;a &amp;amp; &quot;b&quot; 'c'&lt;/p&gt;\t\n");
  CHECK(XmlSafe("a\x02"
                "b\r\n") == "ab\r\n");
  CHECK(XmlSafe("a\uFFFE\uFFFFb") == "a\uFFFD\uFFFDb");
  CHECK(XmlEscape("<p>\uFFFE</p>") == "&lt;p&gt;\uFFFD&lt;/p&gt;");
  // Every kind of character markup forbids, past ASCII's controls, and the
  // clean characters that share its first bytes.
  CHECK(XmlEscape("a\x7F\u0085\uFDD0\U0001FFFE\xFE b") == "a\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD b");
  CHECK(XmlEscape("\u00A0\uFB01\U0001F600 āš <b>") == "\u00A0\uFB01\U0001F600 āš &lt;b&gt;");
  CHECK(AtomTime({2026, 3, 2}) == "2026-03-02T00:00:00Z");
}

TEST_CASE("a feed entry escapes what a story says, in every field") {
  MemoryFileSystem fs = testing::ValidTree();
  fs.Add("content/koks/stories/publisks.md",
         "---\n"
         "title: \"<b>Tags</b> & \\\"quotes\\\"\"\n"
         "company: \"SIA <Koks & Co>\"\n"
         "summary: \"1 < 2\"\n"
         "services: [eksports]\n"
         "date: 2026-03-01\n"
         "consent: 2026-02-01\n"
         "visibility: public\n"
         "---\n"
         "Body with <script>alert(1)</script> and a [link](../services/eksports.md).\n");
  fs.Add("content/koks/members.yaml",
         "- {name: \"SIA <Koks & Co>\", sector: Koka būvniecība}\n"
         "- {name: SIA Koks, sector: Koka būvniecība}\n");
  std::string diagnostics;
  auto files = testing::RenderFiles(fs, Audience::kPublic, &diagnostics);
  std::string feed = testing::FileText(files, "koks/feed.xml");
  CHECK(testing::Has(feed, "<title>&lt;b&gt;Tags&lt;/b&gt; &amp; &quot;quotes&quot;</title>"));
  CHECK(testing::Has(feed, "<author><name>SIA &lt;Koks &amp; Co&gt;</name></author>"));
  CHECK(testing::Has(feed, "<summary>1 &lt; 2</summary>"));
  CHECK(testing::Has(feed,
                     "&lt;p&gt;Body with &lt;!-- raw HTML omitted --&gt;alert(1)&lt;!-- "
                     "raw HTML omitted --&gt; and a &lt;a "
                     "href=&quot;../../services/eksports/&quot;&gt;link&lt;/a&gt;.&lt;/p&gt;"));
  CHECK_FALSE(testing::Has(feed, "<script"));
  // Only the public story: the members' one is not in the public feed.
  CHECK_FALSE(testing::Has(feed, "Biedru stāsts"));
  CHECK(testing::Has(feed, "<id>https://klasteri.example.lv/koks/stories/publisks/</id>"));
}

}  // namespace clustersite
