#include "deploy/inline_code.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace clustersite {

TEST_CASE("a CSP hash is SHA-256 in base64, as `openssl dgst -sha256 -binary | base64` gives") {
  CHECK(CspHash("body{color:red}") == "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='");
  CHECK(CspHash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  // The hash Chromium names when it refuses <script>document.title='inline ran'</script>.
  CHECK(CspHash("document.title='inline ran'") ==
        "'sha256-kYlNlK4ggNo9c1Dk+kJon/rPIoNHkAK7Lwx/cRS5LfI='");
}

TEST_CASE("a text's hash, kept for the next text alike, is the hash of that text") {
  // The second hash of each text is the one kept from the first; texts that
  // differ in their last byte, or by a byte more, have theirs.
  const std::string a(20000, 'a');
  std::string b = a;
  b.back() = 'b';
  for (int twice = 0; twice < 2; ++twice) {
    CHECK(CspHash(a) == "'sha256-zBf6qtNmScRgPdpNj/l8sUlyKvC8rAdGMFohNK0tC5c='");
    CHECK(CspHash(b) == "'sha256-cfxc0pCtuWb8ke/rVZsNQ+15Y7XGgezRoLPJ6sQF+bI='");
    CHECK(CspHash("body{color:red}") == "'sha256-FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E='");
    CHECK(CspHash("body{color:red} ") != CspHash("body{color:red}"));
    CHECK(CspHash("body{color:reD}") != CspHash("body{color:red}"));
  }
  // More texts than are kept: each still has its own hash.
  std::set<std::string> hashes;
  for (int i = 0; i < 600; ++i) hashes.insert(CspHash("n=" + std::to_string(i)));
  CHECK(hashes.size() == 600);
  CHECK(CspHash("n=599") == CspHash(std::string("n=") + "599"));
}

TEST_CASE("a CSP hash is over the text as the browser reads it, CR LF and CR as LF") {
  const std::string lf = CspHash("a\nb");
  CHECK(lf == "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='");
  CHECK(CspHash("a\r\nb") == lf);
  CHECK(CspHash("a\rb") == lf);
}

TEST_CASE("the scan hashes each inline style and executable script by its exact text") {
  InlineCode code;
  ScanInlineCode(
      "<html><head><style>body{color:red}</style><STYLE media=\"print\">a\nb</Style>"
      "<script>x()</script><script type=\"module\">y()</script>"
      "<script type='text/javascript'>z()</script></head></html>",
      &code);
  CHECK(code.styles == std::set<std::string>{CspHash("body{color:red}"), CspHash("a\nb")});
  CHECK(code.scripts == std::set<std::string>{CspHash("x()"), CspHash("y()"), CspHash("z()")});
}

TEST_CASE("JSON-LD, other data blocks and scripts with src are not hashed") {
  InlineCode code;
  ScanInlineCode(
      "<script type=\"application/ld+json\">{\"@type\":\"Organization\"}</script>"
      "<script type=application/json>{}</script>"
      "<script src=\"/search.js\" defer></script><script src=x.js>ignored()</script>",
      &code);
  CHECK(code.scripts.empty());
  CHECK(code.styles.empty());
}

TEST_CASE("a script's text ends at the first </script, whatever it holds") {
  InlineCode code;
  ScanInlineCode("<script>var s = '<style>';</script><p>style</p>", &code);
  CHECK(code.scripts == std::set<std::string>{CspHash("var s = '<style>';")});
  CHECK(code.styles.empty());
}

TEST_CASE("elements whose names start like script or style are not scanned") {
  InlineCode code;
  ScanInlineCode("<styles>a</styles><scripted>b</scripted><p>no <style</p>", &code);
  CHECK(code.scripts.empty());
  CHECK(code.styles.empty());
}

}  // namespace clustersite
