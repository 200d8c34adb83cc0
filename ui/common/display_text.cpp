// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/display_text.h"

#include <QFontMetrics>
#include <QSet>
#include <QWidget>

namespace segmenta::ui::DisplayText {

namespace {

// The first n characters, never splitting a surrogate pair.
QString leftWhole(const QString& text, int n) {
    if (n > 0 && n < text.size() && text.at(n - 1).isHighSurrogate()) --n;
    return text.left(n);
}

QString cut(const QString& text, int maxChars) {
    if (maxChars < 2) maxChars = 2;
    if (text.size() <= maxChars) return text;
    return leftWhole(text, maxChars - 1) + QChar(0x2026);
}

bool needsFlattening(const QString& text) {
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) return true;
    return false;
}

} // namespace

QString label(const QString& text, int maxChars) {
    // Cut first: flattening a huge text only to throw most of it away costs time.
    QString shown = cut(text, maxChars);
    if (!needsFlattening(shown)) return shown;
    for (QChar& c : shown)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    return shown;
}

QString label(const std::string& utf8, int maxChars) {
    // Decode only a bounded prefix (4 bytes per character at most, plus one to
    // know it was cut): a value of many megabytes is never copied whole.
    const std::size_t limit = std::size_t(maxChars) * 4 + 4;
    if (utf8.size() <= limit) return label(QString::fromStdString(utf8), maxChars);
    // That prefix holds more than maxChars characters, so the result is cut.
    return label(QString::fromUtf8(utf8.data(), qsizetype(limit)), maxChars);
}

QStringList labels(const QStringList& texts, int maxChars) {
    QStringList out;
    out.reserve(texts.size());
    QSet<QString> seen;
    for (const QString& t : texts) {
        QString shown = label(t, maxChars);
        // Only a cut text can meet another one's label (a whole text is itself).
        for (int n = 2; shown != t && seen.contains(shown); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            shown = label(t, maxChars - int(suffix.size())) + suffix;
        }
        seen.insert(shown);
        out << shown;
    }
    return out;
}

QString tooltip(const QString& text) { return cut(text, kTooltipChars); }

bool isCut(const QString& text, int maxChars) { return label(text, maxChars) != text; }

void boundWidth(QWidget* widget, int chars) {
    // A little more than the text: room for a combo box's arrow and frame.
    widget->setMaximumWidth(widget->fontMetrics().averageCharWidth() * chars + 48);
}

} // namespace segmenta::ui::DisplayText
