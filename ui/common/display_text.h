// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QStringList>
#include <string>

class QWidget;

namespace segmenta::ui {

// Text from the user's file (column names, category values, segment and dataset
// names) on its way to a widget. A single 100,000-character value reaching a Qt
// Charts axis makes its label layout allocate without end, and very long header
// or tooltip text stalls the window, so every such text is cut here before Qt
// sees it: one line, at most `maxChars` characters, "…" at the end when cut.
namespace DisplayText {

inline constexpr int kLabelChars = 60;     // chart labels, legends, titles, headers, cards
inline constexpr int kCellChars = 200;     // a cell of the Data page's table
inline constexpr int kTooltipChars = 1000; // the full text where there is room for it

// One line of at most maxChars characters (line breaks and tabs become spaces).
QString label(const QString& text, int maxChars = kLabelChars);
QString label(const std::string& utf8, int maxChars = kLabelChars);
// Each one cut; texts that differ stay different ("… (2)"), because chart axes
// drop a repeated category and the bars would no longer match their labels.
QStringList labels(const QStringList& texts, int maxChars = kLabelChars);
// A tooltip: line breaks kept, at most kTooltipChars characters.
QString tooltip(const QString& text);
// True when label(text) would differ from text: then the full text belongs in a tooltip.
bool isCut(const QString& text, int maxChars = kLabelChars);
// Keeps a widget that shows user text whole (a combo box of column names, which
// sizes itself to its longest item) at most about `chars` characters wide; the
// style elides what does not fit.
void boundWidth(QWidget* widget, int chars = kLabelChars);

} // namespace DisplayText

} // namespace segmenta::ui
