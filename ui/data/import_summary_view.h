// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace segmenta {
struct ImportReport;
struct TableProfile;
class Table;
}

namespace segmenta::ui {

// What happened during the last import: rows read, loaded and with problems,
// the dialect used, values that did not fit their column, and every warning the
// reader listed with its line in the file.
class ImportSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit ImportSummaryView(QWidget* parent = nullptr);

    void setReport(const ImportReport* report, const QString& path);
    // Adds duplicated rows and columns once the table-wide profile is ready.
    void setTableProfile(const TableProfile& profile, const Table& table);
    QLabel* duplicatesLabel() const { return duplicates_; }
    QTreeWidget* warningsView() const { return warnings_; }

private:
    QLabel* summary_;
    QLabel* duplicates_;
    QTreeWidget* warnings_;
};

} // namespace segmenta::ui
