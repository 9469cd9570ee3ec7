// Which media files may be published: the passive types, checked by their bytes.

#include "media/media_file.h"

#include <doctest/doctest.h>

#include "test_util.h"

namespace clustersite {

TEST_CASE("PNG, JPEG, GIF, WebP, AVIF and PDF files are published when their bytes agree") {
  CHECK(MediaProblem("koks/media/a.png", testing::kPng + "IHDR") == "");
  CHECK(MediaProblem("koks/media/a.JPG", "\xff\xd8\xff\xe0") == "");
  CHECK(MediaProblem("koks/media/a.jpeg", "\xff\xd8\xff\xdb") == "");
  CHECK(MediaProblem("koks/media/a.gif", "GIF89a...") == "");
  CHECK(MediaProblem("koks/media/a.webp", std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)) == "");
  CHECK(MediaProblem("koks/media/a.avif", std::string("\0\0\0\x1c"
                                                      "ftypmif1\0\0\0\0mif1avif",
                                                      24)) == "");
  CHECK(MediaProblem("koks/media/plan.pdf", "%PDF-1.7\n") == "");
  CHECK(MediaProblem("koks/media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>") == "");
}

TEST_CASE("a file that is not what its extension says is refused") {
  CHECK(MediaProblem("koks/media/x.png", "<script>alert(document.domain)</script>") ==
        "is not a PNG file, though its name says so (its first bytes are not PNG's); save it as "
        "PNG, or name it by what it is");
  CHECK(MediaProblem("koks/media/x.avif", std::string("\0\0\0\x14"
                                                      "ftypisom\0\0\0\0mp41",
                                                      20)) ==
        "is not an AVIF file, though its name says so (its first bytes are not AVIF's); save it "
        "as AVIF, or name it by what it is");
  CHECK(MediaProblem("koks/media/x.pdf", "").find("is not a PDF file") == 0);
  CHECK(MediaProblem("koks/media/x.svg", testing::kPng) ==
        "is an SVG image the site cannot publish (line 1: XML that is not well-formed (Start tag "
        "expected, '<' not found)): an SVG may hold no scripts, event attributes, foreignObject, "
        "references to other files or DOCTYPE; take that out, or save the image as PNG");
}

TEST_CASE("a media type that could run script is refused by its name, unread") {
  const std::string tail =
      " (another type could run scripts on the site); save it as one of those, or write its "
      "text in Markdown";
  CHECK(MediaProblem("koks/media/brochure.html", "") ==
        "cannot be published: media/ may hold PNG, JPEG, GIF, WebP, AVIF, PDF and SVG files, not "
        "a `.html` file" +
            tail);
  CHECK(MediaProblem("koks/media/logo.svgz", "").find("not a `.svgz` file (") != std::string::npos);
  CHECK(MediaProblem("koks/media/README", "").find("not a file without an extension (") !=
        std::string::npos);
  MediaReader never = [](const std::string&, std::string*, std::string*) -> bool {
    FAIL("read a file its name rules out");
    return false;
  };
  std::string bytes;
  CHECK(CheckMediaFile("koks/media/x.js", never, &bytes).find("not a `.js` file") !=
        std::string::npos);
}

TEST_CASE("a media file that cannot be read says why") {
  MemoryFileSystem fs;
  fs.Add("content/koks/media/a.png", testing::kPng);
  MediaReader read = ReadMediaFrom(fs, "content", 4);
  std::string bytes;
  CHECK(CheckMediaFile("koks/media/a.png", read, &bytes).find("cannot be read: is ") == 0);
  CHECK(CheckMediaFile("koks/media/b.png", read, &bytes).find("cannot be read: ") == 0);
  CHECK(CheckMediaFile("koks/media/a.png", ReadMediaFrom(fs, "content", 100), &bytes) == "");
  CHECK(bytes == testing::kPng);
}

}  // namespace clustersite
