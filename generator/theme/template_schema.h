#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "theme/theme.h"

namespace clustersite {

/// What a template may use of its data: each name, and whether it is text,
/// a flag, text a template may write unescaped, or a section with names of
/// its own (an object, or each item of a list).
struct Schema {
  enum class Kind { kText, kRaw, kFlag, kObject, kList, kStrings };
  Kind kind = Kind::kObject;
  std::map<std::string, Schema> fields;  ///< of an object, or of each item of a list

  /// Adds the names of `other`: a template rendered with several kinds of
  /// data (the layout) may use the names of each.
  void Merge(const Schema& other);
};

/// Writes the fields of a view, in one of two modes: into template data
/// (ViewFields(&data)), or, given a Schema, declaring every name the data can
/// have. Each view's `Fill(ViewFields&, View&)` is written once against it, so
/// what a template may use cannot drift from what it is given. Fill moves
/// the view's strings out, and writes every field whatever its value: a
/// field that may be missing is a std::optional, a list may be empty.
class ViewFields {
 public:
  explicit ViewFields(MustacheData* data) : data_(data) {}
  explicit ViewFields(Schema* schema) : schema_(schema) {}

  void Text(const char* name, std::string value);
  void Text(const char* name, std::optional<std::string> value);
  /// Text a template may write with `{{{name}}}`: HTML from cmark-gfm or a
  /// rendered template, or text the generator escaped for its place itself.
  void Raw(const char* name, std::string value);
  void Raw(const char* name, std::optional<std::string> value);
  void Flag(const char* name, bool value);
  /// `prefix` + `value` set true; `values` are all it can be (`is_member`).
  void OneOf(const std::string& prefix, const std::string& value,
             const std::vector<std::string>& values);
  /// [{name}] for each text: sectors, interests.
  void Names(const char* name, std::vector<std::string> names);
  /// The UI strings (`t`), copied: their names are those of the theme's
  /// i18n files. Null only when declaring.
  void Strings(const char* name, const MustacheData* strings);
  template <class V>
  void Object(const char* name, V& view);
  template <class V>
  void Object(const char* name, std::optional<V>& view);
  template <class V>
  void List(const char* name, std::vector<V>& items);

 private:
  Schema& Declare(const std::string& name, Schema::Kind kind);

  MustacheData* data_ = nullptr;
  Schema* schema_ = nullptr;
};

/// The template data of `view`, its strings moved out.
template <class V>
MustacheData ToData(V& view) {
  MustacheData data = Object();
  ViewFields fields(&data);
  Fill(fields, view);
  return data;
}

template <class V>
MustacheData ToData(V&& view) {
  return ToData(view);
}

/// The names the data of a view of type V can have.
template <class V>
Schema SchemaOf() {
  Schema schema;
  ViewFields fields(&schema);
  V view{};
  Fill(fields, view);
  return schema;
}

template <class V>
void ViewFields::Object(const char* name, V& view) {
  if (schema_) {
    ViewFields inner(&Declare(name, Schema::Kind::kObject));
    Fill(inner, view);
    return;
  }
  Put(*data_, name, ToData(view));
}

template <class V>
void ViewFields::Object(const char* name, std::optional<V>& view) {
  if (schema_) {
    V none{};
    Object(name, none);
  } else if (view) {
    Object(name, *view);
  }
}

template <class V>
void ViewFields::List(const char* name, std::vector<V>& items) {
  if (schema_) {
    ViewFields inner(&Declare(name, Schema::Kind::kList));
    V none{};
    Fill(inner, none);
    return;
  }
  MustacheData list = clustersite::List();
  for (V& item : items) Append(list, ToData(item));
  Put(*data_, name, std::move(list));
}

}  // namespace clustersite
