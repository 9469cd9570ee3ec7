#include "check/link_check.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "check/html_links.h"
#include "core/stage_clock.h"
#include "core/text.h"
#include "core/unicode.h"

namespace clustersite {
namespace {

constexpr uint32_t kNone = 0;     // the empty text: no fragment
constexpr uint32_t kOutside = 1;  // the target of a link that leaves the output
const std::string kOutsideText = "\x01";

bool HasScheme(std::string_view url) {
  size_t colon = url.find(':');
  return StartsWith(url, "//") ||
         (colon != std::string_view::npos && colon < FindAnyOf(url, "/?#"));
}

/// Where in the theme's templates a link was written: the first template or
/// partial (overridden ones first) holding the link's path after its leading
/// `../` or site address, right before the closing quote.
struct TemplatePlace {
  std::string file;
  Position pos;
};

std::optional<TemplatePlace> FindInTemplates(const Theme& theme, std::string tail) {
  while (StartsWith(tail, "../") || StartsWith(tail, "./")) tail.erase(0, tail[1] == '/' ? 2 : 3);
  if (StartsWith(tail, "/")) tail.erase(0, 1);
  if (tail.empty()) return std::nullopt;
  std::vector<std::string> sources = theme.TemplateSources();
  std::stable_partition(sources.begin(), sources.end(), [&](const std::string& rel) {
    return !StartsWith(theme.Origin(rel), "themes/default/");
  });
  const std::string needle = tail + "\"";
  for (const std::string& rel : sources) {
    const std::string& text = *theme.File(rel);
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
      char before = at > 0 ? text[at - 1] : ' ';
      if (before == '}' || before == '"' || before == '/') {
        return TemplatePlace{theme.Origin(rel), PositionAt(text, at)};
      }
    }
  }
  return std::nullopt;
}

}  // namespace

bool LinkChecker::Link::operator<(const Link& o) const {
  return std::tie(written, target, fragment) < std::tie(o.written, o.target, o.fragment);
}
bool LinkChecker::Link::operator==(const Link& o) const {
  return written == o.written && target == o.target && fragment == o.fragment;
}

LinkChecker::LinkChecker(OutputSink* next, std::string output_name,
                         std::vector<SiteAddress> addresses, std::string published_path)
    : next_(next),
      output_name_(std::move(output_name)),
      addresses_(std::move(addresses)),
      published_path_(std::move(published_path)) {
  // Longest address first, so a cluster's own address wins over the portal's.
  std::sort(addresses_.begin(), addresses_.end(),
            [](const SiteAddress& a, const SiteAddress& b) { return a.url.size() > b.url.size(); });
  Intern("");
  Intern(kOutsideText);
}

uint32_t LinkChecker::Intern(std::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  it = ids_.emplace(std::string(s), static_cast<uint32_t>(texts_.size())).first;
  texts_.push_back(&it->first);
  produced_.push_back(false);
  return it->second;
}

bool LinkChecker::Resolve(std::string_view page, std::string_view value, std::string* target,
                          std::string* fragment, bool* outside) const {
  *outside = false;
  if (!HasScheme(value)) {
    // A root-relative link is right only below where the output is published.
    if (!published_path_.empty() && StartsWith(value, "/") && !StartsWith(value, "//")) {
      if (!StartsWith(value.substr(1), published_path_)) {
        *outside = true;
        return true;
      }
      value.remove_prefix(published_path_.size());
    }
    *outside = !ResolveLink(page, value, target, fragment);
    return true;
  }
  if (!StartsWith(value, "http")) return false;  // mailto:, tel:, data:
  for (const SiteAddress& a : addresses_) {
    // The address itself, with or without its trailing slash, or below it.
    bool bare = value.size() + 1 == a.url.size() && StartsWith(a.url, value);
    if (!bare && !StartsWith(value, a.url)) continue;
    std::string local = "/" + a.prefix + std::string(bare ? "" : value.substr(a.url.size()));
    *outside = !ResolveLink(page, local, target, fragment);
    return true;
  }
  return false;  // another site's: not ours to check
}

void LinkChecker::Put(OutputFile file) {
  StageScope stage(Stage::kLinkCheck);
  // Each link as offsets into `text`: written, target, fragment.
  struct Found {
    size_t at[3], size[3];
    bool outside;
  };
  std::vector<Found> found;
  std::string text, target, fragment, decoded;
  std::vector<std::string> anchors;
  const bool html = EndsWith(file.path, ".html");
  if (html) {
    HtmlLinks scan = ScanHtml(file.content);
    found.reserve(scan.links.size());
    for (std::string_view raw : scan.links) {
      std::string_view written = raw;
      if (raw.find('&') != std::string_view::npos) written = decoded = DecodeEntities(raw);
      Found f{};
      if (!Resolve(file.path, written, &target, &fragment, &f.outside)) continue;
      size_t i = 0;
      for (std::string_view part :
           {written, std::string_view(target), std::string_view(fragment)}) {
        f.at[i] = text.size();
        f.size[i++] = part.size();
        text.append(part);
      }
      found.push_back(f);
    }
    for (std::string_view id : scan.ids) anchors.push_back(DecodeEntities(id));
    std::sort(anchors.begin(), anchors.end());
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    uint32_t path = Intern(file.path);
    produced_[path] = true;
    if (!anchors.empty()) anchors_[path] = std::move(anchors);
    if (!found.empty()) {
      Page page{path, {}};
      page.links.reserve(found.size());
      auto part = [&](const Found& f, int i) {
        return std::string_view(text).substr(f.at[i], f.size[i]);
      };
      for (const Found& f : found) {
        page.links.push_back({Intern(part(f, 0)), f.outside ? kOutside : Intern(part(f, 1)),
                              f.size[2] == 0 ? kNone : Intern(part(f, 2))});
      }
      std::sort(page.links.begin(), page.links.end());
      page.links.erase(std::unique(page.links.begin(), page.links.end()), page.links.end());
      pages_.push_back(std::move(page));
    }
  }
  next_->Put(std::move(file));
}

void LinkChecker::AddMarkdownLinks(const std::string& prefix,
                                   const std::vector<MarkdownLink>& links) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const MarkdownLink& l : links) {
    uint32_t fragment = l.fragment.empty() ? kNone : Intern(l.fragment);
    markdown_.push_back({Intern(prefix + l.target), fragment, l});
  }
}

bool LinkChecker::InScope(const std::string& target) const {
  if (!scoped_) return true;
  return std::any_of(scope_.begin(), scope_.end(),
                     [&](const std::string& prefix) { return StartsWith(target, prefix); });
}

std::string LinkChecker::Problem(uint32_t target, uint32_t fragment) const {
  if (target == kOutside) return "goes outside the site";
  if (!InScope(Text(target))) return "";
  if (!produced_[target]) {
    auto folder = ids_.find(Text(target) + "/index.html");
    if (folder != ids_.end() && produced_[folder->second])
      return "goes to a folder; end it with `/` to reach its page";
    return "goes to no page";
  }
  if (fragment == kNone || !EndsWith(Text(target), ".html") || Text(fragment) == "top") return "";
  auto it = anchors_.find(target);
  if (it != anchors_.end() &&
      std::binary_search(it->second.begin(), it->second.end(), Text(fragment)))
    return "";
  return "goes to no element with id `" + Text(fragment) + "` on its page";
}

void LinkChecker::Report(const Theme& theme, Diagnostics* diag) const {
  StageScope stage(Stage::kLinkCheck);
  std::lock_guard<std::mutex> lock(mu_);
  std::set<std::pair<uint32_t, uint32_t>> from_markdown;
  for (const SourceLink& s : markdown_) {
    std::string problem = Problem(s.target, s.fragment);
    if (problem.empty()) continue;
    diag->Error(s.link.path, s.link.pos, "link to `" + s.link.written + "` " + problem);
    from_markdown.insert({s.target, s.fragment});
  }
  // One report per broken link: grouped by the template place that wrote
  // it, else by where it goes; the first page (by path) is named.
  struct Group {
    std::optional<TemplatePlace> place;
    std::string page, written, problem;
    size_t pages = 0;
  };
  std::map<std::string, Group> groups;
  std::map<uint32_t, std::optional<TemplatePlace>> places;  // by written link
  std::vector<const Page*> pages;
  for (const Page& p : pages_) pages.push_back(&p);
  std::sort(pages.begin(), pages.end(),
            [&](const Page* a, const Page* b) { return Text(a->path) < Text(b->path); });
  for (const Page* page : pages) {
    for (const Link& link : page->links) {
      std::string problem = Problem(link.target, link.fragment);
      if (problem.empty() || from_markdown.count({link.target, link.fragment})) continue;
      auto known = places.find(link.written);
      if (known == places.end())
        known = places.emplace(link.written, FindInTemplates(theme, Text(link.written))).first;
      const std::optional<TemplatePlace>& place = known->second;
      std::string key =
          place ? "t" + place->file + ":" + std::to_string(place->pos.line) + ":" +
                      std::to_string(place->pos.column)
                : "p" + std::to_string(link.target) + ":" + std::to_string(link.fragment);
      Group& g = groups[key];
      if (g.pages++ == 0) g = {place, Text(page->path), Text(link.written), problem, 1};
    }
  }
  for (const auto& [key, g] : groups) {
    std::string page = output_name_.empty() ? g.page : output_name_ + "/" + g.page;
    std::string others =
        std::to_string(g.pages - 1) + (g.pages == 2 ? " more page" : " more pages");
    std::string message = "link to `" + g.written + "` " + g.problem;
    if (g.place) {
      message.append(" (on ").append(page);
      if (g.pages > 1) message.append(" and ").append(others);
      diag->Error(g.place->file, g.place->pos, message + ")");
    } else {
      if (g.pages > 1) message.append(" (also on ").append(others).append(")");
      diag->Error(page, {}, message);
    }
  }
}

}  // namespace clustersite
