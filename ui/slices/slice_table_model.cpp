// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/slice_table_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <limits>

#include "ui/common/display_text.h"
#include "ui/slices/metric_reason_text.h"

namespace segmenta::ui {

namespace {
const QColor kFlaggedBackground(255, 224, 224);
const QColor kSmallForeground(128, 128, 128);
}

SliceTableModel::SliceTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SliceTableModel::setReport(std::shared_ptr<const SliceReport> report) {
    beginResetModel();
    report_ = std::move(report);
    metrics_ = report_ ? availableMetrics(*report_) : std::vector<SliceMetric>{};
    endResetModel();
}

int SliceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !report_ ? 0 : int(report_->slices.size()) + 1;
}

int SliceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !report_ ? 0 : int(metrics_.size()) + 2;
}

int SliceTableModel::sliceOfRow(int row) const { return row < int(report_->slices.size()) ? row : -1; }

const SliceStats& SliceTableModel::statsOfRow(int row) const {
    const int s = sliceOfRow(row);
    return s < 0 ? report_->overall : report_->slices[std::size_t(s)];
}

QString SliceTableModel::flagText(const SliceStats& s) const {
    if (&s == &report_->overall) return {};
    if (s.tooSmall) return tr("too few rows to judge");
    if (s.significance.flagged) return tr("worse than the rest");
    if (s.significance.tested) return tr("no");
    return QStringLiteral("—");
}

QVariant SliceTableModel::flagData(const SliceStats& s, int role) const {
    const auto& sig = s.significance;
    switch (role) {
    case Qt::DisplayRole: return flagText(s);
    case kSortRole: return s.tooSmall ? -1.0 : sig.flagged ? 2.0 + (1.0 - sig.adjustedP.valueOr(1)) : sig.tested ? 1.0 : 0.0;
    case Qt::ToolTipRole:
        if (&s == &report_->overall) return {};
        if (!sig.tested) return s.tooSmall ? tr("Fewer than %1 rows: too few to judge.").arg(report_->minRows)
                                           : MetricReasonText::notTested(sig);
        return tr("Here %1, in the other rows %2 (difference %3 points).\nAdjusted p-value %4 (%5).")
            .arg(QLocale().toString(sig.sliceRate.valueOr(0) * 100, 'f', 1) + QStringLiteral(" %"),
                 QLocale().toString(sig.restRate.valueOr(0) * 100, 'f', 1) + QStringLiteral(" %"),
                 QLocale().toString(sig.effect.valueOr(0) * 100, 'f', 1),
                 QLocale().toString(sig.adjustedP.valueOr(1), 'g', 3), MetricReasonText::testName(*report_));
    default: return {};
    }
}

QVariant SliceTableModel::metricData(const SliceStats& s, SliceMetric m, int role) const {
    const Metric v = sliceMetricValue(s, m);
    switch (role) {
    case Qt::DisplayRole: return formatMetric(v, m);
    case kSortRole: return v.valueOr(-std::numeric_limits<double>::max());
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!v.defined()) return tr("Not available: %1").arg(MetricReasonText::reason(v));
        const auto ci = sliceMetricInterval(s, m);
        if (!ci.low.defined()) return sliceMetricInfo(m).tip;
        return tr("95 % range: %1 to %2").arg(formatMetric(ci.low, m), formatMetric(ci.high, m));
    }
    default: return {};
    }
}

QVariant SliceTableModel::data(const QModelIndex& index, int role) const {
    if (!report_ || !index.isValid()) return {};
    const SliceStats& s = statsOfRow(index.row());
    const int col = index.column();
    if (role == kSliceRole) return sliceOfRow(index.row());
    if (role == Qt::FontRole && &s == &report_->overall) { QFont f; f.setBold(true); return f; }
    if (role == Qt::BackgroundRole && s.significance.flagged) return QBrush(kFlaggedBackground);
    if (role == Qt::ForegroundRole && s.tooSmall && &s != &report_->overall) return QBrush(kSmallForeground);
    if (col == 0) {
        const QString name = &s == &report_->overall ? tr("All rows") : QString::fromStdString(s.label);
        if (role == kSortRole) return name;
        if (role == Qt::DisplayRole) return DisplayText::label(name);
        if (role == Qt::ToolTipRole)
            return tr("%1 — click to show these rows on the Data page").arg(DisplayText::tooltip(name));
        return {};
    }
    if (col == flagColumn()) return flagData(s, role);
    return metricData(s, metrics_[std::size_t(col - 1)], role);
}

QVariant SliceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || !report_) return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole) return tr("Slice");
        if (role == Qt::ToolTipRole) return tr("The group of rows: a value of the column you slice by, or two crossed.");
        return {};
    }
    if (section == flagColumn()) {
        if (role == Qt::DisplayRole) return tr("Worse than the rest?");
        if (role == Qt::ToolTipRole)
            return report_->testName.empty()
                       ? tr("Choose what to test slices on to find those significantly worse than the rest.")
                       : tr("Is this slice significantly worse than all other rows on %1? Test: %2.")
                             .arg(flagMetricName(report_->flagMetric),
                                  MetricReasonText::testName(*report_));
        return {};
    }
    const auto& info = sliceMetricInfo(metrics_[std::size_t(section - 1)]);
    if (role == Qt::DisplayRole) return info.name;
    if (role == Qt::ToolTipRole) return info.tip;
    return {};
}

std::vector<std::vector<QString>> SliceTableModel::cells() const {
    std::vector<std::vector<QString>> out;
    if (!report_) return out;
    std::vector<QString> header;
    for (int c = 0; c < columnCount(); ++c) header.push_back(headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out.push_back(header);
    for (int r = 0; r < rowCount(); ++r) {
        std::vector<QString> row;
        for (int c = 0; c < columnCount(); ++c) {
            // Numbers unformatted (full precision, no "—") so spreadsheets can use them.
            const auto& s = statsOfRow(r);
            // The slice's whole name (the table shows it cut), so an export keeps every value.
            if (c == 0) row.push_back(data(index(r, c), kSortRole).toString());
            else if (c == flagColumn()) row.push_back(data(index(r, c), Qt::DisplayRole).toString());
            else {
                const Metric v = sliceMetricValue(s, metrics_[std::size_t(c - 1)]);
                row.push_back(v.defined() ? QString::number(*v.value, 'g', 17) : QString());
            }
        }
        out.push_back(row);
    }
    return out;
}

} // namespace segmenta::ui
