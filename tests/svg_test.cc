// SVG images: what may be published, read with libxml2.

#include "media/svg.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

const std::string kOpen = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
const std::string kXlink = " xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

/// "line: what" of the problem, or "" when there is none.
std::string Problem(const std::string& svg) {
  auto p = FindSvgProblem(svg);
  return p ? std::to_string(p->line) + ": " + p->what : "";
}

}  // namespace

TEST_CASE("a plain SVG, with inner references and raster data: URLs, may be published") {
  CHECK(Problem(kOpen +
                " viewBox=\"0 0 8 8\">\n<title>Logo</title><!-- note -->\n"
                "<defs><linearGradient id=\"g\"/></defs>\n"
                "<rect width=\"8\" height=\"8\" fill=\"url(#g)\" style=\"fill: url( '#g' )\"/>\n"
                "<use href=\"#g\"/><image href=\" data:image/png;base64,iVBO\"/>\n"
                "<style><![CDATA[rect { fill: url(\"#g\") }]]></style>\n</svg>\n") == "");
  CHECK(Problem("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + kOpen + "/>") == "");
  // What Inkscape adds: its own namespaced attributes (a Windows path) and RDF metadata.
  CHECK(Problem(kOpen +
                " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
                " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                " inkscape:export-filename=\"C:\\Users\\ilze\\logo.png\"><metadata><rdf:RDF>"
                "<rdf:Description rdf:about=\"\"/></rdf:RDF></metadata></svg>") == "");
}

TEST_CASE("an SVG with a script, handler or foreignObject element is refused at its line") {
  CHECK(Problem(kOpen + ">\n<g>\n<script>alert(document.domain)</script></g></svg>") ==
        "3: a `<script>` element");
  CHECK(Problem(kOpen + "><foreignObject><p>x</p></foreignObject></svg>") ==
        "1: a `<foreignObject>` element");
  CHECK(Problem(kOpen + " xmlns:h=\"http://www.w3.org/1999/xhtml\">\n<h:iframe/></svg>") ==
        "2: an XHTML element `<iframe>`");
  CHECK(Problem(kOpen + "><handler>alert(1)</handler></svg>") == "1: a `<handler>` element");
}

TEST_CASE("an SVG with an event attribute is refused, naming the attribute and its element") {
  CHECK(Problem(kOpen + " onload=\"alert(1)\"/>") == "1: an event attribute `onload` on `<svg>`");
  CHECK(Problem(kOpen + ">\n\n<rect ONclick=\"x()\"/></svg>") ==
        "3: an event attribute `ONclick` on `<rect>`");
}

TEST_CASE("an SVG referring to anything outside itself is refused") {
  CHECK(
      Problem(kOpen + kXlink + ">\n<image xlink:href=\"https://tracker.example/p.png\"/></svg>") ==
      "2: `xlink:href` on `<image>` pointing outside the image");
  CHECK(Problem(kOpen + "><a href=\"jav&#x61;script:alert(1)\"><rect/></a></svg>") ==
        "1: `href` on `<a>` pointing outside the image");
  CHECK(Problem(kOpen + "><use href=\"other.svg#a\"/></svg>") ==
        "1: `href` on `<use>` pointing outside the image");
  CHECK(Problem(kOpen + "><image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>") ==
        "1: `href` on `<image>` pointing outside the image");
  CHECK(Problem(kOpen + "><rect fill=\"url(https://x.example/#g)\"/></svg>") ==
        "1: a `url()` pointing outside the image in `fill` on `<rect>`");
  CHECK(Problem(kOpen + "><rect style=\"background:u\\72l(//x.example/a)\"/></svg>") ==
        "1: a CSS escape (`\\`) in `style` on `<rect>`");
  CHECK(Problem(kOpen + ">\n<style>\n@import \"x.css\";</style></svg>") ==
        "2: `@import` in a `<style>` element");
  CHECK(Problem(kOpen + "><style>rect{fill:URL( x.png )}</style></svg>") ==
        "1: a `url()` pointing outside the image in a `<style>` element");
  CHECK(Problem(kOpen + "><style>rect{fill:image-set(\"x.png\" 1x)}</style></svg>") ==
        "1: `image-set()` in a `<style>` element");
  CHECK(
      Problem(kOpen + "><a><set attributeName=\"xlink:href\" to=\"javascript:x()\"/></a></svg>") ==
      "1: an animation of `xlink:href` (`<set>`)");
  CHECK(Problem(kOpen + "><animate attributeName=\"onbegin\"/></svg>") ==
        "1: an animation of `onbegin` (`<animate>`)");
}

TEST_CASE("an SVG with a DOCTYPE or a processing instruction is refused before it is used") {
  std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"aaaaaaaaaa\">\n"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c "
      "\"&b;&b;&b;&b;&b;&b;&b;\">\n]>\n" +
      kOpen + "><text>&c;</text></svg>";
  CHECK(Problem(laughs) == "2: a DOCTYPE (DTDs and entities are not allowed)");
  CHECK(Problem("<!DOCTYPE svg SYSTEM \"http://x.example/evil.dtd\">\n" + kOpen + "/>") ==
        "1: a DOCTYPE (DTDs and entities are not allowed)");
  CHECK(Problem("<?xml-stylesheet href=\"https://x.example/s.css\"?>\n" + kOpen + "/>") ==
        "1: a processing instruction `<?xml-stylesheet …?>`");
}

TEST_CASE("what is not an SVG image is refused") {
  CHECK(Problem("<html><script>alert(1)</script></html>") ==
        "1: a root element `<html>` where an SVG's `<svg xmlns=\"http://www.w3.org/2000/svg\">` "
        "belongs");
  CHECK(Problem("<svg/>") ==
        "1: a root element `<svg>` where an SVG's `<svg xmlns=\"http://www.w3.org/2000/svg\">` "
        "belongs");
  CHECK(Problem(kOpen + ">\n<text>&xxe;</text></svg>") ==
        "2: XML that is not well-formed (Entity 'xxe' not defined)");
  CHECK(Problem(kOpen + ">\n<g>") ==
        "2: XML that is not well-formed (Premature end of data in tag g line 2)");
  CHECK(Problem("") == "1: an empty file");
  CHECK(Problem("\n") == "2: XML that is not well-formed (Start tag expected, '<' not found)");
  CHECK(Problem(std::string("\x89PNG\r\n\x1a\n", 8)).find("1: XML that is not well-formed") == 0);
}

TEST_CASE("a large clean SVG is read in one pass") {
  std::string svg = kOpen + ">\n";
  for (int i = 0; i < 100000; ++i)
    svg += "<rect x=\"" + std::to_string(i) + "\" fill=\"url(#g)\"/>\n";
  CHECK(Problem(svg + "<script/></svg>") == "100002: a `<script>` element");
}

}  // namespace clustersite
