// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/slices/slice_controls.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

#include "core/metrics/targets.h"
#include "ui/common/display_text.h"
#include "ui/slices/slice_metrics.h"

namespace segmenta::ui {

namespace {

constexpr int kSegmentationItem = 1;   // item data role value: the segmentation, not a column

// An outcome: a column with two values (yes/no, 0/1, malignant/benign, 2/4).
bool isTwoValued(const Column& c) {
    if (c.type == ColumnType::Boolean) return true;
    if (c.type == ColumnType::Category) return c.levels.size() <= 2;
    if (c.type != ColumnType::Integer) return false;
    // Every row is read, but nothing is allocated and a third value ends the
    // scan at once: this runs on the GUI thread for each whole-number column.
    double first = 0, second = 0;
    int seen = 0;
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c.isMissing(i)) continue;
        const double v = c.numbers[i];
        if ((seen > 0 && v == first) || (seen > 1 && v == second)) continue;
        if (seen == 2) return false;
        (seen == 0 ? first : second) = v;
        ++seen;
    }
    return true;
}

// Where the value the user chose as "yes" for an outcome column is remembered.
QString positiveKey(const QString& column) { return QStringLiteral("slices/positive/") + column; }

bool isProbability(const Column& c) {
    if (c.type != ColumnType::Decimal) return false;
    for (std::size_t i = 0; i < c.size(); ++i)
        if (!c.isMissing(i) && !(c.numbers[i] >= 0 && c.numbers[i] <= 1)) return false;
    return true;
}

// A column whose few values make natural groups (country, channel, weather…): the default to slice by.
bool isFewValued(const Column& c) {
    constexpr std::size_t kFewLevels = 12;
    return (c.type == ColumnType::Category && c.levels.size() >= 2 && c.levels.size() <= kFewLevels) ||
           c.type == ColumnType::Boolean;
}

bool canSlice(const Column& c) {
    if (c.role == ColumnRole::Identifier || c.type == ColumnType::Identifier || c.type == ColumnType::Text) return false;
    return c.type != ColumnType::Category || c.levels.size() <= kMaxSlices;
}

QComboBox* makeCombo(QWidget* parent, const char* objectName, const QString& tip) {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    DisplayText::boundWidth(combo);   // column names can be any length
    return combo;
}

// The outcome's values (at most two; none when it has more) and how often each
// occurs, from at most 50,000 evenly spaced rows: enough to tell the two values and
// the rarer one without reading a million rows on the GUI thread. A value missed by
// the sample is reported when the metrics run.
struct OutcomeValues {
    std::vector<std::string> names;
    std::vector<std::int64_t> counts;
};

OutcomeValues outcomeValues(const Column& c) {
    OutcomeValues out;
    const std::size_t n = c.size(), step = std::max<std::size_t>(1, n / 50000);
    for (std::size_t i = 0; i < n; i += step) {
        if (c.isMissing(i) || (isNumeric(c.type) && std::isnan(c.numbers[i]))) continue;
        std::string text = c.displayText(i);
        auto it = std::find(out.names.begin(), out.names.end(), text);
        if (it == out.names.end()) {
            if (out.names.size() == 2) return {};
            out.names.push_back(std::move(text));
            out.counts.push_back(0);
            it = out.names.end() - 1;
        }
        ++out.counts[std::size_t(it - out.names.begin())];
    }
    return out;
}

void select(QComboBox* combo, const QString& previous, const QStringList& preferred) {
    for (const auto& name : QStringList{previous} + preferred) {
        if (name.isEmpty()) continue;
        const int i = combo->findText(name);
        if (i >= 0) { combo->setCurrentIndex(i); return; }
    }
}

} // namespace

SliceControls::SliceControls(QWidget* parent) : QWidget(parent) {
    slice1_ = makeCombo(this, "sliceBy", tr("The groups to compare: a segmentation, a column's values, or a number cut into equal-sized bins."));
    slice2_ = makeCombo(this, "sliceBy2", tr("Optionally cross with a second column (for example segment × country)."));
    bins_ = new QSpinBox(this);
    bins_->setObjectName(QStringLiteral("numericBins"));
    bins_->setRange(2, 20);
    bins_->setValue(4);
    bins_->setToolTip(tr("Numbers with many values are cut into this many bins of about equal size."));
    label_ = makeCombo(this, "outcome", tr("The yes/no outcome the model predicts, for example 'churned'."));
    positive_ = makeCombo(this, "positive", tr("Which of the outcome's two values counts as “yes” (the event the rates "
                                               "count and the model's score is the probability of). Remembered for "
                                               "this column."));
    score_ = makeCombo(this, "score", tr("The model's probability of 'yes' (between 0 and 1), for example 'churn_score'."));
    prediction_ = makeCombo(this, "prediction", tr("The model's yes/no call, if there is one instead of or beside a score."));
    threshold_ = new QDoubleSpinBox(this);
    threshold_->setObjectName(QStringLiteral("threshold"));
    threshold_->setRange(0, 1);
    threshold_->setSingleStep(0.05);
    threshold_->setDecimals(2);
    threshold_->setValue(0.5);
    threshold_->setToolTip(tr("A score at or above this counts as the model saying 'yes'."));
    minRows_ = new QSpinBox(this);
    minRows_->setObjectName(QStringLiteral("minRows"));
    minRows_->setRange(1, 100000);
    minRows_->setValue(30);
    minRows_->setToolTip(tr("Slices with fewer rows are still shown but marked 'too few rows to judge'."));
    flag_ = makeCombo(this, "flagMetric", tr("Find slices significantly worse than the rest on this measure."));
    for (auto metric : {FlagMetric::Recall, FlagMetric::Accuracy, FlagMetric::Precision, FlagMetric::Specificity,
                        FlagMetric::OutcomeRate, FlagMetric::None})
        flag_->addItem(flagMetricName(metric), int(metric));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto add = [&](int row, int col, const QString& text, QWidget* w) {
        auto* l = new QLabel(text, this);
        l->setBuddy(w);
        grid->addWidget(l, row, col * 2);
        grid->addWidget(w, row, col * 2 + 1);
    };
    add(0, 0, tr("Slice &by:"), slice1_);
    add(0, 1, tr("&Crossed with:"), slice2_);
    add(0, 2, tr("Number &bins:"), bins_);
    add(1, 0, tr("&Outcome:"), label_);
    add(1, 1, tr("&Score:"), score_);
    add(1, 2, tr("&Prediction:"), prediction_);
    add(2, 0, tr("&Threshold:"), threshold_);
    add(2, 1, tr("&Fewest rows to judge:"), minRows_);
    add(2, 2, tr("Flag slices &worse on:"), flag_);
    add(3, 0, tr("Counts as &yes:"), positive_);
    grid->setColumnStretch(6, 1);

    for (auto* c : {slice1_, slice2_, label_, score_, prediction_, flag_})
        connect(c, &QComboBox::currentIndexChanged, this, &SliceControls::changed);
    connect(bins_, &QSpinBox::valueChanged, this, &SliceControls::changed);
    connect(minRows_, &QSpinBox::valueChanged, this, &SliceControls::changed);
    connect(threshold_, &QDoubleSpinBox::valueChanged, this, &SliceControls::changed);
    connect(label_, &QComboBox::currentIndexChanged, this, &SliceControls::enableModelChoices);
    connect(label_, &QComboBox::currentIndexChanged, this, &SliceControls::fillPositiveValues);
    connect(positive_, &QComboBox::activated, this, [this] {
        QSettings().setValue(positiveKey(label_->currentText()), positive_->currentText());
        emit changed();
    });
}

// The outcome's two values, the one that counts as "yes" chosen: the user's earlier
// choice for this column, else a yes-word (yes, ja, oui, sí, 1, true…), else the
// rarer value (the event a model is usually built to find).
void SliceControls::fillPositiveValues() {
    const QSignalBlocker block(positive_);
    positive_->clear();
    const Column* c = table_ && label_->currentIndex() > 0 ? table_->column(label_->currentText().toStdString()) : nullptr;
    const OutcomeValues values = c ? outcomeValues(*c) : OutcomeValues{};
    positive_->setEnabled(values.names.size() == 2);
    if (values.names.size() != 2) return;
    const auto& counts = values.counts;
    int pick = -1;
    const QString remembered = QSettings().value(positiveKey(label_->currentText())).toString();
    for (std::size_t i = 0; i < values.names.size(); ++i) {
        const QString name = QString::fromStdString(values.names[i]);
        positive_->addItem(name);
        if (name == remembered) pick = int(i);
    }
    for (std::size_t i = 0; pick < 0 && i < values.names.size(); ++i)
        if (looksPositive(values.names[i])) pick = int(i);
    if (pick < 0 && counts.size() == 2) pick = counts[1] < counts[0] ? 1 : 0;
    positive_->setCurrentIndex(std::max(0, pick));
}

bool SliceControls::choosePositive(const QString& value) {
    const int i = positive_->findText(value);
    if (i < 0) return false;
    positive_->setCurrentIndex(i);
    emit positive_->activated(i);
    return true;
}

QString SliceControls::positiveValue() const { return positive_->isEnabled() ? positive_->currentText() : QString(); }

void SliceControls::enableModelChoices() {
    // A score, a prediction, a threshold and a test all need an outcome to compare with.
    const bool hasOutcome = label_->currentIndex() > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{score_, prediction_, threshold_, flag_}) w->setEnabled(hasOutcome);
}

void SliceControls::setData(std::shared_ptr<const Table> table, bool hasSegmentation) {
    table_ = std::move(table);
    const QSignalBlocker b1(slice1_), b2(slice2_), b3(label_), b4(score_), b5(prediction_);
    // Keep real earlier choices; "(none)" must not win over the defaults below.
    auto previous = [](const QComboBox* c, int firstReal) { return c->currentIndex() >= firstReal ? c->currentText() : QString(); };
    const QString prev[] = {previous(slice1_, 0), previous(slice2_, 1), previous(label_, 1), previous(score_, 1),
                            previous(prediction_, 1)};
    for (auto* c : {slice1_, slice2_, label_, score_, prediction_}) c->clear();
    slice2_->addItem(tr("(nothing)"));
    score_->addItem(tr("(none)"));
    prediction_->addItem(tr("(none)"));
    label_->addItem(tr("(none)"));
    if (hasSegmentation) {
        slice1_->addItem(tr("segment"), kSegmentationItem);
        slice2_->addItem(tr("segment"), kSegmentationItem);
    }
    QStringList sliceDefaults{QStringLiteral("channel"), QStringLiteral("country")};
    if (table_) {
        for (const auto& c : table_->columns) {
            const QString name = QString::fromStdString(c.name);
            if (canSlice(c)) { slice1_->addItem(name); slice2_->addItem(name); }
            if (canSlice(c) && c.role != ColumnRole::Label && isFewValued(c)) sliceDefaults << name;
            if (isTwoValued(c)) { label_->addItem(name); prediction_->addItem(name); }
            if (isProbability(c)) score_->addItem(name);
        }
    }
    // Defaults fit the demo data (and any file with the same column names); elsewhere the first column with a
    // few values (a number cut into bins makes a poor first view).
    select(slice1_, prev[0], sliceDefaults);
    select(slice2_, prev[1], {});
    select(label_, prev[2], {QStringLiteral("churned")});
    select(score_, prev[3], {QStringLiteral("churn_score")});
    select(prediction_, prev[4], {});
    enableModelChoices();
    fillPositiveValues();
}

bool SliceControls::chooseSlice(const QString& first, const QString& second) {
    const int a = slice1_->findText(first);
    const int b = second.isEmpty() ? 0 : slice2_->findText(second);
    if (a < 0 || b < 0) return false;
    const QSignalBlocker block(slice2_);
    slice2_->setCurrentIndex(b);
    slice1_->setCurrentIndex(a);
    emit changed();
    return true;
}

SliceDimension SliceControls::dimension(const QComboBox* combo) const {
    SliceDimension d;
    if (combo->currentData().toInt() == kSegmentationItem) {
        d.kind = SliceDimension::Kind::Segmentation;
        return d;
    }
    d.column = combo->currentText().toStdString();
    d.binning.quantiles = bins_->value();
    return d;
}

MetricsOptions SliceControls::options() const {
    MetricsOptions o;
    if (slice1_->count() > 0) o.slices.push_back(dimension(slice1_));
    if (slice2_->currentIndex() > 0 && slice2_->currentText() != slice1_->currentText())
        o.slices.push_back(dimension(slice2_));
    auto chosen = [](const QComboBox* c) { return c->currentIndex() > 0 ? c->currentText().toStdString() : std::string(); };
    o.label = chosen(label_);
    o.score = o.label.empty() ? std::string() : chosen(score_);
    o.prediction = o.label.empty() ? std::string() : chosen(prediction_);
    if (!o.label.empty()) o.positive = positiveValue().toStdString();
    o.threshold = threshold_->value();
    o.minRows = minRows_->value();
    o.flagMetric = FlagMetric(flag_->currentData().toInt());
    // Without an outcome there is nothing to be worse on; without a model only the outcome rate can be.
    if (o.label.empty()) o.flagMetric = FlagMetric::None;
    else if (o.score.empty() && o.prediction.empty() && o.flagMetric != FlagMetric::None) o.flagMetric = FlagMetric::OutcomeRate;
    return o;
}

} // namespace segmenta::ui
