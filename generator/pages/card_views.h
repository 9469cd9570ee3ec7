#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/service_contact.h"
#include "pages/view.h"
#include "theme/template_schema.h"

namespace clustersite {

/// Views of the parts many pages share: contacts, cards and roadmap steps.
/// Each is built from the model in one place (Build…) and turned into
/// template data by its Fill, which also declares the names a template may
/// use of it.

/// A part of an e-mail address between the places a line may break (after
/// the @, before each dot): partials/email.html puts a <wbr> before it.
struct EmailPartView {
  std::string text;
  bool break_before = false;
};
void Fill(ViewFields& f, EmailPartView& v);

struct ContactView {
  std::string name;
  std::optional<std::string> role, organisation, email, phone;
  std::vector<EmailPartView> email_parts;
  std::optional<std::string> phone_tel;  ///< the phone's digits, for a tel: link
};
/// `organisation`: the member the person works for, or "".
ContactView BuildContact(const Contact& c, const std::string& organisation = "");
void Fill(ViewFields& f, ContactView& v);

/// A link to a page by its title: a story's services, the previous story.
struct LinkView {
  std::string title, url;
};
void Fill(ViewFields& f, LinkView& v);

struct ServiceCardView {
  std::string url, slug, title, summary, category, uses_last_year;
  std::optional<std::string> rank;     ///< 1, 2, 3 for the three most used
  std::vector<std::string> audiences;  ///< in the cluster's language
  bool members_only = false;
};
/// URLs relative to the page folder `from`; `rank` 0 for none.
ServiceCardView BuildServiceCard(const ClusterContext& ctx, const Service& s,
                                 const std::string& from, int rank);
void Fill(ViewFields& f, ServiceCardView& v);

struct StoryCardView {
  std::string url, slug, title, company;
  std::optional<std::string> summary;
  std::string date, date_iso;
  std::vector<LinkView> services;
  bool members_only = false;
};
StoryCardView BuildStoryCard(const ClusterContext& ctx, const Story& s, const std::string& from);
void Fill(ViewFields& f, StoryCardView& v);

struct RoadmapCardView {
  std::string url, slug, title, for_label, steps_count;
  std::optional<LinkView> service;  ///< for a service's roadmap
};
RoadmapCardView BuildRoadmapCard(const ClusterContext& ctx, const Roadmap& r,
                                 const std::string& from);
void Fill(ViewFields& f, RoadmapCardView& v);

struct StepView {
  std::string number, who, who_label, title;
  std::optional<std::string> when;
  std::string text_html;  ///< from cmark-gfm
};
/// The numbered steps of `r`.
std::vector<StepView> BuildSteps(const ClusterContext& ctx, const Roadmap& r);
void Fill(ViewFields& f, StepView& v);

/// A service with its body and contact, on its page.
struct ServiceDetailView {
  ServiceCardView card;
  ContactView contact;
  std::optional<ContactView> via;  ///< the cluster contact, beside a member's contact person
  std::string body_html;
};
ServiceDetailView BuildServiceDetail(const ClusterContext& ctx, const Service& s,
                                     const std::string& from, int rank);
void Fill(ViewFields& f, ServiceDetailView& v);

/// A roadmap with its introduction and steps, on its page and its service's.
struct RoadmapDetailView {
  RoadmapCardView card;
  std::string intro_html;
  std::vector<StepView> steps;
};
RoadmapDetailView BuildRoadmapDetail(const ClusterContext& ctx, const Roadmap& r,
                                     const std::string& from);
void Fill(ViewFields& f, RoadmapDetailView& v);

/// The template data of the views above, for the welcome kit's parts.
MustacheData ServiceCard(const ClusterContext& ctx, const Service& s, const std::string& from,
                         int rank);
MustacheData StoryCard(const ClusterContext& ctx, const Story& s, const std::string& from);
MustacheData ContactData(const Contact& c, const std::string& organisation = "");
/// Rewrites the rendered Markdown of the document `key`.
using HtmlAdapter = std::function<std::string(const std::string& key, const std::string& html)>;
/// The numbered steps of `r`; `adapt` (when given) rewrites each step's HTML.
MustacheData StepsData(const ClusterContext& ctx, const Roadmap& r,
                       const HtmlAdapter& adapt = nullptr);

}  // namespace clustersite
