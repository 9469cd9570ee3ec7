#include "validate/validate.h"

#include <map>
#include <set>

#include "core/names.h"
#include "core/parallel.h"
#include "core/text.h"
#include "core/unicode.h"
#include "core/url.h"
#include "model/limits.h"
#include "validate/event_rules.h"
#include "validate/feedback_rules.h"
#include "validate/news_rules.h"
#include "validate/references.h"
#include "validate/strategy_rules.h"

namespace clustersite {
namespace {

void CheckVision(const Cluster& c, Diagnostics* diag) {
  if (c.vision.empty()) return;  // reported as missing when parsed
  size_t n = CountCharacters(c.vision);
  if (n > limits::kVision) {
    diag->Error(c.yaml_path, c.vision_pos,
                "the vision is " + Thousands(n) + " characters; it must fit in " +
                    Thousands(limits::kVision));
  }
}

/// Two sources that would be written to one URL, also when they differ only
/// in case or Unicode normal form.
template <typename T>
void CheckCollisions(const std::vector<T>& items, Diagnostics* diag) {
  std::map<std::string, const T*> seen;
  for (const T& item : items) {
    auto [it, fresh] = seen.emplace(FoldKey(item.slug), &item);
    if (!fresh) {
      diag->Error(item.path, {},
                  "maps to the same URL as " + it->second->path + "; rename one of them");
    }
  }
}

bool IsHexColor(const std::string& s) {
  if (s.size() != 7 || s[0] != '#') return false;
  for (size_t i = 1; i < 7; ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

void CheckUrl(Diagnostics* diag, const std::string& path, Position pos, const std::string& key,
              const std::string& url) {
  if (url.empty()) return;
  if (!IsSafeUrl(url, false) || !(StartsWith(url, "https://") || StartsWith(url, "http://"))) {
    diag->Error(path, pos,
                "`" + key + "` must be an http:// or https:// address, not `" + url + "`");
  }
}

void CheckBaseUrl(Diagnostics* diag, const std::string& path, Position pos,
                  const std::string& url) {
  std::string problem = url.empty() ? "" : BaseUrlProblem(url);
  if (!problem.empty()) diag->Error(path, pos, "`base_url` " + problem);
}

void CheckInvisible(Diagnostics* diag, const std::string& path, const std::string& text,
                    const std::string& what) {
  if (HasInvisibleControls(text)) {
    diag->Warning(path, {1, 1},
                  what + " contains invisible bidirectional or zero-width characters");
  }
}

/// What is wrong with the logo of `c`, "" when it is a file of this
/// cluster's media/ folder that passes the media check.
std::string LogoProblem(const Cluster& c, const MediaReader& read_media) {
  auto rel = ResolveInTree(c.slug, c.logo->value);
  bool in_media = false;
  for (const std::string& m : c.media) in_media = in_media || (rel && m == *rel);
  if (!rel || !StartsWith(*rel, c.slug + "/media/"))
    return "`logo` must be a file in this cluster's media/ folder, like `media/logo.svg`";
  if (!in_media) return "`logo` file `" + c.logo->value + "` does not exist";
  std::string bytes, problem = CheckMediaFile(*rel, read_media, &bytes);
  return problem.empty() ? "" : "`" + c.logo->value + "` " + problem;
}

void CheckLogo(const Cluster& c, const MediaReader& read_media, Diagnostics* diag) {
  if (!c.logo) return;
  std::string problem = LogoProblem(c, read_media);
  if (!problem.empty()) diag->Error(c.yaml_path, c.logo->pos, problem);
}

/// The fields of cluster.yaml that no other file refers to.
void CheckClusterYaml(const Cluster& c, const MediaReader& read_media, Diagnostics* diag) {
  CheckVision(c, diag);
  if (!c.brand_color.empty() && !IsHexColor(c.brand_color)) {
    diag->Error(c.yaml_path, c.brand_color_pos,
                "`brand_color` must be a colour written #rrggbb, not `" + c.brand_color + "`");
  }
  CheckBaseUrl(diag, c.yaml_path, c.base_url_pos, c.base_url);
  CheckLogo(c, read_media, diag);
  CheckInvisible(diag, c.yaml_path, c.name, "`name`");
}

void CheckServices(const Cluster& c, Names* roadmaps, Diagnostics* diag) {
  Names categories;
  for (const auto& [key, name] : c.categories) categories.set.insert(key);
  for (const Service& s : c.services) {
    if (!c.categories.empty() && !s.category.empty())
      UnknownRef(diag, s.path, {s.category, s.category_pos}, "category", &categories);
    if (s.roadmap) UnknownRef(diag, s.path, *s.roadmap, "roadmap", roadmaps);
    CheckInvisible(diag, s.path, s.title, "`title`");
  }
}

/// A member's interests name service categories: the keys of `categories`
/// and those the services use. An interest may name a category before any
/// service has it, so one that names none is a warning, not an error.
void CheckInterests(const Cluster& c, Diagnostics* diag) {
  Names categories;
  for (const auto& [key, name] : c.categories) categories.set.insert(key);
  for (const Service& s : c.services) categories.set.insert(s.category);
  categories.set.erase("");
  for (const Member& m : c.members) {
    for (size_t i = 0; i < m.interests.size() && i < m.interests_pos.size(); ++i) {
      const std::string& interest = m.interests[i];
      if (categories.set.count(interest)) continue;
      std::string hint = DidYouMean(interest, categories.List());
      diag->Warning(
          c.members_path, m.interests_pos[i],
          "interest `" + interest + "` is no service category of this cluster" +
              (hint.empty() ? "; it matches no service until one has `category: " + interest + "`"
                            : "; did you mean `" + hint + "`?"));
    }
  }
}

/// With a members.yaml, a story's company is one of its members or partners,
/// written as there (case and Unicode form aside). Until the story has a
/// consent date it is published nowhere (as `new` writes it, with a
/// placeholder company), so then the same is a warning.
void CheckCompany(const Cluster& c, const Story& s, const MemberNames& members, Diagnostics* diag) {
  if (!c.members_read || s.company.empty()) return;
  if (members.keys.count(FoldKey(s.company)) > 0) return;
  std::string hint = DidYouMeanNames(s.company, members.names);
  diag->Add({s.path,
             s.company_pos,
             s.consent ? Severity::kError : Severity::kWarning,
             "company `" + s.company + "` is no member or partner in " + c.members_path +
                 (hint.empty() ? "; add it there, or write its name as members.yaml does" : hint),
             {}});
}

void CheckStories(const Cluster& c, Names* services, const MemberNames& members,
                  Diagnostics* diag) {
  for (const Story& s : c.stories) {
    for (const Located& ref : s.services) UnknownRef(diag, s.path, ref, "service", services);
    CheckCompany(c, s, members, diag);
    CheckInvisible(diag, s.path, s.title, "`title`");
    if (!s.consent_written) {
      diag->Warning(s.path, {},
                    "no `consent` date: the story is published in neither audience "
                    "until the company's consent is recorded");
    } else if (s.consent_empty) {
      diag->Warning(s.path, s.consent_pos,
                    "`consent` is empty: write the date the company allowed publication, "
                    "as YYYY-MM-DD; until then the story is published in neither audience");
    }
  }
}

/// The placeholders `new` wrote that are still in a file about to be
/// published: an error at each. A draft may hold them.
void CheckPlaceholders(const std::string& path, bool draft, const std::vector<Placeholder>& found,
                       Diagnostics* diag) {
  if (draft) return;
  for (const Placeholder& p : found) {
    diag->Error(path, p.pos,
                "`" + p.text +
                    "` is placeholder text from `clustersite new`, and this file is published; "
                    "write the real text in its place, or keep the file unpublished with "
                    "`draft: true`");
  }
}

template <typename T>
void CheckPagePlaceholders(const std::vector<T>& pages, Diagnostics* diag) {
  for (const T& page : pages) CheckPlaceholders(page.path, page.draft, page.placeholders, diag);
}

}  // namespace

void ValidateCluster(const Cluster& c, const MediaReader& read_media, Diagnostics* diag) {
  CheckClusterYaml(c, read_media, diag);
  Names services = Slugs(c.services, c.unreadable_services);
  Names roadmaps = Slugs(c.roadmaps, c.unreadable_roadmaps);
  CheckServices(c, &roadmaps, diag);
  CheckInterests(c, diag);
  for (const Member& m : c.members)
    CheckUrl(diag, c.members_path, m.website_pos, "website", m.website);
  // The members' names folded once for every reference to one.
  const MemberNames members(c);
  CheckStories(c, &services, members, diag);
  CheckFeedback(c, &services, diag);
  CheckEvents(c, &services, members, diag);
  for (const Event& e : c.events) CheckInvisible(diag, e.path, e.title, "`title`");
  CheckNews(c, diag);
  for (const News& n : c.news) {
    CheckUrl(diag, n.path, n.source_pos, "source", n.source);
    CheckInvisible(diag, n.path, n.title, "`title`");
  }
  CheckStrategy(c, members, diag);
  CheckMemberSlugs(c, diag);
  for (const Roadmap& r : c.roadmaps) {
    if (r.service) UnknownRef(diag, r.path, *r.service, "service", &services);
    CheckInvisible(diag, r.path, r.title, "`title`");
  }
  CheckCollisions(c.services, diag);
  CheckCollisions(c.stories, diag);
  CheckCollisions(c.roadmaps, diag);
  CheckCollisions(c.events, diag);
  CheckCollisions(c.news, diag);
  // Nothing of a draft cluster is published, so it may hold placeholders anywhere.
  if (c.draft) return;
  CheckPlaceholders(c.yaml_path, false, c.placeholders, diag);
  CheckPlaceholders(c.about_path, c.about_draft, c.about_placeholders, diag);
  CheckPagePlaceholders(c.services, diag);
  // A story without its consent date is published nowhere yet either.
  for (const Story& s : c.stories)
    CheckPlaceholders(s.path, s.draft || !s.consent, s.placeholders, diag);
  CheckPagePlaceholders(c.roadmaps, diag);
  CheckPagePlaceholders(c.events, diag);
  CheckPagePlaceholders(c.news, diag);
  if (c.strategy) {
    for (const StrategySection& s : c.strategy->sections)
      CheckPlaceholders(s.path, s.prose.draft, s.prose.placeholders, diag);
  }
}

void DropRefusedLogos(Portal* portal, const MediaReader& read_media) {
  for (Cluster& c : portal->clusters) {
    if (c.logo && !LogoProblem(c, read_media).empty()) c.logo.reset();
  }
}

void Validate(const Portal& portal, const MediaReader& read_media, int jobs, Diagnostics* diag) {
  CheckBaseUrl(diag, portal.path, portal.base_url_pos, portal.base_url);
  std::map<std::string, const Cluster*> seen;
  for (const Cluster& c : portal.clusters) {
    auto [it, fresh] = seen.emplace(FoldKey(c.slug), &c);
    if (!fresh) {
      diag->Error(c.dir, {}, "maps to the same URL as " + it->second->dir + "; rename one of them");
    }
  }
  // Each cluster's rules read only that cluster: the clusters are checked
  // side by side (problems are sorted when they are shown).
  ParallelFor(portal.clusters.size(), jobs,
              [&](size_t i) { ValidateCluster(portal.clusters[i], read_media, diag); });
}

}  // namespace clustersite
