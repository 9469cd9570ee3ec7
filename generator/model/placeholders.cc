#include "model/placeholders.h"

#include <algorithm>
#include <array>

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

}  // namespace

std::span<const std::string_view> PlaceholderTexts() { return kTexts; }

std::vector<Placeholder> FindPlaceholders(std::string_view text, int first_body_line) {
  // One search per text over the whole file; lines are counted only for
  // what is found, which is rare.
  std::vector<std::pair<size_t, std::string_view>> found;
  for (std::string_view p : kTexts) {
    for (size_t at = text.find(p); at != std::string_view::npos; at = text.find(p, at + p.size()))
      found.emplace_back(at, p);
  }
  std::sort(found.begin(), found.end());
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
