// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/profile_heatmap.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "ui/common/chart_view.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {
namespace {
constexpr int kMargin = 8;
constexpr int kLegendHeight = 46;
constexpr int kMaxHeaderText = 150;   // longer feature names are elided
constexpr double kSin45 = 0.70710678118654752;
} // namespace

ProfileHeatmap::ProfileHeatmap(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Profile of each segment"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ProfileHeatmap::setProfile(const QStringList& segments, const QStringList& features,
                                std::vector<std::vector<Cell>> cells) {
    segments_ = segments;
    features_ = features;
    cells_ = std::move(cells);
    highlighted_ = -1;
    updateGeometry();
    update();
}

void ProfileHeatmap::setSegmentName(int segment, const QString& name) {
    if (segment < 0 || segment >= segments_.size()) return;
    segments_[segment] = name;
    update();
}

void ProfileHeatmap::setHighlighted(int segment) {
    highlighted_ = segment;
    update();
}

QSize ProfileHeatmap::sizeHint() const {
    return {std::max(500, 220 + 90 * int(features_.size())), std::max(300, 160 + 36 * int(segments_.size()))};
}

QSize ProfileHeatmap::minimumSizeHint() const { return {300, 200}; }

ProfileHeatmap::Geometry ProfileHeatmap::geometry() const {
    Geometry g;
    const QFontMetrics fm(font());
    int nameText = 0, featureText = 0;
    for (const auto& s : segments_) nameText = std::max(nameText, fm.horizontalAdvance(s));
    for (const auto& f : features_) featureText = std::max(featureText, fm.horizontalAdvance(f));
    featureText = std::min(featureText, kMaxHeaderText);
    g.nameWidth = std::min(240, nameText + 28);
    const int nf = std::max<int>(1, int(features_.size())), ns = std::max<int>(1, int(segments_.size()));

    double available = width() - 2 * kMargin - g.nameWidth;
    g.cellWidth = std::clamp(available / nf, 24.0, 150.0);
    double headerHeight = fm.height() + 10;
    double rightSpare = 0;
    if (featureText + 8 > g.cellWidth) {
        // Names do not fit across a column: write them at 45°, keeping room on
        // the right for the last one.
        g.headerAngle = -45;
        headerHeight = featureText * kSin45 + fm.height() + 6;
        rightSpare = std::max(0.0, featureText * kSin45 - g.cellWidth / 2);
        g.cellWidth = std::clamp((available - rightSpare) / nf, 20.0, 150.0);
    }
    const double gridHeight = height() - 2 * kMargin - headerHeight - kLegendHeight;
    g.cellHeight = std::clamp(gridHeight / ns, 20.0, 44.0);
    g.grid = QRectF(kMargin + g.nameWidth, kMargin + headerHeight, g.cellWidth * nf, g.cellHeight * ns);
    return g;
}

void ProfileHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    if (segments_.isEmpty() || features_.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Run a segmentation to see how the segments differ."));
        return;
    }
    const Geometry g = geometry();
    const QFontMetrics fm(font());
    paintHeaders(painter, g);
    for (int s = 0; s < segments_.size(); ++s) {
        const double top = g.grid.top() + s * g.cellHeight;
        const QRectF nameRect(kMargin + 18, top, g.nameWidth - 24, g.cellHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(segmentColor(s));
        painter.drawRoundedRect(QRectF(kMargin + 2, top + g.cellHeight / 2 - 6, 12, 12), 2, 2);
        QFont nameFont = font();
        nameFont.setBold(s == highlighted_);
        painter.setFont(nameFont);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(nameFont).elidedText(segments_[s], Qt::ElideRight, int(nameRect.width())));
        painter.setFont(font());
        for (int f = 0; f < features_.size(); ++f) {
            const QRectF cell(g.grid.left() + f * g.cellWidth, top, g.cellWidth, g.cellHeight);
            const Cell& c = cells_[std::size_t(s)][std::size_t(f)];
            const QColor fill = zScoreColor(c.z);
            painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), fill);
            painter.setPen(textColorOn(fill));
            painter.drawText(cell, Qt::AlignCenter, fm.elidedText(c.text, Qt::ElideRight, int(cell.width()) - 4));
        }
    }
    if (highlighted_ >= 0 && highlighted_ < segments_.size()) {
        const QRectF row(kMargin, g.grid.top() + highlighted_ * g.cellHeight, g.grid.right() - kMargin, g.cellHeight);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Text), 2.5));
        painter.drawRect(row.adjusted(1, 1, -1, -1));
    }
    paintLegend(painter, g);
}

void ProfileHeatmap::paintHeaders(QPainter& painter, const Geometry& g) const {
    const QFontMetrics fm(font());
    painter.setPen(palette().color(QPalette::Text));
    for (int f = 0; f < features_.size(); ++f) {
        const double centre = g.grid.left() + (f + 0.5) * g.cellWidth;
        if (g.headerAngle == 0) {
            const QRectF r(g.grid.left() + f * g.cellWidth, kMargin, g.cellWidth, g.grid.top() - kMargin - 4);
            painter.drawText(r, Qt::AlignHCenter | Qt::AlignBottom, fm.elidedText(features_[f], Qt::ElideRight, int(r.width()) - 4));
            continue;
        }
        painter.save();
        painter.translate(centre - fm.height() * 0.3, g.grid.top() - 6);
        painter.rotate(g.headerAngle);
        painter.drawText(QPointF(0, 0), fm.elidedText(features_[f], Qt::ElideRight, kMaxHeaderText));
        painter.restore();
    }
}

void ProfileHeatmap::paintLegend(QPainter& painter, const Geometry& g) const {
    const QFontMetrics fm(font());
    const double barWidth = std::min(260.0, std::max(160.0, g.grid.width() * 0.5));
    const double top = g.grid.bottom() + 14;
    const QRectF bar(g.grid.left() + (g.grid.width() - barWidth) / 2, top, barWidth, 10);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int i = 0; i <= 8; ++i) gradient.setColorAt(i / 8.0, zScoreColor(-2.0 + i * 0.5));
    painter.setPen(Qt::NoPen);
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::Text));
    const double textTop = bar.bottom() + 2;
    painter.drawText(QRectF(bar.left() - 160, textTop, 160 + 40, fm.height()), Qt::AlignRight, tr("lower than average"));
    painter.drawText(QRectF(bar.center().x() - 60, textTop, 120, fm.height()), Qt::AlignHCenter, tr("average"));
    painter.drawText(QRectF(bar.right() - 40, textTop, 200, fm.height()), Qt::AlignLeft, tr("higher than average"));
}

bool ProfileHeatmap::cellAt(const QPointF& pos, int* segment, int* feature) const {
    if (segments_.isEmpty() || features_.isEmpty()) return false;
    const Geometry g = geometry();
    const QRectF rows(kMargin, g.grid.top(), g.grid.right() - kMargin, g.grid.height());
    if (!rows.contains(pos)) return false;
    *segment = std::clamp(int((pos.y() - g.grid.top()) / g.cellHeight), 0, int(segments_.size()) - 1);
    *feature = pos.x() < g.grid.left() ? -1 : std::clamp(int((pos.x() - g.grid.left()) / g.cellWidth), 0, int(features_.size()) - 1);
    return true;
}

bool ProfileHeatmap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        int s = 0, f = 0;
        if (cellAt(help->pos(), &s, &f)) {
            const QString text = f < 0 ? tr("%1\nClick to show only this segment everywhere.").arg(segments_[s])
                                       : cells_[std::size_t(s)][std::size_t(f)].tooltip;
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::showText(help->globalPos(),
                               tr("Each row is a segment, each column a feature. Red: the segment's average is higher "
                                  "than everyone's; blue: lower. Right-click to save the picture."), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void ProfileHeatmap::mousePressEvent(QMouseEvent* event) {
    int s = 0, f = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position(), &s, &f)) emit segmentClicked(s);
    QWidget::mousePressEvent(event);
}

void ProfileHeatmap::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save picture as PNG or SVG…"), this, [this] { saveWidgetWithDialog(this, QStringLiteral("segments-profile")); });
    menu.exec(event->globalPos());
}

void ProfileHeatmap::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Save)) { saveWidgetWithDialog(this, QStringLiteral("segments-profile")); return; }
    QWidget::keyPressEvent(event);
}

} // namespace segmenta::ui
