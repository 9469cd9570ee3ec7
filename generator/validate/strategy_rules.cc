#include "validate/strategy_rules.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/text.h"
#include "model/strategy_status.h"
#include "model/strategy_template.h"
#include "validate/references.h"

namespace clustersite {
namespace {

/// "section 4.1 “Klastera pārvaldība”", in the cluster's language.
std::string Section(const SectionNumber& n, Language language) {
  return "section " + n.ToString() + " “" + TemplateTitle(n, language) + "”";
}

/// Why a section file may not be named `name`; "" when it may.
std::string SectionFileProblem(const std::string& name, Language language) {
  std::optional<SectionNumber> n = ParseSectionNumber(name);
  if (!n) {
    std::string hint = DidYouMean(name, SectionFileNumbers());
    return "`" + name + ".md` is no section of the strategy template: a section file is named " +
           "by its number, like `1.1.md`" + (hint.empty() ? "" : "; did you mean `" + hint + "`?");
  }
  if (n->parts.size() == 2 && n->parts[0] == 3) {
    const std::string d = std::to_string(n->parts[1]);
    return "section " + name + " is direction " + d +
           " of section 3: write it in strategy.yaml under `directions`, with `number: " + d +
           "`, not in a file of its own";
  }
  const TemplateSection* section = FindTemplateSection(*n);
  if (!section) {
    return "the strategy template has no section " + name + "; did you mean " +
           QuotedList(ClosestSectionNumbers(*n, 3), "or") + "?";
  }
  if (section->source != SectionSource::kHeading) return "";
  std::vector<std::string> files;
  for (const std::string& f : SectionFileNumbers()) {
    if (StartsWith(f, name + ".")) files.push_back(f + ".md");
  }
  return Section(*n, language) + " is a part heading and takes no file; its text goes in " +
         QuotedList(files, "and");
}

void CheckSectionFiles(const Cluster& c, const Strategy& s, Diagnostics* diag) {
  for (const StrategySection& section : s.sections) {
    std::string problem = SectionFileProblem(section.name, c.language);
    if (!problem.empty()) diag->Error(section.path, {}, problem);
  }
}

/// One direction's number and title: `seen` holds the numbers before it.
void CheckNumber(const Strategy& s, const StrategyDirection& d, std::map<int, Position>* seen,
                 Diagnostics* diag) {
  if (d.number == 0) return;  // not read: reported already
  const std::string n = std::to_string(d.number);
  auto [first, fresh] = seen->emplace(d.number, d.number_pos);
  if (!fresh) {
    diag->Error(s.yaml_path, d.number_pos,
                "direction " + n + " is given twice (first on line " +
                    std::to_string(first->second.line) + "); give each direction once");
  }
  if (d.number > kProgrammeDirections && d.title.empty()) {
    diag->Error(s.yaml_path, d.number_pos,
                "direction " + n + " needs a `title`: directions 1–7 take the template's " +
                    "titles, 8 and up are the cluster's own");
  }
}

void CheckDirections(const Strategy& s, Diagnostics* diag) {
  std::map<int, Position> seen;
  for (const StrategyDirection& d : s.directions) {
    CheckNumber(s, d, &seen, diag);
    for (const StrategyResult& r : d.results) {
      if (!r.baseline || !r.target || r.baseline->value != r.target->value) continue;
      diag->Error(s.yaml_path, r.target->pos,
                  "`target` " + r.target->text + " is the `baseline` " + r.baseline->text +
                      ": an indicator's target is the value it should reach from its " +
                      "baseline; write that value");
    }
  }
}

void CheckExpectations(const Strategy& s, Diagnostics* diag) {
  std::set<int> numbers;
  for (const StrategyDirection& d : s.directions) {
    if (d.number > 0) numbers.insert(d.number);
  }
  std::vector<std::string> list;
  list.reserve(numbers.size());
  for (int n : numbers) list.push_back(std::to_string(n));
  for (const StrategyParticipant& p : s.participants) {
    for (const Expectation& e : p.expectations) {
      if (numbers.count(e.direction)) continue;
      diag->Error(s.yaml_path, e.pos,
                  "an expectation of direction " + std::to_string(e.direction) +
                      ", which `directions` does not have; " +
                      (list.empty() ? std::string("it has no directions yet")
                                    : "its directions are " + QuotedList(list, "and")));
    }
  }
}

void CheckNames(const Strategy& s, const MemberNames& members, Diagnostics* diag) {
  for (const StrategyParticipant& p : s.participants) {
    if (!p.name.value.empty()) UnknownMember(diag, s.yaml_path, p.name, "participant", members);
  }
  for (const StrategyDirection& d : s.directions) {
    for (const StrategyMember& m : d.members) {
      if (!m.name.value.empty())
        UnknownMember(diag, s.yaml_path, m.name, "member of direction", members);
    }
  }
}

/// Why section `number`, one of SectionsToWrite, is not written yet.
std::string WhyToWrite(const Strategy& s, const SectionNumber& number) {
  const std::string name = number.ToString();
  for (const StrategySection& f : s.sections) {
    if (f.name == name) return " is still a draft in " + name + ".md (`draft: true`)";
  }
  const std::string no_file = " has no file " + name + ".md";
  if (name == "1.4") return no_file + " and strategy.yaml no `swot` yet";
  if (name == "2.2") return no_file + " and strategy.yaml no `participants` yet";
  if (number.parts.size() == 2 && number.parts[0] == 3) {
    return " has no direction `number: " + std::to_string(number.parts[1]) +
           "` in strategy.yaml yet";
  }
  return no_file + " yet";
}

void CheckMissingSections(const Cluster& c, const Strategy& s, Diagnostics* diag) {
  for (const SectionNumber& number : SectionsToWrite(s)) {
    diag->Warning(s.dir, {},
                  Section(number, c.language) + WhyToWrite(s, number) +
                      "; the document lists it on its cover as still to write");
  }
}

}  // namespace

void CheckStrategy(const Cluster& c, const MemberNames& members, Diagnostics* diag) {
  if (!c.strategy) return;
  const Strategy& s = *c.strategy;
  if (s.from && s.to && *s.from > *s.to) {
    diag->Error(s.yaml_path, s.to_pos,
                "`to` " + std::to_string(*s.to) + " is before `from` " + std::to_string(*s.from) +
                    ": the period runs from its first year to its last");
  }
  CheckSectionFiles(c, s, diag);
  CheckDirections(s, diag);
  CheckExpectations(s, diag);
  CheckNames(s, members, diag);
  CheckMissingSections(c, s, diag);
}

}  // namespace clustersite
