#pragma once

#include "kit/kit_context.h"

namespace clustersite {

/// The data of the kit's longer parts, for templates/kit/*.html.

/// The three most used services, then the rest by category, each with its
/// contact and roadmap steps; marked when they suit the member's interests.
MustacheData KitServices(KitContext& k);
/// Stories grouped by the service they are about, each told once in full.
MustacheData KitStories(KitContext& k);
/// Members and partners by sector; for a member, the closest ones first.
MustacheData KitMembers(KitContext& k);
/// The new-member roadmap, ending with presenting yourself at the next meeting.
MustacheData KitRoadmap(KitContext& k);
/// The last page: what to do next.
MustacheData KitNextSteps(KitContext& k);

}  // namespace clustersite
