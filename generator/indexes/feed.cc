#include "indexes/feed.h"

#include <array>

#include "core/unicode.h"
#include "core/url.h"

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
  Put(e, "title", XmlSafe(s.title));
  Put(e, "url", url);
  Put(e, "published", AtomTime(s.date));
  Put(e, "updated", AtomTime(s.date));
  Put(e, "company", XmlSafe(s.company));
  if (!s.summary.empty()) Put(e, "summary", XmlSafe(s.summary));
  MustacheData services = List();
  for (const Service* svc : ctx.view->ServicesOf(s)) {
    MustacheData c = Object();
    Put(c, "term", svc->slug);
    Put(c, "label", XmlSafe(svc->title));
    Put(c, "scheme", ctx.base_url + "services/");
    Append(services, std::move(c));
  }
  Put(e, "categories", std::move(services));
  Put(e, "content_escaped", XmlEscape(ctx.markdown->Get(s.rel)));
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
  ReplaceForbiddenInMarkup(&text);  // U+FFFE, U+FFFF: the loader warned of them
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
  ReplaceForbiddenInMarkup(&out);
  return out;
}

std::string RenderFeed(const ClusterContext& ctx, const Theme& theme) {
  const Cluster& c = ctx.cluster();
  const Strings& t = *ctx.strings;
  MustacheData d = Object();
  Put(d, "lang", t.lang());
  MustacheData feed = Object();
  Put(feed, "title", XmlSafe(t.Get("feed_title") + " – " + c.name));
  Put(feed, "subtitle", XmlSafe(c.vision));
  Put(feed, "id", ctx.base_url + "feed.xml");
  Put(feed, "self", ctx.base_url + "feed.xml");
  Put(feed, "alternate", ctx.base_url + "stories/");
  Put(feed, "home", ctx.base_url);
  Put(feed, "updated", FeedUpdated(ctx));
  Put(feed, "author", XmlSafe(c.name));
  if (c.logo) Put(feed, "logo", ctx.base_url + ResolveInTree("", c.logo->value).value_or(""));
  Put(d, "feed", std::move(feed));
  MustacheData entries = List();
  for (const Story* s : ctx.view->stories) Append(entries, EntryData(ctx, *s));
  Put(d, "entries", std::move(entries));
  return theme.Render("feed.xml", d);
}

}  // namespace clustersite
