// feedback/: the uses of services and what members said about them, one
// file a quarter, as YAML or as the CSV that survey and form tools export.
// Both are read into the same raw records, so every value is checked once.

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <set>

#include "core/text.h"
#include "core/unicode.h"
#include "load/csv.h"
#include "load/fields.h"
#include "load/yaml.h"
#include "model/limits.h"
#include "model/parse.h"

namespace clustersite {
namespace {

/// The keys of a record, in the order the columns of an example are written.
enum Key { kService, kMember, kDate, kRating, kContacts, kComment, kQuote, kKeyCount };
const std::vector<std::string> kKeys = {"service",  "member",  "date", "rating",
                                        "contacts", "comment", "quote"};
const std::vector<std::string> kRequired = {"service", "member", "date"};

/// The key `name` stands for, or kKeyCount for an unknown one: compared
/// with the one key (two for `c`) its first letter may start.
Key KeyOf(std::string_view name) {
  Key key = kKeyCount;
  switch (name.empty() ? '\0' : name[0]) {
    case 's':
      key = kService;
      break;
    case 'm':
      key = kMember;
      break;
    case 'd':
      key = kDate;
      break;
    case 'r':
      key = kRating;
      break;
    case 'c':
      key = name.size() > 3 && name[3] == 'm' ? kComment : kContacts;
      break;
    case 'q':
      key = kQuote;
      break;
    default:
      return kKeyCount;
  }
  return kKeys[key] == name ? key : kKeyCount;
}

/// A value as written, before it is read: its text (moved out of the
/// parsed file, empty when absent) and where it starts.
struct RawValue {
  std::string text;
  Position pos;
};

/// One record as written: its values by key, and where it starts.
struct RawRecord {
  std::array<RawValue, kKeyCount> values;
  Position pos;
};

/// The file being read and what its records are checked against.
struct Reading {
  std::shared_ptr<const std::string> path;
  const Quarter& quarter;
  bool csv = false;
  Diagnostics* diag;

  void Error(Position pos, const std::string& message) const { diag->Error(*path, pos, message); }
};

std::string FileName(const Quarter& q, bool csv) {
  return std::to_string(q.year) + "-q" + std::to_string(q.number) + (csv ? ".csv" : ".yaml");
}

/// The value of `key`, or nullptr when it is absent or empty.
RawValue* Find(RawRecord& r, Key key) {
  return r.values[key].text.empty() ? nullptr : &r.values[key];
}

/// The text of `key`, at most `max` characters long, moved out of `r`.
std::optional<Located> TextOf(const Reading& in, RawRecord& r, Key key, size_t max, bool required) {
  RawValue* v = Find(r, key);
  if (!v) {
    if (required) {
      in.Error(r.pos,
               "`" + kKeys[key] + "` is missing; every record names its service, member and date");
    }
    return std::nullopt;
  }
  // NFC makes at most three characters of one, and a character takes a
  // byte at least: a text of max / 3 bytes fits without being counted.
  if (v->text.size() * 3 > max) {
    const size_t n = CountCharacters(v->text);
    if (n > max) {
      in.Error(v->pos, "`" + kKeys[key] + "` is " + Thousands(n) + " characters; it must fit in " +
                           Thousands(max));
      return std::nullopt;
    }
  }
  return Located{std::move(v->text), v->pos};
}

/// `date`: a day of the file's quarter.
std::optional<Date> DateOf(const Reading& in, RawRecord& r, Position* pos) {
  std::optional<Located> text = TextOf(in, r, kDate, kMaxTypoCharacters, true);
  if (!text) return std::nullopt;
  *pos = text->pos;
  std::optional<Date> d = ParseDate(text->value);
  if (!d) {
    const std::string impossible = ImpossibleDate(text->value);
    in.Error(text->pos, impossible.empty()
                            ? "`date` must be a date written YYYY-MM-DD, not `" + text->value + "`"
                            : "`date`: " + impossible);
    return std::nullopt;
  }
  if (!in.quarter.Holds(*d)) {
    const Quarter right{d->year, (d->month + 2) / 3};
    in.Error(text->pos, "`date` " + d->Iso() + " is not in this file's quarter, " +
                            in.quarter.First().Iso() + " to " + in.quarter.Last().Iso() +
                            "; move the record to feedback/" + FileName(right, in.csv) +
                            " or correct the date");
  }
  return d;
}

/// `rating`: 1 to 5; none for a use without feedback.
std::optional<int> RatingOf(const Reading& in, RawRecord& r, Position* pos) {
  const RawValue* v = Find(r, kRating);
  if (!v) return std::nullopt;
  *pos = v->pos;
  if (v->text.size() == 1 && v->text[0] >= '1' && v->text[0] <= '5') return v->text[0] - '0';
  in.Error(v->pos, "`rating` is `" + v->text + "`; it must be a whole number from 1 to 5 (" +
                       (in.csv ? "leave it empty" : "leave it out") +
                       " for a use without a rating)");
  return std::nullopt;
}

/// `contacts` or `quote`. YAML writes `true` or `false`; CSV also `yes`/`no`
/// and `jā`/`nē`, as form tools export them. A wrong value is false, so a
/// typo in `quote` shows no comment.
bool FlagOf(const Reading& in, RawRecord& r, Key key) {
  const RawValue* v = Find(r, key);
  if (!v) return false;
  auto yes = [&](std::string_view w) {
    return w == "true" || (in.csv && (w == "yes" || w == "jā"));
  };
  auto no = [&](std::string_view w) {
    return w == "false" || (in.csv && (w == "no" || w == "nē"));
  };
  // Most values are written as the words are; CSV's others are folded first
  // (`Jā`, `TRUE`).
  if (yes(v->text)) return true;
  if (no(v->text)) return false;
  const std::string folded = in.csv ? FoldKey(v->text) : std::string();
  if (in.csv && yes(folded)) return true;
  if (in.csv && no(folded)) return false;
  in.Error(v->pos, "`" + kKeys[key] + "` must be " +
                       (in.csv ? "`true` or `false` (or `yes`/`no`, `jā`/`nē`)"
                               : std::string("`true` or `false`")) +
                       ", not `" + v->text + "`");
  return false;
}

/// Adds the record `r` holds to `out`, its values moved out of it; none when
/// it lacks a service, member or date.
void AddRecord(const Reading& in, RawRecord& r, std::vector<FeedbackRecord>* out) {
  FeedbackRecord& rec = out->emplace_back();  // built in place: records are large
  rec.file = in.path;
  rec.pos = r.pos;
  std::optional<Located> service = TextOf(in, r, kService, limits::kSlug, true);
  std::optional<Located> member = TextOf(in, r, kMember, limits::kName, true);
  std::optional<Date> date = DateOf(in, r, &rec.date_pos);
  rec.rating = RatingOf(in, r, &rec.rating_pos);
  rec.contacts = FlagOf(in, r, kContacts);
  rec.quote = FlagOf(in, r, kQuote);
  if (auto comment = TextOf(in, r, kComment, limits::kComment, false))
    rec.comment = std::move(comment->value);
  if (!service || !member || !date) {
    out->pop_back();
    return;
  }
  rec.service = std::move(*service);
  rec.member = std::move(*member);
  rec.date = *date;
}

/// One item of a YAML feedback file made into a record.
void ReadYamlRecord(const Reading& in, const YamlFile& yaml, YamlNode& node,
                    std::vector<FeedbackRecord>* out) {
  if (!node.IsMap()) {
    Fields(yaml, node, in.diag).IsMap("a feedback record");
    return;
  }
  RawRecord r;
  r.pos = yaml.PositionOf(node);
  bool unknown = false;
  for (YamlEntry& e : node.entries) {
    const Key key = KeyOf(e.first.Scalar());
    YamlNode& n = e.second;
    if (key == kKeyCount) {
      unknown = true;
    } else if (n.IsScalar()) {
      r.values[key] = {std::move(n.scalar), yaml.PositionOf(n)};
    } else if (n.IsDefined() && !n.IsNull()) {
      in.Error(yaml.PositionOf(n), "`" + kKeys[key] + "` must be text");
    }
  }
  if (unknown) Fields(yaml, node, in.diag).CheckKeys(kKeys);
  AddRecord(in, r, out);
}

/// The lines of `text` that start with `c`.
size_t LinesStartingWith(std::string_view text, char c) {
  size_t n = !text.empty() && text[0] == c;
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    n += i + 1 < text.size() && text[i + 1] == c;
  }
  return n;
}

/// The records of a YAML file, read as the parser hands them over: a
/// quarter's list is never held whole as a tree. A file that does not
/// parse gives no records and no problems with them.
void ReadYaml(const SourceFile& file, const Reading& in, std::vector<FeedbackRecord>* out) {
  auto records_diag = std::make_unique<Diagnostics>();
  Reading records_in{in.path, in.quarter, in.csv, records_diag.get()};
  const size_t before = out->size();
  auto restart = [&] {
    out->erase(out->begin() + static_cast<std::ptrdiff_t>(before), out->end());
    records_diag = std::make_unique<Diagnostics>();
    records_in.diag = records_diag.get();
  };
  YamlFile yaml;
  const bool parsed = YamlFile::Parse(
      file.path, file.text, 1, in.diag,
      [&](const YamlFile& f, YamlNode& node) { ReadYamlRecord(records_in, f, node, out); }, restart,
      &yaml);
  if (parsed && yaml.root().IsSequence()) {
    in.diag->Append(*records_diag);
    return;
  }
  out->erase(out->begin() + static_cast<std::ptrdiff_t>(before), out->end());
  if (parsed && !yaml.root().IsNull()) {
    in.Error({1, 1}, "a feedback file must be a list of records (`- service: …`)");
  }
}

/// The key of each column of the header row; "" for one that is unknown or
/// named twice (with an error).
std::vector<Key> Columns(const Reading& in, const CsvRow& header) {
  std::vector<Key> out;
  std::set<std::string> seen;
  for (const CsvField& f : header) {
    Key key = KeyOf(f.text);
    if (key == kKeyCount) {
      const std::string hint = DidYouMean(f.text, kKeys);
      in.Error(f.pos, "unknown column `" + f.text + "`" +
                          (hint.empty() ? "; the columns are " + QuotedList(kKeys, "and")
                                        : "; did you mean `" + hint + "`?"));
    } else if (!seen.insert(f.text).second) {
      in.Error(f.pos, "the column `" + f.text + "` is named twice; keep one");
      key = kKeyCount;
    }
    out.push_back(key);
  }
  for (const std::string& key : kRequired) {
    if (!seen.count(key)) {
      in.Error(header.front().pos, "the header row has no column `" + key +
                                       "`; it names the columns service, member and date, "
                                       "and may name rating, contacts, comment and quote");
    }
  }
  return out;
}

void ReadCsv(const SourceFile& file, const Reading& in, std::vector<FeedbackRecord>* out) {
  std::vector<CsvRow> rows;  // moved out of as they are read
  if (!ParseCsv(file.path, file.text, in.diag, &rows) || rows.empty()) return;
  const std::vector<Key> columns = Columns(in, rows.front());
  for (size_t i = 1; i < rows.size(); ++i) {
    CsvRow& row = rows[i];
    if (row.size() != columns.size()) {
      in.Error(row.front().pos, "this row has " + std::to_string(row.size()) +
                                    " fields and the header row " + std::to_string(columns.size()) +
                                    "; a field with a comma goes in double quotes");
      continue;
    }
    RawRecord r;
    r.pos = row.front().pos;
    for (size_t j = 0; j < row.size(); ++j) {
      if (columns[j] != kKeyCount) r.values[columns[j]] = {std::move(row[j].text), row[j].pos};
    }
    AddRecord(in, r, out);
  }
}

}  // namespace

std::optional<Quarter> QuarterOfFeedbackFile(std::string_view name) {
  const bool csv = EndsWith(name, ".csv");
  if (!csv && !EndsWith(name, ".yaml")) return std::nullopt;
  const std::string_view stem = name.substr(0, name.rfind('.'));
  if (stem.size() != 7 || stem[4] != '-' || stem[5] != 'q' || stem[6] < '1' || stem[6] > '4')
    return std::nullopt;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (stem[i] < '0' || stem[i] > '9') return std::nullopt;
    year = year * 10 + (stem[i] - '0');
  }
  return Quarter{year, stem[6] - '0'};
}

void ParseFeedbackFile(const SourceFile& file, const Quarter& q, Diagnostics* diag,
                       std::vector<FeedbackRecord>* out) {
  Reading in{std::make_shared<const std::string>(file.path), q, EndsWith(file.rel, ".csv"), diag};
  if (in.csv) {
    ReadCsv(file, in, out);
  } else {
    ReadYaml(file, in, out);
  }
}

namespace {

/// The quarter of each file by its name; nullopt, with an error, for a
/// wrong name or a quarter already in another file.
std::vector<std::optional<Quarter>> FeedbackQuarters(const std::vector<SourceFile>& files,
                                                     Diagnostics* diag) {
  std::vector<std::optional<Quarter>> out;
  std::map<Quarter, std::string> read;  // each quarter, and the file read for it
  for (const SourceFile& f : files) {
    out.emplace_back();
    const std::string name = f.rel.substr(f.rel.rfind('/') + 1);
    std::optional<Quarter> q = QuarterOfFeedbackFile(name);
    if (!q) {
      diag->Error(f.path, {},
                  "`" + name +
                      "` is not a feedback file; name each quarter's file <YYYY>-q<N>.yaml or "
                      "<YYYY>-q<N>.csv, like 2026-q4.yaml");
      continue;
    }
    auto [it, first] = read.emplace(*q, f.path);
    if (!first) {
      diag->Error(f.path, {},
                  "the quarter " + std::to_string(q->year) + "-q" + std::to_string(q->number) +
                      " is also in " + it->second + "; keep one file a quarter, YAML or CSV");
      continue;
    }
    out.back() = q;
  }
  return out;
}

/// About how many records `file` holds, to make room for them at once: its
/// lines that start a list item (YAML), or all its lines (CSV). Records are
/// large, and a list that grows by doubling moves them again and again.
size_t EstimatedRecords(const SourceFile& file) {
  if (!EndsWith(file.rel, ".csv")) return LinesStartingWith(file.text, '-');
  return static_cast<size_t>(std::count(file.text.begin(), file.text.end(), '\n'));
}

}  // namespace

void ParseFeedback(const ParseOptions& options, std::vector<SourceFile>* files, Diagnostics* diag,
                   Cluster* c) {
  std::vector<std::optional<Quarter>> quarters = FeedbackQuarters(*files, diag);
  std::vector<bool> listed(files->size());
  size_t records = 0;
  for (size_t i = 0; i < files->size(); ++i) {
    SourceFile& f = (*files)[i];
    listed[i] = !f.read;
    if (quarters[i] && !f.read &&
        !(options.fs && ReadSourceFile(*options.fs, options.limits, diag, &f)))
      quarters[i].reset();
    if (quarters[i]) records += EstimatedRecords(f);
  }
  c->has_feedback = !files->empty();
  c->feedback.clear();
  c->feedback.reserve(records);
  c->feedback_quarters.clear();
  for (size_t i = 0; i < files->size(); ++i) {
    if (!quarters[i]) continue;
    ParseFeedbackFile((*files)[i], *quarters[i], diag, &c->feedback);
    c->feedback_quarters.push_back(*quarters[i]);
    if (listed[i]) std::string().swap((*files)[i].text);
  }
  std::sort(c->feedback_quarters.begin(), c->feedback_quarters.end());
}

}  // namespace clustersite
