#include "model/strategy_status.h"

#include <string>

namespace clustersite {

const StrategySection* WrittenSection(const Strategy& s, std::string_view number) {
  for (const StrategySection& f : s.sections) {
    if (f.name == number) return f.prose.draft ? nullptr : &f;
  }
  return nullptr;
}

const StrategyDirection* FindDirection(const Strategy& s, int number) {
  for (const StrategyDirection& d : s.directions) {
    if (d.number == number) return &d;
  }
  return nullptr;
}

namespace {

/// As `check` counts it: a draft file is still to write, even where
/// strategy.yaml gives the section's data.
bool Written(const Strategy& s, const TemplateSection& t) {
  for (const StrategySection& f : s.sections) {
    if (f.name == t.number) return !f.prose.draft;
  }
  switch (t.source) {
    case SectionSource::kFile:
      return false;
    case SectionSource::kYaml:
      return t.number == "1.4" ? s.swot.has_value() : !s.participants.empty();
    case SectionSource::kDirection:
      return FindDirection(s, std::stoi(std::string(t.number.substr(2)))) != nullptr;
    default:  // headings, section 3, and what the data fills
      return true;
  }
}

}  // namespace

std::vector<SectionNumber> SectionsToWrite(const Strategy& s) {
  std::vector<SectionNumber> out;
  for (const TemplateSection& t : TemplateSections()) {
    if (!Written(s, t)) out.push_back(*ParseSectionNumber(t.number));
  }
  return out;
}

std::optional<double> IndicatorProgress(const StrategyResult& r) {
  if (!r.actual || !r.baseline || !r.target) return std::nullopt;
  const double span = r.target->value - r.baseline->value;
  if (span == 0) return std::nullopt;
  return (r.actual->value - r.baseline->value) / span;
}

}  // namespace clustersite
