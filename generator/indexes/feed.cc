#include "indexes/feed.h"

#include <array>
#include <cstring>
#include <memory>

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
  // What each byte becomes when it is not itself: an entity, or nothing
  // (the controls XML forbids); `suspect` bytes stay, but may start a
  // character markup forbids (MayStartForbiddenInMarkup).
  enum Kind : unsigned char { kItself, kReplaced, kSuspect };
  struct Byte {
    Kind kind = kItself;
    unsigned char size = 0;  ///< of `text`
    char text[8] = {};       ///< copied whole: a store, not a call
  };
  static const auto kBytes = [] {
    std::array<Byte, 256> t{};
    auto set = [&](unsigned char c, std::string_view entity) {
      t[c].kind = kReplaced;
      t[c].size = static_cast<unsigned char>(entity.size());
      std::memcpy(t[c].text, entity.data(), entity.size());
    };
    for (int c = 0; c < 0x20; ++c) {
      if (c != '\t' && c != '\n' && c != '\r') set(c, "");
    }
    set('&', "&amp;");
    set('<', "&lt;");
    set('>', "&gt;");
    set('"', "&quot;");
    for (int c = 0; c < 0x100; ++c) {
      if (t[c].kind == kItself && MayStartForbiddenInMarkup(c)) t[c].kind = kSuspect;
    }
    return t;
  }();
  // Written byte by byte into room for the longest result (every byte
  // `&quot;`, and the last one's eight bytes), then copied once: a body's
  // HTML has an entity every few bytes.
  constexpr size_t kLongest = 6;
  auto room = std::make_unique_for_overwrite<char[]>(text.size() * kLongest + sizeof(Byte::text));
  char* o = room.get();
  bool suspect = false;
  for (const char ch : text) {
    const Byte& b = kBytes[static_cast<unsigned char>(ch)];
    if (b.kind == kReplaced) {
      std::memcpy(o, b.text, sizeof b.text);
      o += b.size;
      continue;
    }
    suspect |= b.kind == kSuspect;
    *o++ = ch;
  }
  std::string out(room.get(), o);
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
