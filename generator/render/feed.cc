#include "render/feed.h"

#include <array>

#include "core/url.h"
#include "render/kit.h"

namespace clustersite {
namespace {

/// The date the feed as a whole was last updated.
std::string FeedUpdated(const ClusterContext& ctx) {
  const ClusterView& v = *ctx.view;
  if (!v.stories.empty()) return AtomTime(v.stories.front()->date);
  if (auto d = ContentDate(v)) return AtomTime(*d);
  long year = ctx.cluster().founded > 0 ? ctx.cluster().founded : 1970;
  return AtomTime({static_cast<int>(year), 1, 1});
}

MustacheData EntryData(const ClusterContext& ctx, const Story& s) {
  MustacheData e = Object();
  std::string url = ctx.base_url + StoryDir(s);
  e.set("title", XmlSafe(s.title));
  e.set("url", url);
  e.set("published", AtomTime(s.date));
  e.set("updated", AtomTime(s.date));
  e.set("company", XmlSafe(s.company));
  if (!s.summary.empty()) e.set("summary", XmlSafe(s.summary));
  MustacheData services = List();
  for (const Service* svc : ctx.view->ServicesOf(s)) {
    MustacheData c = Object();
    c.set("term", svc->slug);
    c.set("label", XmlSafe(svc->title));
    c.set("scheme", ctx.base_url + "services/");
    services.push_back(c);
  }
  e.set("categories", services);
  e.set("content_escaped", XmlEscape(ctx.markdown->Get(s.rel)));
  return e;
}

}  // namespace

std::string AtomTime(const Date& d) { return d.Iso() + "T00:00:00Z"; }

std::string XmlSafe(std::string text) {
  size_t out = 0;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    text[out++] = ch;
  }
  text.resize(out);
  return text;
}

std::string XmlEscape(const std::string& text) {
  // What each byte becomes, when it is not itself: an entity, or nothing.
  struct Entity {
    bool replace = false;
    std::string_view text;
  };
  static const auto kEntities = [] {
    std::array<Entity, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = {c != '\t' && c != '\n' && c != '\r', ""};
    t['&'] = {true, "&amp;"};
    t['<'] = {true, "&lt;"};
    t['>'] = {true, "&gt;"};
    t['"'] = {true, "&quot;"};
    return t;
  }();
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    const char* run = p;
    while (p < end && !kEntities[static_cast<unsigned char>(*p)].replace) ++p;
    out.append(run, p);
    if (p < end) out.append(kEntities[static_cast<unsigned char>(*p++)].text);
  }
  return out;
}

std::string RenderFeed(const ClusterContext& ctx, const Theme& theme) {
  const Cluster& c = ctx.cluster();
  const Strings& t = *ctx.strings;
  MustacheData d = Object();
  d.set("lang", t.lang());
  MustacheData feed = Object();
  feed.set("title", XmlSafe(t.Get("feed_title") + " – " + c.name));
  feed.set("subtitle", XmlSafe(c.vision));
  feed.set("id", ctx.base_url + "feed.xml");
  feed.set("self", ctx.base_url + "feed.xml");
  feed.set("alternate", ctx.base_url + "stories/");
  feed.set("home", ctx.base_url);
  feed.set("updated", FeedUpdated(ctx));
  feed.set("author", XmlSafe(c.name));
  if (c.logo) feed.set("logo", ctx.base_url + ResolveInTree("", c.logo->value).value_or(""));
  d.set("feed", feed);
  MustacheData entries = List();
  for (const Story* s : ctx.view->stories) entries.push_back(EntryData(ctx, *s));
  d.set("entries", entries);
  return theme.Render("feed.xml", d);
}

}  // namespace clustersite
