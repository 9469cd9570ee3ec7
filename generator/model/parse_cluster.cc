// A cluster's own files: cluster.yaml and about.md (members.yaml is in parse_members.cc).

#include <climits>

#include "model/limits.h"
#include "model/parse.h"
#include "model/parse_values.h"
#include "model/placeholders.h"

namespace clustersite {
namespace {

void ParseCommunication(const Fields& f, Communication* out) {
  const YamlNode& comm = f.Node("communication");
  if (!comm.IsDefined() || comm.IsNull()) return;
  Fields cf(f.file(), comm, f.diag());
  if (!cf.IsMap("`communication`")) return;
  cf.CheckKeys({"newsletter", "meetings", "next_meeting"});
  out->newsletter = ParseOneOf(cf, "newsletter", Newsletter::kUnset, Newsletter::kUnset);
  out->meetings = cf.Text("meetings", limits::kMeetings).value_or("");
  out->next_meeting = cf.DateValue("next_meeting");
  out->next_meeting_pos = cf.PositionOf("next_meeting");
}

void ParseCategories(const Fields& f, Cluster* c) {
  const YamlNode& cats = f.Node("categories");
  c->categories_pos = f.PositionOf("categories");
  if (!cats.IsDefined() || cats.IsNull()) return;
  if (!cats.IsMap()) {
    f.diag()->Error(
        f.file().path(), f.file().PositionOf(cats),
        "`categories` must map each category key to its name, like `eksports: Eksports`");
    return;
  }
  for (const auto& kv : cats.entries) {
    if (kv.first.IsScalar() && kv.second.IsScalar() &&
        f.Fits(kv.first, "a key of `categories`", limits::kLabel) &&
        f.Fits(kv.second, "a name of `categories`", limits::kLabel))
      c->categories[kv.first.Scalar()] = kv.second.Scalar();
  }
}

void ParseDirections(const Fields& f, std::vector<Direction>* out) {
  const YamlNode& dirs = f.Node("directions");
  if (!dirs.IsDefined() || dirs.IsNull()) return;
  if (!dirs.IsSequence()) {
    f.diag()->Error(f.file().path(), f.file().PositionOf(dirs), "`directions` must be a list");
    return;
  }
  for (const auto& node : dirs.items) {
    Fields df(f.file(), node, f.diag());
    if (!df.IsMap("a direction")) continue;
    df.CheckKeys({"title", "text"});
    out->push_back(
        {df.Text("title", limits::kTitle, true).value_or(""), df.String("text").value_or("")});
  }
}

/// about.md: Markdown, with front matter only to say `draft`.
void ParseAbout(const SourceFile& file, Diagnostics* diag, Cluster* c) {
  Prose prose;
  if (!ParseProse(file, diag, &prose)) return;
  c->about_draft = prose.draft;
  c->about_placeholders = std::move(prose.placeholders);
  c->about = std::move(prose.body);
  c->about_path = file.path;
  c->about_rel = file.rel;
}

}  // namespace

void ParseClusterYaml(const SourceFile& file, Diagnostics* diag, Cluster* c) {
  c->yaml_path = file.path;
  YamlFile yaml;
  if (!YamlFile::Parse(file.path, file.text, 1, diag, &yaml)) return;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("cluster.yaml")) return;
  f.CheckKeys({"name", "base_url", "vision", "mission", "language", "sectors", "label", "founded",
               "brand_color", "logo", "contact", "communication", "directions", "categories",
               "timezone", "draft", "paginate"});
  c->draft = f.Flag("draft", false, true);
  c->draft_pos = f.PositionOf("draft");
  c->placeholders = FindPlaceholders(file.text, INT_MAX);
  c->name = f.Text("name", limits::kName, true).value_or(c->slug);
  c->base_url = f.Text("base_url", limits::kUrl).value_or("");
  c->base_url_pos = f.PositionOf("base_url");
  c->vision = f.String("vision", true).value_or("");
  c->vision_pos = f.PositionOf("vision");
  c->mission = f.Text("mission", limits::kMission).value_or("");
  c->language = ParseOneOf(f, "language", Language::kLv, Language::kLv);
  for (auto& [s, pos] : f.StringList("sectors", limits::kLabel)) c->sectors.push_back(s);
  c->label = ParseOneOf(f, "label", Label::kNone, Label::kNone);
  c->founded = f.Integer("founded").value_or(0);
  if (auto n = f.Integer("paginate")) {
    if (*n >= 1 && static_cast<size_t>(*n) <= kMaxPageSize) {
      c->paginate = *n;
    } else {
      diag->Error(file.path, f.PositionOf("paginate"),
                  "`paginate` is " + std::to_string(*n) + ": a page of a list holds 1 to " +
                      std::to_string(kMaxPageSize) + " entries; write a number in that range");
    }
  }
  c->brand_color = f.String("brand_color").value_or("");
  c->brand_color_pos = f.PositionOf("brand_color");
  if (auto logo = f.Text("logo", limits::kUrl)) c->logo = Located{*logo, f.PositionOf("logo")};
  if (auto contact = ParseContact(f, "contact", false)) {
    c->contact = *contact;
  } else if (!f.Has("contact")) {
    diag->Error(file.path, f.Start(), "missing required key `contact` (one named person)");
  }
  ParseCommunication(f, &c->communication);
  ParseCategories(f, c);
  ParseDirections(f, &c->directions);
  c->time_zone = ParseTimeZone(f);
}

void ParseClusterFiles(const ClusterFiles& files, Diagnostics* diag, Cluster* c) {
  c->slug = files.slug;
  c->dir = files.dir;
  c->media = files.media;
  if (files.cluster_yaml) ParseClusterYaml(*files.cluster_yaml, diag, c);
  if (files.about) ParseAbout(*files.about, diag, c);
  if (files.members) ParseMembers(*files.members, diag, c);
  if (files.strategy) ParseStrategy(*files.strategy, diag, &c->strategy.emplace());
}

}  // namespace clustersite
