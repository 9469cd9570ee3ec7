#include "model/parse.h"

#include "core/parallel.h"
#include "core/text.h"
#include "load/front_matter.h"
#include "load/fields.h"
#include "model/limits.h"

namespace clustersite {
namespace {

std::string Stem(const std::string& rel) {
  size_t slash = rel.rfind('/');
  std::string name = slash == std::string::npos ? rel : rel.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

/// Checks a value against a closed set, with a hint on a near miss.
bool OneOf(const Fields& f, const std::string& key, const std::string& value,
           const std::vector<std::string>& allowed) {
  for (const std::string& a : allowed) {
    if (a == value) return true;
  }
  std::string hint = DidYouMean(value, allowed);
  f.diag()->Error(f.file().path(), f.PositionOf(key),
                  "`" + key + "` is `" + value + "`; it must be one of " +
                      QuotedList(allowed, "or") +
                      (hint.empty() ? "" : " (did you mean `" + hint + "`?)"));
  return false;
}

/// Visibility fails closed: only an explicit, valid `public` publishes.
Audience ParseVisibility(const Fields& f, Audience fallback) {
  auto v = f.String("visibility");
  if (!v) return fallback;
  if (!OneOf(f, "visibility", *v, {"public", "members"})) return Audience::kMembers;
  return *v == "public" ? Audience::kPublic : Audience::kMembers;
}

std::optional<Contact> ParseContact(const Fields& parent, const std::string& key,
                                    bool name_only_allowed) {
  const YamlNode& n = parent.Node(key);
  if (!n.IsDefined() || n.IsNull()) return std::nullopt;
  Contact c;
  c.pos = parent.file().PositionOf(n);
  if (n.IsScalar() && name_only_allowed) {
    if (parent.Fits(n, "`" + key + "`", limits::kPersonName)) c.name = n.Scalar();
    return c;
  }
  Fields f(parent.file(), n, parent.diag());
  if (!f.IsMap("`" + key + "`")) return std::nullopt;
  f.CheckKeys({"name", "role", "email", "phone"});
  c.name = f.Text("name", limits::kPersonName, true).value_or("");
  c.role = f.Text("role", limits::kLabel).value_or("");
  c.email = f.Text("email", limits::kEmail).value_or("");
  c.phone = f.Text("phone", limits::kPhone).value_or("");
  if (!c.email.empty() && (c.email.find('@') == std::string::npos ||
                           c.email.find_first_of(" <>\"'") != std::string::npos)) {
    f.diag()->Error(f.file().path(), f.PositionOf("email"),
                    "`email` is not an e-mail address: `" + c.email + "`");
    c.email.clear();
  }
  return c;
}

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
}  // namespace

bool ParseService(const SourceFile& file, Diagnostics* diag, Service* out) {
  SplitDocument doc;
  YamlFile yaml;
  if (!ParseFrontMatter(file, true, diag, &doc, &yaml)) return false;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("front matter")) return false;
  f.CheckKeys({"title", "summary", "category", "uses_last_year", "audience", "contact", "roadmap",
               "visibility"});
  out->slug = Stem(file.rel);
  out->path = file.path;
  out->rel = file.rel;
  out->title = f.Text("title", limits::kTitle, true).value_or(out->slug);
  out->summary = f.Text("summary", limits::kSummary, true).value_or("");
  out->category = f.Text("category", limits::kLabel, true).value_or("");
  out->category_pos = f.PositionOf("category");
  out->uses_last_year = f.Integer("uses_last_year").value_or(0);
  for (auto& [a, pos] : f.StringList("audience", limits::kLabel)) {
    if (OneOf(f, "audience", a, {"new", "active", "reactivate"})) out->audience.push_back({a, pos});
  }
  out->contact = ParseContact(f, "contact", true);
  if (auto r = f.Text("roadmap", limits::kSlug))
    out->roadmap = Located{*r, f.PositionOf("roadmap")};
  out->visibility = ParseVisibility(f, Audience::kPublic);
  out->body = {std::move(doc.body), doc.body_line};
  return true;
}

bool ParseStory(const SourceFile& file, Diagnostics* diag, Story* out) {
  SplitDocument doc;
  YamlFile yaml;
  if (!ParseFrontMatter(file, true, diag, &doc, &yaml)) return false;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("front matter")) return false;
  f.CheckKeys({"title", "company", "summary", "services", "date", "consent", "visibility"});
  out->slug = Stem(file.rel);
  out->path = file.path;
  out->rel = file.rel;
  out->title = f.Text("title", limits::kTitle, true).value_or(out->slug);
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
  out->body = {std::move(doc.body), doc.body_line};
  return true;
}

bool ParseRoadmap(const SourceFile& file, Diagnostics* diag, Roadmap* out) {
  SplitDocument doc;
  YamlFile yaml;
  if (!ParseFrontMatter(file, true, diag, &doc, &yaml)) return false;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("front matter")) return false;
  f.CheckKeys({"title", "for", "service", "steps"});
  out->slug = Stem(file.rel);
  out->path = file.path;
  out->rel = file.rel;
  out->title = f.Text("title", limits::kTitle, true).value_or(out->slug);
  std::string kind = f.String("for", true).value_or("new");
  if (OneOf(f, "for", kind, {"new", "active", "reactivate", "service"})) {
    out->kind = kind == "new"          ? RoadmapFor::kNew
                : kind == "active"     ? RoadmapFor::kActive
                : kind == "reactivate" ? RoadmapFor::kReactivate
                                       : RoadmapFor::kService;
  }
  if (auto s = f.Text("service", limits::kSlug))
    out->service = Located{*s, f.PositionOf("service")};
  if (out->kind == RoadmapFor::kService && !out->service) {
    diag->Error(file.path, f.PositionOf("for"), "a roadmap `for: service` must name its `service`");
  }
  const YamlNode& steps = f.Node("steps");
  if (!steps.IsDefined() || steps.IsNull()) {
    diag->Error(file.path, f.Start(), "missing required key `steps`");
  } else if (!steps.IsSequence() || steps.size() == 0) {
    diag->Error(file.path, yaml.PositionOf(steps), "`steps` must be a list of steps");
  } else {
    for (const auto& node : steps.items) {
      Fields s(yaml, node, diag);
      if (!s.IsMap("a step")) continue;
      s.CheckKeys({"who", "title", "when", "text"});
      Step step;
      step.who = s.String("who", true).value_or("both");
      if (!OneOf(s, "who", step.who, {"cluster", "member", "both"})) step.who = "both";
      step.title = s.Text("title", limits::kTitle, true).value_or("");
      step.when = s.Text("when", limits::kLabel).value_or("");
      step.when_date = ParseDate(step.when);
      step.text = s.String("text").value_or("");
      out->steps.push_back(std::move(step));
    }
  }
  out->body = {std::move(doc.body), doc.body_line};
  return true;
}

namespace {

void ParseMembers(const SourceFile& file, Diagnostics* diag, Cluster* c) {
  c->members_path = file.path;
  YamlFile yaml;
  if (!YamlFile::Parse(file.path, file.text, 1, diag, &yaml)) return;
  if (yaml.root().IsNull()) return;
  if (!yaml.root().IsSequence()) {
    diag->Error(file.path, {1, 1}, "members.yaml must be a list of members (`- name: …`)");
    return;
  }
  for (const auto& node : yaml.root().items) {
    Fields f(yaml, node, diag);
    if (!f.IsMap("a member")) continue;
    f.CheckKeys(
        {"name", "kind", "type", "size", "sector", "joined", "website", "interests", "contact"});
    Member m;
    m.pos = f.Start();
    m.name = f.Text("name", limits::kName, true).value_or("");
    m.kind = f.String("kind").value_or("member");
    if (!OneOf(f, "kind", m.kind, {"member", "partner"})) m.kind = "member";
    m.type = f.String("type").value_or("company");
    if (!OneOf(f, "type", m.type, {"company", "research", "education", "public", "ngo"}))
      m.type = "company";
    m.size = f.String("size").value_or("");
    if (!m.size.empty() && !OneOf(f, "size", m.size, {"sme", "large"})) m.size.clear();
    m.sector = f.Text("sector", limits::kLabel, true).value_or("");
    m.joined = f.DateValue("joined");
    m.website = f.Text("website", limits::kUrl).value_or("");
    m.website_pos = f.PositionOf("website");
    for (auto& [i, pos] : f.StringList("interests", limits::kLabel)) m.interests.push_back(i);
    m.contact = ParseContact(f, "contact", false);
    c->members.push_back(std::move(m));
  }
}

void ParseClusterYaml(const SourceFile& file, Diagnostics* diag, Cluster* c) {
  c->yaml_path = file.path;
  YamlFile yaml;
  if (!YamlFile::Parse(file.path, file.text, 1, diag, &yaml)) return;
  Fields f(yaml, yaml.root(), diag);
  if (!f.IsMap("cluster.yaml")) return;
  f.CheckKeys({"name", "base_url", "vision", "mission", "language", "sectors", "label", "founded",
               "brand_color", "logo", "contact", "communication", "directions", "categories"});
  c->name = f.Text("name", limits::kName, true).value_or(c->slug);
  c->base_url = f.Text("base_url", limits::kUrl).value_or("");
  c->base_url_pos = f.PositionOf("base_url");
  c->vision = f.String("vision", true).value_or("");
  c->vision_pos = f.PositionOf("vision");
  c->mission = f.Text("mission", limits::kMission).value_or("");
  c->language = f.String("language").value_or("lv");
  if (!OneOf(f, "language", c->language, {"lv", "en"})) c->language = "lv";
  for (auto& [s, pos] : f.StringList("sectors", limits::kLabel)) c->sectors.push_back(s);
  c->label = f.String("label").value_or("");
  if (!c->label.empty() && !OneOf(f, "label", c->label, {"bronze", "silver", "gold"}))
    c->label.clear();
  c->founded = f.Integer("founded").value_or(0);
  c->brand_color = f.String("brand_color").value_or("");
  c->brand_color_pos = f.PositionOf("brand_color");
  if (auto logo = f.Text("logo", limits::kUrl)) c->logo = Located{*logo, f.PositionOf("logo")};
  if (auto contact = ParseContact(f, "contact", false)) {
    c->contact = *contact;
  } else if (!f.Has("contact")) {
    diag->Error(file.path, f.Start(), "missing required key `contact` (one named person)");
  }
  const YamlNode& comm = f.Node("communication");
  if (comm.IsDefined() && !comm.IsNull()) {
    Fields cf(yaml, comm, diag);
    if (cf.IsMap("`communication`")) {
      cf.CheckKeys({"newsletter", "meetings", "next_meeting"});
      c->communication.newsletter = cf.String("newsletter").value_or("");
      if (!c->communication.newsletter.empty() &&
          !OneOf(cf, "newsletter", c->communication.newsletter, {"weekly", "monthly", "quarterly"}))
        c->communication.newsletter.clear();
      c->communication.meetings = cf.Text("meetings", limits::kMeetings).value_or("");
      c->communication.next_meeting = cf.DateValue("next_meeting");
    }
  }
  const YamlNode& cats = f.Node("categories");
  c->categories_pos = f.PositionOf("categories");
  if (cats.IsDefined() && !cats.IsNull()) {
    if (!cats.IsMap()) {
      diag->Error(file.path, yaml.PositionOf(cats),
                  "`categories` must map each category key to its name, like `eksports: Eksports`");
    } else {
      for (const auto& kv : cats.entries) {
        if (kv.first.IsScalar() && kv.second.IsScalar() &&
            f.Fits(kv.first, "a key of `categories`", limits::kLabel) &&
            f.Fits(kv.second, "a name of `categories`", limits::kLabel))
          c->categories[kv.first.Scalar()] = kv.second.Scalar();
      }
    }
  }
  const YamlNode& dirs = f.Node("directions");
  if (dirs.IsDefined() && !dirs.IsNull()) {
    if (!dirs.IsSequence()) {
      diag->Error(file.path, yaml.PositionOf(dirs), "`directions` must be a list");
    } else {
      for (const auto& node : dirs.items) {
        Fields df(yaml, node, diag);
        if (!df.IsMap("a direction")) continue;
        df.CheckKeys({"title", "text"});
        c->directions.push_back(
            {df.Text("title", limits::kTitle, true).value_or(""), df.String("text").value_or("")});
      }
    }
  }
}

/// cluster.yaml, about.md and members.yaml of one cluster.
void ParseClusterFiles(const ClusterFiles& files, Diagnostics* diag, Cluster* c) {
  c->slug = files.slug;
  c->dir = files.dir;
  c->media = files.media;
  if (files.cluster_yaml) ParseClusterYaml(*files.cluster_yaml, diag, c);
  if (files.about) {
    SplitDocument doc;
    std::string err;
    Position pos;
    if (!SplitFrontMatter(files.about->text, &doc, &err, &pos)) {
      diag->Error(files.about->path, pos, err);
    } else if (doc.has_front_matter) {
      diag->Error(files.about->path, {1, 1},
                  "about.md has no front matter; remove the `---` block");
    } else {
      c->about = Body{std::move(doc.body), doc.body_line};
      c->about_path = files.about->path;
      c->about_rel = files.about->rel;
    }
  }
  if (files.members) ParseMembers(*files.members, diag, c);
}

/// Reads `file` when it was only listed, parses it with `parse`, and lets
/// go of its text. False when it cannot be read or parsed.
template <typename T>
bool ParsePage(const ParseOptions& options, bool (*parse)(const SourceFile&, Diagnostics*, T*),
               SourceFile* file, Diagnostics* diag, T* out) {
  if (!file->read && !(options.fs && ReadSourceFile(*options.fs, options.limits, diag, file)))
    return false;
  bool ok = parse(*file, diag, out);
  std::string().swap(file->text);
  if (ok && options.defer_bodies) {
    std::string().swap(out->body.markdown);
    out->body.deferred = true;
  }
  return ok;
}

}  // namespace

void ParsePortal(ContentTree* tree_ptr, const ParseOptions& options, Diagnostics* diag,
                 Portal* out) {
  ContentTree& tree = *tree_ptr;
  const int jobs = options.jobs;
  if (tree.portal) {
    const SourceFile& file = *tree.portal;
    out->path = file.path;
    YamlFile yaml;
    if (YamlFile::Parse(file.path, file.text, 1, diag, &yaml) && !yaml.root().IsNull()) {
      Fields f(yaml, yaml.root(), diag);
      if (f.IsMap("portal.yaml")) {
        f.CheckKeys({"title", "base_url", "language", "theme"});
        out->title = f.Text("title", limits::kName).value_or("");
        out->base_url = f.Text("base_url", limits::kUrl).value_or("");
        out->base_url_pos = f.PositionOf("base_url");
        out->language = f.String("language").value_or("lv");
        if (!OneOf(f, "language", out->language, {"lv", "en"})) out->language = "lv";
        if (auto theme = f.Text("theme", limits::kUrl)) {
          out->theme_pos = f.PositionOf("theme");
          out->theme = PathInside(*theme);
          if (out->theme.empty()) {
            diag->Error(file.path, out->theme_pos,
                        "`theme` is `" + *theme +
                            "`: a theme named here must be a folder inside the content "
                            "folder, written relative to it without `..` (give a theme "
                            "elsewhere with --theme)");
          }
        }
      }
    }
  }
  // Every file parses on its own, so all of them are spread over the threads;
  // results land in their fixed slots, so the model is the same for any -j.
  const size_t n = tree.clusters.size();
  out->clusters.resize(n);
  std::vector<std::vector<std::optional<Service>>> services(n);
  std::vector<std::vector<std::optional<Story>>> stories(n);
  std::vector<std::vector<std::optional<Roadmap>>> roadmaps(n);
  struct Task {
    size_t cluster;
    char kind;  // 'c'luster files, 's'ervice, 't' story, 'r'oadmap
    size_t index;
  };
  std::vector<Task> tasks;
  for (size_t c = 0; c < n; ++c) {
    const ClusterFiles& files = tree.clusters[c];
    services[c].resize(files.services.size());
    stories[c].resize(files.stories.size());
    roadmaps[c].resize(files.roadmaps.size());
    tasks.push_back({c, 'c', 0});
    for (size_t i = 0; i < files.services.size(); ++i) tasks.push_back({c, 's', i});
    for (size_t i = 0; i < files.stories.size(); ++i) tasks.push_back({c, 't', i});
    for (size_t i = 0; i < files.roadmaps.size(); ++i) tasks.push_back({c, 'r', i});
  }
  ParallelFor(tasks.size(), jobs, [&](size_t t) {
    const Task& task = tasks[t];
    ClusterFiles& files = tree.clusters[task.cluster];
    switch (task.kind) {
      case 'c':
        ParseClusterFiles(files, diag, &out->clusters[task.cluster]);
        break;
      case 's': {
        Service s;
        if (ParsePage(options, ParseService, &files.services[task.index], diag, &s))
          services[task.cluster][task.index] = std::move(s);
        break;
      }
      case 't': {
        Story s;
        if (ParsePage(options, ParseStory, &files.stories[task.index], diag, &s))
          stories[task.cluster][task.index] = std::move(s);
        break;
      }
      case 'r': {
        Roadmap r;
        if (ParsePage(options, ParseRoadmap, &files.roadmaps[task.index], diag, &r))
          roadmaps[task.cluster][task.index] = std::move(r);
        break;
      }
    }
  });
  for (size_t c = 0; c < n; ++c) {
    Cluster& cluster = out->clusters[c];
    const ClusterFiles& files = tree.clusters[c];
    for (size_t i = 0; i < services[c].size(); ++i) {
      if (services[c][i]) {
        cluster.services.push_back(std::move(*services[c][i]));
      } else {
        cluster.unreadable_services.push_back(Stem(files.services[i].rel));
      }
    }
    for (auto& s : stories[c])
      if (s) cluster.stories.push_back(std::move(*s));
    for (size_t i = 0; i < roadmaps[c].size(); ++i) {
      if (roadmaps[c][i]) {
        cluster.roadmaps.push_back(std::move(*roadmaps[c][i]));
      } else {
        cluster.unreadable_roadmaps.push_back(Stem(files.roadmaps[i].rel));
      }
    }
  }
}
}  // namespace clustersite
