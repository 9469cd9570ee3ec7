// ViewFields: one description of a view that fills its data and declares its names.

#include "theme/template_schema.h"

#include <doctest/doctest.h>

namespace clustersite {
namespace {

struct ItemView {
  std::string name;
};
void Fill(ViewFields& f, ItemView& v) { f.Text("name", std::move(v.name)); }

struct PageView {
  std::string title;
  std::optional<std::string> summary;
  std::string body_html;
  bool members_only = false;
  std::vector<ItemView> items;
  std::optional<ItemView> first;
};
void Fill(ViewFields& f, PageView& v) {
  f.Text("title", std::move(v.title));
  f.Text("summary", std::move(v.summary));
  f.Raw("body_html", std::move(v.body_html));
  f.Flag("members_only", v.members_only);
  f.List("items", v.items);
  f.Object("first", v.first);
  f.OneOf("is_", "b", {"a", "b"});
}

}  // namespace

TEST_CASE("a view's data has the names its schema declares, missing optionals left out") {
  PageView v{"T", std::nullopt, "<p>x</p>", true, {{"a"}, {"b"}}, std::nullopt};
  MustacheData d = ToData(v);
  CHECK(d.get("title")->string_value() == "T");
  CHECK(d.get("summary") == nullptr);
  CHECK(d.get("first") == nullptr);
  CHECK(d.get("members_only")->is_true());
  CHECK(d.get("items")->list_value().at(1).get("name")->string_value() == "b");
  CHECK(d.get("is_b")->is_true());
  CHECK(d.get("is_a") == nullptr);

  Schema s = SchemaOf<PageView>();
  std::vector<std::string> names;
  for (const auto& [name, _] : s.fields) names.push_back(name);
  CHECK(names == std::vector<std::string>{"body_html", "first", "is_a", "is_b", "items",
                                          "members_only", "summary", "title"});
  CHECK(s.fields.at("body_html").kind == Schema::Kind::kRaw);
  CHECK(s.fields.at("title").kind == Schema::Kind::kText);
  CHECK(s.fields.at("items").kind == Schema::Kind::kList);
  CHECK(s.fields.at("items").fields.count("name") == 1);
  CHECK(s.fields.at("first").fields.count("name") == 1);
}

TEST_CASE("merging schemas keeps the names of both, nested ones too") {
  Schema a, b;
  a.fields["page"].fields["title"].kind = Schema::Kind::kText;
  b.fields["page"].fields["json_ld"].kind = Schema::Kind::kRaw;
  b.fields["clusters"].kind = Schema::Kind::kList;
  a.Merge(b);
  CHECK(a.fields.at("page").fields.size() == 2);
  CHECK(a.fields.count("clusters") == 1);
}

}  // namespace clustersite
