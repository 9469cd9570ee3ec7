#include "core/date.h"

#include <chrono>
#include <cstdio>

namespace clustersite {
namespace {

constexpr int kFirstYear = 1900;

/// The three numbers of YYYY-MM-DD, unchecked; nothing when `text` is not
/// four, two and two digits with hyphens between.
std::optional<Date> Numbers(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto number = [&](size_t from, size_t len, int* out) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  if (!number(0, 4, &d.year) || !number(5, 2, &d.month) || !number(8, 2, &d.day))
    return std::nullopt;
  return d;
}

std::chrono::year_month_day Calendar(const Date& d) {
  return std::chrono::year{d.year} / std::chrono::month{static_cast<unsigned>(d.month)} /
         std::chrono::day{static_cast<unsigned>(d.day)};
}

}  // namespace

long DayNumber(const Date& d) {
  return std::chrono::sys_days(Calendar(d)).time_since_epoch().count();
}

namespace {

/// `n` (0..99) as two digits at `out`.
void TwoDigits(int n, char* out) {
  out[0] = static_cast<char>('0' + n / 10);
  out[1] = static_cast<char>('0' + n % 10);
}

}  // namespace

std::string Date::Iso() const {
  // Written by hand: pages write thousands of dates, and snprintf parses its format each time.
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  std::string out(10, '-');
  TwoDigits(year / 100, &out[0]);
  TwoDigits(year % 100, &out[2]);
  TwoDigits(month, &out[5]);
  TwoDigits(day, &out[8]);
  return out;
}

std::string DateTime::Iso() const { return date.Iso() + "T" + Clock(); }

std::string DateTime::Clock() const {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  return buf;
}

std::optional<DateTime> ParseDateTime(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  std::optional<Date> d = ParseDate(text.substr(0, 10));
  auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (!d || !digit(11) || !digit(12) || !digit(14) || !digit(15)) return std::nullopt;
  DateTime t{*d, (text[11] - '0') * 10 + (text[12] - '0'),
             (text[14] - '0') * 10 + (text[15] - '0')};
  if (t.hour > 23 || t.minute > 59) return std::nullopt;
  return t;
}

std::optional<Date> ParseDate(std::string_view text) {
  std::optional<Date> d = Numbers(text);
  if (!d || d->year < kFirstYear || !Calendar(*d).ok()) return std::nullopt;
  return d;
}

std::string ImpossibleDate(std::string_view text) {
  std::optional<Date> d = Numbers(text);
  if (!d || ParseDate(text)) return "";
  const std::string date(text);
  if (d->year < kFirstYear) return date + " is too early: dates start in 1900";
  if (d->month < 1 || d->month > 12) {
    return date + " is not a date: there is no month " + date.substr(5, 2) +
           "; months are 01 to 12";
  }
  if (d->day == 0) return date + " is not a date: days are counted from 01";
  static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  using std::chrono::last;
  const unsigned days = static_cast<unsigned>(
      (std::chrono::year{d->year} / std::chrono::month{static_cast<unsigned>(d->month)} / last)
          .day());
  return date + " is not a date: " + kMonths[d->month - 1] + " " + std::to_string(d->year) +
         " has " + std::to_string(days) + " days";
}

}  // namespace clustersite
