#include "model/placeholders.h"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace clustersite {
namespace {

constexpr auto kTexts = std::to_array<std::string_view>({
    // cluster.lv.yaml, about.lv.md
    "Šeit ierakstiet klastera vīziju",
    "Šeit ierakstiet klastera misiju",
    "Vārds Uzvārds",
    "vards.uzvards@example.lv",
    "Ko klasteris dara šajā virzienā (Markdown).",
    "Kas ir klastera biedri, ko viņi dara kopā un ko klasteris viņiem dod.",
    "Kā klasteris atšķiras no nozares asociācijas, kompetences centra",
    // service.lv.md, story.lv.md, roadmap.lv.md
    "Ko pakalpojums dod biedram, vienā teikumā.",
    "Kas ir šis pakalpojums, kam tas paredzēts un kā biedrs to izmanto, soli pa solim.",
    "Uzņēmuma nosaukums",
    "Ko uzņēmums ieguva, vienā teikumā.",
    "Ko uzņēmums gribēja panākt, kurus klastera pakalpojumus tas izmantoja un ko ieguva.",
    "Ko klasteris dara vispirms",
    "Ko biedrs dara pēc tam",
    "Kā to dara (Markdown).",
    "Ko šī ceļa karte palīdz biedram sasniegt.",
    // event.lv.md
    "Iela 1, Pilsēta",
    "Kas notiks, kam pasākums paredzēts un kas jāpaņem līdzi.",
    // news.lv.md
    "Ziņa vienā rindā",
    "Kas noticis un kāpēc tas ir svarīgi biedriem, vienā īsā rindkopā.",
    // strategy-section.lv.md
    "Šo rindu aizstājiet ar sadaļas",
    // cluster.en.yaml, about.en.md
    "Write the cluster's vision here",
    "Write the cluster's mission here",
    "First Last",
    "first.last@example.com",
    "What the cluster does in this direction, in Markdown.",
    "Who the members are, what they do together and what the cluster gives them.",
    "How the cluster differs from an industry association, a competence centre",
    // service.en.md, story.en.md, roadmap.en.md
    "What the service gives a member, in one sentence.",
    "What the service is, who it is for, and how a member uses it, step by step.",
    "Company name",
    "What the company gained, in one sentence.",
    "What the company set out to do, which of the cluster's services it used, and what it gained.",
    "What the cluster does first",
    "What the member does next",
    "How, in Markdown.",
    "What this roadmap helps a member achieve.",
    // event.en.md
    "Street 1, City",
    "What will happen, who the event is for, and what to bring.",
    // news.en.md
    "The news in one line",
    "What happened and why it matters to the members, in one short paragraph.",
    // strategy-section.en.md
    "Replace this line with the text of section",
});

/// True for a byte a text may start with: 'C' to 'Z', 'f', 'v' and the
/// first byte of "Š".
constexpr bool MayStart(unsigned char c) {
  return (c >= 'C' && c <= 'Z') || c == 'f' || c == 'v' || c == 0xC5;
}

static_assert(std::all_of(kTexts.begin(), kTexts.end(),
                          [](std::string_view t) {
                            return MayStart(static_cast<unsigned char>(t[0]));
                          }),
              "MayStart must take the first byte of every text");

/// The first two bytes of each text as one number, and a bit for each.
struct FirstPairs {
  std::array<unsigned, kTexts.size()> of{};
  std::bitset<0x10000> any;
};
const FirstPairs kFirstPairs = [] {
  FirstPairs pairs;
  for (size_t k = 0; k < kTexts.size(); ++k) {
    pairs.of[k] =
        static_cast<unsigned char>(kTexts[k][0]) | static_cast<unsigned char>(kTexts[k][1]) << 8;
    pairs.any.set(pairs.of[k]);
  }
  return pairs;
}();

/// Where each text stands in `text`, in order of position. A position is
/// compared with the texts only when its byte may start one (MayStart) and
/// its two bytes do start one. Each text is found again after its end, as
/// a search for it alone would.
std::vector<std::pair<size_t, std::string_view>> FindTexts(std::string_view text) {
  std::vector<std::pair<size_t, std::string_view>> found;
  std::array<size_t, kTexts.size()> again{};  // where each text may be found again
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  auto look_at = [&](size_t i) {
    const unsigned pair = bytes[i] | bytes[i + 1] << 8;
    if (!kFirstPairs.any[pair]) return;
    for (size_t k = 0; k < kTexts.size(); ++k) {
      if (kFirstPairs.of[k] == pair && i >= again[k] && text.substr(i).starts_with(kTexts[k])) {
        found.emplace_back(i, kTexts[k]);
        again[k] = i + kTexts[k].size();
      }
    }
  };
  size_t from = 0;
#if defined(__SSE2__)
  // MayStart 16 bytes at a time; compares are signed, so 0xC5 is -59 and
  // no byte past ASCII is in 'C'..'Z'.
  const __m128i after_b = _mm_set1_epi8('B'), before_bracket = _mm_set1_epi8('[');
  const __m128i f = _mm_set1_epi8('f'), v = _mm_set1_epi8('v');
  const __m128i c5 = _mm_set1_epi8(static_cast<char>(0xC5));
  for (; from + 17 <= text.size(); from += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + from));
    const __m128i upper =
        _mm_and_si128(_mm_cmpgt_epi8(b, after_b), _mm_cmpgt_epi8(before_bracket, b));
    const __m128i other = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, f), _mm_cmpeq_epi8(b, v)),
                                       _mm_cmpeq_epi8(b, c5));
    for (auto m = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(upper, other))); m != 0;
         m &= m - 1)
      look_at(from + static_cast<size_t>(std::countr_zero(m)));
  }
#endif
  for (; from + 1 < text.size(); ++from) {
    if (MayStart(bytes[from])) look_at(from);
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

std::span<const std::string_view> PlaceholderTexts() { return kTexts; }

std::vector<Placeholder> FindPlaceholders(std::string_view text, int first_body_line) {
  // One pass over the file for all the texts; lines are counted only for
  // what is found, which is rare.
  const std::vector<std::pair<size_t, std::string_view>> found = FindTexts(text);
  // Positions by one walk through the file, so many finds stay linear.
  std::vector<Placeholder> out;
  Position pos{1, 1};
  size_t i = 0, line_start = 0;
  int first_line_seen = 0;  // the line whose first character `first` is
  size_t first = 0;
  for (const auto& [at, p] : found) {
    for (; i < at; ++i) {
      unsigned char c = text[i];
      if (c == '\n') {
        ++pos.line;
        pos.column = 1;
        line_start = i + 1;
      } else if ((c & 0xC0) != 0x80) {
        ++pos.column;
      }
    }
    if (first_line_seen != pos.line) {
      first = text.find_first_not_of(" \t", line_start);
      first_line_seen = pos.line;
    }
    bool comment = pos.line < first_body_line && first < at && text[first] == '#';
    if (!comment) out.push_back({std::string(p), pos});
  }
  return out;
}

}  // namespace clustersite
