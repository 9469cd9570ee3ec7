#include "scaffold/scaffold.h"

#include <algorithm>
#include <kainjow/mustache.hpp>
#include <string>
#include <string_view>

#include "core/names.h"
#include "core/text.h"
#include "model/strategy_template.h"
#include "site/load_site.h"
#include "write/output.h"

namespace clustersite {
namespace {

/// "tirdzniecibas-misija" → "Tirdzniecibas misija": a title to start from.
std::string TitleOf(const std::string& slug) {
  std::string title = slug;
  for (char& c : title) c = c == '-' ? ' ' : c;
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = title[0] - 'a' + 'A';
  return title;
}

const char* KindName(NewKind kind) {
  switch (kind) {
    case NewKind::kCluster:
      return "cluster";
    case NewKind::kService:
      return "service";
    case NewKind::kStory:
      return "story";
    case NewKind::kRoadmap:
      return "roadmap";
    case NewKind::kEvent:
      return "event";
    case NewKind::kNews:
      return "news";
    case NewKind::kStrategy:
      return "strategy";
  }
  return "";
}

/// The cluster folders of `content`.
std::vector<std::string> ClusterFolders(const FileSystem& fs, const std::string& content) {
  std::vector<std::string> out;
  for (const DirEntry& e : fs.List(content).value_or(std::vector<DirEntry>{})) {
    if (e.kind == EntryKind::kDirectory && !StartsWith(e.name, ".")) out.push_back(e.name);
  }
  return out;
}

/// The fields of an archetype that depend on the cluster it goes in.
void ClusterData(const Cluster& c, NewKind kind, kainjow::mustache::data* d) {
  std::string category = "general";
  if (!c.categories.empty()) {
    category = c.categories.begin()->first;
  } else if (!c.services.empty() && !c.services.front().category.empty()) {
    category = c.services.front().category;
  }
  d->set("category", category);
  if (c.communication.next_meeting) d->set("next_meeting", c.communication.next_meeting->Iso());
  if (kind != NewKind::kRoadmap) return;
  // The member roadmaps first (new, active, reactivate), then one per service.
  bool has[3] = {false, false, false};
  for (const Roadmap& r : c.roadmaps) {
    if (r.kind != RoadmapFor::kService) has[static_cast<int>(r.kind)] = true;
  }
  const char* kinds[3] = {"new", "active", "reactivate"};
  for (int i = 0; i < 3; ++i) {
    if (has[i]) continue;
    d->set("for", kinds[i]);
    d->set("new", i == 0);
    return;
  }
  if (c.services.empty()) {
    d->set("for", "new");
    d->set("new", true);
    return;
  }
  const Service* pick = &c.services.front();
  for (const Service& s : c.services) {
    bool has_roadmap = false;
    for (const Roadmap& r : c.roadmaps)
      has_roadmap = has_roadmap || (r.service && r.service->value == s.slug);
    if (!has_roadmap) {
      pick = &s;
      break;
    }
  }
  d->set("for", "service");
  d->set("service", pick->slug);
}

/// Renders archetype `kind.ext`, else `kind.language.ext`; false with an
/// error when the theme has neither.
bool Archetype(const Theme& theme, const std::string& kind, const std::string& ext,
               const std::string& language, const kainjow::mustache::data& data,
               const std::string& shown, Diagnostics* diag, std::string* out) {
  // The default theme has one archetype per language; a theme folder's
  // archetype without a language replaces them all.
  const std::string* text = theme.File("archetypes/" + kind + "." + ext);
  if (!text) text = theme.File("archetypes/" + kind + "." + language + "." + ext);
  if (!text) {
    diag->Error(shown, {}, "the theme has no archetype `archetypes/" + kind + "." + ext + "`");
    return false;
  }
  kainjow::mustache::mustache tmpl(*text);
  if (!tmpl.is_valid()) {
    diag->Error(shown, {}, "archetype `" + kind + "." + ext + "`: " + tmpl.error_message());
    return false;
  }
  *out = tmpl.render(data);
  return true;
}

}  // namespace

namespace {

/// Refuses to write over anything: a file, a folder or a link.
bool Free(const FileSystem& fs, const std::string& path, Diagnostics* diag) {
  if (!fs.Kind(path)) return true;
  diag->Error(path, {}, "exists already; `clustersite new` never writes over a file");
  return false;
}

/// The cluster `r.cluster` of `site`, as loaded (its problems are for
/// `check`); false with an error naming close folders when there is none.
bool TakeCluster(const FileSystem& fs, const NewRequest& r, Site* site, Diagnostics* diag,
                 Cluster* out) {
  std::vector<std::string> folders = ClusterFolders(fs, r.content);
  if (std::find(folders.begin(), folders.end(), r.cluster) == folders.end()) {
    diag->Error(r.content, {},
                "no cluster `" + r.cluster + "` in this content folder" +
                    DidYouMeanNames(r.cluster, folders));
    return false;
  }
  if (!site->portal.clusters.empty()) *out = std::move(site->portal.clusters.front());
  return true;
}

/// The files of a new cluster: cluster.yaml and about.md, in the cluster's
/// language; relative to the content folder, with their text.
bool NewClusterFiles(const FileSystem& fs, const NewRequest& request, const Site& site,
                     const kainjow::mustache::data& data, Diagnostics* diag,
                     std::vector<std::pair<std::string, std::string>>* files) {
  std::string language = request.language.empty() ? Name(site.portal.language) : request.language;
  std::string dir = JoinPath(request.content, request.slug);
  if (!Free(fs, dir, diag)) return false;
  std::string text;
  for (const char* name : {"cluster", "about"}) {
    const char* ext = std::string_view(name) == "cluster" ? "yaml" : "md";
    if (!Archetype(site.theme, name, ext, language, data, dir, diag, &text)) return false;
    files->emplace_back(JoinPath(request.slug, std::string(name) + "." + ext), text);
  }
  return true;
}

/// The file of a new service, story, roadmap, event or news item in its
/// cluster's folder.
bool PageFile(const FileSystem& fs, const NewRequest& request, Site* site,
              kainjow::mustache::data* data, Diagnostics* diag,
              std::vector<std::pair<std::string, std::string>>* files) {
  Cluster cluster;
  if (!TakeCluster(fs, request, site, diag, &cluster)) return false;
  ClusterData(cluster, request.kind, data);
  const std::string kind = KindName(request.kind);
  std::string folder = kind == "story" ? "stories" : kind == "news" ? kind : kind + "s";
  std::string rel = JoinPath(JoinPath(request.cluster, folder), request.slug + ".md");
  std::string path = JoinPath(request.content, rel);
  if (!Free(fs, path, diag)) return false;
  std::string text;
  if (!Archetype(site->theme, kind, "md", Name(cluster.language), *data, path, diag, &text)) {
    return false;
  }
  files->emplace_back(rel, text);
  return true;
}

/// The files of a new strategy/ in its cluster's folder: strategy.yaml and
/// a skeleton of every section the template has a file for.
bool NewStrategyFiles(const FileSystem& fs, const NewRequest& request, Site* site,
                      kainjow::mustache::data* data, Diagnostics* diag,
                      std::vector<std::pair<std::string, std::string>>* files) {
  Cluster cluster;
  if (!TakeCluster(fs, request, site, diag, &cluster)) return false;
  const std::string rel = JoinPath(request.cluster, "strategy");
  const std::string dir = JoinPath(request.content, rel);
  if (!Free(fs, dir, diag)) return false;
  const std::string language = Name(cluster.language);
  data->set("from", std::to_string(cluster.as_of.year));
  data->set("to", std::to_string(cluster.as_of.year + 2));
  std::string text;
  if (!Archetype(site->theme, "strategy", "yaml", language, *data, dir, diag, &text)) return false;
  files->emplace_back(JoinPath(rel, "strategy.yaml"), text);
  for (const TemplateSection& t : TemplateSections()) {
    if (t.source != SectionSource::kFile) continue;
    const std::string number(t.number);
    data->set("number", number);
    data->set("title", TemplateTitle(*ParseSectionNumber(number), cluster.language));
    if (!Archetype(site->theme, "strategy-section", "md", language, *data, dir, diag, &text)) {
      return false;
    }
    files->emplace_back(JoinPath(rel, number + ".md"), text);
  }
  return true;
}

/// Checks the request's content folder and slug, and creates the folder
/// when the first cluster starts it; false, with an error, when `new`
/// cannot go on.
bool ReadyContentFolder(const FileSystem& fs, const NewRequest& request, Diagnostics* diag,
                        std::vector<std::string>* written) {
  const std::optional<EntryKind> content = fs.Kind(request.content);
  // The first cluster may start the content folder; a page needs its cluster.
  if (content != EntryKind::kDirectory && (content || request.kind != NewKind::kCluster)) {
    diag->Error(request.content, {},
                content ? "is not a folder; name the content folder with -C FOLDER"
                        : "content folder not found; start it with its first cluster: "
                          "`clustersite new cluster SLUG -C " +
                              request.content + "`");
    return false;
  }
  if (request.kind != NewKind::kStrategy && !IsValidSlug(request.slug)) {
    diag->Error(request.content, {},
                "`" + request.slug +
                    "` is not a valid slug; use lowercase ASCII letters, digits and hyphens, "
                    "starting with a letter or digit");
    return false;
  }
  if (request.kind == NewKind::kCluster) {
    if (std::string reserved = ReservedClusterSlug(request.slug); !reserved.empty()) {
      diag->Error(request.content, {}, reserved + "; choose another slug");
      return false;
    }
  }
  if (!content) {
    std::string err;
    if (!CreateFolders(request.content, &err)) {
      diag->Error(request.content, {}, "cannot create the content folder: " + err);
      return false;
    }
    written->push_back(request.content + "/");
  }
  return true;
}

}  // namespace

bool NewContent(const FileSystem& fs, const NewRequest& request, Diagnostics* diag,
                std::vector<std::string>* written) {
  if (!ReadyContentFolder(fs, request, diag, written)) return false;
  // portal.yaml's settings (language, theme), the theme and the cluster a
  // page goes in; the content's problems are for `check` to report.
  SiteOptions load;
  load.content = request.content;
  load.theme = request.theme;
  load.portal_only = request.kind == NewKind::kCluster;
  load.cluster = request.cluster;
  load.check_content = false;
  load.as_of = request.as_of;
  load.drafts = true;  // a page may go into a cluster that is still a draft
  Site site;
  if (!LoadSite(fs, load, diag, &site)) return false;

  kainjow::mustache::data data;
  data.set("slug", request.slug);
  data.set("title", TitleOf(request.slug));
  data.set("name", TitleOf(request.slug));
  const Date today =
      site.portal.clusters.empty() ? site.portal.as_of : site.portal.clusters.front().as_of;
  data.set("date", today.Iso());
  data.set("year", std::to_string(today.year));
  std::vector<std::pair<std::string, std::string>> files;  // relative to content, text
  bool made = false;
  if (request.kind == NewKind::kCluster) {
    made = NewClusterFiles(fs, request, site, data, diag, &files);
  } else if (request.kind == NewKind::kStrategy) {
    made = NewStrategyFiles(fs, request, &site, &data, diag, &files);
  } else {
    made = PageFile(fs, request, &site, &data, diag, &files);
  }
  if (!made) return false;
  for (const auto& [rel, contents] : files) {
    std::string where, err;
    if (!WriteNewFile(request.content, rel, contents, &where, &err)) {
      diag->Error(where, {}, err);
      return false;
    }
    written->push_back(JoinPath(request.content, rel));
  }
  return true;
}
}  // namespace clustersite
