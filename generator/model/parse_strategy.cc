// strategy/: strategy.yaml and the section files of the development strategy.

#include <algorithm>
#include <charconv>

#include "model/limits.h"
#include "model/parse.h"
#include "model/parse_values.h"

namespace clustersite {
namespace {

/// Calls `each` with the fields of every item of the list at `key`, each
/// one a mapping (`what` names one in errors).
template <typename F>
void EachMap(const Fields& f, const std::string& key, const std::string& what, F each) {
  const YamlNode& list = f.Node(key);
  if (!list.IsDefined() || list.IsNull()) return;
  if (!list.IsSequence()) {
    f.diag()->Error(f.file().path(), list.pos, "`" + key + "` must be a list of " + what + "s");
    return;
  }
  for (const YamlNode& item : list.items) {
    Fields itf(f.file(), item, f.diag());
    if (itf.IsMap("a " + what)) each(itf);
  }
}

/// `-?[0-9]+(\.[0-9]+)?`, at most 30 characters: a number as strategy.yaml writes it.
bool IsDecimal(std::string_view s) {
  if (s.size() > 30) return false;
  if (!s.empty() && s[0] == '-') s.remove_prefix(1);
  size_t dot = s.find('.');
  auto digits = [](std::string_view d) {
    return !d.empty() &&
           std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return digits(s.substr(0, dot)) && (dot == std::string_view::npos || digits(s.substr(dot + 1)));
}

std::optional<StrategyNumber> NumberAt(const Fields& f, const std::string& key, bool required) {
  std::optional<std::string> text = f.String(key, required);
  if (!text) return std::nullopt;
  if (!IsDecimal(*text)) {
    f.diag()->Error(f.file().path(), f.PositionOf(key),
                    "`" + key + "` must be a number, like `1200000` or `3.5`, not `" + *text + "`");
    return std::nullopt;
  }
  StrategyNumber n{0, *text, f.PositionOf(key)};
  std::from_chars(text->data(), text->data() + text->size(), n.value);
  return n;
}

/// A year of `period`.
std::optional<int> Year(const Fields& f, const std::string& key) {
  std::optional<long> year = f.Integer(key, true);
  if (!year) return std::nullopt;
  if (*year >= 1900 && *year <= 2200) return static_cast<int>(*year);
  f.diag()->Error(f.file().path(), f.PositionOf(key),
                  "`" + key + "` is " + std::to_string(*year) + ": write a year, like 2026");
  return std::nullopt;
}

void ParsePeriod(const Fields& f, Strategy* out) {
  const YamlNode& node = f.Node("period");
  out->period_pos = f.PositionOf("period");
  if (!node.IsDefined() || node.IsNull()) {
    f.diag()->Error(f.file().path(), f.Start(),
                    "missing required key `period`: the years the strategy covers, like "
                    "`period: {from: 2026, to: 2028}`");
    return;
  }
  Fields pf(f.file(), node, f.diag());
  if (!pf.IsMap("`period`")) return;
  pf.CheckKeys({"from", "to"});
  out->from = Year(pf, "from");
  out->to = Year(pf, "to");
  out->to_pos = pf.PositionOf("to");
}

void ParseSwot(const Fields& f, Strategy* out) {
  const YamlNode& node = f.Node("swot");
  if (!node.IsDefined() || node.IsNull()) return;
  Fields sf(f.file(), node, f.diag());
  if (!sf.IsMap("`swot`")) return;
  sf.CheckKeys({"strengths", "weaknesses", "opportunities", "threats"});
  Swot& swot = out->swot.emplace();
  auto list = [&sf](const std::string& key, std::vector<std::string>* items) {
    for (auto& [text, pos] : sf.StringList(key, limits::kSummary)) items->push_back(text);
  };
  list("strengths", &swot.strengths);
  list("weaknesses", &swot.weaknesses);
  list("opportunities", &swot.opportunities);
  list("threats", &swot.threats);
}

/// A key of `expectations`: a direction number, 1 or more.
std::optional<int> DirectionKey(const Fields& f, const YamlNode& key) {
  const std::string& text = key.Scalar();
  if (key.IsScalar() && !text.empty() && text.size() <= 4 && text[0] != '0' &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(text);
  f.diag()->Error(f.file().path(), key.pos,
                  "a key of `expectations` is a direction number, like `2`, not `" + text + "`");
  return std::nullopt;
}

void ParseExpectations(const Fields& f, StrategyParticipant* out) {
  const YamlNode& node = f.Node("expectations");
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsMap()) {
    f.diag()->Error(f.file().path(), node.pos,
                    "`expectations` must map each direction number to a text, like "
                    "`expectations: {2: \"…\"}`");
    return;
  }
  for (const YamlEntry& e : node.entries) {
    std::optional<int> direction = DirectionKey(f, e.first);
    if (!e.second.IsScalar()) {
      f.diag()->Error(f.file().path(), e.second.pos, "an expectation must be text");
    } else if (direction && f.Fits(e.second, "an expectation", limits::kMission)) {
      out->expectations.push_back({*direction, e.first.pos, e.second.Scalar()});
    }
  }
}

StrategyParticipant ParseParticipant(const Fields& f) {
  f.CheckKeys({"name", "activities", "expectations"});
  StrategyParticipant p;
  p.name = {f.Text("name", limits::kName, true).value_or(""), f.PositionOf("name")};
  p.activities = f.Text("activities", limits::kMission).value_or("");
  ParseExpectations(f, &p);
  return p;
}

StrategyMember ParseDirectionMember(const Fields& f) {
  f.CheckKeys({"name", "role", "benefit"});
  StrategyMember m;
  m.name = {f.Text("name", limits::kName, true).value_or(""), f.PositionOf("name")};
  m.role = f.Text("role", limits::kSummary).value_or("");
  m.benefit = f.Text("benefit", limits::kSummary).value_or("");
  return m;
}

StrategyResult ParseResult(const Fields& f) {
  f.CheckKeys({"indicator", "unit", "baseline", "target", "actual"});
  StrategyResult r;
  r.pos = f.Start();
  r.indicator = f.Text("indicator", limits::kTitle, true).value_or("");
  r.unit = f.Text("unit", limits::kLabel, true).value_or("");
  r.baseline = NumberAt(f, "baseline", true);
  r.target = NumberAt(f, "target", true);
  r.actual = NumberAt(f, "actual", false);
  return r;
}

StrategyDirection ParseDirection(const Fields& f) {
  f.CheckKeys({"number", "title", "rationale", "tasks", "members", "results"});
  StrategyDirection d;
  d.pos = f.Start();
  d.number_pos = f.PositionOf("number");
  if (std::optional<long> n = f.Integer("number", true)) {
    if (*n >= 1 && *n <= 99) {
      d.number = static_cast<int>(*n);
    } else {
      f.diag()->Error(f.file().path(), d.number_pos,
                      "`number` is " + std::to_string(*n) +
                          ": directions are numbered from 1 to 99 (1–7 the programme's, 8 and "
                          "up the cluster's own)");
    }
  }
  d.title = f.Text("title", limits::kTitle).value_or("");
  d.rationale = f.String("rationale").value_or("");
  for (auto& [task, pos] : f.StringList("tasks", limits::kSummary)) d.tasks.push_back(task);
  EachMap(f, "members", "direction member",
          [&d](const Fields& mf) { d.members.push_back(ParseDirectionMember(mf)); });
  EachMap(f, "results", "result", [&d](const Fields& rf) { d.results.push_back(ParseResult(rf)); });
  return d;
}

}  // namespace

void ParseStrategyYaml(const SourceFile& file, Diagnostics* diag, Strategy* out) {
  out->yaml_path = file.path;
  YamlFile yaml;
  if (!YamlFile::Parse(file.path, file.text, 1, diag, &yaml)) return;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("strategy.yaml")) return;
  f.CheckKeys({"period", "visibility", "swot", "participants", "directions"});
  ParsePeriod(f, out);
  out->visibility = ParseVisibility(f, Audience::kMembers);
  ParseSwot(f, out);
  EachMap(f, "participants", "participant",
          [out](const Fields& pf) { out->participants.push_back(ParseParticipant(pf)); });
  EachMap(f, "directions", "direction",
          [out](const Fields& df) { out->directions.push_back(ParseDirection(df)); });
}

void ParseStrategy(const StrategyFiles& files, Diagnostics* diag, Strategy* out) {
  out->dir = files.dir;
  if (files.yaml) {
    ParseStrategyYaml(*files.yaml, diag, out);
  } else {
    diag->Error(files.dir, {},
                "missing strategy.yaml: a strategy/ folder needs one, with at least its "
                "`period`, like `period: {from: 2026, to: 2028}`");
  }
  for (const SourceFile& file : files.sections) {
    StrategySection s{Stem(file.rel), file.path, file.rel, {}};
    if (ParseProse(file, diag, &s.prose)) out->sections.push_back(std::move(s));
  }
}

}  // namespace clustersite
