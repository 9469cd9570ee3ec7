#include "kit/kit.h"

#include <algorithm>

#include "core/names.h"
#include "core/stage_clock.h"
#include "core/text.h"
#include "core/unicode.h"
#include "core/url.h"
#include "kit/cluster_document.h"
#include "kit/kit_context.h"
#include "kit/kit_parts.h"

namespace clustersite {
namespace {

std::string Replace(std::string text, const std::string& key, const std::string& value) {
  size_t at = text.find(key);
  if (at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

std::map<std::string, std::string> Anchors(const ClusterView& v, const Member* member) {
  std::map<std::string, std::string> a = {
      {"", "kit-cover"},           {"about", "kit-about"},      {"services", "kit-services"},
      {"stories", "kit-stories"},  {"roadmaps", "kit-roadmap"}, {"members", "kit-members"},
      {"welcome-kit", "kit-cover"}};
  for (const Service* s : v.services) {
    a["services/" + s->slug] = "svc-" + s->slug;
    if (const Roadmap* r = v.RoadmapOf(*s)) a["roadmaps/" + r->slug] = "svc-" + s->slug + "-steps";
  }
  for (const Story* s : v.stories) a["stories/" + s->slug] = "story-" + s->slug;
  if (const Roadmap* r = KitRoadmapOf(v, member)) a["roadmaps/" + r->slug] = "kit-roadmap";
  return a;
}

DocumentCover Cover(KitContext& k) {
  const Cluster& c = k.cluster();
  const Strings& t = k.t();
  DocumentCover cover;
  cover.kind = t.Get("kit_title");
  cover.title = c.name;
  cover.lead = c.vision;
  cover.lead_label = t.Get("vision");
  cover.logo = LogoDataUri(c, k.options.read_media, &k.missing_media);
  const Member* m = k.options.member;
  if (m) cover.greeting = Replace(t.Get("kit_greeting"), "{name}", m->name);
  cover.text = t.Get(m ? "kit_greeting_text" : "kit_welcome");
  std::string date;
  if (k.options.date) date = t.FormatDate(*k.options.date);
  cover.facts = {
      Fact(t.Get("label"), c.label == Label::kNone ? "" : t.Get("label_" + Name(c.label))),
      Fact(t.Get("kit_for"), m ? m->name : ""),
      Fact(t.Get(k.options.date_is_content ? "kit_content_date" : "kit_date"), date),
      ContactFact(t, c.contact)};
  return cover;
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
    if (!space) {
      text += ch;
    } else if (!text.empty() && text.back() != ' ') {
      text += ' ';
    }
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
  if (k.ctx.view->about()) {
    Put(d, "about_html",
        WithoutRepeatedHeading(k.Html(c.about_rel, "about/", 1, "about-"), k.t().Get("kit_about")));
  }
  if (!c.mission.empty()) Put(d, "mission", c.mission);
  if (c.founded > 0) Put(d, "founded", std::to_string(c.founded));
  Put(d, "sectors", NameList(c.sectors));
  if (c.label != Label::kNone) Put(d, "label_name", k.t().Get("label_" + Name(c.label)));
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
  if (c.newsletter != Newsletter::kUnset)
    Put(d, "newsletter", k.t().Get("newsletter_" + Name(c.newsletter)));
  if (!c.meetings.empty()) Put(d, "meetings", c.meetings);
  if (std::optional<Date> next = k.ctx.view->NextMeetingDate()) {
    Put(d, "next_meeting", k.t().FormatDate(*next));
    Put(d, "next_meeting_iso", next->Iso());
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

/// The data of the part templates (templates/kit/*.html).
MustacheData PartsData(KitContext& k) {
  MustacheData d = Object();
  Put(d, "t", k.t().data());
  Put(d, "about", AboutData(k));
  Put(d, "directions", DirectionsData(k));
  Put(d, "services", KitServices(k));
  Put(d, "story_groups", KitStories(k));
  Put(d, "members", KitMembers(k));
  Put(d, "communication", CommunicationData(k));
  Put(d, "roadmap", KitRoadmap(k));
  Put(d, "next_steps", KitNextSteps(k));
  return d;
}

/// What the kit is around its parts: titles, cover, page header and footer.
PrintDocument KitDocument(KitContext& k) {
  const Strings& t = k.t();
  const Cluster& c = k.cluster();
  const Member* m = k.options.member;
  PrintDocument doc;
  doc.lang = t.lang();
  doc.prefix = "kit";
  doc.title = t.Get("kit_title") + " – " + c.name + (m ? " – " + m->name : "");
  doc.description = c.vision;
  doc.skip_link = t.Get("skip_link");
  doc.back_url = k.options.site_url;
  doc.back_text = t.Get("kit_back");
  doc.back_label = t.Get("kit_back_label");
  doc.header = c.name;
  doc.footer = t.Get("kit_title") + (m ? " · " + m->name : "");
  doc.page_label = t.Get("kit_page");
  doc.brand = k.ctx.brand;
  doc.style_sheet = "kit/kit.css";
  doc.cover = Cover(k);
  doc.contents_title = t.Get("kit_contents");
  return doc;
}

}  // namespace

std::vector<DocumentPart> KitParts(const Strings& t) {
  std::vector<DocumentPart> parts;
  for (const char* name : {"about", "directions", "services", "stories", "members", "communication",
                           "roadmap", "next"}) {
    parts.push_back({std::string("kit-") + name, t.Get(std::string("kit_") + name), ""});
  }
  return parts;
}

const Member* FindMember(const ClusterView& view, const std::string& name, Diagnostics* diag) {
  const std::string key = FoldKey(Trim(name));
  std::vector<std::string> names;
  for (const Member* m : view.members) {
    if (FoldKey(m->name) == key) return m;
    names.push_back(m->name);
  }
  const Cluster& c = *view.cluster;
  std::string message = "no member named `" + name + "` in cluster `" + c.slug + "`";
  std::string hint = DidYouMeanNames(name, names);
  if (!hint.empty()) {
    message += hint;
  } else if (view.members.empty()) {
    message += "; it has no members.yaml";
  }
  diag->Error(c.members_path.empty() ? c.dir : c.members_path, {}, message);
  return nullptr;
}

std::string RenderKit(const ClusterContext& ctx, const Theme& theme, const KitOptions& options,
                      Diagnostics* diag) {
  StageScope stage(Stage::kKit);
  KitContext k{ctx, options, Anchors(*ctx.view, options.member), "", MemberInterests(options), {}};
  PrintDocument doc = KitDocument(k);
  MustacheData data = PartsData(k);
  doc.parts = KitParts(*ctx.strings);
  if (!k.missing_media.empty()) {
    diag->Error(ctx.cluster().dir, {}, "the welcome kit cannot embed " + k.missing_media);
  }
  WarnRemoteImages(k, diag);
  return RenderParts(theme, std::move(doc), data, ctx.cluster().dir, "the welcome kit", diag);
}

}  // namespace clustersite
