#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clustersite {

/// An sRGB colour with 8-bit channels.
struct Rgb {
  int r = 0, g = 0, b = 0;

  /// "#2f6b3a".
  std::string Hex() const;
  bool operator==(const Rgb&) const = default;
};

/// Parses "#rrggbb" (either case); nullopt for anything else.
std::optional<Rgb> ParseHexColor(std::string_view text);

/// WCAG 2.x relative luminance: 0 for black, 1 for white.
double RelativeLuminance(const Rgb& c);

/// WCAG 2.x contrast ratio of two colours, from 1 to 21.
double ContrastRatio(const Rgb& a, const Rgb& b);

/// A ratio as WCAG writes it, cut (not rounded) to one decimal so that a
/// failing ratio never reads as a passing one: 4.48 → "4.4:1".
std::string FormatRatio(double ratio);

/// The contrast WCAG 2.x level AA asks of normal text.
constexpr double kWcagAaText = 4.5;

/// How the theme uses a cluster's brand colour so that all text stays
/// readable: `text` is written on the brand colour (white, or black when
/// white fails), `ink` is the brand colour itself as text on the page
/// background, darkened just enough to pass when it does not.
struct BrandPalette {
  Rgb brand;
  Rgb text;                   ///< text colour on a brand background
  Rgb ink;                    ///< brand-coloured text on the page background
  double white_ratio = 0;     ///< brand against white
  double text_ratio = 0;      ///< brand against `text`
  double ink_ratio = 0;       ///< `ink` against the background
  bool text_is_dark = false;  ///< white text failed, so `text` is black
  bool ink_darkened = false;  ///< `ink` differs from `brand`
};

/// The palette of `brand` on a page whose background is `background`.
BrandPalette MakeBrandPalette(const Rgb& brand, const Rgb& background);

/// What a brand colour `written` in cluster.yaml costs in contrast and what
/// the theme does about it, for a warning; "" when it needs nothing.
std::string ContrastWarning(const std::string& written, const BrandPalette& palette,
                            const Rgb& background);

}  // namespace clustersite
