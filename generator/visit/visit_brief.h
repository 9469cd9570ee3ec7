#pragma once

#include <string>
#include <vector>

#include "document/print_document.h"
#include "media/media_file.h"
#include "pages/view.h"

namespace clustersite {

// The annual visit brief: one print document per member (the study: one
// visit a year to every member), for the staff. It tells what the member
// used and said, offers the services of its interests that it has not used,
// each with another member's success story, and sets out its group's roadmap.

/// The parts of every brief, titled in `t`'s language and not yet rendered:
/// the company, its uses and ratings, the services to offer, its group's
/// roadmap. Part `visit-x` is rendered by the theme's templates/visit/x.html.
std::vector<DocumentPart> VisitParts(const Strings& t);

/// The story of another member about `service` that a brief for `member`
/// shows: one whose company is not the member, public before members-only,
/// then newest first; nullptr when there is none.
const Story* OtherMembersStory(const ClusterView& view, const Service& service,
                               const Member& member);

/// The services a brief offers `member`: those of `view` (most used first)
/// whose category is among its interests and that it never used.
std::vector<const Service*> ServicesToOffer(const ClusterView& view, const Member& member);

/// Renders the visit brief of `member` of `ctx`'s cluster (a staff view):
/// one self-contained HTML file, its images from `read_media`. Media that
/// cannot be read are reported to `diag`.
std::string RenderVisitBrief(const ClusterContext& ctx, const Theme& theme, const Member& member,
                             const MediaReader& read_media, Diagnostics* diag);

}  // namespace clustersite
