// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/run_panel.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/common/display_text.h"
#include "ui/segments/segment_run_text.h"

namespace segmenta::ui {
namespace {

constexpr int kColumnRole = Qt::UserRole;

// Short words shown next to a column that is left out; the full sentence
// (SegmentRunText::choiceReason) is the tooltip.
QString shortReason(FeatureReason reason) {
    switch (reason) {
    case FeatureReason::Numeric:
    case FeatureReason::FewCategories: return {};
    case FeatureReason::Identifier: return RunPanel::tr("an ID");
    case FeatureReason::PersonalData: return RunPanel::tr("personal data");
    case FeatureReason::Date: return RunPanel::tr("a date");
    case FeatureReason::Label: return RunPanel::tr("an outcome");
    case FeatureReason::Score: return RunPanel::tr("a model's score");
    case FeatureReason::Ignored: return RunPanel::tr("set to ignore");
    case FeatureReason::TooManyLevels: return RunPanel::tr("too many different values");
    case FeatureReason::Constant: return RunPanel::tr("always the same");
    case FeatureReason::AllMissing: return RunPanel::tr("empty");
    case FeatureReason::Text: return RunPanel::tr("free text");
    }
    return {};
}

// Columns the engine can turn into numbers at all.
// Personal data cannot be ticked: a model would keep its values (core refuses it too).
bool usable(const FeatureChoice& c) {
    if (isStringLike(c.type)) return false;
    return c.reasonCode != FeatureReason::AllMissing && c.reasonCode != FeatureReason::TooManyLevels &&
           c.reasonCode != FeatureReason::Text && c.reasonCode != FeatureReason::PersonalData;
}

} // namespace

RunPanel::RunPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFeatureBox(), 1);
    layout->addWidget(buildMethodBox());
    run_ = new QPushButton(tr("Find se&gments"), this);
    run_->setDefault(true);
    run_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    run_->setToolTip(tr("Group the rows using the columns ticked above (Ctrl+Enter)."));
    QFont bold = run_->font();
    bold.setBold(true);
    run_->setFont(bold);
    run_->setMinimumHeight(34);
    layout->addWidget(run_);
    connect(run_, &QPushButton::clicked, this, &RunPanel::runRequested);
    updateRunEnabled();
}

QWidget* RunPanel::buildFeatureBox() {
    auto* box = new QGroupBox(tr("Group rows by"), this);
    auto* layout = new QVBoxLayout(box);
    features_ = new QListWidget(box);
    features_->setAccessibleName(tr("Columns to group by"));
    features_->setToolTip(tr("Tick the columns that describe how rows differ. Hover a column to see why it is or is not ticked."));
    featureNote_ = new QLabel(box);
    featureNote_->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    auto* recommended = new QPushButton(tr("&Recommended"), box);
    recommended->setToolTip(tr("Tick again the columns Segmenta recommends."));
    auto* none = new QPushButton(tr("Clear"), box);
    none->setToolTip(tr("Untick every column."));
    buttons->addWidget(recommended);
    buttons->addWidget(none);
    buttons->addStretch(1);
    layout->addWidget(features_, 1);
    layout->addLayout(buttons);
    layout->addWidget(featureNote_);
    connect(recommended, &QPushButton::clicked, this, &RunPanel::restoreRecommended);
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < features_->count(); ++i)
            if (features_->item(i)->flags() & Qt::ItemIsUserCheckable) features_->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(features_, &QListWidget::itemChanged, this, [this] { updateRunEnabled(); });
    return box;
}

QWidget* RunPanel::buildMethodBox() {
    auto* box = new QGroupBox(tr("How"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    algorithm_ = new QComboBox(box);
    algorithm_->addItem(tr("Standard (k-means)"), int(Algorithm::KMeans));
    algorithm_->setItemData(0, tr("Each row belongs to exactly one segment: the one whose centre is nearest. A good default."), Qt::ToolTipRole);
    algorithm_->addItem(tr("Soft, any shape (Gaussian mixture)"), int(Algorithm::GmmFull));
    algorithm_->setItemData(1, tr("Gives each row a probability of belonging to each segment; segments may be stretched or tilted. Slower."), Qt::ToolTipRole);
    algorithm_->addItem(tr("Soft, simple shape (diagonal mixture)"), int(Algorithm::GmmDiag));
    algorithm_->setItemData(2, tr("Probabilities like the mixture above, but each segment is stretched only along the columns. Faster."), Qt::ToolTipRole);
    algorithm_->addItem(tr("Very large files (mini-batch k-means)"), int(Algorithm::MiniBatch));
    algorithm_->setItemData(3, tr("Learns from small batches of rows: much faster on millions of rows, slightly less exact."), Qt::ToolTipRole);
    algorithm_->setToolTip(tr("How rows are put into segments. Hover an entry for an explanation."));
    form->addRow(tr("Me&thod:"), algorithm_);

    autoK_ = new QRadioButton(tr("Find the best, up to"), box);
    autoK_->setToolTip(tr("Try every number of segments from 2 up to this and pick the one that separates the rows most clearly."));
    kMax_ = new QSpinBox(box);
    kMax_->setRange(3, 20);
    kMax_->setValue(10);
    kMax_->setAccessibleName(tr("Largest number of segments to try"));
    fixedK_ = new QRadioButton(tr("Exactly"), box);
    fixedK_->setToolTip(tr("Make exactly this many segments."));
    k_ = new QSpinBox(box);
    k_->setRange(1, 50);
    k_->setValue(5);
    k_->setAccessibleName(tr("Number of segments"));
    autoK_->setChecked(true);
    auto* autoRow = new QHBoxLayout;
    autoRow->addWidget(autoK_);
    autoRow->addWidget(kMax_);
    autoRow->addStretch(1);
    auto* fixedRow = new QHBoxLayout;
    fixedRow->addWidget(fixedK_);
    fixedRow->addWidget(k_);
    fixedRow->addStretch(1);
    auto* kBox = new QVBoxLayout;
    kBox->addLayout(autoRow);
    kBox->addLayout(fixedRow);
    form->addRow(tr("Segments:"), kBox);
    connect(k_, &QSpinBox::valueChanged, this, [this] { fixedK_->setChecked(true); });
    connect(kMax_, &QSpinBox::valueChanged, this, [this] { autoK_->setChecked(true); });

    scaling_ = new QComboBox(box);
    scaling_->addItem(tr("Same footing (standard)"), int(Scaling::Standard));
    scaling_->setItemData(0, tr("Every column counts equally: values are measured in standard deviations from the average."), Qt::ToolTipRole);
    scaling_->addItem(tr("Resist extremes (robust)"), int(Scaling::Robust));
    scaling_->setItemData(1, tr("Like standard, but a few extreme values do not squash everyone else (median and quartiles)."), Qt::ToolTipRole);
    scaling_->addItem(tr("Squeeze to 0–1 (min–max)"), int(Scaling::MinMax));
    scaling_->setItemData(2, tr("The smallest value becomes 0 and the largest 1."), Qt::ToolTipRole);
    scaling_->addItem(tr("As they are (none)"), int(Scaling::None));
    scaling_->setItemData(3, tr("Use the numbers unchanged: columns with big numbers (like money) will dominate."), Qt::ToolTipRole);
    scaling_->setToolTip(tr("How columns measured in different units are made comparable."));
    form->addRow(tr("S&caling:"), scaling_);

    log1p_ = new QCheckBox(tr("Tame very skewed columns"), box);
    log1p_->setChecked(true);
    log1p_->setToolTip(tr("Columns such as money or counts where a few rows have huge values are compressed "
                          "(log of 1 + value) so that those few rows do not decide the segments alone."));
    form->addRow(QString(), log1p_);

    seed_ = new QSpinBox(box);
    seed_->setRange(0, 999999);
    seed_->setValue(0);
    seed_->setToolTip(tr("The starting point of the random choices. The same seed on the same data always gives the same segments."));
    form->addRow(tr("S&eed:"), seed_);
    return box;
}

void RunPanel::resetMethod() {
    const SegmentationOptions recommended = recommendedOptions();
    algorithm_->setCurrentIndex(algorithm_->findData(int(recommended.algorithm)));
    kMax_->setValue(recommended.kMax);
    k_->setValue(5);
    autoK_->setChecked(true);
    scaling_->setCurrentIndex(scaling_->findData(int(recommended.features.scaling)));
    log1p_->setChecked(recommended.features.applySuggestedLog1p);
    seed_->setValue(int(recommended.seed));
}

void RunPanel::applyOptions(const SegmentationOptions& o) {
    for (int i = 0; i < features_->count(); ++i) {
        auto* item = features_->item(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable)) continue;
        const std::string name = item->data(kColumnRole).toString().toStdString();
        const bool used = std::find(o.features.columns.begin(), o.features.columns.end(), name) != o.features.columns.end();
        item->setCheckState(used ? Qt::Checked : Qt::Unchecked);
    }
    algorithm_->setCurrentIndex(std::max(0, algorithm_->findData(int(o.algorithm))));
    scaling_->setCurrentIndex(std::max(0, scaling_->findData(int(o.features.scaling))));
    log1p_->setChecked(!o.features.log1p.empty() || o.features.applySuggestedLog1p);
    seed_->setValue(int(o.seed));
    if (o.k == 0) setAutomaticK(o.kMax);
    else setFixedK(o.k);
}

int RunPanel::largestK() const { return kMax_->maximum(); }

void RunPanel::setChoices(const std::vector<FeatureChoice>& choices) {
    resetMethod();
    choices_ = choices;
    const QSignalBlocker block(features_);
    features_->clear();
    int skewed = 0;
    for (const auto& c : choices_) {
        const QString name = QString::fromStdString(c.column);
        auto* item = new QListWidgetItem(features_);
        item->setData(kColumnRole, name);
        if (c.suggestLog1p) ++skewed;
        item->setToolTip(SegmentRunText::choiceTooltip(c));
        const QString why = shortReason(c.reasonCode);
        const QString shown = DisplayText::label(name);   // the data keeps the whole name
        item->setText(c.selected || why.isEmpty() ? shown : tr("%1 — %2").arg(shown, why));
        if (usable(c)) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(c.selected ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setFlags(Qt::ItemIsEnabled);
        }
        if (!c.selected) item->setForeground(palette().color(QPalette::PlaceholderText));
    }
    featureNote_->setText(choices_.empty() ? QString()
                                           : tr("Greyed columns are left out by default; hover one to see why.") +
                                                 (skewed > 0 ? QLatin1Char(' ') + (skewed == 1 ? tr("1 column is very skewed.") : tr("%1 columns are very skewed.").arg(skewed)) : QString()));
    log1p_->setEnabled(skewed > 0);
    updateRunEnabled();
}

void RunPanel::restoreRecommended() {
    for (int i = 0; i < features_->count() && i < int(choices_.size()); ++i) {
        auto* item = features_->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable) item->setCheckState(choices_[std::size_t(i)].selected ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList RunPanel::checkedFeatures() const {
    QStringList out;
    for (int i = 0; i < features_->count(); ++i)
        if (features_->item(i)->checkState() == Qt::Checked) out << features_->item(i)->data(kColumnRole).toString();
    return out;
}

void RunPanel::setFeatureChecked(const QString& column, bool checked) {
    for (int i = 0; i < features_->count(); ++i) {
        auto* item = features_->item(i);
        if (item->data(kColumnRole).toString() == column && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

SegmentationOptions RunPanel::options() const {
    SegmentationOptions o;
    for (const auto& name : checkedFeatures()) o.features.columns.push_back(name.toStdString());
    o.features.scaling = Scaling(scaling_->currentData().toInt());
    o.features.applySuggestedLog1p = log1p_->isEnabled() && log1p_->isChecked();
    if (o.features.applySuggestedLog1p)
        for (const auto& c : choices_)
            if (c.suggestLog1p) o.features.log1p.insert(c.column);
    // Only columns actually used may carry a log1p request.
    std::set<std::string> used(o.features.columns.begin(), o.features.columns.end());
    for (auto it = o.features.log1p.begin(); it != o.features.log1p.end();)
        it = used.count(*it) ? std::next(it) : o.features.log1p.erase(it);
    o.features.applySuggestedLog1p = false;
    o.algorithm = Algorithm(algorithm_->currentData().toInt());
    o.k = autoK_->isChecked() ? 0 : k_->value();
    o.kMax = kMax_->value();
    o.seed = std::uint64_t(seed_->value());
    return o;
}

void RunPanel::setFixedK(int k) { k_->setValue(k); fixedK_->setChecked(true); }
void RunPanel::setAutomaticK(int kMax) { kMax_->setValue(kMax); autoK_->setChecked(true); }
void RunPanel::setSeed(std::uint64_t seed) { seed_->setValue(int(seed)); }

void RunPanel::setRunning(bool running) {
    running_ = running;
    updateRunEnabled();
}

void RunPanel::updateRunEnabled() {
    const bool any = !checkedFeatures().isEmpty();
    run_->setEnabled(!running_ && any);
    if (!any && !choices_.empty()) run_->setToolTip(tr("Tick at least one column to group by."));
    else run_->setToolTip(tr("Group the rows using the columns ticked above (Ctrl+Enter)."));
}

} // namespace segmenta::ui
