#pragma once

#include <string>
#include <string_view>

namespace clustersite {

/// The UID of an event (RFC 5545 §3.8.4.7): the version-5 UUID (RFC 4122
/// §4.3: SHA-1, the URL namespace) of `public_url` without its trailing
/// slashes, "/" and `slug`, or of `slug` alone when there is no URL. The
/// same event has the same UID in every build and in every audience's
/// calendar, and the UID names no host or domain, as RFC 7986 §5.3 asks:
/// "a6319886-15b1-5864-8a3a-b9ff903890d6" for
/// ("https://koks.example.org/", "brokastis-2026-12").
std::string EventUid(std::string_view public_url, std::string_view slug);

}  // namespace clustersite
