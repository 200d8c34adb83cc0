// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/data_page.h"

#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/quality/profile.h"
#include "ui/common/background_task.h"
#include "ui/common/display_text.h"
#include "ui/common/task_progress.h"
#include "ui/common/workspace.h"
#include "ui/data/column_profile_panel.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_table_model.h"
#include "ui/data/import_summary_view.h"

namespace segmenta::ui {

namespace {
constexpr int kEmptyPage = 0;
constexpr int kTablePage = 1;
constexpr int kProfileTab = 0;
constexpr int kReportTab = 1;
} // namespace

DataPage::DataPage(Workspace* workspace, QWidget* parent)
    : QWidget(parent), workspace_(workspace), importer_(new CsvImporter(workspace, this)), model_(new DataTableModel(this)) {
    tableProfileTask_ = new BackgroundTask(this);
    progress_ = new TaskProgress(importer_->task(), this);
    progress_->setTitle(tr("Importing…"));
    connect(importer_, &CsvImporter::started, this, [this](const QString& path) {
        progress_->setTitle(tr("Importing %1").arg(QFileInfo(path).fileName()));
    });

    stack_ = new QStackedWidget(this);
    stack_->addWidget(createEmptyState());
    stack_->addWidget(createTableArea());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(progress_);
    layout->addWidget(stack_, 1);

    connect(workspace_, &Workspace::tableChanged, this, &DataPage::onTableChanged);
    connect(workspace_, &Workspace::rowFilterChanged, this, &DataPage::onRowFilterChanged);
    onTableChanged();
}

QWidget* DataPage::createEmptyState() {
    auto* page = new QWidget(this);
    auto* title = new QLabel(tr("<h2>No data yet</h2>"), page);
    auto* text = new QLabel(tr("Import a CSV or open the demo to start.<br>"
                               "You can also drop a .csv file onto this window."), page);
    text->setWordWrap(true);
    auto* importButton = new QPushButton(tr("&Import CSV…"), page);
    importButton->setToolTip(tr("Choose a CSV file exported from your shop, spreadsheet or CRM (Ctrl+O)."));
    auto* demoButton = new QPushButton(tr("Open &demo data"), page);
    demoButton->setToolTip(tr("5,000 made-up customers of an online shop, to try everything out."));
    importButton->setDefault(true);
    connect(importButton, &QPushButton::clicked, this, &DataPage::importRequested);
    connect(demoButton, &QPushButton::clicked, this, &DataPage::demoRequested);
    for (QLabel* l : {title, text}) l->setAlignment(Qt::AlignCenter);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(demoButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

QWidget* DataPage::createTableArea() {
    auto* area = new QWidget(this);
    info_ = new QLabel(area);
    info_->setTextFormat(Qt::RichText);
    // The "import report" link is reachable with Tab and opened with Enter, not only clicked.
    info_->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    info_->setFocusPolicy(Qt::TabFocus);
    connect(info_, &QLabel::linkActivated, this, &DataPage::showImportReport);

    filterBanner_ = new QFrame(area);
    filterBanner_->setFrameShape(QFrame::StyledPanel);
    filterBanner_->setStyleSheet(QStringLiteral("QFrame { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"
                                                "QLabel { border: none; }"));
    filterLabel_ = new QLabel(filterBanner_);
    auto* showAll = new QPushButton(tr("Show all rows"), filterBanner_);
    showAll->setToolTip(tr("Remove the filter and show every row of the table."));
    connect(showAll, &QPushButton::clicked, workspace_, &Workspace::clearRowFilter);
    auto* bannerLayout = new QHBoxLayout(filterBanner_);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(filterLabel_, 1);
    bannerLayout->addWidget(showAll);
    filterBanner_->hide();

    view_ = new QTableView(area);
    view_->setModel(model_);
    view_->setAccessibleName(tr("Table"));
    view_->setWordWrap(false);
    view_->setAlternatingRowColors(true);
    view_->setSelectionBehavior(QAbstractItemView::SelectItems);
    // Uniform row heights are what make a million rows scroll without per-row work.
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setSectionsClickable(true);
    connect(view_->selectionModel(), &QItemSelectionModel::currentColumnChanged, this,
            [this](const QModelIndex& current) { if (current.isValid()) profile_->showColumn(current.column()); });
    connect(view_->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int c) { profile_->showColumn(c); });

    profile_ = new ColumnProfilePanel(area);
    summary_ = new ImportSummaryView(area);
    sideTabs_ = new QTabWidget(area);
    sideTabs_->addTab(profile_, tr("Column"));
    sideTabs_->addTab(summary_, tr("Import report"));
    sideTabs_->setTabToolTip(kProfileTab, tr("The selected column: its values, gaps and anything unusual."));
    sideTabs_->setTabToolTip(kReportTab, tr("What happened while reading the file, with line numbers."));

    auto* splitter = new QSplitter(Qt::Horizontal, area);
    splitter->addWidget(view_);
    splitter->addWidget(sideTabs_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(info_);
    layout->addWidget(filterBanner_);
    layout->addWidget(splitter, 1);
    return area;
}

bool DataPage::isBusy() const {
    return importer_->isRunning() || profile_->isBusy() || tableProfileTask_->isRunning();
}

void DataPage::onTableChanged() {
    const auto table = workspace_->table();
    model_->setTable(table, workspace_->rowFilter());
    profile_->setTable(table);
    summary_->setReport(workspace_->importReport().get(), workspace_->sourcePath());
    stack_->setCurrentIndex(table ? kTablePage : kEmptyPage);
    if (!table) { tableProfileTask_->cancel(); return; }
    // Duplicated rows and columns need a pass over the whole table: on a worker.
    tableProfileTask_->start<Result<TableProfile>>(
        [table](const Progress& p) { return profileTable(*table, {}, &p); },
        [this, table](Result<TableProfile>&& r) {
            if (r.ok() && workspace_->table() == table) summary_->setTableProfile(r.value(), *table);
        });
    updateInfo();
    fitColumnWidths();
    onRowFilterChanged();
    if (table->columnCount() > 0) selectColumn(0);
}

void DataPage::onRowFilterChanged() {
    const auto table = workspace_->table();
    const auto rows = workspace_->rowFilter();
    if (model_->table() == table) model_->setRows(rows);
    filterBanner_->setVisible(rows != nullptr && table);
    if (rows && table)
        filterLabel_->setText(tr("Showing %L1 of %L2 rows — %3")
                                  .arg(qulonglong(rows->size())).arg(qulonglong(table->rowCount()))
                                  .arg(workspace_->rowFilterLabel()));
}

void DataPage::updateInfo() {
    const auto table = workspace_->table();
    const auto report = workspace_->importReport();
    QString text = tr("<b>%1</b> — %L2 rows × %L3 columns")
                       .arg(DisplayText::label(table->sourceName).toHtmlEscaped())
                       .arg(qulonglong(table->rowCount())).arg(qulonglong(table->columnCount()));
    if (report) {
        text += QStringLiteral(" · ");
        text += report->rowsWithProblems > 0
                    ? tr("<a href=\"report\">%Ln row(s) with problems</a>", nullptr, int(report->rowsWithProblems))
                    : tr("<a href=\"report\">import report</a>");
    }
    info_->setText(text);
}

void DataPage::fitColumnWidths() {
    // Measure the header and the first rows only: the rest of a million rows is never touched.
    const auto table = model_->table();
    const auto& fm = view_->fontMetrics();
    const int columns = std::min(model_->columnCount(), 200);
    const int rows = std::min(model_->rowCount(), 40);
    for (int c = 0; c < columns; ++c) {
        int width = fm.horizontalAdvance(model_->headerData(c, Qt::Horizontal).toString()) + 24;
        for (int r = 0; r < rows; ++r)
            width = std::max(width, fm.horizontalAdvance(model_->index(r, c).data().toString()) + 16);
        view_->setColumnWidth(c, std::clamp(width, 60, 260));
    }
}

void DataPage::selectColumn(int column) {
    if (column < 0 || column >= model_->columnCount()) return;
    if (model_->rowCount() > 0) view_->setCurrentIndex(model_->index(0, column));
    profile_->showColumn(column);
    sideTabs_->setCurrentIndex(kProfileTab);
}

void DataPage::showImportReport() { sideTabs_->setCurrentIndex(kReportTab); }

} // namespace segmenta::ui
