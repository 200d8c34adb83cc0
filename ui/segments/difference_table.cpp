// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/difference_table.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "ui/segments/segment_style.h"

namespace segmenta::ui {
namespace {

enum Column { What, Here, Everyone, Difference, Strength, Sure, ColumnCount };

QString strengthText(double effect) {
    const double a = std::abs(effect);
    if (!std::isfinite(a)) return notAvailableText();
    if (a >= 0.8) return DifferenceTable::tr("strong");
    if (a >= 0.5) return DifferenceTable::tr("clear");
    if (a >= 0.2) return DifferenceTable::tr("slight");
    return DifferenceTable::tr("barely");
}

QString sureText(double p, bool significant) {
    if (!std::isfinite(p)) return notAvailableText();
    if (!significant) return DifferenceTable::tr("could be chance");
    if (p < 0.001) return DifferenceTable::tr("yes, very sure");
    if (p < 0.01) return DifferenceTable::tr("yes");
    return DifferenceTable::tr("probably");
}

} // namespace

DifferenceTable::DifferenceTable(QWidget* parent)
    : QWidget(parent), segmentBox_(new QComboBox(this)), table_(new QTableWidget(this)), caption_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("What ma&kes this segment different:"), this);
    label->setBuddy(segmentBox_);
    top->addWidget(label);
    top->addWidget(segmentBox_);
    top->addStretch(1);
    segmentBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    caption_->setWordWrap(true);
    caption_->setText(tr("Ranked by how strongly the segment stands out from the other rows. “Is it real?” tells "
                         "whether the difference is larger than chance would explain, after allowing for the many "
                         "comparisons made here."));
    layout->addWidget(caption_);

    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("What"), tr("In this segment"), tr("Everyone"), tr("Difference"),
                                       tr("How strong"), tr("Is it real?")});
    table_->horizontalHeaderItem(Strength)->setToolTip(
        tr("How far apart the segment and the rest are, measured against the usual spread (effect size): "
           "slight ≥ 0.2, clear ≥ 0.5, strong ≥ 0.8."));
    table_->horizontalHeaderItem(Sure)->setToolTip(
        tr("Whether the difference is bigger than chance would explain (Welch's t-test for numbers, chi-square for "
           "categories, corrected for many comparisons with Benjamini–Hochberg)."));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setAlternatingRowColors(true);
    connect(segmentBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        fill();
        if (index >= 0) emit segmentChosen(index);
    });
}

void DifferenceTable::setSegments(const QStringList& names, std::vector<std::vector<Row>> rows) {
    rows_ = std::move(rows);
    const QSignalBlocker block(segmentBox_);
    segmentBox_->clear();
    for (int s = 0; s < names.size(); ++s) segmentBox_->addItem(names[s]);
    fill();
}

void DifferenceTable::setSegmentName(int segment, const QString& name) {
    if (segment >= 0 && segment < segmentBox_->count()) segmentBox_->setItemText(segment, name);
}

void DifferenceTable::setCurrentSegment(int segment) {
    if (segment < 0 || segment >= segmentBox_->count() || segment == segmentBox_->currentIndex()) return;
    const QSignalBlocker block(segmentBox_);
    segmentBox_->setCurrentIndex(segment);
    fill();
}

int DifferenceTable::currentSegment() const { return segmentBox_->currentIndex(); }

int DifferenceTable::rowCount() const { return table_->rowCount(); }

void DifferenceTable::fill() {
    const int s = segmentBox_->currentIndex();
    table_->setRowCount(0);
    if (s < 0 || s >= int(rows_.size())) return;
    const auto& rows = rows_[std::size_t(s)];
    table_->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Row& row = rows[std::size_t(r)];
        const QString cells[ColumnCount] = {row.what, row.here, row.everyone, row.difference,
                                            strengthText(row.effect), sureText(row.pAdjusted, row.significant)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(row.tooltip);
            if (!row.significant) item->setForeground(palette().color(QPalette::PlaceholderText));
            if (c != What) item->setTextAlignment(Qt::AlignVCenter | (c <= Difference ? Qt::AlignRight : Qt::AlignLeft));
            table_->setItem(r, c, item);
        }
    }
}

} // namespace segmenta::ui
