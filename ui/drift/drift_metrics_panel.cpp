// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/drift_metrics_panel.h"

#include <QGridLayout>
#include <QLabel>
#include <cmath>

#include "ui/common/display_text.h"
#include "ui/drift/drift_format.h"

namespace segmenta::ui {

DriftMetricsPanel::DriftMetricsPanel(QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)), verdict_(new QLabel(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setVerticalSpacing(2);
    verdict_->setWordWrap(true);
    verdict_->setTextFormat(Qt::RichText);
    grid_->addWidget(verdict_, 0, 0, 1, 4);
    grid_->setColumnStretch(1, 1);
    grid_->setColumnStretch(3, 1);
    grid_->setHorizontalSpacing(10);
    addRow(QStringLiteral("effect"), tr("Size of change"), DriftFormat::explainEffect());
    addRow(QStringLiteral("ks"), tr("KS statistic"), DriftFormat::explainKs());
    addRow(QStringLiteral("ks_p"), tr("KS p-value"), DriftFormat::explainKsP());
    addRow(QStringLiteral("wasserstein"), tr("Wasserstein (normalised)"), DriftFormat::explainWasserstein());
    addRow(QStringLiteral("psi"), tr("PSI"), DriftFormat::explainPsi());
    addRow(QStringLiteral("js"), tr("Jensen–Shannon distance"), DriftFormat::explainJs());
    addRow(QStringLiteral("chi2"), tr("Chi-square"), DriftFormat::explainChi2());
    addRow(QStringLiteral("chi2_p"), tr("Chi-square p-value"), DriftFormat::explainChi2P());
    addRow(QStringLiteral("missing_ref"), tr("Empty cells, reference"), DriftFormat::explainMissing());
    addRow(QStringLiteral("missing_cur"), tr("Empty cells, this month"), DriftFormat::explainMissing());
    addRow(QStringLiteral("unseen"), tr("New categories"),
           tr("Categories that appear this month but never appeared in the reference month."));
    grid_->setRowStretch(grid_->rowCount(), 1);
    clear();
}

void DriftMetricsPanel::addRow(const QString& key, const QString& name, const QString& tip) {
    // Two pairs of name/value columns side by side keep the panel short.
    const int k = int(values_.size());
    const int row = 1 + k / 2, col = (k % 2) * 2;
    auto* nameLabel = new QLabel(name + QStringLiteral(":"), this);
    auto* value = new QLabel(this);
    nameLabel->setToolTip(tip);
    value->setToolTip(tip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nameLabel->setBuddy(value);
    grid_->addWidget(nameLabel, row, col);
    grid_->addWidget(value, row, col + 1);
    values_.push_back({key, value, tip});
}

void DriftMetricsPanel::setValue(const QString& key, const QString& text) {
    for (Row& row : values_) {
        if (row.key != key) continue;
        row.value->setText(text);
        // A dash gets the reason on hover, on top of what the metric means.
        row.value->setToolTip(text == QStringLiteral("—") ? row.tip + QStringLiteral("\n\n") + DriftFormat::noValueReason() : row.tip);
        return;
    }
}

QString DriftMetricsPanel::valueText(const QString& key) const {
    for (const Row& row : values_)
        if (row.key == key) return row.value->text();
    return {};
}

void DriftMetricsPanel::clear() {
    verdict_->setText(tr("Click a cell of the heatmap to see its numbers."));
    for (const Row& row : values_) setValue(row.key, QStringLiteral("—"));
}

void DriftMetricsPanel::setMetrics(const ColumnDriftView& m) {
    const QString verdict = DriftFormat::verdictText(m);
    const QString colour = !m.judged ? QStringLiteral("#757575") : m.drifted ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32");
    QString text = QStringLiteral("<b>%1</b>: <span style='color:%2'><b>%3</b></span>")
                       .arg(DisplayText::label(m.column).toHtmlEscaped(), colour, verdict);
    if (m.judged) text += QStringLiteral(" — ") + tr("%1 %2").arg(m.effectName, DriftFormat::number(m.effect));
    if (!m.reason.isEmpty()) text += QStringLiteral("<br>") + DisplayText::tooltip(m.reason).toHtmlEscaped();
    verdict_->setText(text);
    setValue(QStringLiteral("effect"), DriftFormat::number(m.effect) + (m.judged ? QStringLiteral("  (") + verdict + QStringLiteral(")") : QString()));
    setValue(QStringLiteral("ks"), DriftFormat::number(m.ksStatistic));
    setValue(QStringLiteral("ks_p"), DriftFormat::pValue(m.ksPValue));
    setValue(QStringLiteral("wasserstein"), DriftFormat::number(m.wassersteinNormed));
    setValue(QStringLiteral("psi"), DriftFormat::number(m.psi));
    setValue(QStringLiteral("js"), DriftFormat::number(m.jsDistance));
    setValue(QStringLiteral("chi2"), DriftFormat::number(m.chi2Statistic, 1));
    setValue(QStringLiteral("chi2_p"), DriftFormat::pValue(m.chi2PValue));
    setValue(QStringLiteral("missing_ref"), DriftFormat::percent(m.missingShareRef));
    setValue(QStringLiteral("missing_cur"), DriftFormat::percent(m.missingShareCur));
    setValue(QStringLiteral("unseen"), m.unseenCategories.isEmpty()
                                           ? (m.categorical ? tr("none") : QStringLiteral("—"))
                                           : m.unseenCategories.join(QStringLiteral(", ")));
}

} // namespace segmenta::ui
