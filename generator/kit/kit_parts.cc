#include "kit/kit_parts.h"

#include "core/text.h"

namespace clustersite {
namespace {

MustacheData ServiceData(KitContext& k, const Service& s, int rank) {
  MustacheData d = ServiceCard(k.ctx, s, kKitDir, rank);
  Put(d, "id", "svc-" + s.slug);
  ServiceContact contact = ResolveServiceContact(*k.ctx.view, s);
  Put(d, "contact", ContactData(contact.person, contact.organisation));
  if (contact.via) {
    Put(d, "via", ContactData(*contact.via));
  } else {
    Put(d, "via", false);  // not a `via` of an outer context
  }
  Put(d, "body_html", k.Html(s.rel, ServiceDir(s), 3, "svc-" + s.slug + "-"));
  if (const Roadmap* r = k.ctx.view->RoadmapOf(s)) {
    MustacheData rm = Object();
    Put(rm, "id", "svc-" + s.slug + "-steps");
    Put(rm, "title", r->title);
    Put(rm, "steps", k.Steps(*r));
    Put(d, "roadmap", std::move(rm));
  } else {
    Put(d, "roadmap", false);  // not the kit's roadmap part from an outer context
  }
  Put(d, "has_audiences", !s.audience.empty());
  Put(d, "for_you", k.Interested(s.category));
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
      Append(top, ServiceData(k, s, static_cast<int>(i + 1)));
      continue;
    }
    if (!by_category.count(s.category)) {
      order.push_back(s.category);
      by_category.emplace(s.category, List());
    }
    Append(by_category.at(s.category), ServiceData(k, s, 0));
  }
  Put(d, "has_top", !top.is_empty_list());
  Put(d, "top", std::move(top));
  MustacheData categories = List();
  for (const std::string& key : order) {
    MustacheData cat = Object();
    Put(cat, "name", CategoryName(k.cluster(), key));
    Put(cat, "services", std::move(by_category.at(key)));
    Append(categories, std::move(cat));
  }
  Put(d, "categories", std::move(categories));
  Put(d, "none", v.services.empty());
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
    Put(g, "service", svc->title);
    Put(g, "service_id", "svc-" + svc->slug);
    MustacheData list = List();
    for (const Story* s : it->second) {
      MustacheData st = StoryCard(k.ctx, *s, kKitDir);
      Put(st, "id", "story-" + s->slug);
      if (!told[s->slug]) {
        told[s->slug] = true;
        Put(st, "full", true);
        Put(st, "body_html", k.Html(s->rel, StoryDir(*s), 3, "story-" + s->slug + "-"));
      }
      Append(list, std::move(st));
    }
    Put(g, "stories", std::move(list));
    Append(groups, std::move(g));
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
  Put(d, "name", m.name);
  Put(d, "type_label", t.Get("type_" + Name(m.type)));
  if (m.size != MemberSize::kUnset) Put(d, "size_label", t.Get("size_" + Name(m.size)));
  Put(d, "partner", m.kind == MemberKind::kPartner);
  Put(d, "sector", m.sector);
  Put(d, "interests", JoinCategories(k, m.interests));
  if (!m.website.empty()) {
    Put(d, "website", m.website);
    Put(d, "website_label", WebsiteLabel(m.website));
  }
  if (m.contact && k.ctx.view->show_member_contacts()) Put(d, "contact", ContactData(*m.contact));
  if (!why.empty()) {
    Put(d, "for_you", true);
    Put(d, "why", why);
  }
  return d;
}

}  // namespace

MustacheData KitMembers(KitContext& k) {
  const ClusterView& v = *k.ctx.view;
  const bool contacts = v.show_member_contacts();
  auto table = [&](const std::string& title, MustacheData rows) {
    MustacheData d = Object();
    Put(d, "title", title);
    Put(d, "rows", std::move(rows));
    Put(d, "contacts", contacts);
    return d;
  };
  MustacheData tables = List();
  MustacheData related = List();
  // Sectors by name; in each, the members closest to the kit's member first,
  // then members before partners, then by name (the view's order).
  std::map<std::string, std::vector<std::pair<int, const Member*>>> by_sector;
  for (const Member* m : v.members) {
    std::string why = Closeness(k, *m);
    if (!why.empty()) Append(related, MemberRow(k, *m, why));
    int rank = (why.empty() ? 2 : 0) + (m->kind == MemberKind::kPartner ? 1 : 0);
    by_sector[m->sector].emplace_back(rank, m);
  }
  if (!related.is_empty_list()) {
    MustacheData t = table(k.t().Get("kit_members_related"), std::move(related));
    Put(t, "intro", k.t().Get("kit_members_related_intro"));
    Put(t, "for_you", true);
    Append(tables, std::move(t));
  }
  for (auto& [name, members] : by_sector) {
    std::stable_sort(members.begin(), members.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    MustacheData rows = List();
    for (const auto& [rank, m] : members) Append(rows, MemberRow(k, *m, Closeness(k, *m)));
    Append(tables, table(name, std::move(rows)));
  }
  MustacheData d = Object();
  Put(d, "tables", std::move(tables));
  Put(d, "none", v.members.empty());
  return d;
}

namespace {

/// The time, place and page of the event where the new member's roadmap
/// ends: its page on the site the kit came from, else at the cluster's address.
void PutEvent(const KitContext& k, const Event& e, MustacheData* step) {
  Put(*step, "when", k.t().FormatTimeSpan(e.start, e.end));
  if (!e.location.empty()) Put(*step, "place", e.location);
  const std::string& site = k.options.site_url.empty() ? k.ctx.base_url : k.options.site_url;
  if (site.empty()) return;
  Put(*step, "link", site + EventDir(e));
  Put(*step, "link_text", e.title);
}

}  // namespace

MustacheData KitRoadmap(KitContext& k) {
  const Cluster& c = k.cluster();
  const Strings& t = k.t();
  MustacheData d = Object();
  const Roadmap* r = KitRoadmapOf(*k.ctx.view, k.options.member);
  size_t steps = 0;
  bool ends_at_meeting = false;
  // New members present themselves at the next event that says so, else
  // at the next meeting cluster.yaml names.
  const Event* event = k.ctx.view->NextPresentation();
  const std::optional<Date> meeting =
      event ? std::optional<Date>(event->start.date) : c.communication.next_meeting;
  if (r) {
    Put(d, "title", r->title);
    Put(d, "intro_html", k.Html(r->rel, RoadmapDir(*r), 1, "roadmap-"));
    Put(d, "steps", k.Steps(*r));
    steps = r->steps.size();
    ends_at_meeting = steps > 0 && meeting && r->steps.back().when_date == meeting;
  }
  if (!ends_at_meeting) {
    MustacheData last = Object();
    Put(last, "number", std::to_string(steps + 1));
    Put(last, "title", t.Get("kit_present_yourself"));
    Put(last, "who", Name(StepWho::kMember));
    Put(last, "who_label", t.Get("who_" + Name(StepWho::kMember)));
    if (event) {
      PutEvent(k, *event, &last);
    } else if (meeting) {
      Put(last, "when", t.FormatDate(*meeting));
    }
    Put(last, "text", t.Get("kit_present_yourself_text"));
    Put(d, "present", std::move(last));
  }
  return d;
}

MustacheData KitNextSteps(KitContext& k) {
  const Cluster& c = k.cluster();
  const ClusterView& v = *k.ctx.view;
  const Strings& t = k.t();
  MustacheData steps = List();
  auto add = [&](const std::string& title, MustacheData item) {
    Put(item, "number", std::to_string(steps.list_value().size() + 1));
    Put(item, "title", t.Get(title));
    Append(steps, std::move(item));
  };
  MustacheData contact = Object();
  Put(contact, "contact", ContactData(c.contact));
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
    Put(service, "link", "#svc-" + first->slug);
    Put(service, "link_text", first->title);
    add("kit_next_service", service);
  }
  if (const Roadmap* r = KitRoadmapOf(v, k.options.member)) {
    MustacheData roadmap = Object();
    Put(roadmap, "link", "#kit-roadmap");
    Put(roadmap, "link_text", r->title);
    add("kit_next_roadmap", roadmap);
  }
  MustacheData meeting = Object();
  if (std::optional<Date> next = v.NextMeetingDate()) Put(meeting, "text", t.FormatDate(*next));
  if (!c.communication.meetings.empty()) Put(meeting, "detail", c.communication.meetings);
  add("kit_next_meeting", meeting);
  if (!k.ctx.base_url.empty()) {
    MustacheData site = Object();
    Put(site, "link", k.ctx.base_url);
    Put(site, "link_text", WebsiteLabel(k.ctx.base_url));
    add("kit_next_site", site);
  }
  return steps;
}

}  // namespace clustersite
