// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/snapshot_timeline.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

#include "ui/common/display_text.h"
#include "ui/drift/drift_format.h"

namespace segmenta::ui {

namespace {
constexpr int kCardMinWidth = 92;
constexpr int kCardHeight = 70;
constexpr int kGap = 6;
} // namespace

SnapshotTimeline::SnapshotTimeline(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Timeline of recorded months"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString SnapshotTimeline::describe(const SnapshotView& s, int maxReasons) {
    QString text = QStringLiteral("<b>%1</b> — %2").arg(DisplayText::label(s.label).toHtmlEscaped(), DriftFormat::statusText(s.status));
    if (s.isTraining) text += QStringLiteral(" · ") + tr("the selected model was trained on this month");
    if (!s.comparedWith.isEmpty()) text += QStringLiteral("<br>") + tr("Compared with %1.").arg(DisplayText::label(s.comparedWith).toHtmlEscaped());
    if (s.resegmentSuggested) text += QStringLiteral("<br><b>") + tr("Re-segmenting suggested") + QStringLiteral("</b>");
    if (s.reasons.isEmpty()) {
        text += QStringLiteral("<br>") + DriftFormat::statusExplanation(s.status, s.comparedWith);
    } else {
        text += QStringLiteral("<ul style='margin:0'>");
        const int shown = maxReasons > 0 ? std::min(maxReasons, int(s.reasons.size())) : int(s.reasons.size());
        for (int i = 0; i < shown; ++i) text += QStringLiteral("<li>") + DisplayText::tooltip(s.reasons[i]).toHtmlEscaped() + QStringLiteral("</li>");
        if (shown < s.reasons.size())
            text += QStringLiteral("<li><i>") + tr("and %n more (point here to read them all)", nullptr, int(s.reasons.size()) - shown) +
                    QStringLiteral("</i></li>");
        text += QStringLiteral("</ul>");
    }
    return text;
}

void SnapshotTimeline::setHistory(const HistoryView& history) {
    cards_.clear();
    const QLocale locale;
    for (const SnapshotView& s : history.snapshots) {
        Card c;
        c.label = DisplayText::label(s.label);
        c.rows = tr("%1 rows").arg(locale.toString(qlonglong(s.rows)));
        c.status = s.status;
        c.resegment = s.resegmentSuggested;
        c.training = s.isTraining;
        c.tip = describe(s);
        cards_.push_back(std::move(c));
    }
    current_ = cards_.empty() ? -1 : int(cards_.size()) - 1;
    updateGeometry();
    update();
}

void SnapshotTimeline::setCurrentIndex(int index) {
    if (index < 0 || index >= count() || index == current_) return;
    current_ = index;
    update();
    emit currentChanged(index);
}

SnapshotStatus SnapshotTimeline::statusAt(int index) const {
    return index >= 0 && index < count() ? cards_[std::size_t(index)].status : SnapshotStatus::Unknown;
}

bool SnapshotTimeline::resegmentAt(int index) const {
    return index >= 0 && index < count() && cards_[std::size_t(index)].resegment;
}

QSize SnapshotTimeline::sizeHint() const {
    return {std::max(1, count()) * (kCardMinWidth + kGap) + kGap, kCardHeight + 2 * kGap};
}

QSize SnapshotTimeline::minimumSizeHint() const { return sizeHint(); }

QRect SnapshotTimeline::cardRect(int index) const {
    // Cards share the width but never get narrower than kCardMinWidth (the scroll
    // area around the timeline scrolls instead) or wider than 180 px.
    const int n = std::max(1, count());
    const int w = std::clamp((width() - kGap) / n - kGap, kCardMinWidth, 180);
    return {kGap + index * (w + kGap), kGap, w, kCardHeight};
}

int SnapshotTimeline::indexAt(const QPoint& pos) const {
    for (int i = 0; i < count(); ++i)
        if (cardRect(i).contains(pos)) return i;
    return -1;
}

void SnapshotTimeline::paintCard(QPainter& p, int i) const {
    const Card& c = cards_[std::size_t(i)];
    const QRect r = cardRect(i);
    const bool selected = i == current_;
    p.setPen(QPen(selected ? palette().highlight().color() : palette().mid().color(), selected ? 2.5 : 1.0));
    p.setBrush(palette().base());
    p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().text().color());
    p.drawText(r.adjusted(6, 4, -6, 0), Qt::AlignLeft | Qt::AlignTop, c.label);
    p.setFont(font());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(palette().placeholderText().color());
    p.drawText(r.adjusted(6, 22, -6, 0), Qt::AlignLeft | Qt::AlignTop, c.training ? tr("training") : c.rows);

    // The badge: a coloured pill with the status word; a ↻ mark for re-segmenting.
    const QString word = DriftFormat::statusText(c.status) + (c.resegment ? QStringLiteral(" ↻") : QString());
    const QFontMetrics fm(small);
    const QRect badge(r.left() + 6, r.bottom() - 22, std::min(r.width() - 12, fm.horizontalAdvance(word) + 14), 18);
    p.setPen(Qt::NoPen);
    p.setBrush(DriftFormat::statusColor(c.status));
    p.drawRoundedRect(badge, 9, 9);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, word);
}

void SnapshotTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (cards_.empty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No months recorded yet."));
        return;
    }
    for (int i = 0; i < count(); ++i) paintCard(p, i);
    if (hasFocus() && current_ >= 0) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cardRect(current_).adjusted(-3, -3, 3, 3));
    }
}

void SnapshotTimeline::mousePressEvent(QMouseEvent* event) {
    const int i = indexAt(event->pos());
    if (i >= 0) setCurrentIndex(i);
    setFocus(Qt::MouseFocusReason);
}

void SnapshotTimeline::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left: setCurrentIndex(current_ - 1); return;
    case Qt::Key_Right: setCurrentIndex(current_ + 1); return;
    case Qt::Key_Home: setCurrentIndex(0); return;
    case Qt::Key_End: setCurrentIndex(count() - 1); return;
    default: QWidget::keyPressEvent(event);
    }
}

void SnapshotTimeline::contextMenuEvent(QContextMenuEvent* event) {
    const bool byKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const int i = byKeyboard ? current_ : indexAt(event->pos());
    if (i < 0) return;
    setCurrentIndex(i);
    emit menuRequested(i, byKeyboard ? mapToGlobal(cardRect(i).center()) : event->globalPos());
}

bool SnapshotTimeline::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = indexAt(help->pos());
        if (i >= 0) QToolTip::showText(help->globalPos(), cards_[std::size_t(i)].tip, this, cardRect(i));
        else QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace segmenta::ui
