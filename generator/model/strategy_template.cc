#include "model/strategy_template.h"

#include <algorithm>
#include <cstdlib>

namespace clustersite {
namespace {

struct Row {
  TemplateSection section;
  std::string_view lv, en;
  /// One of 3.1–3.5: the template writes them as one heading, "Sadarbības
  /// veicināšana … starpā ar mērķi:" followed by five numbered goals. Each
  /// becomes a heading of its own: that common beginning, without the
  /// colon, and its goal ("… ar mērķi palielināt eksporta apjomu"); `lv`
  /// and `en` hold the goal.
  bool cooperation = false;
};

constexpr std::string_view kCooperationLv =
    "Sadarbības veicināšana komersantu un pētniecības, izglītības un zināšanu izplatīšanas "
    "organizāciju un citu institūciju starpā ar mērķi ";
constexpr std::string_view kCooperationEn =
    "Cooperation between companies and research, education and other institutions to ";

using S = SectionSource;

/// DESIGN.md's table, in the template's order.
constexpr Row kRows[] = {
    {{"1", S::kHeading}, "Informācija par klasteri", "About the cluster"},
    {{"1.1", S::kFile},
     "Klastera nepieciešamības pamatojums un konstatētās problēmas apraksts",
     "Why the cluster is needed, and the problem it addresses"},
    {{"1.2", S::kFile}, "Klastera darbības misija, vīzija un mērķi", "Mission, vision and goals"},
    {{"1.3", S::kFile},
     "Klastera projekta mērķis projekta īstenošanas periodam",
     "The project's goal for its period"},
    {{"1.4", S::kYaml},
     "Klastera stipro un vājo pušu, iespēju un draudu (SWOT) analīze",
     "SWOT analysis"},
    {{"2", S::kHeading},
     "Klastera darbības ietekme uz klastera sadarbības partneriem",
     "The cluster's effect on its partners"},
    {{"2.1", S::kFile},
     "Klastera darbības jomas (specializācija), konkurētspējas priekšrocības un kopīgais mērķis",
     "Fields of activity (specialisation), competitive advantages and the common goal"},
    {{"2.2", S::kYaml},
     "Indikatīvais klastera dalībnieku un partneru saraksts",
     "Indicative list of members and partners"},
    {{"3", S::kDirections},
     "Klastera plānotie uzdevumi un sasniedzamie rezultāti projekta īstenošanas periodam",
     "Planned tasks and results for the project period"},
    {{"3.1", S::kDirection}, "veicināt apgrozījuma apjoma pieaugumu", "grow turnover", true},
    {{"3.2", S::kDirection}, "palielināt eksporta apjomu", "grow exports", true},
    {{"3.3", S::kDirection}, "paaugstināt produktivitāti", "raise productivity", true},
    {{"3.4", S::kDirection},
     "veidot inovācijas un jaunus produktus",
     "create innovations and new products",
     true},
    {{"3.5", S::kDirection},
     "attīstīt cilvēkresursus un radīt jaunas darba vietas",
     "develop human resources and create jobs",
     true},
    {{"3.6", S::kDirection},
     "Viedo specializāciju (RIS3) integrācija klastera attīstības stratēģijā",
     "Smart specialisation (RIS3) in the cluster's strategy"},
    {{"3.7", S::kDirection}, "Klastera internacionalizācija", "Internationalisation"},
    {{"4", S::kHeading}, "Klastera darbības modelis", "How the cluster works"},
    {{"4.1", S::kHeading}, "Klastera pārvaldība", "Governance"},
    {{"4.1.1", S::kFile},
     "Klastera pārvaldības pamatprincipi, lēmumu pieņemšanas kārtība, atbildības sadale un "
     "kompetence",
     "Principles of governance, decision making, responsibilities"},
    {{"4.1.2", S::kFile}, "Klastera organizatoriskā struktūra", "Organisational structure"},
    {{"4.1.3", S::kFile},
     "Klastera koordinatora un speciālistu funkcijas un uzdevumi",
     "The coordinator's and specialists' functions"},
    {{"4.1.4", S::kData},
     "Plānotie pasākumi efektīvas komunikācijas nodrošināšanai starp dalībniekiem un "
     "partneriem",
     "Communication between members and partners"},
    {{"4.2", S::kHeading},
     "Jaunu klastera dalībnieku iesaistīšanās un izstāšanās noteikumi",
     "Joining and leaving"},
    {{"4.2.1", S::kFile},
     "Jaunu dalībnieku uzņemšanas kritēriji un iesaistes pasākumi",
     "Admission criteria and how new members are involved"},
    {{"4.2.2", S::kFile}, "Potenciālie klastera dalībnieki", "Potential members"},
    {{"4.2.3", S::kFile}, "Dalībnieku izstāšanās nosacījumi", "Conditions for leaving"},
    {{"4.2.4", S::kData},
     "Dalībnieku apmierinātības un pakalpojumu kvalitātes novērtēšana un uzlabošana",
     "Member satisfaction and service quality"},
    {{"4.3", S::kHeading},
     "Klastera finansēšanas modelis un ilgtspēja",
     "Financing and sustainability"},
    {{"4.3.1", S::kFile},
     "Klastera darbību finansēšanas kārtība un avoti, tai skaitā biedru maksas",
     "How activities are financed, membership fees included"},
    {{"4.3.2", S::kFile},
     "Klastera darbības ilgtspēja pēc projekta beigām",
     "Sustainability after the project"},
};

const Row* FindRow(const SectionNumber& number) {
  const std::string text = number.ToString();
  for (const Row& r : kRows) {
    if (r.section.number == text) return &r;
  }
  return nullptr;
}

/// How close `candidate` is to `wrong`: the leading parts they share, then
/// (negated, so that more is closer) how far apart their next parts are,
/// a missing part counting as 0.
std::pair<size_t, int> Closeness(const SectionNumber& wrong, const SectionNumber& candidate) {
  size_t shared = 0;
  while (shared < wrong.parts.size() && shared < candidate.parts.size() &&
         wrong.parts[shared] == candidate.parts[shared])
    ++shared;
  auto part = [shared](const SectionNumber& n) {
    return shared < n.parts.size() ? n.parts[shared] : 0;
  };
  return {shared, -std::abs(part(wrong) - part(candidate))};
}

}  // namespace

std::string SectionNumber::ToString() const {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '.';
    out += std::to_string(parts[i]);
  }
  return out;
}

std::optional<SectionNumber> ParseSectionNumber(std::string_view text) {
  SectionNumber n;
  size_t start = 0;
  while (n.parts.size() < 4) {
    size_t end = std::min(text.find('.', start), text.size());
    std::string_view part = text.substr(start, end - start);
    if (part.empty() || part.size() > 2 || part[0] == '0') return std::nullopt;
    if (!std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    n.parts.push_back(std::stoi(std::string(part)));
    if (end == text.size()) return n;
    start = end + 1;
  }
  return std::nullopt;
}

const std::vector<TemplateSection>& TemplateSections() {
  static const std::vector<TemplateSection> sections = [] {
    std::vector<TemplateSection> out;
    for (const Row& r : kRows) out.push_back(r.section);
    return out;
  }();
  return sections;
}

const TemplateSection* FindTemplateSection(const SectionNumber& number) {
  const Row* row = FindRow(number);
  return row ? &row->section : nullptr;
}

std::string TemplateTitle(const SectionNumber& number, Language language) {
  const Row* row = FindRow(number);
  if (!row) return "";
  const bool lv = language == Language::kLv;
  std::string title(lv ? row->lv : row->en);
  if (row->cooperation) title = std::string(lv ? kCooperationLv : kCooperationEn) + title;
  return title;
}

std::string DirectionTitle(int n, Language language) {
  if (n < 1 || n > kProgrammeDirections) return "";
  return TemplateTitle(SectionNumber{{3, n}}, language);
}

std::vector<std::string> SectionFileNumbers() {
  std::vector<std::string> out;
  for (const TemplateSection& s : TemplateSections()) {
    if (s.source != SectionSource::kHeading && s.source != SectionSource::kDirection)
      out.emplace_back(s.number);
  }
  return out;
}

std::vector<std::string> ClosestSectionNumbers(const SectionNumber& wrong, size_t max) {
  std::vector<std::string> best;
  std::pair<size_t, int> best_closeness{0, -1000};
  for (const std::string& number : SectionFileNumbers()) {
    std::pair<size_t, int> closeness = Closeness(wrong, *ParseSectionNumber(number));
    if (closeness > best_closeness) {
      best_closeness = closeness;
      best.clear();
    }
    if (closeness == best_closeness && best.size() < max) best.push_back(number);
  }
  return best;
}

}  // namespace clustersite
