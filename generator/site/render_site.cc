#include "site/render_site.h"

#include <chrono>
#include <map>
#include <set>
#include <thread>

#include "check/link_check.h"
#include "core/names.h"
#include "core/parallel.h"
#include "core/text.h"
#include "core/url.h"
#include "indexes/feed.h"
#include "indexes/json_ld.h"
#include "indexes/search_index.h"
#include "indexes/sitemap.h"
#include "kit/handout.h"
#include "kit/kit.h"
#include "pages/cluster_markdown.h"
#include "pages/cluster_pages.h"
#include "pages/event_calendar.h"
#include "pages/layout_view.h"
#include "pages/portal_pages.h"
#include "pages/report_views.h"
#include "pages/search_page.h"
#include "pages/site_urls.h"
#include "pages/staff_views.h"
#include "pages/strategy_views.h"
#include "strategy/strategy_document.h"
#include "visit/visit_brief.h"

namespace clustersite {
namespace {

/// The base URL the render starts from: `--base-url`, or a members or
/// staff build's default address (see BuildBaseUrl).
std::string BaseUrl(const Portal& portal, const RenderOptions& options) {
  return BuildBaseUrl(portal, options.base_url, options.audience, options.single_cluster);
}

void CopyStatic(const Theme& theme, const std::string& prefix, OutputSink* out) {
  for (const std::string& rel : theme.StaticFiles()) {
    out->Put(OutputFile{prefix + rel.substr(7), *theme.File(rel), ""});
  }
}

/// The UI strings of every language the portal and its clusters use.
bool LoadStrings(const Portal& portal, const Theme& theme, Diagnostics* diag,
                 std::map<std::string, Strings>* out) {
  std::set<std::string> languages = {Name(portal.language)};
  for (const Cluster& c : portal.clusters) languages.insert(Name(c.language));
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
  ClusterMedia media;  ///< the media its Markdown and logo use, checked
  RenderedMarkdown markdown;
  ClusterContext ctx;

  RenderedCluster(const Portal& portal, const Cluster& c, const Strings& strings,
                  const RenderOptions& options, const Rgb& background, int jobs, Diagnostics* diag)
      : view(SelectAudience(c, options.audience, options.drafts)), media(options.read_media) {
    RenderClusterMarkdown(view, jobs, options.read_body, &media, diag, &markdown);
    ctx.view = &view;
    ctx.strings = &strings;
    ctx.markdown = &markdown;
    ctx.portal_title = portal.title;
    ctx.has_portal = !options.single_cluster;
    const std::string base_url = BaseUrl(portal, options);
    ctx.base_url = ClusterUrl(portal, c, base_url, options.single_cluster, options.audience);
    ctx.public_url = ClusterUrl(portal, c, "", false);
    std::string root_url = RootUrl(portal, base_url, options.single_cluster);
    ctx.portal_url = ctx.has_portal ? root_url : "";
    const std::string& path = options.published_path;
    ctx.error_root = ErrorPageRoot(ctx.base_url, path + (ctx.has_portal ? c.slug + "/" : ""));
    ctx.error_portal_root = ErrorPageRoot(root_url, path);
    if (auto brand = ParseHexColor(c.brand_color)) ctx.brand = MakeBrandPalette(*brand, background);
    ctx.strategy_document = ShowsStrategyDocument(view);
    ctx.nav = std::make_shared<NavCache>();
    PrepareShared(&ctx);
    ctx.report_parts = MakeAllReportParts(ctx);
  }
  RenderedCluster(const RenderedCluster&) = delete;
  RenderedCluster& operator=(const RenderedCluster&) = delete;
};

}  // namespace

size_t CountPages(const Portal& portal, const RenderOptions& options) {
  // the portal index and its 404 page
  size_t pages = options.single_cluster || options.shard ? 0 : 2;
  for (const Cluster& c : portal.clusters) {
    // + the welcome kit, the 404 page, the handout of each quarterly report,
    // the staff's visit briefs and the strategy document
    const ClusterView view = SelectAudience(c, options.audience, options.drafts);
    pages += CountClusterPages(view) + 2 + view.reports.size() + VisitedMembers(view).size() +
             (ShowsStrategyDocument(view) ? 1 : 0);
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
    diag->Error(portal.path.empty() ? "content" : portal.path, {},
                "no cluster `" + request.cluster + "`" + DidYouMeanNames(request.cluster, slugs));
    return false;
  }
  std::map<std::string, Strings> strings;
  if (!LoadStrings(portal, theme, diag, &strings)) return false;
  RenderedCluster rendered(portal, *cluster, strings.at(Name(cluster->language)), options,
                           PageBackground(theme), options.jobs, diag);
  KitOptions kit;
  if (!request.member.empty()) {
    kit.member = FindMember(rendered.view, request.member, diag);
    if (!kit.member) return false;
  }
  kit.date = request.date ? request.date : cluster->as_of;
  kit.read_media = rendered.media.Reader();
  *html = RenderKit(rendered.ctx, theme, kit, diag);
  return !diag->HasErrors();
}

namespace {

/// The audience's calendar of the cluster's events, and one of each event,
/// when it sees any (as its events list is there only then).
void RenderCalendars(const ClusterContext& ctx, const std::string& prefix, OutputSink* out) {
  const std::vector<const Event*>& events = ctx.view->events;
  if (events.empty()) return;
  const std::string name = ctx.cluster().name + " – " + ctx.strings->Get("title_events");
  out->Put({prefix + kCalendarFile, EventCalendar(ctx, name, events), ""});
  for (const Event* e : events)
    out->Put({prefix + EventIcsPath(*e), EventCalendar(ctx, e->title, {e}), ""});
}

/// Everything one cluster writes besides its pages and kit: feed, sitemap,
/// robots.txt, 404 page, calendars, search index, static files and media (the bytes
/// that were checked; a logo that may not be published is an error at
/// `logo:`, as validation found it unless it changed since).
void RenderClusterFiles(RenderedCluster& rc, const Theme& theme, const std::string& prefix,
                        const std::vector<SearchEntry>& search, std::vector<SitemapUrl>* sitemap,
                        Diagnostics* diag, OutputSink* out) {
  const ClusterContext& ctx = rc.ctx;
  const Cluster& c = ctx.cluster();
  if (ctx.has_feed()) {
    out->Put({prefix + "feed.xml", RenderFeed(ctx, theme), ""});
    *sitemap = ClusterSitemap(*ctx.view, ctx.base_url);
    for (OutputFile& f : SitemapFiles(theme, *sitemap, ctx.base_url, prefix))
      out->Put(std::move(f));
  }
  out->Put({prefix + "robots.txt",
            RenderRobots(theme, ctx.has_feed() ? ctx.base_url + "sitemap.xml" : "",
                         IsPrivate(ctx.view->audience)),
            ""});
  RenderErrorPage(ctx, theme, prefix, out);
  RenderCalendars(ctx, prefix, out);
  out->Put({prefix + "search/index.json", SearchIndexJson(ctx, search), ""});
  CopyStatic(theme, prefix, out);
  std::set<std::string> media = rc.markdown.media;
  if (c.logo) {
    if (auto rel = ResolveInTree(c.slug, c.logo->value)) media.insert(*rel);
  }
  for (const std::string& rel : media) {
    if (const std::string* bytes = rc.media.Bytes(rel)) {
      out->Put(OutputFile{prefix + rel.substr(c.slug.size() + 1), *bytes, ""});
    } else if (c.logo) {
      diag->Error(c.yaml_path, c.logo->pos, "`" + c.logo->value + "` " + rc.media.Problem(rel));
    }
  }
}

/// The portal's own files: index, 404 page, robots.txt, static files, and
/// the sitemap over every cluster when `sitemaps` (one list per cluster) is given.
void RenderPortalFiles(const Portal& portal, const Theme& theme, const RenderOptions& options,
                       const std::map<std::string, const Strings*>& strings,
                       const std::vector<std::vector<SitemapUrl>>* sitemaps, OutputSink* out) {
  const std::string url = RootUrl(portal, BaseUrl(portal, options), false);
  RenderPortalPages(portal, theme, *strings.at(Name(portal.language)), options.audience, url, out,
                    options.published_path);
  if (!url.empty() && sitemaps) {
    std::vector<SitemapUrl> all = {{url, std::nullopt}};
    for (const auto& urls : *sitemaps) all.insert(all.end(), urls.begin(), urls.end());
    for (OutputFile& f : SitemapFiles(theme, all, url, "")) out->Put(std::move(f));
  }
  out->Put(
      {"robots.txt",
       RenderRobots(theme, url.empty() ? "" : url + "sitemap.xml", IsPrivate(options.audience)),
       ""});
  CopyStatic(theme, "", out);
}

/// Warns once when feeds and sitemaps cannot be written for want of an address.
void WarnMissingUrls(const Portal& portal, const RenderOptions& options, Diagnostics* diag) {
  std::vector<std::string> without;
  for (const Cluster& c : portal.clusters) {
    if (ClusterUrl(portal, c, BaseUrl(portal, options), options.single_cluster, options.audience)
            .empty())
      without.push_back(c.slug);
  }
  bool index = !options.single_cluster && !options.shard &&
               RootUrl(portal, BaseUrl(portal, options), false).empty();
  if (without.empty() && !index) return;
  std::string subject;
  bool plural = false;
  if (without.size() == portal.clusters.size() && (index || options.single_cluster)) {
    subject = "the site";
  } else {
    subject = without.empty() ? "" : without.size() == 1 ? "cluster " : "clusters ";
    subject += QuotedList(without, "and");
    if (index) subject = "the portal index" + std::string(without.empty() ? "" : " and ") + subject;
    plural = without.size() + (index ? 1 : 0) > 1;
  }
  // Without portal.yaml there is no "here" to set it in: say to write one.
  const bool no_file = portal.path.empty();
  std::string where = no_file ? JoinPath(options.content_root, "portal.yaml") : portal.path;
  diag->Warning(
      where, portal.base_url_pos,
      "no `base_url`: without an address there are no absolute URLs, so " + subject +
          (plural ? " have" : " has") + " no feed.xml, sitemap.xml or canonical links; " +
          (no_file ? "create this file with `base_url: https://…`" : "set `base_url` here") +
          " (or a cluster's in its cluster.yaml), or pass --base-url");
}

void WarnBrandColor(const ClusterContext& ctx, const Rgb& background, Diagnostics* diag) {
  if (!ctx.brand) return;
  const Cluster& c = ctx.cluster();
  std::string message = ContrastWarning(c.brand_color, *ctx.brand, background);
  if (!message.empty()) diag->Warning(c.yaml_path, c.brand_color_pos, message);
}

std::vector<SiteAddress> Addresses(const Portal& portal, const RenderOptions& options) {
  std::vector<SiteAddress> out;
  const std::string base_url = BaseUrl(portal, options);
  std::string root = RootUrl(portal, base_url, options.single_cluster);
  if (!root.empty()) out.push_back({root, ""});
  if (options.single_cluster) return out;
  for (const Cluster& c : portal.clusters) {
    std::string url = ClusterUrl(portal, c, base_url, false, options.audience);
    if (!url.empty()) out.push_back({url, c.slug + "/"});
  }
  return out;
}

/// The staff's annual visit brief of each member, in the staff's build.
void RenderVisitBriefs(RenderedCluster& rc, const Theme& theme, const std::string& prefix, int jobs,
                       Diagnostics* diag, OutputSink* out) {
  const std::vector<const Member*> members = VisitedMembers(rc.view);
  const MediaReader read_media = rc.media.Reader();
  ParallelFor(members.size(), jobs, [&](size_t i) {
    const Member& m = *members[i];
    out->Put({prefix + VisitBriefPath(m), RenderVisitBrief(rc.ctx, theme, m, read_media, diag), "",
              true});
  });
}

/// Everything one cluster's folder holds: its pages, welcome kit, feed,
/// sitemap, robots.txt, 404 page, search index, static files and media,
/// under `prefix` ("koks/", or "" for a single cluster). Its Markdown links
/// go to `checker`, which `out` should lead into.
void RenderClusterFolder(const Portal& portal, const Cluster& c, const Theme& theme,
                         const Strings& strings, const RenderOptions& options,
                         const Rgb& background, int jobs, Diagnostics* diag, LinkChecker* checker,
                         std::vector<SitemapUrl>* sitemap, OutputSink* out) {
  RenderedCluster rendered(portal, c, strings, options, background, jobs, diag);
  WarnBrandColor(rendered.ctx, background, diag);
  std::string prefix = options.single_cluster ? "" : c.slug + "/";
  const std::vector<SearchEntry> search = SearchEntries(rendered.ctx);
  const std::string json_ld = OrganizationJsonLd(rendered.ctx);
  KitOptions kit;
  kit.date = ContentDate(rendered.view);
  kit.date_is_content = true;
  kit.site_url = "../";
  kit.read_media = rendered.media.Reader();
  // The kit is one long render: with threads to spare it runs beside the pages.
  std::string kit_html;
  auto render_kit = [&] { kit_html = RenderKit(rendered.ctx, theme, kit, diag); };
  if (jobs > 1) {
    std::thread kit_thread(render_kit);
    RenderClusterPages(rendered.ctx, theme, prefix, search, json_ld, jobs, out);
    kit_thread.join();
  } else {
    RenderClusterPages(rendered.ctx, theme, prefix, search, json_ld, jobs, out);
    render_kit();
  }
  out->Put(OutputFile{prefix + "welcome-kit/index.html", std::move(kit_html), "", true});
  const std::vector<QuarterReport>& reports = rendered.view.reports;
  ParallelFor(reports.size(), jobs, [&](size_t i) {
    out->Put({prefix + ReportDir(reports[i].quarter) + kHandoutFile,
              RenderHandout(rendered.ctx, theme, reports[i], kit.read_media, diag), "", true});
  });
  RenderVisitBriefs(rendered, theme, prefix, jobs, diag, out);
  if (ShowsStrategyDocument(rendered.view)) {
    out->Put({prefix + kStrategyDir + kStrategyDocumentFile,
              RenderStrategyDocument(rendered.ctx, theme, kit.read_media, diag), "", true});
  }
  RenderClusterFiles(rendered, theme, prefix, search, sitemap, diag, out);
  checker->AddMarkdownLinks(prefix, rendered.markdown.checks);
}

/// Pointers to the loaded strings, by language.
std::map<std::string, const Strings*> StringsByLanguage(
    const std::map<std::string, Strings>& loaded) {
  std::map<std::string, const Strings*> strings;
  for (const auto& [lang, s] : loaded) strings[lang] = &s;
  return strings;
}

}  // namespace

Rgb PageBackground(const Theme& theme) {
  Rgb darkest{255, 255, 255};
  const std::string* css = theme.File("static/style.css");
  for (const char* property : {"--bg:", "--surface:"}) {
    size_t at = css ? css->find(property) : std::string::npos;
    if (at == std::string::npos) continue;
    size_t hash = css->find('#', at);
    if (hash == std::string::npos || hash > at + 16) continue;
    auto c = ParseHexColor(std::string_view(*css).substr(hash, 7));
    if (c && RelativeLuminance(*c) < RelativeLuminance(darkest)) darkest = *c;
  }
  return darkest;
}

void RenderSite(const Portal& portal, const Theme& theme, const RenderOptions& options,
                Diagnostics* diag, OutputSink* sink) {
  std::map<std::string, Strings> loaded;
  if (!LoadStrings(portal, theme, diag, &loaded)) return;
  std::map<std::string, const Strings*> strings = StringsByLanguage(loaded);
  WarnMissingUrls(portal, options, diag);
  const Rgb background = PageBackground(theme);
  LinkChecker checker(sink, options.output_name, Addresses(portal, options),
                      options.published_path);
  if (options.shard) {
    std::vector<std::string> folders;
    for (const Cluster& c : portal.clusters) folders.push_back(c.slug + "/");
    checker.CheckOnly(std::move(folders));
  }

  // Many clusters: one thread per cluster at a time, each renders its own
  // pages. Few clusters: one at a time, its pages spread over the threads.
  const size_t n = portal.clusters.size();
  const bool per_cluster = n >= 2 * static_cast<size_t>(options.jobs);
  const int inner_jobs = per_cluster ? 1 : options.jobs;
  std::vector<std::vector<SitemapUrl>> sitemaps(n);
  ParallelFor(n, per_cluster ? options.jobs : 1, [&](size_t i) {
    const Cluster& c = portal.clusters[i];
    auto start = std::chrono::steady_clock::now();
    RenderClusterFolder(portal, c, theme, *strings.at(Name(c.language)), options, background,
                        inner_jobs, diag, &checker, &sitemaps[i], &checker);
    if (options.timing) options.timing("render " + c.slug, SecondsSince(start));
  });
  if (!options.single_cluster && !options.shard)
    RenderPortalFiles(portal, theme, options, strings, &sitemaps, &checker);
  checker.Report(theme, diag);
}

void RenderCluster(const Portal& portal, const Cluster& cluster, const Theme& theme,
                   const RenderOptions& options, Diagnostics* diag, OutputSink* sink) {
  Strings strings;
  if (!Strings::Load(theme, Name(cluster.language), diag, &strings)) return;
  const std::string prefix = options.single_cluster ? "" : cluster.slug + "/";
  LinkChecker checker(sink, options.output_name, Addresses(portal, options),
                      options.published_path);
  checker.CheckOnly({prefix});
  std::vector<SitemapUrl> sitemap;
  auto start = std::chrono::steady_clock::now();
  RenderClusterFolder(portal, cluster, theme, strings, options, PageBackground(theme), options.jobs,
                      diag, &checker, &sitemap, &checker);
  if (options.timing) options.timing("render " + cluster.slug, SecondsSince(start));
  checker.Report(theme, diag);
}

void AssemblePortal(const Portal& portal, const Theme& theme, const RenderOptions& options,
                    const PutClusterFolders& put_clusters, Diagnostics* diag, OutputSink* sink) {
  std::map<std::string, Strings> loaded;
  if (!LoadStrings(portal, theme, diag, &loaded)) return;
  WarnMissingUrls(portal, options, diag);
  const std::string base_url = BaseUrl(portal, options);
  std::vector<std::vector<SitemapUrl>> sitemaps;
  std::map<std::string, std::string> sitemap_files;
  for (const Cluster& c : portal.clusters) {
    const std::string url = ClusterUrl(portal, c, base_url, false, options.audience);
    if (url.empty()) continue;
    const ClusterView view = SelectAudience(c, options.audience, options.drafts);
    sitemaps.push_back(ClusterSitemap(view, url));
    for (OutputFile& f : SitemapFiles(theme, sitemaps.back(), url, c.slug + "/"))
      sitemap_files.emplace(std::move(f.path), std::move(f.content));
  }
  LinkChecker checker(sink, options.output_name, Addresses(portal, options),
                      options.published_path);
  put_clusters(sitemap_files, &checker);
  RenderPortalFiles(portal, theme, options, StringsByLanguage(loaded), &sitemaps, &checker);
  checker.Report(theme, diag);
}

void RenderPortalIndex(const Portal& portal, const Theme& theme, const RenderOptions& options,
                       Diagnostics* diag, OutputSink* sink) {
  std::map<std::string, Strings> loaded;
  if (!LoadStrings(portal, theme, diag, &loaded)) return;
  RenderPortalFiles(portal, theme, options, StringsByLanguage(loaded), nullptr, sink);
}

}  // namespace clustersite
