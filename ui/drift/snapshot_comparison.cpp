// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/snapshot_comparison.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "ui/common/display_text.h"
#include "ui/drift/drift_format.h"
#include "ui/drift/segment_palette.h"

namespace segmenta::ui {

namespace {

QTableWidgetItem* cellItem(const QString& text, const QString& tip = {}) {
    auto* item = new QTableWidgetItem(DisplayText::label(text));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    // A cut name is read whole in the tooltip.
    const QString fullTip = tip.isEmpty() && DisplayText::isCut(text) ? text : tip;
    item->setToolTip(text == QStringLiteral("—") ? DriftFormat::noValueReason() : DisplayText::tooltip(fullTip));
    return item;
}

} // namespace

SnapshotComparison::SnapshotComparison(QWidget* parent)
    : QWidget(parent), first_(new QComboBox(this)), second_(new QComboBox(this)), summary_(new QLabel(this)),
      columns_(new QTableWidget(this)), shares_(new QTableWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* a = new QLabel(tr("Month &A:"), this);
    a->setBuddy(first_);
    auto* b = new QLabel(tr("against month &B:"), this);
    b->setBuddy(second_);
    first_->setToolTip(tr("The month to start from."));
    second_->setToolTip(tr("The month to compare with A: every number below says how B differs from A."));
    bar->addWidget(a);
    bar->addWidget(first_);
    bar->addWidget(b);
    bar->addWidget(second_);
    bar->addStretch(1);
    layout->addLayout(bar);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    layout->addWidget(summary_);

    const QStringList headers = {tr("Column"), tr("Verdict"), tr("Size of change"), tr("KS"), tr("PSI"), tr("JS distance"),
                                 tr("Wasserstein"), tr("Chi-square p"), tr("Empty cells A → B")};
    const QStringList tips = {QString(), tr("Drifted, stable, or too few rows to judge."), DriftFormat::explainEffect(),
                              DriftFormat::explainKs(), DriftFormat::explainPsi(), DriftFormat::explainJs(),
                              DriftFormat::explainWasserstein(), DriftFormat::explainChi2P(), DriftFormat::explainMissing()};
    columns_->setColumnCount(int(headers.size()));
    columns_->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < headers.size(); ++i) columns_->horizontalHeaderItem(i)->setToolTip(tips[i]);
    columns_->verticalHeader()->hide();
    columns_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns_->setAlternatingRowColors(true);
    columns_->setAccessibleName(tr("Change of each column from month A to month B"));
    shares_->setColumnCount(4);
    shares_->setHorizontalHeaderLabels({tr("Segment"), tr("Share in A"), tr("Share in B"), tr("Change")});
    shares_->verticalHeader()->hide();
    shares_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    shares_->setAccessibleName(tr("Segment sizes in month A and month B"));
    auto* tables = new QHBoxLayout;
    // The column table takes the width of its numbers; the segment table gets the
    // rest, with the (long) segment names stretching, so "Share in A/B" is never cut.
    columns_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    shares_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    shares_->setMinimumWidth(360);
    tables->addWidget(columns_, 0);
    tables->addWidget(shares_, 1);
    layout->addLayout(tables, 1);

    connect(first_, &QComboBox::currentIndexChanged, this, &SnapshotComparison::request);
    connect(second_, &QComboBox::currentIndexChanged, this, &SnapshotComparison::request);
}

void SnapshotComparison::setHistory(const HistoryView& history) {
    history_ = history;
    const QSignalBlocker b1(first_), b2(second_);
    first_->clear();
    second_->clear();
    for (const SnapshotView& s : history_.snapshots) {
        first_->addItem(DisplayText::label(s.label), QVariant::fromValue<qlonglong>(s.id));
        second_->addItem(DisplayText::label(s.label), QVariant::fromValue<qlonglong>(s.id));
    }
    columns_->setRowCount(0);
    shares_->setRowCount(0);
    // Default: the first month against the latest — the whole story at once.
    const int n = first_->count();
    first_->setCurrentIndex(n > 0 ? 0 : -1);
    second_->setCurrentIndex(n > 0 ? n - 1 : -1);
    summary_->setText(n < 2 ? tr("Record at least two months to compare them.") : QString());
}

void SnapshotComparison::choose(int firstIndex, int secondIndex) {
    const QSignalBlocker b1(first_);
    first_->setCurrentIndex(firstIndex);
    second_->setCurrentIndex(secondIndex);
    request();
}

std::int64_t SnapshotComparison::firstId() const { return first_->currentIndex() < 0 ? 0 : first_->currentData().toLongLong(); }
std::int64_t SnapshotComparison::secondId() const { return second_->currentIndex() < 0 ? 0 : second_->currentData().toLongLong(); }

void SnapshotComparison::request() {
    fillShares();
    if (firstId() == 0 || secondId() == 0) return;
    if (firstId() == secondId()) {
        showMessage(tr("Pick two different months to compare."));
        return;
    }
    summary_->setText(tr("Comparing…"));
    emit compareRequested(firstId(), secondId());
}

void SnapshotComparison::showMessage(const QString& message) {
    columns_->setRowCount(0);
    summary_->setText(message.toHtmlEscaped());
}

void SnapshotComparison::fillShares() {
    shares_->setRowCount(0);
    const int a = history_.indexOf(firstId()), b = history_.indexOf(secondId());
    if (a < 0 || b < 0) return;
    const auto& sa = history_.snapshots[std::size_t(a)].segmentShares;
    const auto& sb = history_.snapshots[std::size_t(b)].segmentShares;
    for (qsizetype i = 0; i < history_.segmentNames.size(); ++i) {
        const double va = std::size_t(i) < sa.size() ? sa[std::size_t(i)] : kNoValue;
        const double vb = std::size_t(i) < sb.size() ? sb[std::size_t(i)] : kNoValue;
        const int row = shares_->rowCount();
        shares_->insertRow(row);
        auto* name = cellItem(history_.segmentNames[i]);
        name->setForeground(driftSegmentColor(int(i)).darker(120));
        shares_->setItem(row, 0, name);
        shares_->setItem(row, 1, cellItem(DriftFormat::percent(va)));
        shares_->setItem(row, 2, cellItem(DriftFormat::percent(vb)));
        const double change = vb - va;
        QString text = std::isfinite(change) ? (change >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(change * 100.0, 'f', 1) + tr(" pts")
                                             : QStringLiteral("—");
        shares_->setItem(row, 3, cellItem(text, tr("Change in percentage points of all rows.")));
    }
}

void SnapshotComparison::setComparison(const ComparisonView& c) {
    if (c.firstId != firstId() || c.secondId != secondId()) return;  // an older answer
    QString text = tr("<b>%1 against %2</b>: %3 of %4 checked columns drifted").arg(DisplayText::label(c.secondLabel).toHtmlEscaped(), DisplayText::label(c.firstLabel).toHtmlEscaped())
                       .arg(c.driftedColumns).arg(c.testedColumns);
    text += c.datasetDrift ? tr(" — <span style='color:#c62828'><b>the data drifted</b></span>.") : QStringLiteral(".");
    for (int i = 0; i < std::min<int>(3, int(c.reasons.size())); ++i) text += QStringLiteral("<br>• ") + DisplayText::tooltip(c.reasons[i]).toHtmlEscaped();
    summary_->setText(text);
    columns_->setRowCount(0);
    for (const ColumnDriftView& m : c.columns) {
        const int row = columns_->rowCount();
        columns_->insertRow(row);
        columns_->setItem(row, 0, cellItem(m.column, m.reason));
        auto* verdict = cellItem(DriftFormat::verdictText(m), m.reason);
        verdict->setForeground(!m.judged ? QColor(0x75, 0x75, 0x75) : m.drifted ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        columns_->setItem(row, 1, verdict);
        auto* effect = cellItem(DriftFormat::number(m.effect), m.effectName);
        effect->setBackground(DriftFormat::effectColor(m.effect, m.judged));
        effect->setForeground(Qt::black);
        columns_->setItem(row, 2, effect);
        columns_->setItem(row, 3, cellItem(DriftFormat::number(m.ksStatistic), DriftFormat::explainKs()));
        columns_->setItem(row, 4, cellItem(DriftFormat::number(m.psi), DriftFormat::explainPsi()));
        columns_->setItem(row, 5, cellItem(DriftFormat::number(m.jsDistance), DriftFormat::explainJs()));
        columns_->setItem(row, 6, cellItem(DriftFormat::number(m.wassersteinNormed), DriftFormat::explainWasserstein()));
        columns_->setItem(row, 7, cellItem(DriftFormat::pValue(m.chi2PValue), DriftFormat::explainChi2P()));
        columns_->setItem(row, 8, cellItem(DriftFormat::percent(m.missingShareRef) + QStringLiteral(" → ") + DriftFormat::percent(m.missingShareCur),
                                           DriftFormat::explainMissing()));
    }
}

} // namespace segmenta::ui
