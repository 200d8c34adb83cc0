// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QColor>
#include <QString>
#include <cstdint>

namespace segmenta::ui {

// Colours and number formats shared by every widget of the Segments page, so a
// segment has the same colour in each chart and no chart ever shows "nan".

// A colour-blind-friendly qualitative palette (Tableau 10), cycled and darkened
// beyond ten segments.
QColor segmentColor(int segment);

// Diverging blue–white–red for a z-score; |z| ≥ 2 is full strength.
QColor zScoreColor(double z);
// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor& background);

// "1,234", "12.5", "0.0342"; "—" when not finite.
QString formatNumber(double value);
// "1,234" with the locale's grouping.
QString formatCount(std::int64_t count);
// 0.1234 → "12.3%"; "—" when not finite.
QString formatShare(double share);
// The text shown instead of a number that cannot be computed.
QString notAvailableText();

} // namespace segmenta::ui
