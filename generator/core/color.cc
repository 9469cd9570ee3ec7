#include "core/color.h"

#include <cmath>
#include <cstdio>

namespace clustersite {
namespace {

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// One sRGB channel (0–255) as linear light, per WCAG 2.x.
double Linear(int channel) {
  double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

/// `c` moved towards black by `amount` (0 keeps it, 1 is black).
Rgb Shade(const Rgb& c, double amount) {
  auto channel = [&](int v) { return static_cast<int>(std::lround(v * (1 - amount))); };
  return {channel(c.r), channel(c.g), channel(c.b)};
}

}  // namespace

std::string Rgb::Hex() const {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r & 0xff, g & 0xff, b & 0xff);
  return buf;
}

std::optional<Rgb> ParseHexColor(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  int v[6];
  for (size_t i = 0; i < 6; ++i) {
    v[i] = HexDigit(text[i + 1]);
    if (v[i] < 0) return std::nullopt;
  }
  return Rgb{v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5]};
}

double RelativeLuminance(const Rgb& c) {
  return 0.2126 * Linear(c.r) + 0.7152 * Linear(c.g) + 0.0722 * Linear(c.b);
}

double ContrastRatio(const Rgb& a, const Rgb& b) {
  double la = RelativeLuminance(a), lb = RelativeLuminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

std::string FormatRatio(double ratio) {
  double cut = std::floor(ratio * 10 + 1e-9) / 10;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f:1", cut);
  return buf;
}

BrandPalette MakeBrandPalette(const Rgb& brand, const Rgb& background) {
  const Rgb white{255, 255, 255}, black{0, 0, 0};
  BrandPalette p;
  p.brand = brand;
  p.white_ratio = ContrastRatio(brand, white);
  // Every colour reaches 4.5:1 against white or against black.
  p.text_is_dark = p.white_ratio < kWcagAaText;
  p.text = p.text_is_dark ? black : white;
  p.text_ratio = ContrastRatio(brand, p.text);
  p.ink = brand;
  p.ink_ratio = ContrastRatio(brand, background);
  if (p.ink_ratio < kWcagAaText) {
    // The least darkening that passes, found by bisection over the amount:
    // the colour stays as close to the brand as the contrast allows.
    double lo = 0, hi = 1;
    for (int i = 0; i < 24; ++i) {
      double mid = (lo + hi) / 2;
      (ContrastRatio(Shade(brand, mid), background) >= kWcagAaText ? hi : lo) = mid;
    }
    p.ink = Shade(brand, hi);
    // Rounding to 8-bit channels may land just under the line: step on.
    while (ContrastRatio(p.ink, background) < kWcagAaText && !(p.ink == black)) {
      hi = std::min(1.0, hi + 1.0 / 255);
      p.ink = Shade(brand, hi);
    }
    p.ink_ratio = ContrastRatio(p.ink, background);
    p.ink_darkened = true;
  }
  return p;
}

std::string ContrastWarning(const std::string& written, const BrandPalette& p,
                            const Rgb& background) {
  if (!p.text_is_dark && !p.ink_darkened) return "";
  std::string ink = "brand-coloured text is darkened to " + p.ink.Hex() + " (" +
                    FormatRatio(p.ink_ratio) + " on the page background)";
  std::string head = "brand_color \"" + written + "\" has contrast ";
  if (!p.text_is_dark) {
    return head + FormatRatio(ContrastRatio(p.brand, background)) +
           " against the page background " + background.Hex() +
           "; WCAG AA needs 4.5:1 for text — " + ink;
  }
  std::string out = head + FormatRatio(p.white_ratio) +
                    " against white text; WCAG AA needs 4.5:1 — using black text on it (" +
                    FormatRatio(p.text_ratio) + ")";
  if (p.ink_darkened) out += ", and " + ink;
  return out;
}

}  // namespace clustersite
