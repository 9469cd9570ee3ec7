#include "core/color.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

const Rgb kWhite{255, 255, 255};

Rgb Hex(const char* text) { return *ParseHexColor(text); }

}  // namespace

TEST_CASE("colours parse only as #rrggbb") {
  CHECK(ParseHexColor("#2f6B3a") == Rgb{0x2f, 0x6b, 0x3a});
  CHECK_FALSE(ParseHexColor("2f6b3a"));
  CHECK_FALSE(ParseHexColor("#2f6b3"));
  CHECK_FALSE(ParseHexColor("#2f6b3g"));
  CHECK(Rgb{0x2f, 0x6b, 0x3a}.Hex() == "#2f6b3a");
}

TEST_CASE("contrast ratios follow WCAG 2.x relative luminance") {
  CHECK(ContrastRatio(Hex("#000000"), kWhite) == doctest::Approx(21.0));
  CHECK(ContrastRatio(kWhite, kWhite) == doctest::Approx(1.0));
  // #767676 is the lightest grey that passes on white; #777777 just fails.
  CHECK(ContrastRatio(Hex("#767676"), kWhite) == doctest::Approx(4.542).epsilon(0.001));
  CHECK(ContrastRatio(Hex("#777777"), kWhite) == doctest::Approx(4.478).epsilon(0.001));
  CHECK(ContrastRatio(Hex("#2f6b3a"), kWhite) == doctest::Approx(6.393).epsilon(0.001));
  CHECK(ContrastRatio(Hex("#ffcc00"), Hex("#000000")) == doctest::Approx(13.889).epsilon(0.001));
}

TEST_CASE("a ratio is cut, not rounded, so a failing one never reads as passing") {
  CHECK(FormatRatio(4.478) == "4.4:1");
  CHECK(FormatRatio(4.5) == "4.5:1");
  CHECK(FormatRatio(21) == "21.0:1");
}

TEST_CASE("a dark brand colour keeps white text and is its own ink") {
  BrandPalette p = MakeBrandPalette(Hex("#2f6b3a"), kWhite);
  CHECK(p.text == kWhite);
  CHECK(p.ink == Hex("#2f6b3a"));
  CHECK_FALSE(p.text_is_dark);
  CHECK_FALSE(p.ink_darkened);
  CHECK(ContrastWarning("#2f6b3a", p, kWhite) == "");
}

TEST_CASE("a light brand colour gets black text and a darkened ink that just passes") {
  BrandPalette p = MakeBrandPalette(Hex("#ffcc00"), kWhite);
  CHECK(p.text == Rgb{0, 0, 0});
  CHECK(p.text_is_dark);
  CHECK(p.ink_darkened);
  CHECK(ContrastRatio(p.ink, kWhite) >= kWcagAaText);
  CHECK(ContrastRatio(p.ink, kWhite) < 4.7);  // no darker than it has to be
  CHECK(p.ink.Hex() == "#907300");
  CHECK(ContrastWarning("#ffcc00", p, kWhite) ==
        "brand_color \"#ffcc00\" has contrast 1.5:1 against white text; WCAG AA needs 4.5:1 — "
        "using black text on it (13.8:1), and brand-coloured text is darkened to #907300 (4.5:1 "
        "on the page background)");
}

TEST_CASE("a brand colour that passes on white can still be too light on another background") {
  const Rgb grey = Hex("#e6e6e6");
  BrandPalette p = MakeBrandPalette(Hex("#1f77b4"), grey);
  CHECK_FALSE(p.text_is_dark);
  CHECK(p.ink_darkened);
  CHECK(ContrastWarning("#1f77b4", p, grey) ==
        "brand_color \"#1f77b4\" has contrast 3.8:1 against the page background #e6e6e6; WCAG AA "
        "needs 4.5:1 for text — brand-coloured text is darkened to #1c6ca4 (4.5:1 on the page "
        "background)");
}

}  // namespace clustersite
