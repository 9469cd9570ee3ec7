// Services, stories, roadmaps, events and news: Markdown files with YAML front matter.

#include "core/text.h"
#include "load/front_matter.h"
#include "model/limits.h"
#include "model/parse.h"
#include "model/parse_values.h"
#include "model/placeholders.h"

namespace clustersite {
namespace {

/// Splits front matter and parses it; the YAML root must be a mapping.
bool ParseFrontMatter(const SourceFile& file, bool required, Diagnostics* diag, SplitDocument* doc,
                      YamlFile* yaml) {
  std::string err;
  Position pos;
  if (!SplitFrontMatter(file.text, doc, &err, &pos)) {
    diag->Error(file.path, pos, err);
    return false;
  }
  if (!doc->has_front_matter) {
    if (required) {
      diag->Error(file.path, {1, 1},
                  "missing front matter: start the file with a `---` line, the YAML fields, "
                  "and another `---` line");
    }
    return false;
  }
  return YamlFile::Parse(file.path, doc->yaml, doc->yaml_line, diag, yaml);
}

/// The `steps` of a roadmap: a list of at least one step.
void ParseSteps(const Fields& f, std::vector<Step>* out) {
  const YamlFile& yaml = f.file();
  const YamlNode& steps = f.Node("steps");
  if (!steps.IsDefined() || steps.IsNull()) {
    f.diag()->Error(yaml.path(), f.Start(), "missing required key `steps`");
    return;
  }
  if (!steps.IsSequence() || steps.size() == 0) {
    f.diag()->Error(yaml.path(), yaml.PositionOf(steps), "`steps` must be a list of steps");
    return;
  }
  for (const auto& node : steps.items) {
    Fields s(yaml, node, f.diag());
    if (!s.IsMap("a step")) continue;
    s.CheckKeys({"who", "title", "when", "text"});
    Step step;
    step.who = ParseOneOf(s, "who", StepWho::kBoth, StepWho::kBoth, true);
    step.title = s.Text("title", limits::kTitle, true).value_or("");
    step.when = s.Text("when", limits::kLabel).value_or("");
    step.when_date = ParseDate(step.when);
    // Free text may say "pirmā nedēļa"; a date that does not exist is a typo.
    if (std::string impossible = ImpossibleDate(step.when); !impossible.empty())
      f.diag()->Error(yaml.path(), s.PositionOf("when"), "`when`: " + impossible);
    step.text = s.String("text").value_or("");
    out->push_back(std::move(step));
  }
}

/// Parses the page `file`: front matter whose keys must be among `keys`;
/// the fields every page has (slug, paths, title, draft, the placeholders
/// still in it); its own fields, by `read`; its body. False when the front matter is missing or is
/// not a mapping.
template <typename T>
bool ParsePageFile(const SourceFile& file, const std::vector<std::string>& keys,
                   void (*read)(const Fields&, T*), Diagnostics* diag, T* out) {
  SplitDocument doc;
  YamlFile yaml;
  if (!ParseFrontMatter(file, true, diag, &doc, &yaml)) return false;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("front matter")) return false;
  f.CheckKeys(keys);
  out->slug = Stem(file.rel);
  out->path = file.path;
  out->rel = file.rel;
  out->title = f.Text("title", limits::kTitle, true).value_or(out->slug);
  out->draft = f.Flag("draft", false, true);
  out->placeholders = FindPlaceholders(file.text, doc.body_line);
  read(f, out);
  out->body = {std::move(doc.body), doc.body_line};
  return true;
}

void ReadService(const Fields& f, Service* out) {
  out->summary = f.Text("summary", limits::kSummary, true).value_or("");
  out->category = f.Text("category", limits::kLabel, true).value_or("");
  out->category_pos = f.PositionOf("category");
  out->uses_last_year = f.Integer("uses_last_year").value_or(0);
  out->uses_last_year_written = f.Has("uses_last_year");
  out->uses_last_year_pos = f.PositionOf("uses_last_year");
  out->uses = out->uses_last_year;
  for (auto& [a, pos] : f.StringList("audience", limits::kLabel)) {
    if (auto audience = OneOf<ServiceAudience>(f, "audience", a))
      out->audience.push_back(*audience);
  }
  out->contact = ParseContact(f, "contact", true);
  if (auto r = f.Text("roadmap", limits::kSlug))
    out->roadmap = Located{*r, f.PositionOf("roadmap")};
  out->visibility = ParseVisibility(f, Audience::kPublic);
}

void ReadStory(const Fields& f, Story* out) {
  out->company = f.Text("company", limits::kName, true).value_or("");
  out->company_pos = f.PositionOf("company");
  out->summary = f.Text("summary", limits::kSummary).value_or("");
  for (auto& [s, pos] : f.StringList("services", limits::kSlug)) out->services.push_back({s, pos});
  out->date = f.DateValue("date", true).value_or(Date{});
  const YamlNode& consent = f.Node("consent");
  out->consent_written = consent.IsDefined();
  out->consent_empty = consent.IsNull() || (consent.IsScalar() && Trim(consent.Scalar()).empty());
  out->consent_pos = f.PositionOf("consent");
  if (!out->consent_empty) out->consent = f.DateValue("consent");
  out->visibility = ParseVisibility(f, Audience::kMembers);
}

void ReadRoadmap(const Fields& f, Roadmap* out) {
  out->kind = ParseOneOf(f, "for", RoadmapFor::kNew, RoadmapFor::kNew, true);
  if (auto s = f.Text("service", limits::kSlug))
    out->service = Located{*s, f.PositionOf("service")};
  if (out->kind == RoadmapFor::kService && !out->service) {
    f.diag()->Error(f.file().path(), f.PositionOf("for"),
                    "a roadmap `for: service` must name its `service`");
  }
  ParseSteps(f, &out->steps);
}

/// `key` (`start` or `end`), a wall-clock time written YYYY-MM-DDTHH:MM,
/// required.
std::optional<DateTime> ParseEventTime(const Fields& f, const std::string& key) {
  std::optional<std::string> text = f.String(key, true);
  if (!text) return std::nullopt;
  if (std::optional<DateTime> t = ParseDateTime(*text)) return t;
  std::string impossible = ImpossibleDate(text->substr(0, 10));
  f.diag()->Error(f.file().path(), f.PositionOf(key),
                  "`" + key + "` is `" + *text + "`: " +
                      (impossible.empty() ? "write the local time as YYYY-MM-DDTHH:MM, like "
                                            "2026-12-10T08:30"
                                          : impossible));
  return std::nullopt;
}

void ReadEvent(const Fields& f, Event* out) {
  std::optional<DateTime> start = ParseEventTime(f, "start");
  std::optional<DateTime> end = ParseEventTime(f, "end");
  out->start = start.value_or(DateTime{});
  out->end = end.value_or(DateTime{});
  out->start_pos = f.PositionOf("start");
  out->end_pos = f.PositionOf("end");
  out->times_read = start && end;
  out->location = f.Text("location", limits::kLocation).value_or("");
  if (auto host = f.Text("host", limits::kName)) out->host = Located{*host, f.PositionOf("host")};
  out->kind = ParseOneOf(f, "kind", EventKind::kMeeting, EventKind::kMeeting, true);
  out->new_members_present = f.Flag("new_members_present", false, false);
  for (auto& [s, pos] : f.StringList("services", limits::kSlug)) out->services.push_back({s, pos});
  out->visibility = ParseVisibility(f, Audience::kMembers);
}

void ReadNews(const Fields& f, News* out) {
  out->date = f.DateValue("date", true).value_or(Date{});
  out->date_pos = f.PositionOf("date");
  out->kind = ParseOneOf(f, "kind", NewsKind::kIndustry, NewsKind::kIndustry, true);
  out->source = f.Text("source", limits::kUrl).value_or("");
  out->source_pos = f.PositionOf("source");
  out->digest = f.Flag("digest", false, false);
  out->digest_pos = f.PositionOf("digest");
  out->visibility = ParseVisibility(f, Audience::kMembers);
}

}  // namespace

bool ParseService(const SourceFile& file, Diagnostics* diag, Service* out) {
  return ParsePageFile(file,
                       {"title", "summary", "category", "uses_last_year", "audience", "contact",
                        "roadmap", "visibility", "draft"},
                       ReadService, diag, out);
}

bool ParseStory(const SourceFile& file, Diagnostics* diag, Story* out) {
  return ParsePageFile(
      file, {"title", "company", "summary", "services", "date", "consent", "visibility", "draft"},
      ReadStory, diag, out);
}

bool ParseEvent(const SourceFile& file, Diagnostics* diag, Event* out) {
  return ParsePageFile(file,
                       {"title", "start", "end", "location", "host", "kind", "new_members_present",
                        "services", "visibility", "draft"},
                       ReadEvent, diag, out);
}

bool ParseNews(const SourceFile& file, Diagnostics* diag, News* out) {
  return ParsePageFile(file, {"title", "date", "kind", "source", "digest", "visibility", "draft"},
                       ReadNews, diag, out);
}

bool ParseRoadmap(const SourceFile& file, Diagnostics* diag, Roadmap* out) {
  return ParsePageFile(file, {"title", "for", "service", "steps", "draft"}, ReadRoadmap, diag, out);
}

}  // namespace clustersite
