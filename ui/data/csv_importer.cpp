// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/csv_importer.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <memory>
#include <optional>

#include "core/history/fingerprint.h"

#include "ui/common/background_task.h"
#include "ui/common/workspace.h"

namespace segmenta::ui {

CsvImporter::CsvImporter(Workspace* workspace, QObject* parent)
    : QObject(parent), workspace_(workspace), task_(new BackgroundTask(this)) {
    connect(task_, &BackgroundTask::cancelled, this, [this] { emit cancelled(path_); });
    connect(task_, &BackgroundTask::failed, this, [this](const QString& message) { emit failed(path_, message); });
    connect(task_, &BackgroundTask::finished, this, &CsvImporter::finished);
}

bool CsvImporter::isRunning() const { return task_->isRunning(); }

void CsvImporter::cancel() { task_->cancel(); }

namespace {

// An import with the fingerprint of the bytes it read and the file's
// modification time taken just before reading (a change after that shows).
struct FingerprintedFile {
    FingerprintedImport import;
    QDateTime modified;
};

} // namespace

void CsvImporter::start(const QString& path, const CsvOptions& options) {
    path_ = path;
    // Memory can run out anywhere in the job, not only where core reports it.
    task_->setOutOfMemoryMessage(outOfMemoryText(path));
    emit started(path);
    const std::string file = QFile::encodeName(path).toStdString();
    task_->start<FingerprintedFile>(
        [file, path, options](const Progress& progress) {
            const QDateTime modified = QFileInfo(path).lastModified();
            return FingerprintedFile{importWithFingerprint(file, options, &progress), modified};
        },
        [this, path](FingerprintedFile&& done) {
            Result<ImportResult>& result = done.import.imported;
            if (!result.ok()) {
                if (result.error().kind == ErrorKind::Cancelled) emit cancelled(path);
                else emit failed(path, describe(result.error(), path));
                return;
            }
            ImportResult& r = result.value();
            if (r.table.sourceName.empty()) r.table.sourceName = QFileInfo(path).fileName().toStdString();
            std::optional<TableSource> source;
            if (done.import.source) source = TableSource{std::move(*done.import.source), done.modified};
            auto table = std::make_shared<const Table>(std::move(r.table));
            auto report = std::make_shared<const ImportReport>(std::move(r.report));
            workspace_->setTable(std::move(table), std::move(report), path, std::move(source));
            emit imported(path);
        });
}

QString CsvImporter::outOfMemoryText(const QString& path) {
    const QFileInfo info(path);
    return tr("Could not import %1: there is not enough memory for a file of %2.\n"
              "Close other programs and try again, or use a smaller file or a sample of its rows.")
        .arg(info.fileName(), QLocale().formattedDataSize(info.size()));
}

QString CsvImporter::describe(const Error& error, const QString& path) {
    const QString name = QFileInfo(path).fileName();
    const QString detail = QString::fromStdString(error.message);
    QString advice;
    switch (error.kind) {
    case ErrorKind::NotFound: advice = tr("Check that the file still exists, or choose it again with File ▸ Import CSV…."); break;
    case ErrorKind::Io: advice = tr("Check that you may read the file and that the disk is connected, then try again."); break;
    case ErrorKind::BadInput: advice = tr("Open the file in a text editor to check it is a CSV export, or change the import options."); break;
    case ErrorKind::Internal: advice = tr("This is a bug in Segmenta; please report it with the file if you can."); break;
    default: break;
    }
    QString text = tr("Could not import %1.").arg(name);
    if (!detail.isEmpty()) text += QLatin1Char('\n') + detail;
    if (error.line > 0) text += QLatin1Char('\n') + tr("The problem is at line %L1.").arg(error.line);
    // The core message usually says what to do already; add advice only when it is short.
    if (!advice.isEmpty() && detail.size() < 60) text += QLatin1Char('\n') + advice;
    return text;
}

} // namespace segmenta::ui
