#include "kit/kit.h"

#include <algorithm>

#include "core/text.h"
#include "core/unicode.h"
#include "core/url.h"
#include "document/document_style.h"
#include "kit/kit_context.h"
#include "kit/kit_parts.h"

namespace clustersite {
namespace {

std::string Replace(std::string text, const std::string& key, const std::string& value) {
  size_t at = text.find(key);
  if (at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

std::map<std::string, std::string> Anchors(const ClusterView& v) {
  std::map<std::string, std::string> a = {
      {"", "kit-cover"},           {"about", "kit-about"},      {"services", "kit-services"},
      {"stories", "kit-stories"},  {"roadmaps", "kit-roadmap"}, {"members", "kit-members"},
      {"welcome-kit", "kit-cover"}};
  for (const Service* s : v.services) {
    a["services/" + s->slug] = "svc-" + s->slug;
    if (const Roadmap* r = v.RoadmapOf(*s)) a["roadmaps/" + r->slug] = "svc-" + s->slug + "-steps";
  }
  for (const Story* s : v.stories) a["stories/" + s->slug] = "story-" + s->slug;
  if (const Roadmap* r = NewMemberRoadmap(v)) a["roadmaps/" + r->slug] = "kit-roadmap";
  return a;
}

MustacheData CoverData(KitContext& k) {
  const Cluster& c = k.cluster();
  MustacheData d = Object();
  Put(d, "name", c.name);
  Put(d, "vision", c.vision);
  if (!c.label.empty()) Put(d, "label_name", k.t().Get("label_" + c.label));
  if (k.options.date) {
    Put(d, "date", k.t().FormatDate(*k.options.date));
    Put(d, "date_label", k.t().Get(k.options.date_is_content ? "kit_content_date" : "kit_date"));
  }
  if (c.logo && k.options.read_media) {
    std::string bytes, err;
    auto rel = ResolveInTree(c.slug, c.logo->value);
    if (rel && k.options.read_media(*rel, &bytes, &err)) {
      Put(d, "logo", DataUri(*rel, bytes));
    } else if (rel) {
      k.missing_media += (k.missing_media.empty() ? "" : ", ") + *rel;
    }
  }
  if (const Member* m = k.options.member) {
    Put(d, "member", m->name);
    Put(d, "greeting", Replace(k.t().Get("kit_greeting"), "{name}", m->name));
  }
  Put(d, "contact", ContactData(c.contact));
  return d;
}

/// The text of heading HTML as cmark-gfm writes it: tags dropped, its four
/// entities decoded, white space runs made one space.
std::string HeadingText(std::string_view html) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}};
  std::string text;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      i = std::min(html.find('>', i), html.size());
      continue;
    }
    char ch = html[i];
    for (const auto& [entity, decoded] : kEntities) {
      if (html.substr(i, entity.size()) == entity) {
        ch = decoded;
        i += entity.size() - 1;
        break;
      }
    }
    bool space = ch == ' ' || ch == '\n' || ch == '\t';
    if (!space)
      text += ch;
    else if (!text.empty() && text.back() != ' ')
      text += ' ';
  }
  return std::string(Trim(text));
}

/// `html` without its first heading when that heading says `title`, the
/// heading the kit has just written: about.md often starts with it.
std::string WithoutRepeatedHeading(const std::string& html, const std::string& title) {
  size_t start = html.find_first_not_of(" \n");
  if (start == std::string::npos || html.compare(start, 2, "<h") != 0 || start + 2 >= html.size() ||
      html[start + 2] < '1' || html[start + 2] > '6')
    return html;
  const std::string close = "</h" + std::string(1, html[start + 2]) + ">";
  size_t end = html.find(close, start);
  size_t inner = html.find('>', start);
  if (end == std::string::npos || inner > end) return html;
  if (FoldKey(HeadingText(std::string_view(html).substr(inner + 1, end - inner - 1))) !=
      FoldKey(Trim(title)))
    return html;
  size_t rest = html.find_first_not_of('\n', end + close.size());
  return rest == std::string::npos ? "" : html.substr(rest);
}

MustacheData AboutData(KitContext& k) {
  const Cluster& c = k.cluster();
  MustacheData d = Object();
  if (c.about) {
    Put(d, "about_html",
        WithoutRepeatedHeading(k.Html(c.about_rel, "about/", 1, "about-"), k.t().Get("kit_about")));
  }
  if (!c.mission.empty()) Put(d, "mission", c.mission);
  if (c.founded > 0) Put(d, "founded", std::to_string(c.founded));
  Put(d, "sectors", NameList(c.sectors));
  if (!c.label.empty()) Put(d, "label_name", k.t().Get("label_" + c.label));
  return d;
}

MustacheData DirectionsData(KitContext& k) {
  const Cluster& c = k.cluster();
  MustacheData list = List();
  for (size_t i = 0; i < c.directions.size(); ++i) {
    std::string n = std::to_string(i + 1);
    MustacheData item = Object();
    Put(item, "number", n);
    Put(item, "title", c.directions[i].title);
    Put(item, "text_html", k.Html(c.slug + "#direction" + n, "about/", 0, "dir" + n + "-"));
    Append(list, std::move(item));
  }
  return list;
}

MustacheData CommunicationData(const KitContext& k) {
  const Communication& c = k.cluster().communication;
  MustacheData d = Object();
  if (!c.newsletter.empty()) Put(d, "newsletter", k.t().Get("newsletter_" + c.newsletter));
  if (!c.meetings.empty()) Put(d, "meetings", c.meetings);
  if (c.next_meeting) {
    Put(d, "next_meeting", k.t().FormatDate(*c.next_meeting));
    Put(d, "next_meeting_iso", c.next_meeting->Iso());
  }
  Put(d, "contact", ContactData(k.cluster().contact));
  return d;
}

/// Images of other sites in the kit's Markdown are shown as text: a warning
/// at each says so.
void WarnRemoteImages(const KitContext& k, Diagnostics* diag) {
  const auto& remote = k.ctx.markdown->remote_images;
  for (const std::string& key : k.shown) {
    auto it = remote.find(key);
    if (it == remote.end()) continue;
    for (const RemoteImage& image : it->second) {
      diag->Warning(image.path, image.pos,
                    "image `" + image.url +
                        "` is shown in the welcome kit as its text and address: the kit makes "
                        "no network requests; to show the image there, put it in media/");
    }
  }
}

MustacheData TocData(const std::vector<KitPart>& parts) {
  MustacheData toc = List();
  for (size_t i = 1; i < parts.size(); ++i) {
    MustacheData item = Object();
    Put(item, "id", parts[i].id);
    Put(item, "title", parts[i].title);
    Append(toc, std::move(item));
  }
  return toc;
}

}  // namespace

std::vector<KitPart> KitParts(const Strings& t) {
  return {{"kit-contents", t.Get("kit_contents")},
          {"kit-about", t.Get("kit_about")},
          {"kit-directions", t.Get("kit_directions")},
          {"kit-services", t.Get("kit_services")},
          {"kit-stories", t.Get("kit_stories")},
          {"kit-members", t.Get("kit_members")},
          {"kit-communication", t.Get("kit_communication")},
          {"kit-roadmap", t.Get("kit_roadmap")},
          {"kit-next", t.Get("kit_next")}};
}

const Member* FindMember(const ClusterView& view, const std::string& name, Diagnostics* diag) {
  const std::string key = FoldKey(Trim(name));
  std::vector<std::string> keys;
  for (const Member* m : view.members) {
    if (FoldKey(m->name) == key) return m;
    keys.push_back(FoldKey(m->name));
  }
  std::vector<std::string> close = CloseMatches(key, keys, 3);
  for (size_t i = 0; i < keys.size() && close.size() < 3; ++i) {
    bool listed = std::find(close.begin(), close.end(), keys[i]) != close.end();
    if (!key.empty() && !listed && keys[i].find(key) != std::string::npos) close.push_back(keys[i]);
  }
  std::vector<std::string> names;
  for (const std::string& c : close) {
    for (const Member* m : view.members) {
      if (FoldKey(m->name) == c) names.push_back(m->name);
    }
  }
  const Cluster& c = *view.cluster;
  std::string message = "no member named `" + name + "` in cluster `" + c.slug + "`";
  if (!names.empty()) {
    message += "; did you mean " + QuotedList(names, "or") + "?";
  } else if (view.members.empty()) {
    message += "; it has no members.yaml";
  }
  diag->Error(c.members_path.empty() ? c.dir : c.members_path, {}, message);
  return nullptr;
}

std::string RenderKit(const ClusterContext& ctx, const Theme& theme, const KitOptions& options,
                      Diagnostics* diag) {
  const Strings& t = *ctx.strings;
  KitContext k{ctx, options, Anchors(*ctx.view), "", MemberInterests(options), {}};
  std::vector<KitPart> parts = KitParts(t);
  MustacheData d = Object();
  Put(d, "lang", t.lang());
  Put(d, "t", t.data());
  if (!options.site_url.empty()) Put(d, "site_url", options.site_url);
  Put(d, "cover", CoverData(k));
  Put(d, "toc", TocData(parts));
  MustacheData titles = Object();
  for (const KitPart& p : parts) Put(titles, p.id.substr(4), p.title);
  Put(d, "part", std::move(titles));
  Put(d, "about", AboutData(k));
  Put(d, "directions", DirectionsData(k));
  Put(d, "services", KitServices(k));
  Put(d, "story_groups", KitStories(k));
  Put(d, "members", KitMembers(k));
  Put(d, "communication", CommunicationData(k));
  Put(d, "roadmap", KitRoadmap(k));
  Put(d, "next_steps", KitNextSteps(k));
  KitStyleInput style;
  style.cluster_name = ctx.cluster().name;
  style.brand = ctx.brand;
  style.parts = parts;
  style.toc_pages = options.toc_pages;
  style.page_label = t.Get("kit_page");
  style.footer = t.Get("kit_title") + (options.member ? " · " + options.member->name : "");
  Put(d, "style_html", KitStyle(theme, style));
  if (!k.missing_media.empty()) {
    diag->Error(ctx.cluster().dir, {}, "the welcome kit cannot embed " + k.missing_media);
  }
  WarnRemoteImages(k, diag);
  // One normal form for all text, so what is printed is what is searched.
  std::string html = Nfc(theme.Render("kit", d));
  for (const std::string& url : NetworkReferences(html)) {
    diag->Error(ctx.cluster().dir, {},
                "the welcome kit would load `" + url +
                    "` when opened, and it makes no network requests: a theme's kit templates "
                    "and kit.css may refer only to data: URIs and #fragments");
  }
  return html;
}

}  // namespace clustersite
