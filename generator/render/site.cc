#include "render/site.h"

#include <algorithm>
#include <map>
#include <set>
#include <thread>

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

/// The UI strings of every language the portal and its clusters use.
bool LoadStrings(const Portal& portal, const Theme& theme, Diagnostics* diag,
                 std::map<std::string, Strings>* out) {
  std::set<std::string> languages = {portal.language};
  for (const Cluster& c : portal.clusters) languages.insert(c.language);
  for (const std::string& lang : languages) {
    Strings s;
    if (!Strings::Load(theme, lang, diag, &s)) return false;
    out->emplace(lang, std::move(s));
  }
  return true;
}

/// One cluster as its audience sees it, with its Markdown rendered once:
/// what its pages and its welcome kit are made from.
struct RenderedCluster {
  ClusterView view;
  RenderedMarkdown markdown;
  ClusterContext ctx;

  RenderedCluster(const Portal& portal, const Cluster& c, const Strings& strings,
                  const RenderOptions& options, int jobs, Diagnostics* diag)
      : view(SelectAudience(c, options.audience)) {
    RenderClusterMarkdown(view, jobs, diag, &markdown);
    ctx.view = &view;
    ctx.strings = &strings;
    ctx.markdown = &markdown;
    ctx.portal_title = portal.title;
    ctx.has_portal = !options.single_cluster;
    ctx.base_url = ClusterBaseUrl(portal, c, options);
    PrepareShared(&ctx);
  }
  RenderedCluster(const RenderedCluster&) = delete;
  RenderedCluster& operator=(const RenderedCluster&) = delete;
};

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
    pages += CountClusterPages(SelectAudience(c, options.audience)) + 1;  // + the welcome kit
  }
  return pages;
}

bool RenderOneKit(const Portal& portal, const Theme& theme, const RenderOptions& options,
                  const KitRequest& request, Diagnostics* diag, std::string* html) {
  const Cluster* cluster = nullptr;
  for (const Cluster& c : portal.clusters) {
    if (c.slug == request.cluster) cluster = &c;
  }
  if (!cluster) {
    std::vector<std::string> slugs;
    for (const Cluster& c : portal.clusters) slugs.push_back(c.slug);
    std::string hint = DidYouMean(request.cluster, slugs);
    diag->Error(portal.path.empty() ? "content" : portal.path, {},
                "no cluster `" + request.cluster + "`" +
                    (hint.empty() ? "" : "; did you mean `" + hint + "`?"));
    return false;
  }
  std::map<std::string, Strings> strings;
  if (!LoadStrings(portal, theme, diag, &strings)) return false;
  RenderedCluster rendered(portal, *cluster, strings.at(cluster->language), options, options.jobs,
                           diag);
  KitOptions kit;
  if (!request.member.empty()) {
    kit.member = FindMember(rendered.view, request.member, diag);
    if (!kit.member) return false;
  }
  kit.date = request.date;
  kit.toc_pages = request.toc_pages;
  kit.read_media = options.read_media;
  *html = RenderKit(rendered.ctx, theme, kit, diag);
  return !diag->HasErrors();
}

namespace {

/// Everything one cluster's folder holds: its pages, welcome kit, static
/// files and media, under `prefix` ("koks/", or "" for a single cluster).
void RenderClusterFolder(const Portal& portal, const Cluster& c, const Theme& theme,
                         const Strings& strings, const RenderOptions& options, int jobs,
                         Diagnostics* diag, OutputSink* out) {
  RenderedCluster rendered(portal, c, strings, options, jobs, diag);
  std::string prefix = options.single_cluster ? "" : c.slug + "/";
  KitOptions kit;
  kit.date = ContentDate(rendered.view);
  kit.date_is_content = true;
  kit.site_url = "../";
  kit.read_media = options.read_media;
  // The kit is one long render: with threads to spare it runs beside the pages.
  std::string kit_html;
  auto render_kit = [&] { kit_html = RenderKit(rendered.ctx, theme, kit, diag); };
  if (jobs > 1) {
    std::thread kit_thread(render_kit);
    RenderClusterPages(rendered.ctx, theme, prefix, jobs, out);
    kit_thread.join();
  } else {
    RenderClusterPages(rendered.ctx, theme, prefix, jobs, out);
    render_kit();
  }
  out->Put(OutputFile{prefix + "welcome-kit/index.html", std::move(kit_html), ""});
  CopyStatic(theme, prefix, out);
  std::set<std::string> media = rendered.markdown.media;
  if (c.logo) {
    if (auto rel = ResolveInTree(c.slug, c.logo->value)) media.insert(*rel);
  }
  for (const std::string& rel : media) {
    out->Put(OutputFile{prefix + rel.substr(c.slug.size() + 1), "", rel});
  }
}

/// The portal index over all clusters and the static files beside it.
void RenderPortalFiles(const Portal& portal, const Theme& theme,
                       const std::map<std::string, const Strings*>& strings, OutputSink* out) {
  const Strings& t = *strings.at(portal.language);
  MustacheData data = PortalData(portal, t, strings);
  data.set("content", theme.Render("portal", data));
  out->Put(OutputFile{"index.html", theme.Render("layout", data), ""});
  CopyStatic(theme, "", out);
}

/// Pointers to the loaded strings, by language.
std::map<std::string, const Strings*> StringsByLanguage(
    const std::map<std::string, Strings>& loaded) {
  std::map<std::string, const Strings*> strings;
  for (const auto& [lang, s] : loaded) strings[lang] = &s;
  return strings;
}

}  // namespace

void RenderSite(const Portal& portal, const Theme& theme, const RenderOptions& options,
                Diagnostics* diag, OutputSink* out) {
  std::map<std::string, Strings> loaded;
  if (!LoadStrings(portal, theme, diag, &loaded)) return;
  std::map<std::string, const Strings*> strings = StringsByLanguage(loaded);

  // Many clusters: one thread per cluster at a time, each renders its own
  // pages. Few clusters: one at a time, its pages spread over the threads.
  const size_t n = portal.clusters.size();
  const bool per_cluster = n >= 2 * static_cast<size_t>(options.jobs);
  const int inner_jobs = per_cluster ? 1 : options.jobs;
  ParallelFor(n, per_cluster ? options.jobs : 1, [&](size_t i) {
    const Cluster& c = portal.clusters[i];
    RenderClusterFolder(portal, c, theme, *strings.at(c.language), options, inner_jobs, diag, out);
  });
  if (!options.single_cluster) RenderPortalFiles(portal, theme, strings, out);
}

void RenderCluster(const Portal& portal, const Cluster& cluster, const Theme& theme,
                   const RenderOptions& options, Diagnostics* diag, OutputSink* out) {
  Strings strings;
  if (!Strings::Load(theme, cluster.language, diag, &strings)) return;
  RenderClusterFolder(portal, cluster, theme, strings, options, options.jobs, diag, out);
}

void RenderPortalIndex(const Portal& portal, const Theme& theme, Diagnostics* diag,
                       OutputSink* out) {
  std::map<std::string, Strings> loaded;
  if (!LoadStrings(portal, theme, diag, &loaded)) return;
  RenderPortalFiles(portal, theme, StringsByLanguage(loaded), out);
}

}  // namespace clustersite
