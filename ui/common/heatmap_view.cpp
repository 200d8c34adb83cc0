// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/heatmap_view.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"

namespace segmenta::ui {
namespace {
constexpr int kMargin = 8;
constexpr double kMinCellWidth = 30, kMaxCellWidth = 150;
constexpr double kMinCellHeight = 22, kMaxCellHeight = 40;
constexpr int kMaxLabel = 260;        // longer labels are elided, the full text is in the tooltip
constexpr int kSwatch = 12;
constexpr int kBarWidth = 220;
constexpr double kSin45 = 0.70710678118654752;

QColor textOn(const QColor& fill) {
    // Relative luminance (sRGB weights) decides black or white text.
    const double y = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return y < 0.5 ? QColor(Qt::white) : QColor(Qt::black);
}

QColor hatchColor() { return QColor(0xa8, 0xa8, 0xa8); }

// One piece of the legend laid out in a flow (title, bar, swatches), wrapping
// to a new line when the widget is narrow.
struct LegendPiece {
    enum Kind { Title, Bar, Swatch } kind;
    QRectF rect;
    int index = 0;
};

} // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapView::setData(const QStringList& rows, const QStringList& columns, std::vector<std::vector<Cell>> cells) {
    // Drawn cut (see DisplayText); the tooltips keep the whole names.
    rows_ = DisplayText::labels(rows);
    columns_ = DisplayText::labels(columns);
    fullRows_.clear();
    fullColumns_.clear();
    for (const QString& r : rows) fullRows_ << DisplayText::tooltip(r);
    for (const QString& c : columns) fullColumns_ << DisplayText::tooltip(c);
    cells_ = std::move(cells);
    highlighted_ = -1;
    currentRow_ = currentColumn_ = -1;
    rowColors_.clear();
    rowTooltips_.clear();
    updateGeometry();
    update();
}

void HeatmapView::setRowLabel(int row, const QString& label) {
    if (row < 0 || row >= rowCount()) return;
    rows_[row] = DisplayText::label(label);
    fullRows_[row] = DisplayText::tooltip(label);
    updateGeometry();
    update();
}

void HeatmapView::setRowColors(std::vector<QColor> colors) {
    rowColors_ = std::move(colors);
    updateGeometry();
    update();
}

void HeatmapView::setRowTooltips(const QStringList& tooltips) { rowTooltips_ = tooltips; }

void HeatmapView::setColumnTooltips(const QStringList& tooltips) { columnTooltips_ = tooltips; }

void HeatmapView::setLegend(Legend legend) {
    legend_ = std::move(legend);
    updateGeometry();
    update();
}

void HeatmapView::setEmptyText(const QString& text) {
    emptyText_ = text;
    update();
}

void HeatmapView::setHelpText(const QString& text) { helpText_ = text; }

void HeatmapView::setHighlightedRow(int row) {
    highlighted_ = row >= 0 && row < rowCount() ? row : -1;
    update();
}

void HeatmapView::setCurrentCell(int row, int column) {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) row = column = -1;
    if (row == currentRow_ && column == currentColumn_) return;
    currentRow_ = row;
    currentColumn_ = column;
    update();
    emit currentCellChanged(row, column);
}

const HeatmapView::Cell* HeatmapView::cell(int row, int column) const {
    if (row < 0 || column < 0 || std::size_t(row) >= cells_.size() || std::size_t(column) >= cells_[std::size_t(row)].size())
        return nullptr;
    return &cells_[std::size_t(row)][std::size_t(column)];
}

int HeatmapView::rowLabelTextWidth() const {
    int w = 0;
    for (const QString& r : rows_) w = std::max(w, fontMetrics().horizontalAdvance(r));
    return std::min(w, kMaxLabel);
}

// Wide enough for the widest cell text (numbers must never be elided), within limits.
static double minCellWidthFor(const std::vector<std::vector<HeatmapView::Cell>>& cells, const QFontMetrics& fm) {
    int widest = 0;
    for (const auto& row : cells)
        for (const auto& c : row) widest = std::max(widest, fm.horizontalAdvance(c.text));
    return std::clamp(double(widest + 10), kMinCellWidth, 96.0);
}

int HeatmapView::columnLabelTextWidth() const {
    int w = 0;
    for (const QString& c : columns_) w = std::max(w, fontMetrics().horizontalAdvance(c));
    return std::min(w, kMaxLabel);
}

static std::vector<LegendPiece> legendPieces(const HeatmapView::Legend& legend, const QFontMetrics& fm, int width,
                                             int* height) {
    std::vector<LegendPiece> pieces;
    const double lineGap = 6;
    double x = kMargin, y = 0, lineHeight = 0;
    auto place = [&](LegendPiece::Kind kind, double w, double h, int index) {
        if (x > kMargin && x + w > width - kMargin) { x = kMargin; y += lineHeight + lineGap; lineHeight = 0; }
        pieces.push_back({kind, QRectF(x, y, w, h), index});
        x += w + 14;
        lineHeight = std::max(lineHeight, h);
    };
    if (!legend.title.isEmpty()) place(LegendPiece::Title, fm.horizontalAdvance(legend.title) + 2, fm.height(), 0);
    if (!legend.stops.empty()) {
        // Tick labels are centred under their position: leave room for the outer halves.
        double overhang = 0;
        for (const auto& [at, text] : legend.ticks) {
            const double half = fm.horizontalAdvance(text) / 2.0 + 2;
            overhang = std::max(overhang, at <= 0.5 ? half - at * kBarWidth : half - (1 - at) * kBarWidth);
        }
        overhang = std::max(0.0, overhang);
        place(LegendPiece::Bar, kBarWidth + 2 * overhang, 12 + 2 + (legend.ticks.empty() ? 0 : fm.height()), 0);
    }
    for (int i = 0; i < int(legend.swatches.size()); ++i)
        place(LegendPiece::Swatch, kSwatch + 6 + fm.horizontalAdvance(legend.swatches[std::size_t(i)].label), fm.height(), i);
    *height = pieces.empty() ? 0 : int(y + lineHeight + 0.5);
    return pieces;
}

int HeatmapView::legendHeight(int width) const {
    int h = 0;
    legendPieces(legend_, fontMetrics(), width, &h);
    return h == 0 ? 0 : h + 12;
}

HeatmapView::Layout HeatmapView::layoutFor(int width, int height) const {
    Layout l;
    const QFontMetrics fm = fontMetrics();
    const int nc = std::max(1, columnCount()), nr = std::max(1, rowCount());
    l.labelWidth = rowLabelTextWidth() + (rowColors_.empty() ? 0 : kSwatch + 6) + 12;
    const double available = width - 2 * kMargin - l.labelWidth;
    const double minCell = minCellWidthFor(cells_, fm);
    l.cellWidth = std::clamp(available / nc, minCell, kMaxCellWidth);
    l.headerHeight = fm.height() + 8;
    const int labelText = columnLabelTextWidth();
    bool fits = true;
    for (const QString& c : columns_) fits = fits && fm.horizontalAdvance(c) + 8 <= l.cellWidth;
    if (!fits) {
        // Names do not fit across a column: write them at 45°, rising to the
        // right from the column's centre, keeping room on the right for the last one.
        l.slanted = true;
        l.headerHeight = int(labelText * kSin45 + fm.height() + 8);
        for (int pass = 0; pass < 2; ++pass) {
            const double spare = std::max(0.0, labelText * kSin45 + fm.height() - l.cellWidth / 2);
            l.cellWidth = std::clamp((available - spare) / nc, minCell, kMaxCellWidth);
        }
    }
    l.legendHeight = legendHeight(width);
    const double gridHeight = height - 2 * kMargin - l.headerHeight - l.legendHeight;
    l.cellHeight = std::clamp(gridHeight / nr, kMinCellHeight, kMaxCellHeight);
    l.grid = QRectF(kMargin + l.labelWidth, kMargin + l.headerHeight, l.cellWidth * columnCount(), l.cellHeight * rowCount());
    return l;
}

QSize HeatmapView::minimumSizeHint() const {
    if (rows_.isEmpty() || columns_.isEmpty()) return {240, 120};
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = rowLabelTextWidth() + (rowColors_.empty() ? 0 : kSwatch + 6) + 12;
    const double minCell = minCellWidthFor(cells_, fm);
    bool fits = true;
    for (const QString& c : columns_) fits = fits && fm.horizontalAdvance(c) + 8 <= minCell;
    const int labelText = columnLabelTextWidth();
    const int spare = fits ? 0 : int(std::max(0.0, labelText * kSin45 + fm.height() - minCell / 2));
    // The legend may wrap, but its widest piece must fit.
    int legendH = 0;
    int widest = 0;
    for (const auto& p : legendPieces(legend_, fm, 0, &legendH)) widest = std::max(widest, int(p.rect.width()));
    const int w = std::max(2 * kMargin + labelWidth + int(minCell) * columnCount() + spare, widest + 2 * kMargin);
    const int header = fits ? fm.height() + 8 : int(labelText * kSin45 + fm.height() + 8);
    const int h = 2 * kMargin + header + int(kMinCellHeight) * rowCount() + legendHeight(w);
    return {w, h};
}

QSize HeatmapView::sizeHint() const {
    const QSize min = minimumSizeHint();
    if (rows_.isEmpty() || columns_.isEmpty()) return {500, 300};
    const int w = std::max(min.width(), 2 * kMargin + rowLabelTextWidth() + 40 + 90 * columnCount());
    return {w, std::max(min.height(), min.height() + 10 * rowCount())};
}

QRect HeatmapView::cellRect(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount()) return {};
    const Layout l = currentLayout();
    return QRectF(l.grid.left() + column * l.cellWidth, l.grid.top() + row * l.cellHeight, l.cellWidth, l.cellHeight)
        .toAlignedRect();
}

bool HeatmapView::hitCell(const QPointF& pos, int* row, int* column) const {
    if (rows_.isEmpty() || columns_.isEmpty()) return false;
    const Layout l = currentLayout();
    if (pos.y() < l.grid.top() || pos.y() >= l.grid.bottom() || pos.x() < kMargin || pos.x() >= l.grid.right()) return false;
    *row = std::clamp(int((pos.y() - l.grid.top()) / l.cellHeight), 0, rowCount() - 1);
    *column = pos.x() < l.grid.left() ? -1 : std::clamp(int((pos.x() - l.grid.left()) / l.cellWidth), 0, columnCount() - 1);
    return true;
}

int HeatmapView::hitColumnLabel(const QPointF& pos) const {
    if (columns_.isEmpty()) return -1;
    const Layout l = currentLayout();
    if (pos.y() >= l.grid.top() || pos.y() < kMargin) return -1;
    // A slanted label moves one pixel right for each pixel up.
    const double x = l.slanted ? pos.x() - (l.grid.top() - pos.y()) : pos.x();
    const int c = int(std::floor((x - l.grid.left()) / l.cellWidth));
    return c >= 0 && c < columnCount() ? c : -1;
}

QString HeatmapView::tooltipAt(const QPoint& pos) const {
    int r = 0, c = 0;
    if (hitCell(pos, &r, &c)) {
        if (c < 0) return r < rowTooltips_.size() && !rowTooltips_[r].isEmpty() ? rowTooltips_[r] : fullRows_[r];
        const Cell* x = cell(r, c);
        if (x && !x->tooltip.isEmpty()) return x->tooltip;
        return QStringLiteral("%1 · %2").arg(fullRows_[r], fullColumns_[c]);
    }
    if (const int h = hitColumnLabel(pos); h >= 0)
        return h < columnTooltips_.size() && !columnTooltips_[h].isEmpty() ? columnTooltips_[h] : fullColumns_[h];
    return helpText_;
}

void HeatmapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (rows_.isEmpty() || columns_.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
        return;
    }
    const Layout l = currentLayout();
    paintHeaders(painter, l);
    paintRows(painter, l);
    paintLegend(painter, l);
}

void HeatmapView::paintHeaders(QPainter& painter, const Layout& l) const {
    const QFontMetrics fm = fontMetrics();
    painter.setPen(palette().color(QPalette::Text));
    for (int c = 0; c < columnCount(); ++c) {
        const QString text = fm.elidedText(columns_[c], Qt::ElideRight, kMaxLabel);
        if (!l.slanted) {
            const QRectF r(l.grid.left() + c * l.cellWidth, kMargin, l.cellWidth, l.grid.top() - kMargin - 4);
            painter.drawText(r, Qt::AlignHCenter | Qt::AlignBottom, text);
            continue;
        }
        painter.save();
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(l.grid.left() + (c + 0.5) * l.cellWidth - fm.height() * 0.25, l.grid.top() - 5);
        painter.rotate(-45);
        painter.drawText(QPointF(0, 0), text);
        painter.restore();
    }
}

void HeatmapView::paintRows(QPainter& painter, const Layout& l) const {
    const QFontMetrics fm = fontMetrics();
    for (int r = 0; r < rowCount(); ++r) {
        const double top = l.grid.top() + r * l.cellHeight;
        double labelLeft = kMargin;
        if (std::size_t(r) < rowColors_.size()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(rowColors_[std::size_t(r)]);
            painter.drawRect(QRectF(kMargin, top + (l.cellHeight - kSwatch) / 2, kSwatch, kSwatch));
            labelLeft += kSwatch + 6;
        }
        QFont labelFont = font();
        labelFont.setBold(r == highlighted_);
        painter.setFont(labelFont);
        painter.setPen(palette().color(QPalette::Text));
        const QRectF labelRect(labelLeft, top, l.grid.left() - labelLeft - 6, l.cellHeight);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(labelFont).elidedText(rows_[r], Qt::ElideRight, int(labelRect.width())));
        painter.setFont(font());
        for (int c = 0; c < columnCount(); ++c) {
            const QRectF box = QRectF(l.grid.left() + c * l.cellWidth, top, l.cellWidth, l.cellHeight).adjusted(0.5, 0.5, -0.5, -0.5);
            const Cell* x = cell(r, c);
            const Cell empty;
            const Cell& cellValue = x ? *x : empty;
            painter.fillRect(box, cellValue.fill);
            if (cellValue.hatch != Qt::NoBrush) painter.fillRect(box, QBrush(hatchColor(), cellValue.hatch));
            if (cellValue.framed) {
                painter.setPen(QPen(QColor(0x4a, 0x00, 0x00), 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
            }
            if (cellValue.text.isEmpty()) continue;
            const QString text = fm.elidedText(cellValue.text, Qt::ElideRight, int(box.width()) - 4);
            if (text == QStringLiteral("…")) continue;
            painter.setPen(textOn(cellValue.fill));
            painter.drawText(box, Qt::AlignCenter, text);
        }
    }
    painter.setBrush(Qt::NoBrush);
    if (highlighted_ >= 0) {
        const QRectF band(kMargin - 3, l.grid.top() + highlighted_ * l.cellHeight, l.grid.right() - kMargin + 3, l.cellHeight);
        painter.setPen(QPen(palette().color(QPalette::Text), 2.5));
        painter.drawRect(band.adjusted(1, 1, -1, -1));
    }
    if (currentRow_ >= 0) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 2));
        painter.drawRect(QRectF(cellRect(currentRow_, currentColumn_)).adjusted(1, 1, -1, -1));
    }
}

void HeatmapView::paintLegend(QPainter& painter, const Layout& l) const {
    const QFontMetrics fm = fontMetrics();
    int h = 0;
    const auto pieces = legendPieces(legend_, fm, width(), &h);
    const double top = l.grid.bottom() + 12;
    painter.setPen(palette().color(QPalette::Text));
    for (const LegendPiece& p : pieces) {
        const QRectF r = p.rect.translated(0, top);
        if (p.kind == LegendPiece::Title) {
            painter.drawText(r, Qt::AlignLeft | Qt::AlignTop, legend_.title);
        } else if (p.kind == LegendPiece::Bar) {
            const double overhang = (r.width() - kBarWidth) / 2;
            const QRectF bar(r.left() + overhang, r.top() + 2, kBarWidth, 12);
            QLinearGradient gradient(bar.topLeft(), bar.topRight());
            for (const auto& [at, colour] : legend_.stops) gradient.setColorAt(std::clamp(at, 0.0, 1.0), colour);
            painter.fillRect(bar, gradient);
            for (const auto& [at, text] : legend_.ticks) {
                const double x = bar.left() + std::clamp(at, 0.0, 1.0) * kBarWidth;
                painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 2));
                const double w = fm.horizontalAdvance(text) + 4;
                painter.drawText(QRectF(x - w / 2, bar.bottom() + 2, w, fm.height()), Qt::AlignHCenter | Qt::AlignTop, text);
            }
        } else {
            const Swatch& s = legend_.swatches[std::size_t(p.index)];
            const QRectF box(r.left(), r.top() + (r.height() - kSwatch) / 2, kSwatch, kSwatch);
            painter.fillRect(box, s.fill);
            if (s.hatch != Qt::NoBrush) painter.fillRect(box, QBrush(hatchColor(), s.hatch));
            if (s.framed) {
                painter.setPen(QPen(QColor(0x4a, 0x00, 0x00), 2));
                painter.drawRect(box.adjusted(1, 1, -1, -1));
                painter.setPen(palette().color(QPalette::Text));
            }
            painter.drawText(QRectF(box.right() + 6, r.top(), r.width() - kSwatch - 6, r.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, s.label);
        }
    }
}

bool HeatmapView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty()) QToolTip::hideText();
        else QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void HeatmapView::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    int r = 0, c = 0;
    if (event->button() == Qt::LeftButton && hitCell(event->position(), &r, &c)) {
        if (c >= 0) setCurrentCell(r, c);
        emit cellActivated(r, c);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void HeatmapView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Save)) { saveWithDialog(); return; }
    if (rows_.isEmpty() || columns_.isEmpty()) { QWidget::keyPressEvent(event); return; }
    int r = std::max(0, currentRow_), c = std::max(0, currentColumn_);
    switch (event->key()) {
    case Qt::Key_Left: c -= currentRow_ < 0 ? 0 : 1; break;
    case Qt::Key_Right: c += currentRow_ < 0 ? 0 : 1; break;
    case Qt::Key_Up: r -= currentRow_ < 0 ? 0 : 1; break;
    case Qt::Key_Down: r += currentRow_ < 0 ? 0 : 1; break;
    case Qt::Key_Home: c = 0; break;
    case Qt::Key_End: c = columnCount() - 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        setCurrentCell(r, c);
        emit cellActivated(r, c);
        return;
    default: QWidget::keyPressEvent(event); return;
    }
    setCurrentCell(std::clamp(r, 0, rowCount() - 1), std::clamp(c, 0, columnCount() - 1));
}

void HeatmapView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save picture as PNG or SVG…"), this, &HeatmapView::saveWithDialog);
    menu.exec(event->globalPos());
}

void HeatmapView::saveWithDialog() { saveWidgetWithDialog(this, exportName_); }

bool HeatmapView::saveImage(const QString& path, QString* error) { return saveWidgetImage(this, path, error); }

} // namespace segmenta::ui
