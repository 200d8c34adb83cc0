// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/box_plot_chart.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {

BoxPlotChart::BoxPlotChart(QWidget* parent)
    : QWidget(parent), featureBox_(new QComboBox(this)), caption_(new QLabel(this)), key_(new QLabel(this)),
      view_(new ChartView(new QChart(), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("C&olumn to compare:"), this);
    label->setBuddy(featureBox_);
    top->addWidget(label);
    top->addWidget(featureBox_);
    top->addStretch(1);
    featureBox_->setToolTip(tr("Choose a number column to compare across the segments."));
    featureBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    DisplayText::boundWidth(featureBox_);
    layout->addLayout(top);
    layout->addWidget(view_, 1);
    key_->setWordWrap(true);
    key_->setTextFormat(Qt::RichText);
    layout->addWidget(key_);
    caption_->setWordWrap(true);
    caption_->setText(tr("Each box holds the middle half of the segment's rows; the line inside is the median (half "
                         "are above, half below). The whiskers reach the furthest rows within 1.5 box-lengths; "
                         "rarer extreme values are not drawn."));
    layout->addWidget(caption_);
    view_->setExportName(QStringLiteral("segments-compare"));
    view_->setAccessibleName(tr("Box plots of the chosen column per segment"));
    view_->chart()->legend()->hide();
    connect(featureBox_, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
}

void BoxPlotChart::setFeatures(const QStringList& segmentNames, std::vector<Feature> features) {
    names_ = segmentNames;
    features_ = std::move(features);
    highlighted_ = -1;
    const QSignalBlocker block(featureBox_);
    featureBox_->clear();
    for (const auto& f : features_) featureBox_->addItem(f.name);
    featureBox_->setEnabled(!features_.empty());
    rebuild();
}

void BoxPlotChart::setCurrentFeature(int index) { featureBox_->setCurrentIndex(index); }

void BoxPlotChart::setSegmentName(int segment, const QString& name) {
    if (segment < 0 || segment >= names_.size()) return;
    names_[segment] = name;
    rebuild();
}

void BoxPlotChart::setHighlighted(int segment) {
    highlighted_ = segment;
    if (!series_) return;
    const auto sets = series_->boxSets();
    for (int s = 0; s < int(sets.size()); ++s) {
        const bool everyone = s == int(sets.size()) - 1;
        QColor fill = everyone ? QColor(0xC8, 0xC8, 0xC8) : segmentColor(s);
        if (segment >= 0 && s != segment) fill.setAlpha(45);
        sets[s]->setBrush(fill);
        sets[s]->setPen(QPen(segment == s ? QColor(Qt::black) : QColor(0x40, 0x40, 0x40), segment == s ? 2.5 : 1));
    }
}

int BoxPlotChart::boxCount() const { return series_ ? int(series_->count()) : 0; }

void BoxPlotChart::rebuild() {
    QChart* chart = view_->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) { chart->removeAxis(axis); delete axis; }
    series_ = nullptr;
    const int index = featureBox_->currentIndex();
    key_->clear();
    if (index < 0 || index >= int(features_.size())) { chart->setTitle(QString()); return; }
    const Feature& f = features_[std::size_t(index)];
    chart->setTitle(tr("%1 by segment").arg(DisplayText::label(f.name)));

    series_ = new QBoxPlotSeries(chart);
    QStringList categories;
    double lo = 0, hi = 0;
    bool first = true;
    auto addBox = [&](const Box& b, const QString& label) {
        auto* set = new QBoxSet(label, series_);
        if (b.valid) {
            set->setValue(QBoxSet::LowerExtreme, b.lowerWhisker);
            set->setValue(QBoxSet::LowerQuartile, b.q1);
            set->setValue(QBoxSet::Median, b.median);
            set->setValue(QBoxSet::UpperQuartile, b.q3);
            set->setValue(QBoxSet::UpperExtreme, b.upperWhisker);
            lo = first ? b.lowerWhisker : std::min(lo, b.lowerWhisker);
            hi = first ? b.upperWhisker : std::max(hi, b.upperWhisker);
            first = false;
        }
        series_->append(set);
        categories << label;
    };
    for (int s = 0; s < int(f.perSegment.size()) && s < names_.size(); ++s) addBox(f.perSegment[std::size_t(s)], DisplayText::label(names_[s]));
    addBox(f.everyone, tr("Everyone"));
    chart->addSeries(series_);

    auto* x = new QBarCategoryAxis(chart);
    // Long automatic names do not fit under a box; the number does, and the
    // tooltip gives the name.
    QStringList shortLabels;
    for (int i = 0; i < categories.size(); ++i)
        shortLabels << (i + 1 < categories.size() ? tr("Segment %1").arg(i + 1) : categories[i]);
    x->append(shortLabels);
    x->setTitleText(tr("Segment (hover a box for its numbers, click it to choose that segment)"));
    QStringList key;
    for (int s = 0; s < names_.size() && s < int(f.perSegment.size()); ++s)
        key << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2").arg(segmentColor(s).name(), tr("Segment %1: %2").arg(s + 1).arg(DisplayText::label(names_[s]).toHtmlEscaped()));
    key_->setText(key.join(QStringLiteral(" &nbsp; ")));
    auto* y = new QValueAxis(chart);
    const double pad = std::max(1e-9, (hi - lo) * 0.05);
    y->setRange(lo - pad, hi + pad);
    y->setTitleText(DisplayText::label(f.name));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series_->attachAxis(x);
    series_->attachAxis(y);
    connect(series_, &QBoxPlotSeries::hovered, this, [this, f](bool status, QBoxSet* set) {
        if (!status || !set) { QToolTip::hideText(); return; }
        const int s = int(series_->boxSets().indexOf(set));
        const Box& b = s < int(f.perSegment.size()) ? f.perSegment[std::size_t(s)] : f.everyone;
        if (!b.valid) { QToolTip::showText(QCursor::pos(), tr("%1: no values").arg(set->label()), view_); return; }
        QToolTip::showText(QCursor::pos(),
                           tr("%1\nmedian %2 · middle half %3 to %4\nwhiskers %5 to %6")
                               .arg(set->label(), formatNumber(b.median), formatNumber(b.q1), formatNumber(b.q3),
                                    formatNumber(b.lowerWhisker), formatNumber(b.upperWhisker)),
                           view_);
    });
    connect(series_, &QBoxPlotSeries::clicked, this, [this](QBoxSet* set) {
        const int s = int(series_->boxSets().indexOf(set));
        if (s >= 0 && s < names_.size()) emit segmentClicked(s);
    });
    setHighlighted(highlighted_);
}

QString BoxPlotChart::keyText() const { return key_->text(); }

} // namespace segmenta::ui
