#include "pages/search_page.h"

#include "core/stage_clock.h"
#include "core/unicode.h"
#include "core/url.h"
#include "pages/news_views.h"

namespace clustersite {
namespace {

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

void AddServices(const ClusterContext& ctx, std::vector<SearchEntry>* out) {
  for (const Service* s : ctx.view->services) {
    std::string category = CategoryName(ctx.cluster(), s->category);
    out->push_back({SearchKind::kService, ctx.strings->Get("search_kind_service"), s->title,
                    s->summary, category, ServiceDir(*s),
                    SearchFold(Join({s->title, s->summary, category}, " "))});
  }
}

void AddStories(const ClusterContext& ctx, std::vector<SearchEntry>* out) {
  for (const Story* s : ctx.view->stories) {
    std::vector<std::string> words = {s->title, s->summary, s->company};
    for (const Service* svc : ctx.view->ServicesOf(*s)) words.push_back(svc->title);
    out->push_back({SearchKind::kStory, ctx.strings->Get("search_kind_story"), s->title, s->summary,
                    s->company + " · " + ctx.strings->FormatDate(s->date), StoryDir(*s),
                    SearchFold(Join(words, " "))});
  }
}

void AddRoadmaps(const ClusterContext& ctx, std::vector<SearchEntry>* out) {
  for (const Roadmap* r : ctx.view->roadmaps) {
    std::string label = ForLabel(*ctx.strings, r->kind);
    std::vector<std::string> words = {r->title, label};
    for (const Step& step : r->steps) words.push_back(step.title);
    out->push_back({SearchKind::kRoadmap, ctx.strings->Get("search_kind_roadmap"), r->title, "",
                    label, RoadmapDir(*r), SearchFold(Join(words, " "))});
  }
}

void AddEvents(const ClusterContext& ctx, std::vector<SearchEntry>* out) {
  const Strings& t = *ctx.strings;
  for (const Event* e : ctx.view->events) {
    const std::string kind = t.Get("event_kind_" + Name(e->kind));
    std::vector<std::string> words = {e->title, kind, e->location};
    if (e->host) words.push_back(e->host->value);
    out->push_back({SearchKind::kEvent, t.Get("search_kind_event"), e->title, e->location,
                    kind + " · " + t.FormatTimeSpan(e->start, e->end), EventDir(*e),
                    SearchFold(Join(words, " "))});
  }
}

void AddNews(const ClusterContext& ctx, std::vector<SearchEntry>* out) {
  const Strings& t = *ctx.strings;
  const std::vector<const News*>& news = ctx.view->news;
  for (size_t i = 0; i < news.size(); ++i) {
    const News& n = *news[i];
    const std::string kind = t.Get("news_kind_" + Name(n.kind));
    const std::string url = PageDir(kNewsDir, i / ctx.cluster().paginate + 1) + "#" + n.slug;
    out->push_back({SearchKind::kNews, t.Get("search_kind_news"), n.title, "",
                    kind + " · " + t.FormatDate(n.date), url,
                    SearchFold(Join({n.title, kind}, " "))});
  }
}

void AddMembers(const ClusterContext& ctx, std::vector<SearchEntry>* out) {
  const Strings& t = *ctx.strings;
  const std::shared_ptr<const MemberPlaces> places = MemberPlacesOf(ctx);
  for (const Member* m : ctx.view->members) {
    std::string type = t.Get("type_" + Name(m->type));
    SearchKind kind = m->kind == MemberKind::kPartner ? SearchKind::kPartner : SearchKind::kMember;
    std::vector<std::string> words = {m->name, m->sector, type};
    words.insert(words.end(), m->interests.begin(), m->interests.end());
    out->push_back(
        {kind, t.Get("search_kind_" + Name(kind)), m->name, "", Join({m->sector, type}, " · "),
         places->dirs.at(m) + "#" + places->anchors.at(m), SearchFold(Join(words, " "))});
  }
}

}  // namespace

std::vector<SearchEntry> SearchEntries(const ClusterContext& ctx) {
  StageScope stage(Stage::kIndexes);
  std::vector<SearchEntry> out;
  AddServices(ctx, &out);
  AddStories(ctx, &out);
  AddRoadmaps(ctx, &out);
  AddEvents(ctx, &out);
  AddNews(ctx, &out);
  AddMembers(ctx, &out);
  return out;
}

void Fill(ViewFields& f, SearchItemView& v) {
  f.Text("title", std::move(v.title));
  f.Text("url", std::move(v.url));
  f.Text("summary", std::move(v.summary));
  f.Text("meta", std::move(v.meta));
}

void Fill(ViewFields& f, SearchGroupView& v) {
  f.Text("kind", std::move(v.kind));
  f.Text("title", std::move(v.title));
  f.Text("count", std::move(v.count));
  f.List("items", v.items);
}

void Fill(ViewFields& f, SearchView& v) {
  Fill(f, v.layout);
  f.List("groups", v.groups);
}

SearchView BuildSearchPage(const ClusterContext& ctx, const std::vector<SearchEntry>& entries) {
  const Strings& t = *ctx.strings;
  const std::string dir = "search/";
  SearchView v;
  v.layout = BuildLayout(ctx, dir, "search", t.Get("title_search"), t.Get("description_search"));
  struct Group {
    SearchKind kind;  ///< the kind it lists; kMember lists partners too
    const char* title;
  };
  for (Group g :
       {Group{SearchKind::kService, "title_services"}, Group{SearchKind::kStory, "title_stories"},
        Group{SearchKind::kRoadmap, "title_roadmaps"},
        Group{SearchKind::kMember, "title_members"}}) {
    SearchGroupView group{Name(g.kind), t.Get(g.title), "", {}};
    for (const SearchEntry& e : entries) {
      const bool partner = e.kind == SearchKind::kPartner;
      if ((partner ? SearchKind::kMember : e.kind) != g.kind) continue;
      SearchItemView item;
      item.title = e.title;
      item.url = RelativeUrl(dir, e.url);
      if (!e.summary.empty()) item.summary = e.summary;
      std::string meta = partner ? Join({e.meta, e.label}, " · ") : e.meta;
      if (!meta.empty()) item.meta = std::move(meta);
      group.items.push_back(std::move(item));
    }
    if (group.items.empty()) continue;
    group.count = std::to_string(group.items.size());
    v.groups.push_back(std::move(group));
  }
  return v;
}

}  // namespace clustersite
