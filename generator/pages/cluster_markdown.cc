#include "pages/cluster_markdown.h"

#include <map>
#include <set>

#include "core/parallel.h"
#include "core/stage_clock.h"
#include "core/text.h"
#include "core/url.h"
#include "markdown/markdown.h"
#include "pages/news_views.h"
#include "pages/strategy_views.h"

namespace clustersite {
namespace {

/// A document to render and the page folder its links are relative to.
struct Doc {
  std::string key;
  MarkdownSource src;
  std::string page_dir;
  bool deferred = false;  ///< src.text is still in the file at src.path
};

/// What the links of one cluster's Markdown can reach.
struct LinkTargets {
  std::string prefix;                         ///< "koks/": content paths of this cluster
  std::map<std::string, std::string> pages;   ///< visible content file → page folder
  std::map<std::string, std::string> by_dir;  ///< page folder → content file, every page
  std::set<std::string> hidden;               ///< content files the audience cannot see
  std::set<std::string> media;                ///< content paths of the cluster's media
};

LinkTargets CollectTargets(const ClusterView& view) {
  const Cluster& c = *view.cluster;
  LinkTargets t;
  t.prefix = c.slug + "/";
  for (const Service* s : view.services) t.pages[s->rel] = ServiceDir(*s);
  for (const Story* s : view.stories) t.pages[s->rel] = StoryDir(*s);
  for (const Roadmap* r : view.roadmaps) t.pages[r->rel] = RoadmapDir(*r);
  for (const Event* e : view.events) t.pages[e->rel] = EventDir(*e);
  if (view.about()) t.pages[c.about_rel] = "about/";
  // The files behind the home and the members page stand for them too.
  t.pages[t.prefix + "cluster.yaml"] = "";
  if (!c.members_path.empty()) t.pages[t.prefix + "members.yaml"] = "members/";
  auto any = [&](const std::string& rel, const std::string& dir) {
    t.by_dir[dir] = rel;
    if (!t.pages.count(rel)) t.hidden.insert(rel);
  };
  for (const Service& s : c.services) any(s.rel, ServiceDir(s));
  for (const Story& s : c.stories) any(s.rel, StoryDir(s));
  for (const Roadmap& r : c.roadmaps) any(r.rel, RoadmapDir(r));
  for (const Event& e : c.events) any(e.rel, EventDir(e));
  if (c.about) any(c.about_rel, "about/");
  t.media.insert(c.media.begin(), c.media.end());
  return t;
}

/// The id a link's fragment must reach, percent-decoded; "" for none.
std::string FragmentOf(const std::string& suffix) {
  size_t hash = suffix.find('#');
  if (hash == std::string::npos || hash + 1 == suffix.size()) return "";
  return PercentDecode(suffix.substr(hash + 1)).value_or(suffix.substr(hash + 1));
}

/// Resolves the links of one document shown on the page at `page_dir`.
class DocLinks {
 public:
  DocLinks(const LinkTargets& t, const Doc& doc, ClusterMedia* media,
           std::vector<std::string>* used, std::vector<MarkdownLink>* checks)
      : t_(t),
        doc_(doc),
        root_(UpLevels(doc.page_dir)),
        media_(media),
        used_(used),
        checks_(checks) {}

  LinkTarget operator()(const LinkRequest& req) {
    if (req.path.empty()) {  // a fragment of this very page
      Check(req, doc_.page_dir + "index.html");
      return LinkTarget::Page("");
    }
    if (StartsWith(req.content_rel, t_.prefix)) {
      if (auto it = t_.pages.find(req.content_rel); it != t_.pages.end()) {
        if (!FragmentOf(req.suffix).empty()) Check(req, it->second + "index.html");
        return LinkTarget::Page(root_ + it->second);
      }
      if (t_.hidden.count(req.content_rel)) return LinkTarget::Hidden();
      if (t_.media.count(req.content_rel)) {
        return MediaUrl(req, req.content_rel, root_ + req.content_rel.substr(t_.prefix.size()));
      }
    }
    if (EndsWith(req.path, ".md") || EndsWith(req.path, ".yaml")) return LinkTarget::Missing();
    return OutputUrl(req);
  }

 private:
  /// A link written as a URL of the built site, relative to its page.
  LinkTarget OutputUrl(const LinkRequest& req) {
    auto target = ResolveInTree(doc_.page_dir, req.path);
    if (!target) {
      return LinkTarget::Missing("link to `" + req.path +
                                 "` leaves the cluster's site; link to its pages, or write an "
                                 "https:// URL");
    }
    std::string dir = target->empty() ? "" : *target + "/";
    if (auto it = t_.by_dir.find(dir); it != t_.by_dir.end()) {
      if (t_.hidden.count(it->second)) return LinkTarget::Hidden();
      if (!FragmentOf(req.suffix).empty()) Check(req, dir + "index.html");
      return LinkTarget::Page(root_ + dir);
    }
    if (t_.media.count(t_.prefix + *target))
      return MediaUrl(req, t_.prefix + *target, root_ + *target);
    if (req.image) return LinkTarget::Missing();
    // A list page, the feed, a typo: the finished site decides.
    bool folder = EndsWith(req.path, "/") || target->empty();
    Check(req, folder ? dir + "index.html" : *target);
    return LinkTarget::Page(root_ + (folder ? dir : *target));
  }

  /// A media file of the cluster, published only when it may be (CheckMediaFile).
  LinkTarget MediaUrl(const LinkRequest& req, const std::string& content_rel, std::string url) {
    const std::string& problem = media_->Problem(content_rel);
    if (!problem.empty()) return LinkTarget::Missing("`" + req.path + "` " + problem);
    used_->push_back(content_rel);
    return LinkTarget::Media(std::move(url));
  }

  void Check(const LinkRequest& req, const std::string& target) {
    checks_->push_back(
        {target, FragmentOf(req.suffix), req.path + req.suffix, doc_.src.path, req.where()});
  }

  const LinkTargets& t_;
  const Doc& doc_;
  std::string root_;
  ClusterMedia* media_;
  std::vector<std::string>* used_;
  std::vector<MarkdownLink>* checks_;
};

std::vector<Doc> ClusterDocs(const ClusterView& view) {
  const Cluster& c = *view.cluster;
  std::vector<Doc> docs;
  auto add = [&](std::string key, const std::string& text, const std::string& path,
                 const std::string& rel, int line, std::string page_dir, bool deferred = false) {
    docs.push_back({std::move(key), {text, path, rel, line}, std::move(page_dir), deferred});
  };
  auto add_body = [&](const auto& page, const std::string& page_dir) {
    add(page.rel, page.body.markdown, page.path, page.rel, page.body.first_line, page_dir,
        page.body.deferred);
  };
  for (const Service* s : view.services) add_body(*s, ServiceDir(*s));
  for (const Story* s : view.stories) add_body(*s, StoryDir(*s));
  for (const Event* e : view.events) add_body(*e, EventDir(*e));
  // A news item is shown on the page of the news list that holds it.
  for (size_t i = 0; i < view.news.size(); ++i)
    add_body(*view.news[i], PageDir(kNewsDir, i / view.cluster->paginate + 1));
  for (const Roadmap* r : view.roadmaps) {
    add_body(*r, RoadmapDir(*r));
    for (size_t i = 0; i < r->steps.size(); ++i) {
      add(r->rel + "#step" + std::to_string(i + 1), r->steps[i].text, r->path, r->rel, 1,
          RoadmapDir(*r));
    }
  }
  if (const Body* about = view.about())
    add(c.about_rel, about->markdown, c.about_path, c.about_rel, about->first_line, "about/");
  // Of the strategy's sections, the summary page shows the goals of 1.2 alone.
  if (const StrategySection* goals = view.strategy_goals) {
    const Body& b = goals->prose.body;
    add(goals->rel, b.markdown, goals->path, goals->rel, b.first_line, kStrategyDir, b.deferred);
  }
  // Directions are shown on the about page.
  for (size_t i = 0; i < c.directions.size(); ++i) {
    add(c.slug + "#direction" + std::to_string(i + 1), c.directions[i].text, c.yaml_path,
        c.slug + "/cluster.yaml", 1, "about/");
  }
  return docs;
}

}  // namespace

void RenderClusterMarkdown(const ClusterView& view, int jobs, const BodyReader& read_body,
                           ClusterMedia* media, Diagnostics* diag, RenderedMarkdown* out) {
  StageScope stage(Stage::kMarkdown);
  const LinkTargets targets = CollectTargets(view);
  const std::vector<Doc> docs = ClusterDocs(view);
  std::vector<std::string> html(docs.size());
  std::vector<std::vector<std::string>> used(docs.size());
  std::vector<std::vector<MarkdownLink>> checks(docs.size());
  std::vector<std::vector<RemoteImage>> remote(docs.size());
  ParallelFor(docs.size(), jobs, [&](size_t i) {
    Doc doc = docs[i];
    Body body;
    if (doc.deferred) {
      if (!read_body || !read_body(doc.src.path, diag, &body)) return;
      doc.src.text = body.markdown;
      doc.src.first_line = body.first_line;
    }
    DocLinks links(targets, doc, media, &used[i], &checks[i]);
    LinkResolver resolve = std::ref(links);
    html[i] = RenderMarkdown(doc.src, &resolve, diag, &remote[i]);
  });
  for (size_t i = 0; i < docs.size(); ++i) {
    out->html[docs[i].key] = std::move(html[i]);
    out->media.insert(used[i].begin(), used[i].end());
    for (MarkdownLink& l : checks[i]) out->checks.push_back(std::move(l));
    if (!remote[i].empty()) out->remote_images[docs[i].key] = std::move(remote[i]);
  }
}

}  // namespace clustersite
