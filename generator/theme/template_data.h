#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clustersite {

/// What a template is rendered over: an object of named values, a list, a
/// string or a flag, as Mustache knows them. Its methods are named as
/// kainjow's data, whose place it took.
///
/// kainjow keeps every object in a hash map of its own and every string on
/// the heap by itself, so putting one field allocated an empty map, a node
/// and a string and hashed the name; a page's data is dozens of fields, a
/// kit's thousands. Here an object is one vector of its fields in the order
/// they were put, looked through by a tag of each name (its length and three
/// of its bytes), and a value holds its string or list in place. An object
/// of kSortedFrom fields or more (the UI strings) keeps them sorted by tag
/// and name and is searched by halves.
class TemplateData {
 public:
  enum class type : unsigned char { object, string, list, bool_true, bool_false };

  TemplateData() : TemplateData(type::object) {}
  TemplateData(type t);            // NOLINT(google-explicit-constructor): as kainjow's
  TemplateData(std::string text);  // NOLINT(google-explicit-constructor)
  TemplateData(const char* text);  // NOLINT(google-explicit-constructor)
  TemplateData(bool flag);         // NOLINT(google-explicit-constructor)
  TemplateData(const TemplateData&);
  TemplateData(TemplateData&&) noexcept;
  TemplateData& operator=(const TemplateData&);
  TemplateData& operator=(TemplateData&&) noexcept;
  ~TemplateData();

  /// The length and three of the bytes of `name`.
  static uint32_t NameTag(std::string_view name) {
    if (name.empty()) return 0;
    return static_cast<uint32_t>(name.size()) ^
           (static_cast<uint32_t>(static_cast<unsigned char>(name.front())) << 8) ^
           (static_cast<uint32_t>(static_cast<unsigned char>(name[name.size() / 2])) << 16) ^
           (static_cast<uint32_t>(static_cast<unsigned char>(name.back())) << 24);
  }

  bool is_object() const { return type_ == type::object; }
  bool is_string() const { return type_ == type::string; }
  bool is_list() const { return type_ == type::list; }
  bool is_true() const { return type_ == type::bool_true; }
  bool is_false() const { return type_ == type::bool_false; }
  bool is_empty_list() const { return is_list() && list_.empty(); }
  bool is_non_empty_list() const { return is_list() && !list_.empty(); }

  /// The field `name` of an object; null when there is none or this is no object.
  const TemplateData* get(std::string_view name) const { return get(name, NameTag(name)); }
  /// get(name) with NameTag(name) given (a template works it out once).
  const TemplateData* get(std::string_view name, uint32_t tag) const;
  /// The names of an object's fields, in no promised order.
  std::vector<std::string> names() const;
  const std::string& string_value() const { return string_; }
  const std::vector<TemplateData>& list_value() const { return list_; }

  /// Puts `value` under `name` of an object, in place of a value it had;
  /// nothing for another type.
  void Set(std::string_view name, TemplateData value);
  /// Appends `item` to a list; nothing for another type.
  void Add(TemplateData item);

 private:
  struct Field;
  /// From this many fields on, an object keeps them sorted by name.
  static constexpr size_t kSortedFrom = 24;

  TemplateData* Find(std::string_view name, uint32_t tag);

  type type_;
  bool sorted_ = false;  ///< `fields_` is sorted by name
  std::string string_;
  std::vector<Field> fields_;
  std::vector<TemplateData> list_;
};

struct TemplateData::Field {
  std::string name;
  uint32_t tag;  ///< NameTag(name): most names that differ are told apart by it
  TemplateData value;
};

// Defined where Field is complete, which the vector of fields needs.
inline TemplateData::TemplateData(type t) : type_(t) {}
inline TemplateData::TemplateData(std::string text)
    : type_(type::string), string_(std::move(text)) {}
inline TemplateData::TemplateData(const char* text) : type_(type::string), string_(text) {}
inline TemplateData::TemplateData(bool flag) : type_(flag ? type::bool_true : type::bool_false) {}
inline TemplateData::TemplateData(const TemplateData&) = default;
inline TemplateData::TemplateData(TemplateData&&) noexcept = default;
inline TemplateData& TemplateData::operator=(const TemplateData&) = default;
inline TemplateData& TemplateData::operator=(TemplateData&&) noexcept = default;
inline TemplateData::~TemplateData() = default;

}  // namespace clustersite
