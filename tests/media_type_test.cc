// Media types by file extension: what serve answers with and data: URIs carry.

#include "core/media_type.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("media types by extension, text ones in UTF-8") {
  CHECK(MediaType("koks/index.html", true) == "text/html; charset=utf-8");
  CHECK(MediaType("style.CSS", true) == "text/css; charset=utf-8");
  CHECK(MediaType("a/search.js", true) == "text/javascript; charset=utf-8");
  CHECK(MediaType("feed.xml", true) == "application/xml");
  CHECK(MediaType("koks/calendar.ics", true) == "text/calendar; charset=utf-8");
  CHECK(MediaType("robots.txt", true) == "text/plain; charset=utf-8");
  CHECK(MediaType("index.json") == "application/json");
  CHECK(MediaType("media/logo.svg") == "image/svg+xml");
  CHECK(MediaType("media/a.png") == "image/png");
  CHECK(MediaType("media/a.JPG") == "image/jpeg");
  CHECK(MediaType("media/a.jpeg") == "image/jpeg");
  CHECK(MediaType("media/a.webp") == "image/webp");
  CHECK(MediaType("media/a.gif") == "image/gif");
  CHECK(MediaType("favicon.ico") == "image/vnd.microsoft.icon");
  CHECK(MediaType("fonts/kit.woff2") == "font/woff2");
  CHECK(MediaType("media/plan.pdf") == "application/pdf");
  CHECK(MediaType("media/archive.tar.zst") == "application/octet-stream");
  CHECK(MediaType("media/noext") == "application/octet-stream");
  CHECK(MediaType("media/.html") == "application/octet-stream");
}

TEST_CASE("the extension is the last one of the file name, in lower case") {
  CHECK(Extension("koks/media/Logo.SVG") == "svg");
  CHECK(Extension("media/archive.tar.zst") == "zst");
  CHECK(Extension("a.b/noext") == "");    // a dot in a folder name is no extension
  CHECK(Extension("media/.html") == "");  // a hidden file
  CHECK(Extension("name.") == "");
  CHECK(Extension("") == "");
}

}  // namespace clustersite
