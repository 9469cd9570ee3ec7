#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace clustersite {

// One e-mail message (RFC 5322 with MIME), written as the bytes of an .eml
// file: the monthly digest. It knows nothing of clusters or content; the
// caller fills the struct. This file is the one place that knows GMime.

/// A named person at an address.
struct Mailbox {
  std::string name;     ///< UTF-8 display name, one line; may be empty
  std::string address;  ///< local@domain in ASCII (no IDN, no SMTPUTF8)
};

/// What the message says, and to whom. Every field goes into the message
/// as given: the same struct, the same bytes.
struct MailMessage {
  Mailbox from;                        ///< the sender, a named person
  std::vector<Mailbox> bcc;            ///< every recipient, hidden from the others
  std::string subject;                 ///< UTF-8, one line
  std::chrono::sys_seconds date{};     ///< the instant of the `Date:` header
  std::chrono::minutes utc_offset{0};  ///< the zone it is written in: +120 for Riga in winter
  std::string message_id_left;         ///< `Message-ID: <left@domain>`, the part before the `@`
  std::string message_id_domain;       ///< and after it; both dot-atoms ("digest.2026-11")
  std::string text_body;               ///< UTF-8 plain text, lines ending in "\n"
  std::string html_body;               ///< a complete UTF-8 HTML document, lines ending in "\n"
};

/// Writes `message` into `eml` as one RFC 5322 message: UTF-8 headers as
/// RFC 2047 encoded words, folded; `multipart/alternative` with the plain
/// text first and the HTML second, each quoted-printable or base64 as GMime
/// finds best for 7-bit transport; the MIME boundary a digest of the bodies,
/// not random; CRLF line ends. False, with one sentence a problem in
/// `problems` and nothing written, when an address, the Message-ID, a name
/// or the subject cannot be carried as given.
bool WriteMessage(const MailMessage& message, std::string* eml, std::vector<std::string>* problems);

}  // namespace clustersite
