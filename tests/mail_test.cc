// The e-mail message of the monthly digest: its bytes here, and how Python's
// own e-mail parser reads them back in tests/check_mail.py.

#include <doctest/doctest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "mail/message.h"
#include "test_util.h"

namespace clustersite {
namespace {

using namespace std::chrono_literals;
using testing::Has;
using testing::InOrder;
using testing::Repeat;

/// A digest in Latvian from Ilze to three members, one without a name,
/// written at noon UTC on 2026-12-01 in Riga's winter time.
MailMessage Digest() {
  MailMessage m;
  m.from = {"Ilze Ozoliņa", "ilze@koks.example.lv"};
  m.bcc = {{"Jānis Bērziņš", "janis@biedrs.example.lv"},
           {"", "info@mezs.example.lv"},
           {"Līga Šķēle", "liga.skele@skola.example.lv"}};
  m.subject = "Klastera ziņas — 2026. gada novembris";
  m.date = std::chrono::sys_days{2026y / 12 / 1} + 12h;
  m.utc_offset = 120min;
  m.message_id_left = "digest.2026-11.koks";
  m.message_id_domain = "koks.example.lv";
  m.text_body = "Labdien!\n\nŠomēnes trīs ziņas:\n\n1. Norvēģija mīkstina prasības koka ēkām.\n";
  m.html_body =
      "<!DOCTYPE html>\n<html lang=\"lv\"><head><meta charset=\"utf-8\"><title>Ziņas</title>"
      "</head>\n<body><p>Labdien!</p><p>Šomēnes trīs ziņas.</p></body></html>\n";
  return m;
}

/// Digest with what stretches lines: a long subject and sender's name, forty
/// recipients, a plain-text line of 1,200 octets and an HTML one of 3,000.
MailMessage LongDigest() {
  MailMessage m = Digest();
  m.subject = Repeat("Klastera ziņas — ", 12) + "novembris";
  m.from.name = "Ilze Ozoliņa-Bērziņa, Koka būvniecības klastera koordinatore un valdes locekle";
  for (int i = 0; i < 40; ++i) {
    m.bcc.push_back({"Biedrs Nr. " + std::to_string(i) + " Ķeguma ūdeņi",
                     "biedrs-" + std::to_string(i) + "@biedri.example.lv"});
  }
  m.text_body += Repeat("ābele ", 200) + "\n";
  m.html_body = "<!DOCTYPE html>\n<p>" + Repeat("x", 3000) + "</p>\n";
  return m;
}

/// What WriteMessage made of a message: whether it wrote it, the bytes,
/// and its problems, one a line.
struct Written {
  bool ok = false;
  std::string eml;
  std::string problems;
};
Written Try(const MailMessage& m) {
  Written w;
  std::vector<std::string> problems;
  w.ok = WriteMessage(m, &w.eml, &problems);
  for (const std::string& p : problems) w.problems += p + "\n";
  return w;
}

std::string Write(const MailMessage& m) {
  Written w = Try(m);
  REQUIRE_MESSAGE(w.ok, w.problems);
  return w.eml;
}

/// Every problem WriteMessage reports for `m`; checks it wrote nothing.
std::string Refusal(const MailMessage& m) {
  Written w = Try(m);
  CHECK_FALSE(w.ok);
  CHECK(w.eml.empty());
  return w.problems;
}

/// The lines of `eml` without their CRLF, and whether each is in the header.
struct Line {
  std::string text;
  bool header = false;
};
std::vector<Line> Lines(const std::string& eml) {
  std::vector<Line> lines;
  bool header = true;
  for (size_t at = 0; at < eml.size();) {
    size_t end = eml.find("\r\n", at);
    if (end == std::string::npos) end = eml.size();
    lines.push_back({eml.substr(at, end - at), header});
    if (end == at) header = false;
    at = end + 2;
  }
  return lines;
}

/// The value of the message's `Content-Type` boundary parameter.
std::string BoundaryOf(const std::string& eml) {
  const std::string key = "boundary=\"";
  const size_t at = eml.find(key);
  REQUIRE(at != std::string::npos);
  return eml.substr(at + key.size(), eml.find('"', at + key.size()) - at - key.size());
}

/// What `f` writes to the process's stderr (file descriptor 2).
std::string Stderr(const std::function<void()>& f) {
  std::fflush(stderr);
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  const int saved = dup(2);
  dup2(fileno(file), 2);
  f();
  std::fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::rewind(file);
  std::string out;
  for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file)) out += static_cast<char>(c);
  std::fclose(file);
  return out;
}

}  // namespace

// First in this file, so that GMime is set up while stderr is watched.
TEST_CASE("writing mail prints nothing on stderr, the first time and after") {
  CHECK(Stderr([] { Write(LongDigest()); }).empty());
  CHECK(Stderr([] { Write(Digest()); }).empty());
}

TEST_CASE("messages written on several threads at once are the bytes written on one") {
  const std::string one = Write(LongDigest());
  std::vector<std::string> written(4);
  std::vector<std::thread> threads;
  threads.reserve(written.size());
  for (std::string& out : written) {
    threads.emplace_back([&out] {
      for (int i = 0; i < 20; ++i) {
        std::vector<std::string> problems;
        WriteMessage(LongDigest(), &out, &problems);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& out : written) CHECK(out == one);
}

TEST_CASE("a digest is from its sender, to no one named, with every member in Bcc") {
  const std::string eml = Write(Digest());
  const std::string head = eml.substr(0, eml.find("\r\n\r\n") + 2);
  CHECK(InOrder(head, {"From: ", "<ilze@koks.example.lv>\r\n", "To: undisclosed-recipients: ;\r\n",
                       "Bcc: ", "<janis@biedrs.example.lv>", "info@mezs.example.lv",
                       "<liga.skele@skola.example.lv>\r\n", "Subject: ", "Date: ",
                       "Message-Id: <digest.2026-11.koks@koks.example.lv>\r\n",
                       "MIME-Version: 1.0\r\n", "Content-Type: multipart/alternative;"}));
  CHECK_FALSE(Has(head, "\r\nCc:"));
}

TEST_CASE("names and the subject go out as UTF-8 encoded words in an ASCII header") {
  const std::string eml = Write(Digest());
  const std::string head = eml.substr(0, eml.find("\r\n\r\n"));
  for (char c : head) CHECK(static_cast<unsigned char>(c) < 0x80);
  CHECK(Has(head, "From: Ilze =?UTF-8?b?T3pvbGnFhmE=?= <ilze@koks.example.lv>"));
  CHECK(Has(head, "Subject: Klastera =?UTF-8?B?emnFhmFzIOKAlA==?= 2026. gada novembris"));
}

TEST_CASE("the Date is the given instant in the given zone") {
  MailMessage m = Digest();
  CHECK(Has(Write(m), "\r\nDate: Tue, 01 Dec 2026 14:00:00 +0200\r\n"));
  m.utc_offset = 0min;
  CHECK(Has(Write(m), "\r\nDate: Tue, 01 Dec 2026 12:00:00 +0000\r\n"));
  m.utc_offset = -(4h + 30min);
  CHECK(Has(Write(m), "\r\nDate: Tue, 01 Dec 2026 07:30:00 -0430\r\n"));
}

TEST_CASE("the same message is written to the same bytes; other bodies, another boundary") {
  CHECK(Write(Digest()) == Write(Digest()));
  CHECK(Write(LongDigest()) == Write(LongDigest()));
  MailMessage other = Digest();
  other.text_body += "P.S.\n";
  CHECK(BoundaryOf(Write(other)) != BoundaryOf(Write(Digest())));
}

TEST_CASE("the boundary stands in neither body, nor in a body sent as it is") {
  MailMessage ascii = Digest();
  ascii.text_body = "--=_ and =_0123 look like a boundary\n";
  ascii.html_body = "<!DOCTYPE html>\n<p>=_</p>\n";
  for (const MailMessage& m : {Digest(), LongDigest(), ascii}) {
    const std::string eml = Write(m);
    const std::string boundary = BoundaryOf(eml);
    CHECK(boundary.size() == 34);
    CHECK_FALSE(Has(m.text_body, boundary));
    CHECK_FALSE(Has(m.html_body, boundary));
  }
  CHECK(Has(Write(ascii), "charset=utf-8\r\n\r\n--=_ and =_0123"));
}

TEST_CASE("the plain text comes first and the HTML second, both UTF-8") {
  const std::string eml = Write(Digest());
  const std::string b = BoundaryOf(eml);
  CHECK(InOrder(eml, {"\r\n\r\n--" + b + "\r\n", "Content-Type: text/plain; charset=utf-8\r\n",
                      "\r\n--" + b + "\r\n", "Content-Type: text/html; charset=utf-8\r\n",
                      "\r\n--" + b + "--\r\n"}));
}

TEST_CASE("every line ends in CRLF, header lines fit in 78 octets, and none is over 998") {
  const std::string eml = Write(LongDigest());
  for (size_t at = eml.find('\n'); at != std::string::npos; at = eml.find('\n', at + 1)) {
    CHECK((at > 0 && eml[at - 1] == '\r'));
  }
  CHECK(eml.substr(eml.size() - 2) == "\r\n");
  size_t header_lines = 0;
  for (const Line& line : Lines(eml)) {
    INFO(line.text);
    CHECK(line.text.size() <= (line.header ? 78 : 998));
    header_lines += line.header ? 1 : 0;
  }
  CHECK(header_lines > 40);  // the Bcc was folded
  CHECK(Has(eml, "Content-Transfer-Encoding: quoted-printable"));
}

TEST_CASE("an address that is not local@domain in ASCII is refused, naming it") {
  MailMessage m = Digest();
  m.from.address = "Ilze <ilze@koks.example.lv>";
  m.bcc = {{"", "jānis@biedrs.example.lv"}, {"", "janis@"}, {"", "a b@x.lv"}, {"", "a..b@x.lv"}};
  const std::string rule = "` is not local@domain in ASCII without spaces, quotes or brackets\n";
  CHECK(Refusal(m) == "the sender's address `Ilze <ilze@koks.example.lv>" + rule +
                          "the recipient's address `jānis@biedrs.example.lv" + rule +
                          "the recipient's address `janis@" + rule +
                          "the recipient's address `a b@x.lv" + rule +
                          "the recipient's address `a..b@x.lv" + rule);
}

TEST_CASE("a line break in a name or the subject is refused: it would end the header") {
  MailMessage m = Digest();
  m.bcc[0].name = "Jānis\r\nBcc: someone@else.example";
  m.subject = "Ziņas\n";
  CHECK(Refusal(m) ==
        "the name of the recipient's `janis@biedrs.example.lv` is not one line of UTF-8 text (a "
        "line break or control character)\n"
        "the subject is not one line of UTF-8 text (a line break or control character)\n");
}

TEST_CASE("a Message-ID, a date or a body that cannot be written as given is refused") {
  MailMessage m = Digest();
  m.message_id_left = "digest 2026-11";
  m.date = std::chrono::sys_days{9999y / 12 / 31} + 23h;  // 10000-01-01 in Riga
  m.html_body = "\xC5";
  CHECK(Refusal(m) ==
        "the Message-ID `digest 2026-11@koks.example.lv` is not two dot-atoms: letters, digits, "
        "dots and !#$%&'*+-/=?^_`{|}~\n"
        "the date is not in the years 1900 to 9999 with an offset under 24 hours\n"
        "the HTML body is not UTF-8\n");
}

TEST_CASE("Python's e-mail parser reads back every header and both parts as they went in") {
  for (const MailMessage& m : {Digest(), LongDigest()}) {
    testing::TempDir dir;
    testing::WriteText(dir / "digest.eml", Write(m));
    nlohmann::json bcc = nlohmann::json::array();
    for (const Mailbox& box : m.bcc) bcc.push_back(box.address);
    const nlohmann::json expected = {
        {"from_name", m.from.name},
        {"from_address", m.from.address},
        {"bcc", bcc},
        {"subject", m.subject},
        {"message_id", "<" + m.message_id_left + "@" + m.message_id_domain + ">"},
        {"date", "2026-12-01T14:00:00+02:00"},
        {"text", m.text_body},
        {"html", m.html_body}};
    testing::WriteText(dir / "expected.json", expected.dump());
    std::string out;
    CHECK_MESSAGE(
        testing::Run("python3 " + std::string(CLUSTERSITE_SOURCE_DIR) + "/tests/check_mail.py " +
                         dir / "digest.eml" + " " + dir / "expected.json",
                     &out) == 0,
        out);
  }
}

}  // namespace clustersite
