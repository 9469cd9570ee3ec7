#include "render/kit_parts.h"

#include "core/text.h"

namespace clustersite {
namespace {

MustacheData ServiceData(KitContext& k, const Service& s, int rank) {
  MustacheData d = ServiceCard(k.ctx, s, kKitDir, rank);
  d.set("id", "svc-" + s.slug);
  d.set("contact", ContactData(s.contact ? *s.contact : k.cluster().contact));
  d.set("body_html", k.Html(s.rel, ServiceDir(s), 3, "svc-" + s.slug + "-"));
  if (const Roadmap* r = k.ctx.view->RoadmapOf(s)) {
    MustacheData rm = Object();
    rm.set("id", "svc-" + s.slug + "-steps");
    rm.set("title", r->title);
    rm.set("steps", k.Steps(*r));
    d.set("roadmap", rm);
  } else {
    d.set("roadmap", false);  // not the kit's roadmap part from an outer context
  }
  d.set("has_audiences", !s.audience.empty());
  d.set("for_you", k.Interested(s.category));
  return d;
}

}  // namespace

MustacheData KitServices(KitContext& k) {
  const ClusterView& v = *k.ctx.view;
  MustacheData d = Object();
  MustacheData top = List();
  std::vector<std::string> order;
  std::map<std::string, MustacheData> by_category;
  for (size_t i = 0; i < v.services.size(); ++i) {
    const Service& s = *v.services[i];
    if (i < 3) {
      top.push_back(ServiceData(k, s, static_cast<int>(i + 1)));
      continue;
    }
    if (!by_category.count(s.category)) {
      order.push_back(s.category);
      by_category.emplace(s.category, List());
    }
    by_category.at(s.category).push_back(ServiceData(k, s, 0));
  }
  d.set("top", top);
  d.set("has_top", !top.is_empty_list());
  MustacheData categories = List();
  for (const std::string& key : order) {
    MustacheData cat = Object();
    cat.set("name", CategoryName(k.cluster(), key));
    cat.set("services", by_category.at(key));
    categories.push_back(cat);
  }
  d.set("categories", categories);
  d.set("none", v.services.empty());
  return d;
}

MustacheData KitStories(KitContext& k) {
  const ClusterView& v = *k.ctx.view;
  MustacheData groups = List();
  std::map<std::string, bool> told;
  for (const Service* svc : v.services) {
    auto it = v.stories_by_service.find(svc->slug);
    if (it == v.stories_by_service.end()) continue;
    MustacheData g = Object();
    g.set("service", svc->title);
    g.set("service_id", "svc-" + svc->slug);
    MustacheData list = List();
    for (const Story* s : it->second) {
      MustacheData st = StoryCard(k.ctx, *s, kKitDir);
      st.set("id", "story-" + s->slug);
      if (!told[s->slug]) {
        told[s->slug] = true;
        st.set("full", true);
        st.set("body_html", k.Html(s->rel, StoryDir(*s), 3, "story-" + s->slug + "-"));
      }
      list.push_back(st);
    }
    g.set("stories", list);
    groups.push_back(g);
  }
  return groups;
}

namespace {

std::string JoinCategories(const KitContext& k, const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& key : keys)
    out += (out.empty() ? "" : ", ") + CategoryName(k.cluster(), key);
  return out;
}

/// Why `m` is close to the kit's member, or "" when it is not.
std::string Closeness(const KitContext& k, const Member& m) {
  const Member* me = k.options.member;
  if (!me || &m == me) return "";
  std::vector<std::string> shared;
  for (const std::string& i : m.interests) {
    if (k.Interested(i)) shared.push_back(i);
  }
  std::string why;
  if (!me->sector.empty() && m.sector == me->sector) why = k.t().Get("kit_same_sector");
  if (!shared.empty()) {
    why += (why.empty() ? "" : "; ") + k.t().Get("kit_shared_interests") + ": " +
           JoinCategories(k, shared);
  }
  return why;
}

std::string WebsiteLabel(std::string url) {
  for (const char* scheme : {"https://", "http://"}) {
    if (StartsWith(url, scheme)) url = url.substr(std::string(scheme).size());
  }
  if (StartsWith(url, "www.")) url = url.substr(4);
  if (!url.empty() && url.back() == '/') url.pop_back();
  return url;
}

MustacheData MemberRow(const KitContext& k, const Member& m, const std::string& why) {
  const Strings& t = k.t();
  MustacheData d = Object();
  d.set("name", m.name);
  d.set("type_label", t.Get("type_" + m.type));
  if (!m.size.empty()) d.set("size_label", t.Get("size_" + m.size));
  d.set("partner", m.kind == "partner");
  d.set("sector", m.sector);
  d.set("interests", JoinCategories(k, m.interests));
  if (!m.website.empty()) {
    d.set("website", m.website);
    d.set("website_label", WebsiteLabel(m.website));
  }
  if (m.contact && k.ctx.view->show_member_contacts()) d.set("contact", ContactData(*m.contact));
  if (!why.empty()) {
    d.set("for_you", true);
    d.set("why", why);
  }
  return d;
}

}  // namespace

MustacheData KitMembers(KitContext& k) {
  const ClusterView& v = *k.ctx.view;
  const bool contacts = v.show_member_contacts();
  auto table = [&](const std::string& title, MustacheData rows) {
    MustacheData d = Object();
    d.set("title", title);
    d.set("rows", rows);
    d.set("contacts", contacts);
    return d;
  };
  MustacheData tables = List();
  MustacheData related = List();
  // Sectors by name; in each, the members closest to the kit's member first,
  // then members before partners, then by name (the view's order).
  std::map<std::string, std::vector<std::pair<int, const Member*>>> by_sector;
  for (const Member* m : v.members) {
    std::string why = Closeness(k, *m);
    if (!why.empty()) related.push_back(MemberRow(k, *m, why));
    int rank = (why.empty() ? 2 : 0) + (m->kind == "partner" ? 1 : 0);
    by_sector[m->sector].emplace_back(rank, m);
  }
  if (!related.is_empty_list()) {
    MustacheData t = table(k.t().Get("kit_members_related"), related);
    t.set("intro", k.t().Get("kit_members_related_intro"));
    t.set("for_you", true);
    tables.push_back(t);
  }
  for (auto& [name, members] : by_sector) {
    std::stable_sort(members.begin(), members.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    MustacheData rows = List();
    for (const auto& [rank, m] : members) rows.push_back(MemberRow(k, *m, Closeness(k, *m)));
    tables.push_back(table(name, rows));
  }
  MustacheData d = Object();
  d.set("tables", tables);
  d.set("none", v.members.empty());
  return d;
}

MustacheData KitRoadmap(KitContext& k) {
  const Cluster& c = k.cluster();
  const Strings& t = k.t();
  MustacheData d = Object();
  const Roadmap* r = NewMemberRoadmap(*k.ctx.view);
  size_t steps = 0;
  bool ends_at_meeting = false;
  if (r) {
    d.set("title", r->title);
    d.set("intro_html", k.Html(r->rel, RoadmapDir(*r), 1, "roadmap-"));
    d.set("steps", k.Steps(*r));
    steps = r->steps.size();
    ends_at_meeting = steps > 0 && c.communication.next_meeting &&
                      r->steps.back().when_date == c.communication.next_meeting;
  }
  if (!ends_at_meeting) {
    MustacheData last = Object();
    last.set("number", std::to_string(steps + 1));
    last.set("title", t.Get("kit_present_yourself"));
    last.set("who", "member");
    last.set("who_label", t.Get("who_member"));
    if (c.communication.next_meeting) last.set("when", t.FormatDate(*c.communication.next_meeting));
    last.set("text", t.Get("kit_present_yourself_text"));
    d.set("present", last);
  }
  return d;
}

MustacheData KitNextSteps(KitContext& k) {
  const Cluster& c = k.cluster();
  const ClusterView& v = *k.ctx.view;
  const Strings& t = k.t();
  MustacheData steps = List();
  auto add = [&](const std::string& title, MustacheData item) {
    item.set("number", std::to_string(steps.list_value().size() + 1));
    item.set("title", t.Get(title));
    steps.push_back(item);
  };
  MustacheData contact = Object();
  contact.set("contact", ContactData(c.contact));
  add("kit_next_contact", contact);
  const Service* first = v.services.empty() ? nullptr : v.services.front();
  for (const Service* s : v.services) {
    if (k.Interested(s->category)) {
      first = s;
      break;
    }
  }
  if (first) {
    MustacheData service = Object();
    service.set("link", "#svc-" + first->slug);
    service.set("link_text", first->title);
    add("kit_next_service", service);
  }
  if (const Roadmap* r = NewMemberRoadmap(v)) {
    MustacheData roadmap = Object();
    roadmap.set("link", "#kit-roadmap");
    roadmap.set("link_text", r->title);
    add("kit_next_roadmap", roadmap);
  }
  MustacheData meeting = Object();
  if (c.communication.next_meeting)
    meeting.set("text", t.FormatDate(*c.communication.next_meeting));
  if (!c.communication.meetings.empty()) meeting.set("detail", c.communication.meetings);
  add("kit_next_meeting", meeting);
  if (!k.ctx.base_url.empty()) {
    MustacheData site = Object();
    site.set("link", k.ctx.base_url);
    site.set("link_text", WebsiteLabel(k.ctx.base_url));
    add("kit_next_site", site);
  }
  return steps;
}

}  // namespace clustersite
