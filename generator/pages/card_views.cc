#include "pages/card_views.h"

#include "core/text.h"
#include "core/url.h"

namespace clustersite {

ContactView BuildContact(const Contact& c, const std::string& organisation) {
  ContactView v;
  v.name = c.name;
  if (!c.role.empty()) v.role = c.role;
  if (!organisation.empty()) v.organisation = organisation;
  if (!c.email.empty()) {
    v.email = c.email;
    for (std::string& text : EmailLineParts(c.email))
      v.email_parts.push_back({std::move(text), !v.email_parts.empty()});
  }
  if (!c.phone.empty()) {
    v.phone = c.phone;
    std::string tel;
    for (char ch : c.phone) {
      if ((ch >= '0' && ch <= '9') || (ch == '+' && tel.empty())) tel += ch;
    }
    if (!tel.empty()) v.phone_tel = std::move(tel);
  }
  return v;
}

void Fill(ViewFields& f, EmailPartView& v) {
  f.Text("text", std::move(v.text));
  f.Flag("break_before", v.break_before);
}

void Fill(ViewFields& f, ContactView& v) {
  f.Text("name", std::move(v.name));
  f.Text("role", std::move(v.role));
  f.Text("organisation", std::move(v.organisation));
  f.Text("email", std::move(v.email));
  f.List("email_parts", v.email_parts);
  f.Text("phone", std::move(v.phone));
  f.Text("phone_tel", std::move(v.phone_tel));
}

void Fill(ViewFields& f, LinkView& v) {
  f.Text("title", std::move(v.title));
  f.Text("url", std::move(v.url));
}

ServiceCardView BuildServiceCard(const ClusterContext& ctx, const Service& s,
                                 const std::string& from, int rank) {
  ServiceCardView v;
  v.url = RelativeUrl(from, ServiceDir(s));
  v.slug = s.slug;
  v.title = s.title;
  v.summary = s.summary;
  v.category = CategoryName(ctx.cluster(), s.category);
  v.uses_last_year = std::to_string(s.uses);
  if (rank > 0) v.rank = std::to_string(rank);
  for (ServiceAudience a : s.audience)
    v.audiences.push_back(ctx.strings->Get("audience_" + Name(a)));
  v.members_only = IsPrivate(s.visibility);
  return v;
}

void Fill(ViewFields& f, ServiceCardView& v) {
  f.Text("url", std::move(v.url));
  f.Text("slug", std::move(v.slug));
  f.Text("title", std::move(v.title));
  f.Text("summary", std::move(v.summary));
  f.Text("category", std::move(v.category));
  f.Text("uses_last_year", std::move(v.uses_last_year));
  f.Text("rank", std::move(v.rank));
  f.Names("audiences", std::move(v.audiences));
  f.Flag("members_only", v.members_only);
}

StoryCardView BuildStoryCard(const ClusterContext& ctx, const Story& s, const std::string& from) {
  StoryCardView v;
  v.url = RelativeUrl(from, StoryDir(s));
  v.slug = s.slug;
  v.title = s.title;
  v.company = s.company;
  if (!s.summary.empty()) v.summary = s.summary;
  v.date = ctx.strings->FormatDate(s.date);
  v.date_iso = s.date.Iso();
  for (const Service* svc : ctx.view->ServicesOf(s))
    v.services.push_back({svc->title, RelativeUrl(from, ServiceDir(*svc))});
  v.members_only = IsPrivate(s.visibility);
  return v;
}

void Fill(ViewFields& f, StoryCardView& v) {
  f.Text("url", std::move(v.url));
  f.Text("slug", std::move(v.slug));
  f.Text("title", std::move(v.title));
  f.Text("company", std::move(v.company));
  f.Text("summary", std::move(v.summary));
  f.Text("date", std::move(v.date));
  f.Text("date_iso", std::move(v.date_iso));
  f.List("services", v.services);
  f.Flag("members_only", v.members_only);
}

RoadmapCardView BuildRoadmapCard(const ClusterContext& ctx, const Roadmap& r,
                                 const std::string& from) {
  RoadmapCardView v;
  v.url = RelativeUrl(from, RoadmapDir(r));
  v.slug = r.slug;
  v.title = r.title;
  v.for_label = ForLabel(*ctx.strings, r.kind);
  v.steps_count = std::to_string(r.steps.size());
  if (r.service) {
    auto it = ctx.view->service_by_slug.find(r.service->value);
    if (it != ctx.view->service_by_slug.end())
      v.service = LinkView{it->second->title, RelativeUrl(from, ServiceDir(*it->second))};
  }
  return v;
}

void Fill(ViewFields& f, RoadmapCardView& v) {
  f.Text("url", std::move(v.url));
  f.Text("slug", std::move(v.slug));
  f.Text("title", std::move(v.title));
  f.Text("for_label", std::move(v.for_label));
  f.Text("steps_count", std::move(v.steps_count));
  f.Object("service", v.service);
}

std::vector<StepView> BuildSteps(const ClusterContext& ctx, const Roadmap& r) {
  std::vector<StepView> steps;
  for (size_t i = 0; i < r.steps.size(); ++i) {
    const Step& s = r.steps[i];
    StepView v;
    v.number = std::to_string(i + 1);
    v.who = Name(s.who);
    v.who_label = ctx.strings->Get("who_" + v.who);
    v.title = s.title;
    if (!s.when.empty()) v.when = s.when_date ? ctx.strings->FormatDate(*s.when_date) : s.when;
    v.text_html = ctx.markdown->Get(r.rel + "#step" + std::to_string(i + 1));
    steps.push_back(std::move(v));
  }
  return steps;
}

void Fill(ViewFields& f, StepView& v) {
  f.Text("number", std::move(v.number));
  f.OneOf("is_", v.who, AcceptedNames<StepWho>());
  f.Text("who", std::move(v.who));
  f.Text("who_label", std::move(v.who_label));
  f.Text("title", std::move(v.title));
  f.Text("when", std::move(v.when));
  f.Raw("text_html", std::move(v.text_html));
}

ServiceDetailView BuildServiceDetail(const ClusterContext& ctx, const Service& s,
                                     const std::string& from, int rank) {
  ServiceContact contact = ResolveServiceContact(*ctx.view, s);
  ServiceDetailView v{BuildServiceCard(ctx, s, from, rank),
                      BuildContact(contact.person, contact.organisation), std::nullopt,
                      ctx.markdown->Get(s.rel)};
  if (contact.via) v.via = BuildContact(*contact.via);
  return v;
}

void Fill(ViewFields& f, ServiceDetailView& v) {
  Fill(f, v.card);
  f.Object("contact", v.contact);
  f.Object("via", v.via);
  f.Raw("body_html", std::move(v.body_html));
}

RoadmapDetailView BuildRoadmapDetail(const ClusterContext& ctx, const Roadmap& r,
                                     const std::string& from) {
  return {BuildRoadmapCard(ctx, r, from), ctx.markdown->Get(r.rel), BuildSteps(ctx, r)};
}

void Fill(ViewFields& f, RoadmapDetailView& v) {
  Fill(f, v.card);
  f.Raw("intro_html", std::move(v.intro_html));
  f.List("steps", v.steps);
}

MustacheData ServiceCard(const ClusterContext& ctx, const Service& s, const std::string& from,
                         int rank) {
  return ToData(BuildServiceCard(ctx, s, from, rank));
}

MustacheData StoryCard(const ClusterContext& ctx, const Story& s, const std::string& from) {
  return ToData(BuildStoryCard(ctx, s, from));
}

MustacheData ContactData(const Contact& c, const std::string& organisation) {
  return ToData(BuildContact(c, organisation));
}

MustacheData StepsData(const ClusterContext& ctx, const Roadmap& r, const HtmlAdapter& adapt) {
  std::vector<StepView> steps = BuildSteps(ctx, r);
  MustacheData list = List();
  for (size_t i = 0; i < steps.size(); ++i) {
    if (adapt)
      steps[i].text_html = adapt(r.rel + "#step" + std::to_string(i + 1), steps[i].text_html);
    Append(list, ToData(steps[i]));
  }
  return list;
}

}  // namespace clustersite
