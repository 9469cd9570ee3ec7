#include "digest/digest.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/time_zone.h"
#include "core/url.h"
#include "markdown/markdown.h"
#include "model/audience.h"
#include "theme/i18n.h"

namespace clustersite {
namespace {

/// Where a plain-text body wraps: the 72 columns mail readers expect.
constexpr int kTextWidth = 72;

/// The hour of the as-of date the `Date:` header names, in the cluster's zone.
constexpr int kSendHour = 9;

std::string FileList(const std::vector<const News*>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i]->path;
  return out;
}

/// Exactly three items, none dated after the as-of date; else errors.
bool CheckItems(const Cluster& c, const Month& month, const std::vector<const News*>& items,
                Diagnostics* diag) {
  bool ok = true;
  if (items.size() != 3) {
    const std::string where = c.dir + "/news";
    const std::string have =
        items.empty() ? "none has it" : std::to_string(items.size()) + ": " + FileList(items);
    diag->Error(where, {},
                "the digest of " + month.Iso() + " takes exactly three news items dated in " +
                    "that month with `digest: true`, and " + have + "; " +
                    (items.size() > 3 ? "remove `digest: true` from all but three"
                                      : "mark " + std::to_string(3 - items.size()) + " more"));
    ok = false;
  }
  for (const News* n : items) {
    if (n->date <= c.as_of) continue;
    diag->Error(n->path, n->date_pos,
                "dated " + n->date.Iso() + ", after " + c.as_of.Iso() +
                    ", the date the digest is as of; send the digest on or after that day, or "
                    "give `--as-of`");
    ok = false;
  }
  return ok;
}

/// The members who asked for the digest, by name; an error when none did.
std::vector<Mailbox> Recipients(const Cluster& c, Diagnostics* diag) {
  std::vector<Mailbox> bcc;
  for (const Member& m : c.members) {
    if (!m.digest || !m.contact || m.contact->email.empty()) continue;
    bcc.push_back({m.contact->name.empty() ? m.name : m.contact->name, m.contact->email});
  }
  std::sort(bcc.begin(), bcc.end(), [](const Mailbox& a, const Mailbox& b) {
    return std::tie(a.address, a.name) < std::tie(b.address, b.name);
  });
  bcc.erase(std::unique(bcc.begin(), bcc.end(),
                        [](const Mailbox& a, const Mailbox& b) { return a.address == b.address; }),
            bcc.end());
  if (bcc.empty()) {
    diag->Error(c.members_path, {},
                "no member asks for the digest: add `digest: true` to the members in "
                "members.yaml who want it (each with a contact e-mail)");
  }
  return bcc;
}

/// The cluster's contact as the sender: a named person with an e-mail.
bool Sender(const Cluster& c, Diagnostics* diag, Mailbox* out) {
  const Contact& contact = c.contact;
  if (!contact.name.empty() && !contact.email.empty()) {
    *out = {contact.name, contact.email};
    return true;
  }
  diag->Error(c.yaml_path, contact.pos,
              "the digest is sent by the cluster's contact, a named person: give `contact` a "
              "`name` and an `email`");
  return false;
}

std::string DomainOf(std::string_view email) {
  size_t at = email.rfind('@');
  return at == std::string_view::npos ? "" : std::string(email.substr(at + 1));
}

/// A news item's body for the message: the HTML has no links into the
/// site (a mail has no pages beside it: a relative link keeps its text).
MustacheData ItemData(const News& n, size_t number, const Strings& t, Diagnostics* diag) {
  const MarkdownSource src{n.body.markdown, n.path, n.rel, n.body.first_line};
  const LinkResolver text_only = [](const LinkRequest&) { return LinkTarget::Hidden(); };
  MustacheData d = Object();
  Put(d, "number", std::to_string(number));
  Put(d, "slug", n.slug);
  Put(d, "title", n.title);
  Put(d, "kind_label", t.Get("news_kind_" + Name(n.kind)));
  Put(d, "date", t.FormatDate(n.date));
  Put(d, "date_iso", n.date.Iso());
  Put(d, "body_html", RenderMarkdown(src, &text_only, diag));
  std::string text = RenderMarkdownText(src, kTextWidth, diag);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  // The source is part of the item's text: a section of its own would leave
  // a blank line where it is absent.
  if (!n.source.empty()) {
    text += '\n';
    text += t.Get("news_source");
    text += ": ";
    text += n.source;
  }
  Put(d, "body_text", text);
  Put(d, "source_url", n.source.empty() ? MustacheData(false) : MustacheData(n.source));
  return d;
}

}  // namespace

std::string DigestFileName(const std::string& cluster, const Month& month) {
  return cluster + "-" + month.Iso() + "-digest.eml";
}

bool ComposeDigest(const Cluster& c, const Month& month, const std::string& public_url,
                   const Theme& theme, const Strings& t, Diagnostics* diag, MailMessage* out) {
  const std::vector<const News*> items = DigestItems(c, month);
  bool ok = CheckItems(c, month, items, diag);
  out->bcc = Recipients(c, diag);
  ok = Sender(c, diag, &out->from) && !out->bcc.empty() && ok;
  if (!ok) return false;

  const std::string month_name = t.FormatMonth(month.year, month.month);
  out->subject = Substitute(t.Get("digest_subject"), {{"cluster", c.name}, {"month", month_name}});
  const DateTime send{c.as_of, kSendHour, 0};
  out->date = ToUtc(c.zone, send);
  out->utc_offset = std::chrono::duration_cast<std::chrono::minutes>(
      MidnightUtc(c.as_of) + std::chrono::hours(kSendHour) - out->date);
  out->message_id_left = "digest." + month.Iso() + "." + c.slug;
  out->message_id_domain = UrlHost(public_url);
  if (out->message_id_domain.empty()) out->message_id_domain = DomainOf(c.contact.email);

  MustacheData data = Object();
  Put(data, "t", t.data());
  Put(data, "lang", t.lang());
  Put(data, "subject", out->subject);
  Put(data, "cluster", c.name);
  Put(data, "heading", Substitute(t.Get("digest_heading"), {{"month", month_name}}));
  Put(data, "brand_color", c.brand_color.empty() ? "#1f5f8b" : c.brand_color);
  MustacheData list = List();
  for (size_t i = 0; i < items.size(); ++i) Append(list, ItemData(*items[i], i + 1, t, diag));
  Put(data, "items", std::move(list));
  MustacheData sender = Object();
  Put(sender, "name", c.contact.name);
  Put(sender, "role", c.contact.role.empty() ? MustacheData(false) : MustacheData(c.contact.role));
  Put(sender, "email", c.contact.email);
  Put(sender, "phone",
      c.contact.phone.empty() ? MustacheData(false) : MustacheData(c.contact.phone));
  Put(data, "sender", std::move(sender));
  Put(data, "site_url", public_url.empty() ? MustacheData(false) : MustacheData(public_url));
  out->html_body = theme.Render("digest/message", data);
  out->text_body = theme.Render("digest/message.txt", data);
  return !diag->HasErrors();
}

}  // namespace clustersite
