#include "serve/allowed_hosts.h"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace clustersite {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

/// "::1" → "[::1]"; names and IPv4 addresses stay as they are.
std::string AsHost(std::string_view name) {
  if (name.find(':') != std::string_view::npos && !StartsWith(name, "["))
    return "[" + std::string(name) + "]";
  return std::string(name);
}

}  // namespace

bool IsLoopback(std::string_view address) {
  if (StartsWith(address, "::ffff:")) address.remove_prefix(7);  // IPv4 on an IPv6 socket
  return address == "localhost" || address == "::1" || address == "[::1]" ||
         StartsWith(address, "127.");
}

bool IsWildcard(std::string_view address) {
  return address.empty() || address == "0.0.0.0" || address == "::" || address == "[::]";
}

AllowedHosts::AllowedHosts(const std::string& bind, int port,
                           const std::vector<std::string>& local_names)
    : port_(port) {
  if (IsWildcard(bind)) {
    for (const std::string& name : local_names) Add(name);
    Add("127.0.0.1");
    Add("localhost");
    Add("::1");
    url_ = "http://127.0.0.1:" + std::to_string(port) + "/";
    return;
  }
  Add(bind);
  if (IsLoopback(bind)) Add("localhost");
  url_ = "http://" + AsHost(bind) + ":" + std::to_string(port) + "/";
}

void AllowedHosts::Add(std::string_view name) {
  hosts_.insert(Lower(AsHost(name)) + ":" + std::to_string(port_));
}

bool AllowedHosts::Allows(std::string_view host) const {
  std::string h = Lower(Trim(host));
  // Without a port the browser means the default one.
  bool has_port = !h.empty() && h.back() != ']' && h.rfind(':') != std::string::npos &&
                  (h[0] != '[' || h.rfind(':') > h.find(']'));
  if (!has_port) {
    if (port_ != 80) return false;
    h += ":80";
  }
  return hosts_.count(h) > 0;
}

std::vector<std::string> LocalNames() {
  std::vector<std::string> out;
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) == 0 && name[0]) out.emplace_back(name);
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return out;
  for (ifaddrs* a = list; a; a = a->ifa_next) {
    if (!a->ifa_addr) continue;
    char text[INET6_ADDRSTRLEN] = {};
    if (a->ifa_addr->sa_family == AF_INET) {
      inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(a->ifa_addr)->sin_addr, text, sizeof text);
    } else if (a->ifa_addr->sa_family == AF_INET6) {
      inet_ntop(AF_INET6, &reinterpret_cast<sockaddr_in6*>(a->ifa_addr)->sin6_addr, text,
                sizeof text);
    } else {
      continue;
    }
    out.emplace_back(text);
  }
  freeifaddrs(list);
  return out;
}

}  // namespace clustersite
