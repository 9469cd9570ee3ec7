#include "calendar/event_uid.h"

#include <openssl/evp.h>

#include <array>

namespace clustersite {
namespace {

/// The name space ID for URLs of RFC 4122 Appendix C:
/// 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
constexpr std::array<unsigned char, 16> kUrlNamespace = {
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};

/// The first 16 bytes of `hash` as a UUID's text, lowercase hex in groups
/// of 8-4-4-4-12 digits.
std::string UuidText(const unsigned char* hash) {
  constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kDigits[hash[i] >> 4];
    out += kDigits[hash[i] & 0x0F];
  }
  return out;
}

}  // namespace

std::string EventUid(std::string_view public_url, std::string_view slug) {
  while (!public_url.empty() && public_url.back() == '/') public_url.remove_suffix(1);
  std::string name(kUrlNamespace.begin(), kUrlNamespace.end());
  if (!public_url.empty()) name.append(public_url).append("/");
  name.append(slug);
  std::array<unsigned char, EVP_MAX_MD_SIZE> hash{};
  unsigned int size = 0;
  EVP_Digest(name.data(), name.size(), hash.data(), &size, EVP_sha1(), nullptr);
  hash[6] = (hash[6] & 0x0F) | 0x50;  // version 5
  hash[8] = (hash[8] & 0x3F) | 0x80;  // the variant of RFC 4122
  return UuidText(hash.data());
}

}  // namespace clustersite
