#include "mail/message.h"

#include <dlfcn.h>
#include <gmime/gmime.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "core/unicode.h"

namespace clustersite {
namespace {

/// GMime's shared library. It is opened when the first message is written,
/// not linked: GMime brings GLib, GObject, GIO and GPGME, whose loading and
/// set-up cost every process 9 ms at its start (measured on `--version`),
/// and a build writes no mail.
constexpr const char* kGMimeLibrary = "libgmime-3.0.so.0";

/// The GMime and GLib functions this file calls, each declared by GMime's
/// own headers and found in the library (or the GLib it loads) by name.
#define CLUSTERSITE_GMIME_FUNCTIONS(X)        \
  X(g_object_unref)                           \
  X(g_mime_init)                              \
  X(g_mime_text_part_new_with_subtype)        \
  X(g_mime_stream_mem_new_with_buffer)        \
  X(g_mime_data_wrapper_new_with_stream)      \
  X(g_mime_part_set_content)                  \
  X(g_mime_text_part_set_charset)             \
  X(g_mime_part_set_content_encoding)         \
  X(g_mime_part_get_best_content_encoding)    \
  X(internet_address_mailbox_new)             \
  X(internet_address_set_charset)             \
  X(internet_address_list_add)                \
  X(g_mime_message_get_addresses)             \
  X(g_time_zone_new_offset)                   \
  X(g_time_zone_unref)                        \
  X(g_date_time_new_from_unix_utc)            \
  X(g_date_time_to_timezone)                  \
  X(g_date_time_unref)                        \
  X(g_mime_message_set_date)                  \
  X(internet_address_group_new)               \
  X(g_mime_message_set_subject)               \
  X(g_mime_message_set_message_id)            \
  X(g_mime_format_options_new)                \
  X(g_mime_format_options_free)               \
  X(g_mime_format_options_set_newline_format) \
  X(g_mime_stream_mem_new)                    \
  X(g_mime_object_write_to_stream)            \
  X(g_mime_stream_mem_get_byte_array)         \
  X(g_mime_message_new)                       \
  X(g_mime_multipart_new_with_subtype)        \
  X(g_mime_multipart_set_boundary)            \
  X(g_mime_multipart_add)                     \
  X(g_mime_message_set_mime_part)

/// The functions of CLUSTERSITE_GMIME_FUNCTIONS, or why they could not be had.
struct GMimeApi {
// A member named as the function it points to: `name` cannot be parenthesised.
// NOLINTNEXTLINE(bugprone-macro-parentheses)
#define CLUSTERSITE_MEMBER(name) decltype(&::name) name = nullptr;
  CLUSTERSITE_GMIME_FUNCTIONS(CLUSTERSITE_MEMBER)
#undef CLUSTERSITE_MEMBER
  std::string error;  ///< "" when every function was found
};

GMimeApi LoadGMime() {
  GMimeApi api;
  void* library = dlopen(kGMimeLibrary, RTLD_NOW | RTLD_LOCAL);
  if (!library) {
    api.error = dlerror();
    return api;
  }
#define CLUSTERSITE_FIND(name)                                            \
  api.name = reinterpret_cast<decltype(api.name)>(dlsym(library, #name)); \
  if (!api.name) {                                                        \
    api.error = std::string(kGMimeLibrary) + " has no `" #name "`";       \
    return api;                                                           \
  }
  CLUSTERSITE_GMIME_FUNCTIONS(CLUSTERSITE_FIND)
#undef CLUSTERSITE_FIND
  // GMime's tables (charsets, the types of its objects) stay until the
  // process ends: g_mime_shutdown would pull them from under a message
  // being written on another thread.
  api.g_mime_init();
  return api;
}

/// GMime, opened and set up once a process, on the first message.
const GMimeApi& G() {
  static const GMimeApi api = LoadGMime();
  return api;
}

/// GMime's objects are GObjects: one reference each, dropped at the end of scope.
struct Unref {
  void operator()(void* object) const { G().g_object_unref(object); }
};
template <typename T>
using Owned = std::unique_ptr<T, Unref>;

/// RFC 5322 `atext`: what a dot-atom is made of besides its dots.
bool IsAtext(char c) {
  static constexpr std::string_view kSpecials = "!#$%&'*+-/=?^_`{|}~";
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         kSpecials.find(c) != std::string_view::npos;
}

/// RFC 5322 `dot-atom-text`: runs of atext joined by single dots. Both
/// halves of an address and of a Message-ID are written as one, so that
/// nothing in them needs quoting.
bool IsDotAtom(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.' || s.find("..") != s.npos) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == '.' || IsAtext(c); });
}

bool IsAddress(std::string_view address) {
  const size_t at = address.rfind('@');
  return at != address.npos && IsDotAtom(address.substr(0, at)) &&
         IsDotAtom(address.substr(at + 1));
}

/// True when `text` is UTF-8 without a control character: what a header
/// holds once it is unfolded. A line break in a name would end the header.
bool IsOneLine(std::string_view text) {
  const bool controls = std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
  return !controls && FindInvalidUtf8(text).line == 0;
}

constexpr std::string_view kNotOneLine =
    " is not one line of UTF-8 text (a line break or control character)";

void CheckMailbox(const Mailbox& box, const std::string& role, std::vector<std::string>* out) {
  if (!IsAddress(box.address)) {
    out->push_back(role + " address `" + box.address +
                   "` is not local@domain in ASCII without spaces, quotes or brackets");
  }
  if (!IsOneLine(box.name)) {
    out->push_back("the name of " + role + " `" + box.address + "`" + std::string(kNotOneLine));
  }
}

/// True when `t` falls in the years a `Date:` header can name (RFC 5322
/// wants four digits from 1900) and GLib's dates hold.
bool InDateYears(std::chrono::sys_seconds t) {
  const std::chrono::year year =
      std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(t)).year();
  return year >= std::chrono::year(1900) && year <= std::chrono::year(9999);
}

/// Every reason `m` cannot be written as given, one sentence each.
std::vector<std::string> Problems(const MailMessage& m) {
  std::vector<std::string> out;
  CheckMailbox(m.from, "the sender's", &out);
  for (const Mailbox& box : m.bcc) CheckMailbox(box, "the recipient's", &out);
  if (!IsOneLine(m.subject)) {
    out.push_back("the subject" + std::string(kNotOneLine));
  }
  if (!IsDotAtom(m.message_id_left) || !IsDotAtom(m.message_id_domain)) {
    out.push_back("the Message-ID `" + m.message_id_left + "@" + m.message_id_domain +
                  "` is not two dot-atoms: letters, digits, dots and !#$%&'*+-/=?^_`{|}~");
  }
  if (!InDateYears(m.date) || !InDateYears(m.date + m.utc_offset) ||
      std::chrono::abs(m.utc_offset) >= std::chrono::hours(24)) {
    out.emplace_back("the date is not in the years 1900 to 9999 with an offset under 24 hours");
  }
  for (const auto& [body, name] : {std::pair{&m.text_body, "plain-text"}, {&m.html_body, "HTML"}}) {
    if (FindInvalidUtf8(*body).line != 0) {
      out.push_back(std::string("the ") + name + " body is not UTF-8");
    }
  }
  return out;
}

/// A MIME boundary that is the same for the same bodies, so that two runs
/// write the same bytes (GMime draws a random one): "=_" and 128 bits of
/// XXH3 over both bodies. "=_" never stands in quoted-printable or base64
/// text, so only a body sent as it is could hold the boundary; then the
/// next seed is tried.
std::string Boundary(const std::string& text, const std::string& html) {
  for (XXH64_hash_t seed = 0;; ++seed) {
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(),
                                                                   &XXH3_freeState);
    XXH3_128bits_reset_withSeed(state.get(), seed);
    XXH3_128bits_update(state.get(), text.data(), text.size());
    XXH3_128bits_update(state.get(), "", 1);  // "ab"+"c" and "a"+"bc" differ
    XXH3_128bits_update(state.get(), html.data(), html.size());
    const XXH128_hash_t hash = XXH3_128bits_digest(state.get());
    std::array<char, 40> hex{};
    std::snprintf(hex.data(), hex.size(), "=_%016llx%016llx",
                  static_cast<unsigned long long>(hash.high64),
                  static_cast<unsigned long long>(hash.low64));
    std::string boundary(hex.data());
    if (text.find(boundary) == text.npos && html.find(boundary) == html.npos) return boundary;
  }
}

/// A text part of `subtype` holding `body` as UTF-8, byte for byte (GMime's
/// own set_text would pick a charset and may convert), in the transfer
/// encoding GMime finds best for 7-bit transport: lines over 998 octets or
/// 8-bit text become quoted-printable or base64, so any relay carries it.
Owned<GMimeObject> TextPart(const char* subtype, const std::string& body) {
  Owned<GMimeTextPart> part(G().g_mime_text_part_new_with_subtype(subtype));
  Owned<GMimeStream> stream(G().g_mime_stream_mem_new_with_buffer(body.data(), body.size()));
  Owned<GMimeDataWrapper> content(
      G().g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
  GMimePart* mime_part = reinterpret_cast<GMimePart*>(part.get());
  G().g_mime_part_set_content(mime_part, content.get());
  G().g_mime_text_part_set_charset(part.get(), "utf-8");
  G().g_mime_part_set_content_encoding(mime_part, G().g_mime_part_get_best_content_encoding(
                                                      mime_part, GMIME_ENCODING_CONSTRAINT_7BIT));
  return Owned<GMimeObject>(reinterpret_cast<GMimeObject*>(part.release()));
}

/// Adds `box` to the address header `type`. Names go out as UTF-8 encoded
/// words: GMime would otherwise pick the smallest charset that fits each
/// (ISO-8859-4 for Latvian), which readers handle less well than UTF-8.
void AddMailbox(GMimeMessage* message, GMimeAddressType type, const Mailbox& box) {
  Owned<InternetAddress> address(
      G().internet_address_mailbox_new(box.name.c_str(), box.address.c_str()));
  G().internet_address_set_charset(address.get(), "utf-8");
  G().internet_address_list_add(G().g_mime_message_get_addresses(message, type), address.get());
}

/// `Date:` at `date`, written with the offset `utc_offset` ("+0200").
void SetDate(GMimeMessage* message, std::chrono::sys_seconds date,
             std::chrono::minutes utc_offset) {
  using Zone = std::unique_ptr<GTimeZone, decltype(G().g_time_zone_unref)>;
  using Time = std::unique_ptr<GDateTime, decltype(G().g_date_time_unref)>;
  const Zone zone(G().g_time_zone_new_offset(static_cast<gint32>(utc_offset.count() * 60)),
                  G().g_time_zone_unref);
  const Time utc(G().g_date_time_new_from_unix_utc(date.time_since_epoch().count()),
                 G().g_date_time_unref);
  const Time local(G().g_date_time_to_timezone(utc.get(), zone.get()), G().g_date_time_unref);
  G().g_mime_message_set_date(message, local.get());
}

/// The headers in the order a reader expects them. No one is named in
/// `To:`: an empty group says so (README, Dependencies, says why).
void SetHeaders(GMimeMessage* message, const MailMessage& m) {
  AddMailbox(message, GMIME_ADDRESS_TYPE_FROM, m.from);
  Owned<InternetAddress> nobody(G().internet_address_group_new("undisclosed-recipients"));
  G().internet_address_list_add(G().g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO),
                                nobody.get());
  for (const Mailbox& box : m.bcc) AddMailbox(message, GMIME_ADDRESS_TYPE_BCC, box);
  G().g_mime_message_set_subject(message, m.subject.c_str(), "utf-8");
  SetDate(message, m.date, m.utc_offset);
  G().g_mime_message_set_message_id(message,
                                    (m.message_id_left + "@" + m.message_id_domain).c_str());
}

/// The message's bytes with CRLF line ends, the form RFC 5322 defines and
/// the one sendmail -t, Outlook and Thunderbird all read (see README).
std::string Serialize(GMimeObject* message) {
  const std::unique_ptr<GMimeFormatOptions, decltype(G().g_mime_format_options_free)> options(
      G().g_mime_format_options_new(), G().g_mime_format_options_free);
  G().g_mime_format_options_set_newline_format(options.get(), GMIME_NEWLINE_FORMAT_DOS);
  Owned<GMimeStream> stream(G().g_mime_stream_mem_new());
  G().g_mime_object_write_to_stream(message, options.get(), stream.get());
  const GByteArray* bytes =
      G().g_mime_stream_mem_get_byte_array(reinterpret_cast<GMimeStreamMem*>(stream.get()));
  return {reinterpret_cast<const char*>(bytes->data), bytes->len};
}

}  // namespace

bool WriteMessage(const MailMessage& message, std::string* eml,
                  std::vector<std::string>* problems) {
  std::vector<std::string> found = Problems(message);
  if (!found.empty()) {
    problems->insert(problems->end(), found.begin(), found.end());
    return false;
  }
  if (const std::string& error = G().error; !error.empty()) {
    problems->push_back("GMime, which writes the message, could not be loaded (" + error +
                        "); install it: apt-get install libgmime-3.0-0");
    return false;
  }
  Owned<GMimeMessage> mime(G().g_mime_message_new(FALSE));
  SetHeaders(mime.get(), message);
  Owned<GMimeMultipart> alternative(G().g_mime_multipart_new_with_subtype("alternative"));
  G().g_mime_multipart_set_boundary(alternative.get(),
                                    Boundary(message.text_body, message.html_body).c_str());
  // RFC 2046 5.1.4: the part a reader likes best comes last.
  G().g_mime_multipart_add(alternative.get(), TextPart("plain", message.text_body).get());
  G().g_mime_multipart_add(alternative.get(), TextPart("html", message.html_body).get());
  G().g_mime_message_set_mime_part(mime.get(), reinterpret_cast<GMimeObject*>(alternative.get()));
  *eml = Serialize(reinterpret_cast<GMimeObject*>(mime.get()));
  return true;
}

}  // namespace clustersite
