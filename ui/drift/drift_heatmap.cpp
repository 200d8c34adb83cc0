// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_heatmap.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>

#include "ui/common/chart_view.h"
#include "ui/drift/drift_format.h"

namespace segmenta::ui {

namespace {
constexpr int kTop = 28;       // room for the month labels
constexpr int kLegend = 30;    // room for the colour legend below
constexpr int kRowHeight = 26;
constexpr int kMinCellWidth = 34;
} // namespace

DriftHeatmap::DriftHeatmap(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Drift heatmap: columns by month"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void DriftHeatmap::setHistory(const HistoryView& history) {
    rows_ = history.features;
    columns_.clear();
    cells_.clear();
    hasCells_.clear();
    for (const SnapshotView& s : history.snapshots) {
        columns_ << s.label;
        cells_.push_back(s.columns);
        hasCells_.push_back(!s.isReference && s.columns.size() == std::size_t(rows_.size()));
    }
    current_ = QPoint(-1, -1);
    updateGeometry();
    update();
}

QString DriftHeatmap::rowName(int row) const { return row >= 0 && row < rowCount() ? rows_[row] : QString(); }
QString DriftHeatmap::columnName(int column) const {
    return column >= 0 && column < columnCount() ? columns_[column] : QString();
}

const ColumnDriftView* DriftHeatmap::cell(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return nullptr;
    if (!hasCells_[std::size_t(column)]) return nullptr;
    return &cells_[std::size_t(column)][std::size_t(row)];
}

int DriftHeatmap::driftedCellCount() const {
    int n = 0;
    for (int c = 0; c < columnCount(); ++c)
        for (int r = 0; r < rowCount(); ++r)
            if (const auto* x = cell(r, c); x && x->judged && x->drifted) ++n;
    return n;
}

void DriftHeatmap::setCurrentCell(int row, int column) {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return;
    current_ = QPoint(column, row);
    update();
    emit cellActivated(row, column);
}

int DriftHeatmap::labelWidth() const {
    int w = 80;
    for (const QString& r : rows_) w = std::max(w, fontMetrics().horizontalAdvance(r) + 16);
    return std::min(w, 220);
}

QSize DriftHeatmap::sizeHint() const {
    return {labelWidth() + std::max(1, columnCount()) * 64, kTop + std::max(3, rowCount()) * kRowHeight + kLegend + 8};
}

QSize DriftHeatmap::minimumSizeHint() const {
    return {labelWidth() + std::max(1, columnCount()) * kMinCellWidth, kTop + std::max(3, rowCount()) * kRowHeight + kLegend + 8};
}

QRect DriftHeatmap::cellRect(int row, int column) const {
    const int left = labelWidth();
    const int w = std::max(kMinCellWidth, (width() - left - 8) / std::max(1, columnCount()));
    return {left + column * w, kTop + row * kRowHeight, w, kRowHeight};
}

QPoint DriftHeatmap::cellAt(const QPoint& pos) const {
    for (int c = 0; c < columnCount(); ++c)
        for (int r = 0; r < rowCount(); ++r)
            if (cellRect(r, c).contains(pos)) return {c, r};
    return {-1, -1};
}

void DriftHeatmap::paintCell(QPainter& p, int row, int column) const {
    const QRect r = cellRect(row, column).adjusted(1, 1, -1, -1);
    const ColumnDriftView* c = cell(row, column);
    if (!c) {
        // The reference month: nothing to compare with; hatched so it reads as "not a value".
        p.fillRect(r, QBrush(QColor(0xee, 0xee, 0xee)));
        p.fillRect(r, QBrush(QColor(0xcc, 0xcc, 0xcc), Qt::BDiagPattern));
        return;
    }
    const QColor fill = DriftFormat::effectColor(c->effect, c->judged);
    p.fillRect(r, fill);
    if (c->judged && c->drifted) {
        p.setPen(QPen(QColor(0x4a, 0x00, 0x00), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(1, 1, -1, -1));
    }
    if (r.width() >= 44) {
        p.setPen(fill.lightnessF() < 0.5 ? Qt::white : Qt::black);
        const QString text = c->judged ? DriftFormat::number(c->effect, 2) : tr("few");
        p.drawText(r, Qt::AlignCenter, text);
    }
}

void DriftHeatmap::paintLegend(QPainter& p) const {
    const int y = kTop + rowCount() * kRowHeight + 10;
    int x = labelWidth();
    p.setPen(palette().text().color());
    const QString lead = tr("Size of change:");
    p.drawText(QRect(8, y, x - 12, 16), Qt::AlignRight | Qt::AlignVCenter, lead);
    for (int i = 0; i <= 30; ++i) p.fillRect(QRect(x + i * 5, y, 5, 14), DriftFormat::effectColor(i / 100.0, true));
    p.drawText(QRect(x, y + 14, 40, 14), Qt::AlignLeft, QStringLiteral("0"));
    p.drawText(QRect(x + 30, y + 14, 40, 14), Qt::AlignLeft, QStringLiteral("0.1"));
    p.drawText(QRect(x + 130, y + 14, 40, 14), Qt::AlignLeft, QStringLiteral("≥ 0.3"));
    x += 170;
    p.setPen(QPen(QColor(0x4a, 0x00, 0x00), 2));
    p.drawRect(QRect(x, y, 14, 14));
    p.setPen(palette().text().color());
    p.drawText(QRect(x + 20, y, 80, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("drifted"));
    x += 90;
    p.fillRect(QRect(x, y, 14, 14), QColor(0xe0, 0xe0, 0xe0));
    p.drawText(QRect(x + 20, y, 160, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("too few rows"));
    x += 120;
    p.fillRect(QRect(x, y, 14, 14), QBrush(QColor(0xcc, 0xcc, 0xcc), Qt::BDiagPattern));
    p.drawText(QRect(x + 20, y, 200, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("reference month"));
}

void DriftHeatmap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (rowCount() == 0 || columnCount() == 0) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Nothing to compare yet: record at least two months of this dataset."));
        return;
    }
    p.setPen(palette().text().color());
    for (int c = 0; c < columnCount(); ++c) {
        const QRect r = cellRect(0, c);
        const QString label = fontMetrics().elidedText(columns_[c], Qt::ElideMiddle, r.width() - 2);
        p.drawText(QRect(r.left(), 4, r.width(), kTop - 6), Qt::AlignCenter, label);
    }
    for (int row = 0; row < rowCount(); ++row) {
        const QRect r = cellRect(row, 0);
        const QString label = fontMetrics().elidedText(rows_[row], Qt::ElideRight, labelWidth() - 12);
        p.setPen(palette().text().color());
        p.drawText(QRect(4, r.top(), labelWidth() - 10, r.height()), Qt::AlignRight | Qt::AlignVCenter, label);
        for (int c = 0; c < columnCount(); ++c) paintCell(p, row, c);
    }
    if (current_.x() >= 0) {
        p.setPen(QPen(palette().highlight().color(), hasFocus() ? 3 : 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(current_.y(), current_.x()));
    }
    paintLegend(p);
}

void DriftHeatmap::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    const QPoint at = cellAt(event->pos());
    if (event->button() == Qt::LeftButton && at.x() >= 0) setCurrentCell(at.y(), at.x());
}

void DriftHeatmap::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Save)) { saveWidgetWithDialog(this, QStringLiteral("drift-heatmap")); return; }
    QPoint c = current_.x() < 0 ? QPoint(columnCount() - 1, 0) : current_;
    switch (event->key()) {
    case Qt::Key_Left: c.rx() -= 1; break;
    case Qt::Key_Right: c.rx() += 1; break;
    case Qt::Key_Up: c.ry() -= 1; break;
    case Qt::Key_Down: c.ry() += 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter: break;
    default: QWidget::keyPressEvent(event); return;
    }
    setCurrentCell(std::clamp(c.y(), 0, rowCount() - 1), std::clamp(c.x(), 0, columnCount() - 1));
}

void DriftHeatmap::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save heatmap as PNG or SVG…"), this, [this] { saveWidgetWithDialog(this, QStringLiteral("drift-heatmap")); });
    menu.exec(event->globalPos());
}

QString DriftHeatmap::cellTip(int row, int column) const {
    const ColumnDriftView* c = cell(row, column);
    QString tip = QStringLiteral("<b>%1</b> in %2<br>").arg(rows_[row].toHtmlEscaped(), columns_[column].toHtmlEscaped());
    if (!c) return tip + tr("This is the reference month: the others are compared with it.");
    tip += tr("%1: %2 — <b>%3</b>").arg(c->effectName.isEmpty() ? tr("Size of change") : c->effectName,
                                       DriftFormat::number(c->effect), DriftFormat::verdictText(*c));
    if (!c->reason.isEmpty()) tip += QStringLiteral("<br>") + c->reason.toHtmlEscaped();
    return tip + QStringLiteral("<br><i>") + tr("Click to see both distributions.") + QStringLiteral("</i>");
}

bool DriftHeatmap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint at = cellAt(help->pos());
        if (at.x() >= 0) QToolTip::showText(help->globalPos(), cellTip(at.y(), at.x()), this, cellRect(at.y(), at.x()));
        else QToolTip::showText(help->globalPos(), tr("Right-click to save this heatmap as a picture."), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace segmenta::ui
