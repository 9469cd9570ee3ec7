// feedback/: the uses of services and what members said about them, one
// file a quarter, as YAML or as the CSV that survey and form tools export.
// Both are read into the same raw records, so every value is checked once.

#include <algorithm>
#include <map>
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

const std::vector<std::string> kKeys = {"service",  "member",  "date", "rating",
                                        "contacts", "comment", "quote"};
const std::vector<std::string> kRequired = {"service", "member", "date"};

/// A value as written, before it is read: its text and where it starts.
struct RawValue {
  std::string text;
  Position pos;
};

/// One record as written: its values by key, and where it starts.
struct RawRecord {
  std::map<std::string, RawValue> values;
  Position pos;
};

/// The file being read and what its records are checked against.
struct Reading {
  const std::string& path;
  const Quarter& quarter;
  bool csv = false;
  Diagnostics* diag;

  void Error(Position pos, const std::string& message) const { diag->Error(path, pos, message); }
};

std::string FileName(const Quarter& q, bool csv) {
  return std::to_string(q.year) + "-q" + std::to_string(q.number) + (csv ? ".csv" : ".yaml");
}

/// The value of `key`, or nullptr when it is absent or empty.
const RawValue* Find(const RawRecord& r, const std::string& key) {
  auto it = r.values.find(key);
  return it == r.values.end() || it->second.text.empty() ? nullptr : &it->second;
}

/// The text of `key`, at most `max` characters long.
std::optional<Located> TextOf(const Reading& in, const RawRecord& r, const std::string& key,
                              size_t max, bool required) {
  const RawValue* v = Find(r, key);
  if (!v) {
    if (required) {
      in.Error(r.pos, "`" + key + "` is missing; every record names its service, member and date");
    }
    return std::nullopt;
  }
  const size_t n = CountCharacters(v->text);
  if (n > max) {
    in.Error(v->pos,
             "`" + key + "` is " + Thousands(n) + " characters; it must fit in " + Thousands(max));
    return std::nullopt;
  }
  return Located{v->text, v->pos};
}

/// `date`: a day of the file's quarter.
std::optional<Date> DateOf(const Reading& in, const RawRecord& r, Position* pos) {
  std::optional<Located> text = TextOf(in, r, "date", kMaxTypoCharacters, true);
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
std::optional<int> RatingOf(const Reading& in, const RawRecord& r, Position* pos) {
  const RawValue* v = Find(r, "rating");
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
bool FlagOf(const Reading& in, const RawRecord& r, const std::string& key) {
  const RawValue* v = Find(r, key);
  if (!v) return false;
  const std::string word = in.csv ? FoldKey(v->text) : v->text;
  if (word == "true" || (in.csv && (word == "yes" || word == "jā"))) return true;
  if (word == "false" || (in.csv && (word == "no" || word == "nē"))) return false;
  in.Error(v->pos, "`" + key + "` must be " +
                       (in.csv ? "`true` or `false` (or `yes`/`no`, `jā`/`nē`)"
                               : std::string("`true` or `false`")) +
                       ", not `" + v->text + "`");
  return false;
}

std::optional<FeedbackRecord> RecordOf(const Reading& in, const RawRecord& r) {
  FeedbackRecord rec;
  rec.path = in.path;
  rec.pos = r.pos;
  std::optional<Located> service = TextOf(in, r, "service", limits::kSlug, true);
  std::optional<Located> member = TextOf(in, r, "member", limits::kName, true);
  std::optional<Date> date = DateOf(in, r, &rec.date_pos);
  rec.rating = RatingOf(in, r, &rec.rating_pos);
  rec.contacts = FlagOf(in, r, "contacts");
  rec.quote = FlagOf(in, r, "quote");
  if (auto comment = TextOf(in, r, "comment", limits::kComment, false))
    rec.comment = comment->value;
  if (!service || !member || !date) return std::nullopt;
  rec.service = std::move(*service);
  rec.member = std::move(*member);
  rec.date = *date;
  return rec;
}

void ReadYaml(const SourceFile& file, const Reading& in, std::vector<FeedbackRecord>* out) {
  YamlFile yaml;
  if (!YamlFile::Parse(file.path, file.text, 1, in.diag, &yaml) || yaml.root().IsNull()) return;
  if (!yaml.root().IsSequence()) {
    in.Error({1, 1}, "a feedback file must be a list of records (`- service: …`)");
    return;
  }
  for (const YamlNode& node : yaml.root().items) {
    Fields f(yaml, node, in.diag);
    if (!f.IsMap("a feedback record")) continue;
    f.CheckKeys(kKeys);
    RawRecord r;
    r.pos = f.Start();
    for (const std::string& key : kKeys) {
      const YamlNode& n = f.Node(key);
      if (!n.IsDefined() || n.IsNull()) continue;
      if (n.IsScalar()) {
        r.values[key] = {n.Scalar(), yaml.PositionOf(n)};
      } else {
        in.Error(yaml.PositionOf(n), "`" + key + "` must be text");
      }
    }
    if (auto rec = RecordOf(in, r)) out->push_back(std::move(*rec));
  }
}

/// The key of each column of the header row; "" for one that is unknown or
/// named twice (with an error).
std::vector<std::string> Columns(const Reading& in, const CsvRow& header) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const CsvField& f : header) {
    std::string key;
    if (std::find(kKeys.begin(), kKeys.end(), f.text) == kKeys.end()) {
      const std::string hint = DidYouMean(f.text, kKeys);
      in.Error(f.pos, "unknown column `" + f.text + "`" +
                          (hint.empty() ? "; the columns are " + QuotedList(kKeys, "and")
                                        : "; did you mean `" + hint + "`?"));
    } else if (!seen.insert(f.text).second) {
      in.Error(f.pos, "the column `" + f.text + "` is named twice; keep one");
    } else {
      key = f.text;
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
  std::vector<CsvRow> rows;
  if (!ParseCsv(file.path, file.text, in.diag, &rows) || rows.empty()) return;
  const std::vector<std::string> columns = Columns(in, rows.front());
  for (size_t i = 1; i < rows.size(); ++i) {
    const CsvRow& row = rows[i];
    if (row.size() != columns.size()) {
      in.Error(row.front().pos, "this row has " + std::to_string(row.size()) +
                                    " fields and the header row " + std::to_string(columns.size()) +
                                    "; a field with a comma goes in double quotes");
      continue;
    }
    RawRecord r;
    r.pos = row.front().pos;
    for (size_t j = 0; j < row.size(); ++j) {
      if (!columns[j].empty()) r.values[columns[j]] = {row[j].text, row[j].pos};
    }
    if (auto rec = RecordOf(in, r)) out->push_back(std::move(*rec));
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
  Reading in{file.path, q, EndsWith(file.rel, ".csv"), diag};
  if (in.csv) {
    ReadCsv(file, in, out);
  } else {
    ReadYaml(file, in, out);
  }
}

void ParseFeedback(const ClusterFiles& files, Diagnostics* diag, Cluster* c) {
  c->has_feedback = !files.feedback.empty();
  std::map<Quarter, std::string> read;  // each quarter, and the file read for it
  for (const SourceFile& f : files.feedback) {
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
    ParseFeedbackFile(f, *q, diag, &c->feedback);
  }
  c->feedback_quarters.clear();
  for (const auto& [q, path] : read) c->feedback_quarters.push_back(q);
}

}  // namespace clustersite
