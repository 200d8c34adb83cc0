// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <map>
#include <memory>
#include <string>

#include "core/io/csv_reader.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QTimer;

namespace segmenta::ui {

class BackgroundTask;
class CsvImporter;
class DataTableModel;

// Shows how a CSV file will be read before it is imported: the guessed dialect
// (each guess can be overridden), a preview of the first rows as parsed, every
// column's type and role (overridable), and the reader's warnings. Any change
// re-parses the first few hundred rows on a worker. Import hands the chosen
// options to a CsvImporter, which reads the whole file in the background.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 300;
    static constexpr qint64 kPreviewBytes = 256 * 1024;

    ImportDialog(const QString& path, CsvImporter* importer, QWidget* parent = nullptr);
    ~ImportDialog() override;

    QString path() const { return path_; }
    // The options the full import will use: only what the user chose; the rest is guessed again.
    CsvOptions options() const;

    bool isPreviewReady() const { return previewReady_; }
    const ImportReport& previewReport() const { return report_; }
    DataTableModel* previewModel() const { return previewModel_; }

    void setColumnType(const QString& column, ColumnType type);
    void setColumnRole(const QString& column, ColumnRole role);

public slots:
    void accept() override;

signals:
    void previewUpdated();
    void previewFailed(const QString& message);

private:
    QWidget* createDialectBox();
    void addChoices(QComboBox* combo, const QString& objectName, const QList<QPair<QString, int>>& choices);
    void scheduleReparse();
    void reparse();
    void showPreview(ImportResult&& result);
    void showPreviewError(const QString& message);
    void updateAutomaticLabels();
    void fillColumns();
    void fillWarnings();
    void onColumnEdited(QTableWidgetItem* item);

    QString path_;
    CsvImporter* importer_;
    BackgroundTask* previewTask_;
    QTimer* reparseTimer_;

    QComboBox* delimiter_ = nullptr;
    QComboBox* header_ = nullptr;
    QComboBox* decimal_ = nullptr;
    QComboBox* thousands_ = nullptr;
    QComboBox* encoding_ = nullptr;
    QLabel* fileLabel_ = nullptr;
    QLabel* statusLabel_ = nullptr;
    QTableView* previewView_ = nullptr;
    DataTableModel* previewModel_ = nullptr;
    QTableWidget* columns_ = nullptr;
    QListWidget* warnings_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;

    ImportReport report_;
    bool previewReady_ = false;
    bool filling_ = false;
    std::map<std::string, ColumnType> typeOverrides_;
    std::map<std::string, ColumnRole> roleOverrides_;
};

} // namespace segmenta::ui
