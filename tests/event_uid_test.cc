// An event's UID: a version-5 UUID of the cluster's public URL and the slug.

#include "calendar/event_uid.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("an event's UID is the version-5 UUID of URL/slug that Python's uuid5 computes") {
  // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_URL,
  //   'https://koks.example.org/brokastis-2026-12'))"
  CHECK(EventUid("https://koks.example.org", "brokastis-2026-12") ==
        "a6319886-15b1-5864-8a3a-b9ff903890d6");
}

TEST_CASE("a trailing slash of the public URL does not change an event's UID") {
  CHECK(EventUid("https://koks.example.org/", "brokastis-2026-12") ==
        EventUid("https://koks.example.org", "brokastis-2026-12"));
  CHECK(EventUid("https://koks.example.org//", "brokastis-2026-12") ==
        EventUid("https://koks.example.org", "brokastis-2026-12"));
}

TEST_CASE("without a public URL an event's UID is the UUID of its slug alone") {
  CHECK(EventUid("", "brokastis-2026-12") == "ec8c588c-7e65-5177-8132-df8f74e994c3");
}

TEST_CASE("an event's UID names no host, and differs from one slug to the next") {
  const std::string uid = EventUid("https://koks.example.org", "brokastis-2026-12");
  CHECK(uid.find("example") == std::string::npos);
  CHECK(uid.find('@') == std::string::npos);
  CHECK(EventUid("https://koks.example.org", "brokastis-2027-01") != uid);
  CHECK(EventUid("https://mezs.example.org", "brokastis-2026-12") != uid);
}

}  // namespace clustersite
