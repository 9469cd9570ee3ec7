#include "deploy/security_headers.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("the pages' policy allows their own files and the hashed inline code alone") {
  InlineCode code;
  code.scripts = {"'sha256-s'"};
  code.styles = {"'sha256-a'", "'sha256-b'"};
  CHECK(PagesPolicy(code) ==
        "default-src 'self'; script-src 'self' 'sha256-s'; style-src 'self' 'sha256-a' "
        "'sha256-b'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'");
  CHECK(PagesPolicy({}) ==
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
}

TEST_CASE("the print documents' policy allows their hashed styles and data: images and fonts") {
  InlineCode code;
  code.styles = {"'sha256-d'"};
  CHECK(DocumentsPolicy(code) ==
        "default-src 'none'; style-src 'sha256-d'; img-src 'self' data:; font-src data:; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  code.scripts = {"'sha256-s'"};
  CHECK(DocumentsPolicy(code) ==
        "default-src 'none'; style-src 'sha256-d'; script-src 'sha256-s'; img-src 'self' data:; "
        "font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
}

TEST_CASE("every response gets nosniff and no referrer, and no X-Frame-Options") {
  std::vector<HttpHeader> headers = FixedHeaders();
  REQUIRE(headers.size() == 2);
  CHECK(headers[0].name == "X-Content-Type-Options");
  CHECK(headers[0].value == "nosniff");
  CHECK(headers[1].name == "Referrer-Policy");
  CHECK(headers[1].value == "no-referrer");
}

}  // namespace clustersite
