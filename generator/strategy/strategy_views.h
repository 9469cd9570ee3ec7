#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pages/strategy_views.h"
#include "theme/template_schema.h"

namespace clustersite {

// What the strategy document's templates (templates/strategy/part.html) are
// given: one part of the template after another, each a list of its
// sections with what each holds.

/// One item of a list of lines: a task, a SWOT entry, an upcoming event.
struct StrategyLineView {
  std::string text;
};
void Fill(ViewFields& f, StrategyLineView& v);

/// 1.4: the four lists of a SWOT analysis.
struct StrategySwotView {
  std::vector<StrategyLineView> strengths, weaknesses, opportunities, threats;
};
void Fill(ViewFields& f, StrategySwotView& v);

/// What a participant expects of one direction: "3.2 Exports" and its text.
struct StrategyExpectationView {
  std::string direction, text;
};
void Fill(ViewFields& f, StrategyExpectationView& v);

/// A row of 2.2; type and sector are members.yaml's.
struct StrategyParticipantView {
  std::string name, type, sector, activities;
  std::vector<StrategyExpectationView> expectations;
};
void Fill(ViewFields& f, StrategyParticipantView& v);

/// 2.2's table.
struct StrategyParticipantsView {
  std::vector<StrategyParticipantView> rows;
};
void Fill(ViewFields& f, StrategyParticipantsView& v);

/// A member taking part in a direction.
struct StrategyMemberView {
  std::string name, role, benefit;
};
void Fill(ViewFields& f, StrategyMemberView& v);

/// A direction of section 3: its rationale (HTML from cmark-gfm), tasks,
/// members and indicators, each table with its caption.
struct StrategyDocDirectionView {
  std::string rationale_html;
  std::vector<StrategyLineView> tasks;
  std::string members_caption, results_caption;
  std::vector<StrategyMemberView> members;
  std::vector<IndicatorView> results;
};
void Fill(ViewFields& f, StrategyDocDirectionView& v);

/// One fact of a section filled from data: "Newsletter": "Monthly".
struct StrategyFactView {
  std::string label;
  std::vector<StrategyLineView> lines;
};
void Fill(ViewFields& f, StrategyFactView& v);

/// A section filled from the cluster's data (4.1.4, 4.2.4): its text, its
/// facts, and the note naming where they come from.
struct StrategyDataView {
  std::string note;
  std::vector<StrategyLineView> paragraphs;
  std::optional<std::string> list_title;
  std::vector<StrategyFactView> facts;
};
void Fill(ViewFields& f, StrategyDataView& v);

/// One section of a part: its numbered heading (h3 under the part, h4 a
/// level deeper), the prose of its file, and its own content.
struct StrategySectionView {
  std::string id, number, title;
  bool deep = false;  ///< an h4: a section of 4.1, 4.2 or 4.3
  std::optional<std::string> html;
  std::optional<StrategySwotView> swot;
  std::optional<StrategyParticipantsView> participants;
  std::optional<StrategyDocDirectionView> direction;
  std::optional<StrategyDataView> data;
};
void Fill(ViewFields& f, StrategySectionView& v);

/// One part of the document (1, 2, 3 or 4) as its template renders it.
struct StrategyPartView {
  std::optional<std::string> intro_html;  ///< 3.md before the directions, from cmark-gfm
  std::vector<StrategySectionView> sections;
};
void Fill(ViewFields& f, StrategyPartView& v);

}  // namespace clustersite
