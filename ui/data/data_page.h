// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QFrame;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace segmenta::ui {

class BackgroundTask;
class ColumnProfilePanel;
class CsvImporter;
class DataTableModel;
class ImportSummaryView;
class TaskProgress;
class Workspace;

// The Data page: the imported table (a virtual view that scrolls a million rows),
// the selected column's profile, and the import report. Before anything is loaded
// it says what to do. It owns the CsvImporter, so an import's progress and
// Cancel button show here whichever way the import was started.
class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(Workspace* workspace, QWidget* parent = nullptr);

    CsvImporter* importer() const { return importer_; }
    DataTableModel* model() const { return model_; }
    QTableView* tableView() const { return view_; }
    ColumnProfilePanel* profilePanel() const { return profile_; }
    ImportSummaryView* summaryView() const { return summary_; }
    // The import's progress bar with its Cancel button (hidden while nothing imports).
    TaskProgress* importProgress() const { return progress_; }
    // True while an import or a profile is being computed.
    bool isBusy() const;

    void selectColumn(int column);
    void showImportReport();

signals:
    void importRequested();
    void demoRequested();

private:
    QWidget* createEmptyState();
    QWidget* createTableArea();
    void onTableChanged();
    void onRowFilterChanged();
    void updateInfo();
    void fitColumnWidths();

    Workspace* workspace_;
    CsvImporter* importer_;
    DataTableModel* model_;
    TaskProgress* progress_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* info_ = nullptr;
    QFrame* filterBanner_ = nullptr;
    QLabel* filterLabel_ = nullptr;
    QTableView* view_ = nullptr;
    QTabWidget* sideTabs_ = nullptr;
    ColumnProfilePanel* profile_ = nullptr;
    ImportSummaryView* summary_ = nullptr;
    BackgroundTask* tableProfileTask_ = nullptr;
};

} // namespace segmenta::ui
