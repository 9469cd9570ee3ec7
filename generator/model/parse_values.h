#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/content_tree.h"
#include "load/fields.h"
#include "model/model.h"

namespace clustersite {

// The values that several files of the content format share, read from YAML
// fields: closed sets, visibility, contacts, slugs of page files.

/// The error for `value` of `key`, which is none of `allowed`: at the value,
/// quoting it (a long one cut to its first 60 characters), listing `allowed`
/// with a did-you-mean hint.
void ReportNotOneOf(const Fields& f, const std::string& key, const std::string& value,
                    const std::vector<std::string>& allowed);

/// `value`, written for `key`, as a value of the closed set E (by its table in
/// model/closed_sets.h); nullopt, with the error of ReportNotOneOf, when it is none.
template <typename E>
std::optional<E> OneOf(const Fields& f, const std::string& key, const std::string& value) {
  if (std::optional<E> v = FromName<E>(value)) return v;
  ReportNotOneOf(f, key, value, AcceptedNames<E>());
  return std::nullopt;
}

/// The value of `key` as a value of the closed set E: `absent` when the key
/// is not there (an error when `required`), `invalid` (with an error) when
/// it names no value of E.
template <typename E>
E ParseOneOf(const Fields& f, const std::string& key, E absent, E invalid, bool required = false) {
  std::optional<std::string> text = f.String(key, required);
  if (!text) return absent;
  return OneOf<E>(f, key, *text).value_or(invalid);
}

/// `visibility`, or `absent`: `public` or `members` (content names no
/// staff-only page). It fails closed: only an explicit, valid `public`
/// publishes, and a wrong value is members-only.
Audience ParseVisibility(const Fields& f, Audience absent);

/// The contact at `key`: a mapping of name, role, email and phone, or (when
/// `name_only_allowed`) just a name.
std::optional<Contact> ParseContact(const Fields& parent, const std::string& key,
                                    bool name_only_allowed);

/// `timezone`: a zone of the tz database, such as `Europe/Riga`; nullopt
/// when it is absent, or (with an error and a did-you-mean hint) none.
std::optional<Located> ParseTimeZone(const Fields& f);

/// A file that is Markdown with front matter only to say `draft` (about.md,
/// a strategy section): its body, `draft` and the placeholders still in it.
/// False, with an error, when its front matter cannot be split or read.
bool ParseProse(const SourceFile& file, Diagnostics* diag, Prose* out);

/// The slug of a page: its file name without the extension.
std::string Stem(const std::string& rel);

}  // namespace clustersite
