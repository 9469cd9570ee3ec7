#include "pages/news_views.h"

#include "core/url.h"

namespace clustersite {

NewsView BuildNews(const ClusterContext& ctx, const PageSlice& slice) {
  const ClusterView& view = *ctx.view;
  const Strings& t = *ctx.strings;
  NewsView v;
  v.layout = BuildListLayout(ctx, kNewsDir, slice, "news", t.Get("title_news"),
                             t.Get("description_news"), &v.pager);
  for (size_t i = slice.first; i < slice.last; ++i) {
    const News& n = *view.news[i];
    NewsItemView item;
    item.slug = n.slug;
    item.title = n.title;
    item.kind = Name(n.kind);
    item.kind_label = t.Get("news_kind_" + item.kind);
    item.date = t.FormatDate(n.date);
    item.date_iso = n.date.Iso();
    item.body_html = ctx.markdown->Get(n.rel);
    if (!n.source.empty()) {
      item.source_url = n.source;
      item.source_host = UrlHost(n.source);
    }
    item.members_only = IsPrivate(n.visibility);
    item.digest = n.digest && !n.draft && IsPrivate(view.audience);
    item.has_flags = item.members_only || item.digest;
    v.items.push_back(std::move(item));
  }
  v.has_news = !view.news.empty();
  return v;
}

void Fill(ViewFields& f, NewsItemView& v) {
  f.Text("slug", std::move(v.slug));
  f.Text("title", std::move(v.title));
  f.Text("kind", std::move(v.kind));
  f.Text("kind_label", std::move(v.kind_label));
  f.Text("date", std::move(v.date));
  f.Text("date_iso", std::move(v.date_iso));
  f.Raw("body_html", std::move(v.body_html));
  f.Text("source_url", std::move(v.source_url));
  f.Text("source_host", std::move(v.source_host));
  f.Flag("members_only", v.members_only);
  f.Flag("digest", v.digest);
  f.Flag("has_flags", v.has_flags);
}

void Fill(ViewFields& f, NewsView& v) {
  Fill(f, v.layout);
  f.List("items", v.items);
  f.Flag("has_news", v.has_news);
  f.Object("pager", v.pager);
}

}  // namespace clustersite
