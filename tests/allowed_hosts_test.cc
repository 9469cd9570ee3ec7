#include "serve/allowed_hosts.h"

#include <doctest/doctest.h>

namespace clustersite {

TEST_CASE("a loopback server answers its own address and localhost, with its port") {
  AllowedHosts hosts("127.0.0.1", 18123, {});
  CHECK(hosts.url() == "http://127.0.0.1:18123/");
  CHECK(hosts.Allows("127.0.0.1:18123"));
  CHECK(hosts.Allows("localhost:18123"));
  CHECK(hosts.Allows("LocalHost:18123"));
  CHECK_FALSE(hosts.Allows("127.0.0.1:18124"));
  CHECK_FALSE(hosts.Allows("127.0.0.1"));           // port 80 is not the port
  CHECK_FALSE(hosts.Allows("evil.example:18123"));  // DNS rebinding
  CHECK_FALSE(hosts.Allows("localhost.evil.example:18123"));
  CHECK_FALSE(hosts.Allows("127.0.0.1.nip.io:18123"));
  CHECK_FALSE(hosts.Allows("[::1]:18123"));
  CHECK_FALSE(hosts.Allows(""));
}

TEST_CASE("an IPv6 or another address answers only itself") {
  AllowedHosts v6("::1", 8000, {});
  CHECK(v6.url() == "http://[::1]:8000/");
  CHECK(v6.Allows("[::1]:8000"));
  CHECK(v6.Allows("localhost:8000"));
  CHECK_FALSE(v6.Allows("::1:8000"));
  AllowedHosts lan("192.168.1.20", 80, {});
  CHECK(lan.Allows("192.168.1.20"));  // port 80 may be left out
  CHECK(lan.Allows("192.168.1.20:80"));
  CHECK_FALSE(lan.Allows("localhost:80"));
  CHECK_FALSE(lan.Allows("127.0.0.1:80"));
}

TEST_CASE("a wildcard server answers the machine's names and loopback") {
  AllowedHosts any("0.0.0.0", 8000, {"build-host", "10.0.0.5", "fe80::1"});
  CHECK(any.Allows("build-host:8000"));
  CHECK(any.Allows("10.0.0.5:8000"));
  CHECK(any.Allows("[fe80::1]:8000"));
  CHECK(any.Allows("127.0.0.1:8000"));
  CHECK(any.Allows("localhost:8000"));
  CHECK_FALSE(any.Allows("0.0.0.0:8000"));
  CHECK_FALSE(any.Allows("evil.example:8000"));
  CHECK(IsWildcard("::"));
  CHECK(IsLoopback("127.0.0.2"));
  CHECK_FALSE(IsLoopback("128.0.0.1"));
}

TEST_CASE("a client on 127.0.0.0/8 or ::1 is on this machine, also as an IPv4-mapped address") {
  CHECK(IsLoopback("::1"));
  CHECK(IsLoopback("::ffff:127.0.0.1"));
  CHECK_FALSE(IsLoopback("::ffff:192.0.2.7"));
  CHECK_FALSE(IsLoopback("192.0.2.7"));
  CHECK_FALSE(IsLoopback("fe80::1"));
}

}  // namespace clustersite
