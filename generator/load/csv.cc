#include "load/csv.h"

#include <csv.h>

#include <algorithm>
#include <memory>

namespace clustersite {
namespace {

/// libcsv reports fields and row ends through callbacks and gives no
/// offsets, so the text is fed in pieces that each end at the first byte
/// that can end a field or row (or open or close a quote): callbacks come
/// only at such a byte, so a field starts at the first byte of a piece,
/// and the place of each byte is counted here.
struct Reader {
  std::vector<CsvRow>* rows;
  CsvRow row;
  Position here{1, 1};   ///< the byte being fed
  Position start{1, 1};  ///< where the field being read began
  bool field_ended = false;
  bool row_ended = true;  ///< nothing of a row read yet: line breaks are blank lines

  static void OnField(void* data, size_t size, void* self_ptr) {
    auto* self = static_cast<Reader*>(self_ptr);
    std::string text = data ? std::string(static_cast<const char*>(data), size) : std::string();
    self->row.push_back({std::move(text), self->start});
    self->field_ended = true;
  }

  static void OnRow(int /*terminator*/, void* self_ptr) {
    auto* self = static_cast<Reader*>(self_ptr);
    self->rows->push_back(std::move(self->row));
    self->row.clear();
    self->row.reserve(self->rows->back().size());  // rows are alike
    self->row_ended = true;
  }

  /// Moves `here` past `bytes`, counting characters, not bytes.
  void Advance(std::string_view bytes) {
    for (char c : bytes) Count(static_cast<unsigned char>(c), &here);
  }

  /// Moves `at` past byte `c`.
  static void Count(unsigned char c, Position* at) {
    if (c == '\n') {
      ++at->line;
      at->column = 1;
    } else if ((c & 0xC0) != 0x80 && c != '\r') {
      ++at->column;
    }
  }

  /// Before a piece that starts with byte `c` is fed: the first byte after
  /// a field or row is where the next field starts, except line breaks
  /// between rows.
  void Before(unsigned char c) {
    if (row_ended && (c == '\n' || c == '\r')) return;
    if (row_ended || field_ended) start = here;
    row_ended = field_ended = false;
  }
};

/// The end of the piece that starts at `from`: just past the next comma,
/// quote or line break, or the end of `text`. Moves `at` past the piece.
size_t PieceEnd(std::string_view text, size_t from, Position* at) {
  for (size_t i = from; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    Reader::Count(c, at);
    if (c == ',' || c == '"' || c == '\n' || c == '\r') return i + 1;
  }
  return text.size();
}

using Parser = std::unique_ptr<csv_parser, void (*)(csv_parser*)>;

constexpr const char* kQuoting =
    "; a field with a comma, quote or line break goes in double quotes, each quote inside it "
    "doubled (\"\")";

}  // namespace

bool ParseCsv(const std::string& path, std::string_view text, Diagnostics* diag,
              std::vector<CsvRow>* rows) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  auto* raw = new csv_parser;
  Parser parser(raw, [](csv_parser* p) {
    csv_free(p);
    delete p;
  });
  if (csv_init(raw, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    diag->Error(path, {}, "cannot read CSV: out of memory");
    return false;
  }
  Reader reader{rows, {}};
  rows->reserve(rows->size() + std::count(text.begin(), text.end(), '\n') + 1);
  for (size_t from = 0; from < text.size();) {
    Position after = reader.here;
    const size_t end = PieceEnd(text, from, &after);
    reader.Before(static_cast<unsigned char>(text[from]));
    const size_t parsed =
        csv_parse(raw, text.data() + from, end - from, Reader::OnField, Reader::OnRow, &reader);
    if (parsed != end - from) {
      reader.Advance(text.substr(from, parsed));
      diag->Error(path, reader.here,
                  std::string("not valid CSV (RFC 4180): a stray quote") + kQuoting);
      return false;
    }
    reader.here = after;
    from = end;
  }
  if (csv_fini(raw, Reader::OnField, Reader::OnRow, &reader) != 0) {
    diag->Error(path, reader.start,
                std::string("not valid CSV (RFC 4180): a quoted field is never closed") + kQuoting);
    return false;
  }
  return true;
}

}  // namespace clustersite
