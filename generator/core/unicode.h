#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace clustersite {

/// Where the first invalid UTF-8 byte is, as a 1-based line and column;
/// nullopt-like {0,0} when the text is valid.
Position FindInvalidUtf8(std::string_view text);

/// NFC normal form of valid UTF-8 text (utf8proc).
std::string Nfc(std::string_view text);

/// True when `text` is valid UTF-8, already in NFC, without a character
/// IsForbiddenInMarkup: FindInvalidUtf8, Nfc and ReplaceForbiddenInMarkup
/// would leave it as it is. One pass, 16 ASCII bytes at a time; false
/// may also mean "not sure" (a character outside the BMP).
bool IsCleanText(std::string_view text);

/// How many bytes `text` starts with that are characters IsCleanText takes
/// as they are without looking them up: printable ASCII, `\n`, and the
/// letters and signs of Latin-1 and Latin Extended-A (U+00A0 to U+017F:
/// "ā", "š", "«", no-break space), which are never forbidden and are
/// StableInNfc. Sixteen bytes at a time (SSE2) where there are that many:
/// nearly the whole of a page.
size_t CleanTextPrefix(std::string_view text);

/// Unicode code points in the NFC form of `text`: the vision's 140 characters.
size_t CountCharacters(std::string_view text);

/// The code points of UTF-8 `text`; an invalid byte is one U+FFFD.
std::u32string CodePoints(std::string_view text);

/// The code point of UTF-8 `text` that starts at byte `at` (< size) in
/// `*c`, and how many bytes it takes: as CodePoints reads it, without
/// making the whole list.
size_t NextCodePoint(std::string_view text, size_t at, char32_t* c);

/// Appends the UTF-8 bytes of `c` to `out`.
void AppendUtf8(char32_t c, std::string* out);

/// The terminal columns `c` takes: 2 for wide (East Asian) characters, 0
/// for combining marks, else 1 (utf8proc_charwidth).
int ColumnWidth(char32_t c);

/// NFC + case fold: two names that differ only in case or normal form are equal.
std::string FoldKey(std::string_view text);

/// `text` as search compares it: compatibility-decomposed, without
/// diacritics, case-folded, with runs of white space made one space — so
/// "Apmācības" and "apmacibas" are the same. The theme's search script folds
/// what is typed the same way (NFKD, marks removed, lower case).
std::string SearchFold(std::string_view text);

/// A file-name-safe ASCII form of `text`: "SIA Līvu Koks" → "sia-livu-koks".
std::string AsciiSlug(std::string_view text);

/// True for bidirectional controls and zero-width characters (Trojan Source).
bool IsInvisibleControl(char32_t c);

/// True if `text` holds a character IsInvisibleControl reports.
bool HasInvisibleControls(std::string_view text);

/// True for what XML 1.0 or HTML forbid in a document: the C0 controls but
/// tab, line feed and carriage return; DEL and the C1 controls; the
/// noncharacters U+FDD0–U+FDEF and U+xFFFE, U+xFFFF of every plane.
/// (Surrogates cannot occur in valid UTF-8.) A feed holding one is not XML.
bool IsForbiddenInMarkup(char32_t c);

/// What ReplaceForbiddenInMarkup replaced.
struct ForbiddenCharacters {
  size_t count = 0;   ///< how many code points
  size_t first = 0;   ///< byte offset of the first, in the text as it was
  char32_t code = 0;  ///< the first one
};

/// Replaces each code point of UTF-8 `text` that IsForbiddenInMarkup with
/// U+FFFD, and each byte F5–FF, which UTF-8 never has (cmark-gfm 0.29 writes
/// U+FFFE and U+FFFF as the bytes FE and FF). Columns (in code points) stay
/// where they were.
ForbiddenCharacters ReplaceForbiddenInMarkup(std::string* text);

/// True for a byte that may start a character IsForbiddenInMarkup (or is
/// one of the bytes UTF-8 never has): where ReplaceForbiddenInMarkup looks.
bool MayStartForbiddenInMarkup(unsigned char byte);

/// The warning for what ReplaceForbiddenInMarkup replaced: "U+FFFE`how` is
/// not allowed in HTML or XML; replaced with U+FFFD (and 2 more in this
/// `where`)".
std::string ForbiddenMessage(const ForbiddenCharacters& found, std::string_view how,
                             std::string_view where);

/// 1-based line and column (in code points) of byte `offset` in `text`.
Position PositionAt(std::string_view text, size_t offset);

}  // namespace clustersite
