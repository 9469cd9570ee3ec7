#include "theme/template_schema.h"

namespace clustersite {
void Schema::Merge(const Schema& other) {
  for (const auto& [name, field] : other.fields) {
    auto [it, added] = fields.emplace(name, field);
    if (!added) it->second.Merge(field);
  }
}

Schema& ViewFields::Declare(const std::string& name, Schema::Kind kind) {
  Schema& field = schema_->fields[name];
  field.kind = kind;
  return field;
}

void ViewFields::Text(const char* name, std::string value) {
  if (schema_) {
    Declare(name, Schema::Kind::kText);
  } else {
    Put(*data_, name, std::move(value));
  }
}

void ViewFields::Text(const char* name, std::optional<std::string> value) {
  if (schema_ || value) Text(name, value ? std::move(*value) : std::string());
}

void ViewFields::Raw(const char* name, std::string value) {
  if (schema_) {
    Declare(name, Schema::Kind::kRaw);
  } else {
    Put(*data_, name, std::move(value));
  }
}

void ViewFields::Raw(const char* name, std::optional<std::string> value) {
  if (schema_ || value) Raw(name, value ? std::move(*value) : std::string());
}

void ViewFields::Flag(const char* name, bool value) {
  if (schema_) {
    Declare(name, Schema::Kind::kFlag);
  } else {
    Put(*data_, name, value);
  }
}

void ViewFields::OneOf(const std::string& prefix, const std::string& value,
                       const std::vector<std::string>& values) {
  if (schema_) {
    for (const std::string& v : values) Declare(prefix + v, Schema::Kind::kFlag);
  } else {
    Put(*data_, prefix + value, true);
  }
}

void ViewFields::Names(const char* name, std::vector<std::string> names) {
  if (schema_) {
    Declare(name, Schema::Kind::kList).fields["name"].kind = Schema::Kind::kText;
    return;
  }
  MustacheData list = clustersite::List();
  for (std::string& n : names) {
    MustacheData item = clustersite::Object();
    Put(item, "name", std::move(n));
    Append(list, std::move(item));
  }
  Put(*data_, name, std::move(list));
}

void ViewFields::Strings(const char* name, const MustacheData* strings) {
  if (schema_) {
    Declare(name, Schema::Kind::kStrings);
  } else if (strings) {
    Put(*data_, name, *strings);
  }
}

}  // namespace clustersite
