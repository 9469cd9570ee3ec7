#include "visit/visit_brief.h"

#include <set>

#include "core/stage_clock.h"
#include "core/unicode.h"
#include "core/url.h"
#include "kit/cluster_document.h"
#include "kit/kit_context.h"
#include "pages/staff_views.h"

namespace clustersite {
namespace {

/// The company: its facts as the member overview shows them (`staff`), and more.
MustacheData CompanyData(const KitContext& k, const Member& m, StaffMemberView staff) {
  const Strings& t = k.t();
  MustacheData d = ToData(staff);
  Put(d, "sector", m.sector);
  Put(d, "type_label", t.Get("type_" + Name(m.type)));
  if (m.size != MemberSize::kUnset) Put(d, "size_label", t.Get("size_" + Name(m.size)));
  std::vector<std::string> interests;
  for (const std::string& key : m.interests) interests.push_back(CategoryName(k.cluster(), key));
  Put(d, "interests", NameList(interests));
  if (!m.website.empty()) Put(d, "website", m.website);
  Put(d, "contact", m.contact ? ContactData(*m.contact) : MustacheData(false));
  return d;
}

/// Each use of the member, newest first, with its rating and comment.
MustacheData RecordsData(const KitContext& k, const Member& m) {
  const ClusterView& v = *k.ctx.view;
  MustacheData list = List();
  for (size_t i : m.activity.uses) {
    const FeedbackRecord& r = k.cluster().feedback[i];
    MustacheData d = Object();
    Put(d, "date", k.t().FormatDate(r.date));
    Put(d, "date_iso", r.date.Iso());
    auto service = v.service_by_slug.find(r.service.value);
    Put(d, "service",
        service == v.service_by_slug.end() ? r.service.value : service->second->title);
    Put(d, "rating", r.rating ? MustacheData(std::to_string(*r.rating)) : MustacheData(false));
    Put(d, "contacts", r.contacts);
    Put(d, "comment", r.comment.empty() ? MustacheData(false) : MustacheData(r.comment));
    Put(d, "quote", r.quote && !r.comment.empty());
    Append(list, std::move(d));
  }
  return list;
}

/// A story in the brief: told in full the first time, then referred to.
MustacheData StoryData(KitContext& k, const Story& s, std::set<std::string>* told) {
  MustacheData d = StoryCard(k.ctx, s, kStaffVisitsDir);
  Put(d, "id", "story-" + s.slug);
  if (told->insert(s.slug).second) {
    Put(d, "full", true);
    Put(d, "body_html", k.Html(s.rel, StoryDir(s), 3, "story-" + s.slug + "-"));
  } else {
    Put(d, "full", false);  // not a `full` of an outer context
  }
  return d;
}

/// The services to offer, each with another member's story about it.
MustacheData OfferData(KitContext& k, const Member& m) {
  const ClusterView& v = *k.ctx.view;
  MustacheData d = Object();
  MustacheData services = List();
  std::set<std::string> told;
  for (const Service* s : ServicesToOffer(v, m)) {
    MustacheData item = ServiceCard(k.ctx, *s, kStaffVisitsDir, 0);
    ServiceContact contact = ResolveServiceContact(v, *s);
    Put(item, "contact", ContactData(contact.person, contact.organisation));
    const Story* story = OtherMembersStory(v, *s, m);
    Put(item, "story", story ? StoryData(k, *story, &told) : MustacheData(false));
    Append(services, std::move(item));
  }
  if (services.is_empty_list())
    Put(d, "none", k.t().Get(m.interests.empty() ? "visit_no_interests" : "visit_offer_none"));
  Put(d, "services", std::move(services));
  return d;
}

/// The steps of the roadmap for the member's group, or why there are none.
MustacheData RoadmapData(KitContext& k, const Member& m, const std::string& why) {
  const Strings& t = k.t();
  MustacheData d = Object();
  if (const Roadmap* r = StaffRoadmapOf(*k.ctx.view, m)) {
    Put(d, "title", r->title);
    Put(d, "steps", k.Steps(*r));
  } else if (m.group == MemberGroup::kNone) {
    Put(d, "none", t.Get("visit_no_group") + " " + why + ".");
  } else {
    Put(d, "none", t.Get("visit_no_roadmap"));
  }
  return d;
}

DocumentCover Cover(KitContext& k, const Member& m, const std::string& group) {
  const Strings& t = k.t();
  DocumentCover cover;
  cover.kind = t.Get("staff_brief");
  cover.title = k.cluster().name;
  cover.lead = m.name;
  cover.lead_label = t.Get("visit_member");
  cover.logo = LogoDataUri(k.cluster(), k.options.read_media, &k.missing_media);
  cover.text = t.Get("visit_text");
  cover.facts = {{t.Get("visit_as_of"), {t.FormatDate(k.cluster().as_of)}},
                 {t.Get("staff_group"), {group}}};
  if (m.contact) cover.facts.push_back(ContactFact(t, *m.contact));
  return cover;
}

/// What the brief is around its parts: titles, cover, page header and footer.
PrintDocument BriefDocument(KitContext& k, const Member& m, const std::string& group) {
  const Strings& t = k.t();
  const Cluster& c = k.cluster();
  PrintDocument doc;
  doc.lang = t.lang();
  doc.prefix = "visit";
  doc.title = t.Get("staff_brief") + " – " + m.name + " – " + c.name;
  doc.description = t.Get("staff_brief") + ": " + m.name;
  doc.robots = "noindex, nofollow";
  doc.skip_link = t.Get("skip_link");
  doc.back_url = RelativeUrl(kStaffVisitsDir, kStaffMembersDir);
  doc.back_text = t.Get("visit_back");
  doc.back_label = t.Get("nav_staff");
  doc.header = c.name;
  doc.footer = t.Get("staff_brief") + " · " + m.name;
  doc.page_label = t.Get("kit_page");
  doc.brand = k.ctx.brand;
  doc.style_sheet = "kit/kit.css";
  doc.cover = Cover(k, m, group);
  doc.contents_title = t.Get("kit_contents");
  return doc;
}

}  // namespace

std::vector<DocumentPart> VisitParts(const Strings& t) {
  std::vector<DocumentPart> parts;
  for (const char* name : {"company", "uses", "offer", "roadmap"}) {
    parts.push_back({std::string("visit-") + name, t.Get(std::string("visit_") + name), ""});
  }
  return parts;
}

const Story* OtherMembersStory(const ClusterView& view, const Service& service,
                               const Member& member) {
  auto it = view.stories_by_service.find(service.slug);
  if (it == view.stories_by_service.end()) return nullptr;
  const Story* best = nullptr;
  const std::string me = FoldKey(member.name);
  for (const Story* s : it->second) {  // newest first
    if (FoldKey(s->company) == me) continue;
    if (!best || (IsPrivate(best->visibility) && !IsPrivate(s->visibility))) best = s;
  }
  return best;
}

std::vector<const Service*> ServicesToOffer(const ClusterView& view, const Member& member) {
  const std::set<std::string> interests(member.interests.begin(), member.interests.end());
  std::set<std::string> never;
  for (size_t i : member.activity.never_used) never.insert(view.cluster->services[i].slug);
  std::vector<const Service*> out;
  for (const Service* s : view.services) {
    if (interests.count(s->category) && never.count(s->slug)) out.push_back(s);
  }
  return out;
}

std::string RenderVisitBrief(const ClusterContext& ctx, const Theme& theme, const Member& member,
                             const MediaReader& read_media, Diagnostics* diag) {
  StageScope stage(Stage::kKit);
  KitOptions options;
  options.member = &member;
  options.read_media = read_media;
  KitContext k{ctx, options, {}, "", MemberInterests(options), {}};
  const Strings& t = k.t();
  StaffMemberView staff = BuildStaffMember(ctx, member, kStaffVisitsDir);
  const std::string why = staff.why.value_or("");
  const std::string group = staff.group_label + (why.empty() ? "" : " – " + why);
  PrintDocument doc = BriefDocument(k, member, group);
  MustacheData data = Object();
  Put(data, "t", t.data());
  Put(data, "member", CompanyData(k, member, std::move(staff)));
  Put(data, "has_records", !member.activity.uses.empty());
  Put(data, "records", RecordsData(k, member));
  Put(data, "offer", OfferData(k, member));
  Put(data, "roadmap", RoadmapData(k, member, why));
  doc.parts = VisitParts(t);
  const std::string& dir = k.cluster().dir;
  if (!k.missing_media.empty())
    diag->Error(dir, {}, "a visit brief cannot embed " + k.missing_media);
  return RenderParts(theme, std::move(doc), data, dir, "a visit brief", diag);
}

}  // namespace clustersite
