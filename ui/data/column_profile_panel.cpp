// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/column_profile_panel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFormLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

#include "ui/common/background_task.h"
#include "ui/common/chart_view.h"
#include "ui/common/display_text.h"
#include "ui/data/column_labels.h"

namespace segmenta::ui {

namespace {

// Value labels beside the bars stay short: the panel is narrow.
constexpr int kBarLabelChars = 24;

// An axis of row counts from 0 to `top`. Counts are whole numbers: up to 10 rows
// one tick per row (five evenly spaced ticks would read "0, 0, 0, 0, 1"), above
// that nice round steps.
void setRowCountRange(QValueAxis* axis, std::int64_t top, int ticks) {
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(ColumnProfilePanel::tr("rows"));
    if (top <= 10) {
        axis->setRange(0, double(top));
        axis->setTickCount(int(top) + 1);
        return;
    }
    axis->setRange(0, double(top) * 1.05);
    axis->setTickCount(ticks);
    axis->applyNiceNumbers();
}

} // namespace

ColumnProfilePanel::ColumnProfilePanel(QWidget* parent)
    : QWidget(parent), task_(new BackgroundTask(this)), title_(new QLabel(this)), status_(new QLabel(this)),
      statsBox_(new QWidget(this)), stats_(new QFormLayout(statsBox_)), flags_(new QLabel(this)),
      chartView_(new ChartView(new QChart, this)) {
    title_->setTextFormat(Qt::RichText);
    title_->setWordWrap(true);
    status_->setWordWrap(true);
    flags_->setWordWrap(true);
    flags_->setTextFormat(Qt::RichText);
    stats_->setContentsMargins(0, 0, 0, 0);
    stats_->setLabelAlignment(Qt::AlignLeft);
    chartView_->chart()->legend()->hide();
    chartView_->setMinimumHeight(220);
    chartView_->setExportName(QStringLiteral("column-profile"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(status_);
    layout->addWidget(statsBox_);
    layout->addWidget(flags_);
    layout->addWidget(chartView_, 100);
    // Without a chart (identifiers) the text stays at the top instead of spreading out.
    layout->addStretch(1);
    connect(task_, &BackgroundTask::failed, this, [this](const QString& m) { clear(m); });
    clear(tr("Click a column of the table to see its profile."));
}

bool ColumnProfilePanel::isBusy() const { return task_->isRunning(); }

void ColumnProfilePanel::setTable(std::shared_ptr<const Table> table) {
    task_->cancel();
    table_ = std::move(table);
    requested_ = -1;
    profile_ = {};
    clear(tr("Click a column of the table to see its profile."));
}

void ColumnProfilePanel::showColumn(int column) {
    if (!table_ || column < 0 || std::size_t(column) >= table_->columnCount()) return;
    if (column == requested_) return;
    requested_ = column;
    title_->setText(QStringLiteral("<h3>%1</h3>").arg(DisplayText::label(table_->columns[std::size_t(column)].name).toHtmlEscaped()));
    status_->setText(tr("Looking at the values…"));
    status_->show();
    auto table = table_;
    task_->start<ColumnProfileView>(
        [table, column](const Progress& p) { return ProfileBuilder::build(*table, std::size_t(column), &p); },
        [this](ColumnProfileView&& v) { showProfile(std::move(v)); });
}

void ColumnProfilePanel::clear(const QString& message) {
    title_->setText(QString());
    status_->setText(message);
    status_->show();
    statsBox_->hide();
    flags_->hide();
    chartView_->hide();
}

void ColumnProfilePanel::showProfile(ColumnProfileView&& profile) {
    profile_ = std::move(profile);
    status_->hide();
    title_->setText(tr("<h3>%1</h3>%2").arg(DisplayText::label(profile_.name).toHtmlEscaped(), ColumnLabels::type(profile_.type)));
    title_->setToolTip(ColumnLabels::typeTip(profile_.type));

    while (stats_->rowCount() > 0) stats_->removeRow(0);
    auto addRow = [this](const QString& name, const QString& value, const QString& tip) {
        auto* label = new QLabel(name, statsBox_);
        auto* field = new QLabel(value, statsBox_);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setToolTip(tip);
        field->setToolTip(tip);
        stats_->addRow(label, field);
    };
    const double share = profile_.rows > 0 ? 100.0 * double(profile_.missing) / double(profile_.rows) : 0.0;
    addRow(tr("Missing:"),
           profile_.missing == 0 ? tr("none")
                                 : tr("%L1 (%L2 %)").arg(profile_.missing).arg(share, 0, 'f', share > 0 && share < 0.1 ? 2 : 1),
           tr("Rows without a value in this column, including values that did not fit its type."));
    if (profile_.distinct >= 0)
        addRow(tr("Different values:"), QLocale().toString(qlonglong(profile_.distinct)),
               tr("How many different values the column holds (missing not counted)."));
    for (const auto& s : profile_.stats) addRow(s.name + QLatin1Char(':'), s.value, s.tip);
    statsBox_->show();

    QStringList chips;
    for (const auto& f : profile_.flags)
        chips << QStringLiteral("<span style='background:%1; padding:2px;' title='%2'>&nbsp;%3&nbsp;</span>")
                     .arg(f.warning ? QStringLiteral("#fde2c8") : QStringLiteral("#e3ecf7"), f.tip.toHtmlEscaped(),
                          f.text.toHtmlEscaped());
    flags_->setText(chips.join(QStringLiteral(" ")));
    QStringList tips;
    for (const auto& f : profile_.flags) tips << f.text + QStringLiteral(": ") + f.tip;
    flags_->setToolTip(tips.join(QLatin1Char('\n')));
    flags_->setVisible(!chips.isEmpty());

    fillChart();
    emit profileShown(profile_.column);
}

void ColumnProfilePanel::fillChart() {
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);   // as ChartView does for the charts it is built with
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (!profile_.binCounts.empty()) fillHistogram(chart);
    else if (!profile_.topValues.empty()) fillBars(chart);
    QChart* old = chartView_->chart();
    chartView_->setChart(chart);   // releases, but does not delete, the previous chart
    delete old;
    chartView_->setVisible(!profile_.binCounts.empty() || !profile_.topValues.empty());
    chartView_->setExportName(QStringLiteral("profile-") + profile_.name);
}

void ColumnProfilePanel::fillHistogram(QChart* chart) {
    // A step outline filled below: bins touch, and the x axis keeps real values.
    const bool dates = isTemporal(profile_.type);
    const double toMs = profile_.type == ColumnType::Date ? 86400000.0 : 1000.0;
    auto x = [&](double v) { return dates ? v * toMs : v; };
    auto* upper = new QLineSeries;
    std::int64_t top = 1;
    for (std::size_t i = 0; i < profile_.binCounts.size(); ++i) {
        const double c = double(profile_.binCounts[i]);
        upper->append(x(profile_.edges[i]), c);
        upper->append(x(profile_.edges[i + 1]), c);
        top = std::max(top, profile_.binCounts[i]);
    }
    auto* area = new QAreaSeries(upper);
    area->setColor(QColor(0x4c, 0x78, 0xa8));
    area->setBorderColor(QColor(0x2f, 0x55, 0x80));
    chart->addSeries(area);
    chart->setTitle(tr("How the values are spread"));
    QAbstractAxis* xAxis = nullptr;
    if (dates) {
        auto* axis = new QDateTimeAxis;
        axis->setFormat(profile_.type == ColumnType::Date ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x(profile_.edges.front())), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(x(profile_.edges.back())), Qt::UTC));
        axis->setTickCount(4);
        xAxis = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setRange(profile_.edges.front(), profile_.edges.back());
        axis->setLabelFormat(QStringLiteral("%.4g"));
        axis->setTickCount(5);
        axis->applyNiceNumbers();   // 0, 2,000, 4,000 rather than 0, 1,451, 2,902
        xAxis = axis;
    }
    auto* yAxis = new QValueAxis;
    setRowCountRange(yAxis, top, 5);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    area->attachAxis(xAxis);
    area->attachAxis(yAxis);
}

QString ColumnProfilePanel::otherValuesNote() const {
    const std::int64_t rows = profile_.otherCount;
    if (rows <= 0) return {};
    const int n = int(std::min<std::int64_t>(rows, INT_MAX));
    const std::int64_t values = profile_.distinct - std::int64_t(profile_.topValues.size());   // distinct -1: unknown
    const QString note = values >= 2 ? tr("(and %L1 more rows with %L2 other values)").arg(rows).arg(values)
                         : values == 1 ? tr("(and %Ln more row(s) with one other value)", nullptr, n)
                                       : tr("(and %Ln more row(s) with other values)", nullptr, n);
    return note;
}

void ColumnProfilePanel::fillBars(QChart* chart) {
    auto* set = new QBarSet(tr("rows"));
    set->setColor(QColor(0x4c, 0x78, 0xa8));
    QStringList labels;
    // Horizontal bars list from the bottom up; reverse so the most frequent is on top.
    // The rest is said in the title, not drawn: as one bar it dwarfed the values
    // listed (a column of names: ten bars of 6 rows beside one of 300).
    std::vector<std::pair<QString, std::int64_t>> values(profile_.topValues.rbegin(), profile_.topValues.rend());
    std::int64_t top = 1;
    for (const auto& [label, count] : values) {
        labels << (label.isEmpty() ? tr("(empty)") : label);
        *set << double(count);
        top = std::max(top, count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    const QString title = tr("Most frequent values"), note = otherValuesNote();
    chart->setTitle(note.isEmpty() ? title   // rich text below, to put the note on a smaller second line
                                   : QStringLiteral("<center>%1<br><small>%2</small></center>")
                                         .arg(title.toHtmlEscaped(), note.toHtmlEscaped()));
    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(DisplayText::labels(labels, kBarLabelChars));
    auto* xAxis = new QValueAxis;
    setRowCountRange(xAxis, top, 4);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(yAxis);
    series->attachAxis(xAxis);
}

} // namespace segmenta::ui
