#include "render/site.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/parallel.h"
#include "core/text.h"
#include "core/url.h"
#include "render/cluster_pages.h"
#include "render/view.h"

namespace clustersite {
namespace {

std::string WithSlash(std::string url) {
  if (!url.empty() && url.back() != '/') url += '/';
  return url;
}

/// The absolute URL of a cluster folder: its own base_url, else the portal's + slug.
std::string ClusterBaseUrl(const Portal& portal, const Cluster& c, const RenderOptions& options) {
  if (!c.base_url.empty()) return WithSlash(c.base_url);
  std::string portal_url = options.base_url.empty() ? portal.base_url : options.base_url;
  if (portal_url.empty()) return "";
  return WithSlash(portal_url) + (options.single_cluster ? "" : c.slug + "/");
}

void CopyStatic(const Theme& theme, const std::string& prefix, OutputSink* out) {
  for (const std::string& rel : theme.StaticFiles()) {
    out->Put(OutputFile{prefix + rel.substr(7), *theme.File(rel), ""});
  }
}

MustacheData PortalData(const Portal& portal, const Strings& t,
                        const std::map<std::string, const Strings*>& strings) {
  MustacheData d = Object();
  d.set("lang", t.lang());
  d.set("t", t.data());
  d.set("root", "");
  std::string title = portal.title.empty() ? t.Get("portal_title") : portal.title;
  MustacheData site = Object();
  site.set("title", title);
  d.set("site", site);
  MustacheData page = Object();
  page.set("title", title);
  page.set("description", t.Get("portal_description"));
  page.set("kind", "portal");
  page.set("is_portal", true);
  if (!portal.base_url.empty()) page.set("canonical", WithSlash(portal.base_url));
  d.set("page", page);
  MustacheData p = Object();
  p.set("title", title);
  d.set("portal", p);
  MustacheData clusters = List();
  for (const Cluster& c : portal.clusters) {
    const Strings& ct = *strings.at(c.language);
    MustacheData item = Object();
    item.set("url", c.slug + "/");
    item.set("name", c.name);
    item.set("vision", c.vision);
    item.set("language", c.language);
    if (!c.label.empty()) {
      item.set("label", c.label);
      item.set("label_name", t.Get("label_" + c.label));
    }
    if (c.logo) {
      item.set("logo", c.slug + "/" + ResolveInTree("", c.logo->value).value_or(""));
      item.set("logo_alt", ct.Get("logo_of") + " " + c.name);
    }
    item.set("sectors", NameList(c.sectors));
    clusters.push_back(item);
  }
  d.set("clusters", clusters);
  return d;
}

}  // namespace

void MemorySink::Put(OutputFile file) {
  std::lock_guard<std::mutex> lock(mu_);
  files_.push_back(std::move(file));
}

std::vector<OutputFile> MemorySink::Take() {
  std::lock_guard<std::mutex> lock(mu_);
  std::sort(files_.begin(), files_.end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return std::move(files_);
}

size_t CountPages(const Portal& portal, const RenderOptions& options) {
  size_t pages = options.single_cluster ? 0 : 1;  // the portal index
  for (const Cluster& c : portal.clusters) {
    pages += CountClusterPages(SelectAudience(c, options.audience));
  }
  return pages;
}

void RenderSite(const Portal& portal, const Theme& theme, const RenderOptions& options,
                Diagnostics* diag, OutputSink* out) {
  std::map<std::string, Strings> loaded;
  std::map<std::string, const Strings*> strings;
  std::set<std::string> languages = {portal.language};
  for (const Cluster& c : portal.clusters) languages.insert(c.language);
  for (const std::string& lang : languages) {
    Strings s;
    if (!Strings::Load(theme, lang, diag, &s)) return;
    loaded.emplace(lang, std::move(s));
  }
  for (const auto& [lang, s] : loaded) strings[lang] = &s;

  // Many clusters: one thread per cluster at a time, each renders its own
  // pages. Few clusters: one at a time, its pages spread over the threads.
  const size_t n = portal.clusters.size();
  const bool per_cluster = n >= 2 * static_cast<size_t>(options.jobs);
  const int inner_jobs = per_cluster ? 1 : options.jobs;
  ParallelFor(n, per_cluster ? options.jobs : 1, [&](size_t i) {
    const Cluster& c = portal.clusters[i];
    ClusterView view = SelectAudience(c, options.audience);
    RenderedMarkdown markdown;
    RenderClusterMarkdown(view, inner_jobs, diag, &markdown);
    ClusterContext ctx;
    ctx.view = &view;
    ctx.strings = strings.at(c.language);
    ctx.markdown = &markdown;
    ctx.portal_title = portal.title;
    ctx.has_portal = !options.single_cluster;
    ctx.base_url = ClusterBaseUrl(portal, c, options);
    PrepareShared(&ctx);
    std::string prefix = options.single_cluster ? "" : c.slug + "/";
    RenderClusterPages(ctx, theme, prefix, inner_jobs, out);
    CopyStatic(theme, prefix, out);
    std::set<std::string> media = markdown.media;
    if (c.logo) {
      if (auto rel = ResolveInTree(c.slug, c.logo->value)) media.insert(*rel);
    }
    for (const std::string& rel : media) {
      out->Put(OutputFile{prefix + rel.substr(c.slug.size() + 1), "", rel});
    }
  });
  if (!options.single_cluster) {
    const Strings& t = *strings.at(portal.language);
    MustacheData data = PortalData(portal, t, strings);
    data.set("content", theme.Render("portal", data));
    out->Put(OutputFile{"index.html", theme.Render("layout", data), ""});
    CopyStatic(theme, "", out);
  }
}

}  // namespace clustersite
