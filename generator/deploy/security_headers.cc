#include "deploy/security_headers.h"

namespace clustersite {
namespace {

/// " 'sha256-a' 'sha256-b'": the hashes, each after a space.
std::string Sources(const std::set<std::string>& hashes) {
  std::string out;
  for (const std::string& h : hashes) out.append(" ").append(h);
  return out;
}

}  // namespace

std::vector<HttpHeader> FixedHeaders() {
  return {{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}};
}

std::string PagesPolicy(const InlineCode& code) {
  return "default-src 'self'; script-src 'self'" + Sources(code.scripts) + "; style-src 'self'" +
         Sources(code.styles) +
         "; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
         "frame-ancestors 'none'";
}

std::string DocumentsPolicy(const InlineCode& code) {
  std::string policy = "default-src 'none'; style-src" + Sources(code.styles);
  if (code.styles.empty()) policy += " 'none'";
  if (!code.scripts.empty()) policy += "; script-src" + Sources(code.scripts);
  return policy +
         "; img-src 'self' data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; "
         "form-action 'none'";
}

}  // namespace clustersite
