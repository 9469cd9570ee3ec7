#include "indexes/feed.h"

#include <array>

#include "core/stage_clock.h"
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

FeedEntryView BuildEntry(const ClusterContext& ctx, const Story& s) {
  FeedEntryView e;
  e.title = XmlSafe(s.title);
  e.url = ctx.base_url + StoryDir(s);
  e.published = AtomTime(s.date);
  e.updated = AtomTime(s.date);
  e.company = XmlSafe(s.company);
  if (!s.summary.empty()) e.summary = XmlSafe(s.summary);
  for (const Service* svc : ctx.view->ServicesOf(s))
    e.categories.push_back({svc->slug, XmlSafe(svc->title), ctx.base_url + "services/"});
  e.content_escaped = XmlEscape(ctx.markdown->Get(s.rel));
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
  // What each byte becomes, when it is not itself: an entity, or nothing;
  // or, `suspect`, itself, but it may start a character that markup forbids.
  struct Entity {
    bool replace = false;
    bool suspect = false;
    std::string_view text;
  };
  static const auto kEntities = [] {
    std::array<Entity, 256> t{};
    for (int c = 0; c < 0x20; ++c) t[c] = {c != '\t' && c != '\n' && c != '\r', false, ""};
    t['&'] = {true, false, "&amp;"};
    t['<'] = {true, false, "&lt;"};
    t['>'] = {true, false, "&gt;"};
    t['"'] = {true, false, "&quot;"};
    // The first bytes of DEL, the C1 controls, the noncharacters, and bytes
    // UTF-8 never has: see ReplaceForbiddenInMarkup.
    t[0x7F].suspect = t[0xC2].suspect = t[0xEF].suspect = true;
    for (int c = 0xF0; c < 0x100; ++c) t[c].suspect = true;
    return t;
  }();
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  bool suspect = false;
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    const char* run = p;
    while (p < end && !kEntities[static_cast<unsigned char>(*p)].replace) {
      suspect |= kEntities[static_cast<unsigned char>(*p)].suspect;
      ++p;
    }
    out.append(run, p);
    if (p < end) out.append(kEntities[static_cast<unsigned char>(*p++)].text);
  }
  // Rendered Markdown comes without what markup forbids: a second pass
  // only when a byte that may start it was seen.
  if (suspect) ReplaceForbiddenInMarkup(&out);
  return out;
}

void Fill(ViewFields& f, FeedCategoryView& v) {
  f.Text("term", std::move(v.term));
  f.Text("label", std::move(v.label));
  f.Text("scheme", std::move(v.scheme));
}

void Fill(ViewFields& f, FeedEntryView& v) {
  f.Text("title", std::move(v.title));
  f.Text("url", std::move(v.url));
  f.Text("published", std::move(v.published));
  f.Text("updated", std::move(v.updated));
  f.Text("company", std::move(v.company));
  f.Text("summary", std::move(v.summary));
  f.List("categories", v.categories);
  f.Raw("content_escaped", std::move(v.content_escaped));
}

void Fill(ViewFields& f, FeedHeadView& v) {
  f.Text("title", std::move(v.title));
  f.Text("subtitle", std::move(v.subtitle));
  f.Text("id", std::move(v.id));
  f.Text("self", std::move(v.self));
  f.Text("alternate", std::move(v.alternate));
  f.Text("home", std::move(v.home));
  f.Text("updated", std::move(v.updated));
  f.Text("author", std::move(v.author));
  f.Text("logo", std::move(v.logo));
}

void Fill(ViewFields& f, FeedView& v) {
  f.Text("lang", std::move(v.lang));
  f.Object("feed", v.feed);
  f.List("entries", v.entries);
}

FeedView BuildFeed(const ClusterContext& ctx) {
  const Cluster& c = ctx.cluster();
  const Strings& t = *ctx.strings;
  FeedView v;
  v.lang = t.lang();
  FeedHeadView& feed = v.feed;
  feed.title = XmlSafe(t.Get("feed_title") + " – " + c.name);
  feed.subtitle = XmlSafe(c.vision);
  feed.id = ctx.base_url + "feed.xml";
  feed.self = ctx.base_url + "feed.xml";
  feed.alternate = ctx.base_url + "stories/";
  feed.home = ctx.base_url;
  feed.updated = FeedUpdated(ctx);
  feed.author = XmlSafe(c.name);
  if (c.logo) feed.logo = ctx.base_url + ResolveInTree("", c.logo->value).value_or("");
  for (const Story* s : ctx.view->stories) {
    if (!s->draft) v.entries.push_back(BuildEntry(ctx, *s));  // drafts are for readers of a preview
  }
  return v;
}

std::string RenderFeed(const ClusterContext& ctx, const Theme& theme) {
  StageScope stage(Stage::kIndexes);
  return theme.Render("feed.xml", ToData(BuildFeed(ctx)));
}

}  // namespace clustersite
