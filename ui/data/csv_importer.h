// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QString>

#include "core/io/csv_reader.h"

namespace segmenta::ui {

class BackgroundTask;
class Workspace;

// Runs a full CSV import on a worker and, only when it succeeds, hands the new
// table to the Workspace together with the fingerprint of the bytes it read
// (importWithFingerprint; Workspace::tableSource): a failed or cancelled import
// never loses what is loaded, nor the fingerprint that goes with it.
class CsvImporter : public QObject {
    Q_OBJECT
public:
    explicit CsvImporter(Workspace* workspace, QObject* parent = nullptr);

    void start(const QString& path, const CsvOptions& options = {});
    void cancel();
    bool isRunning() const;
    BackgroundTask* task() const { return task_; }
    QString currentPath() const { return path_; }

    // One message for the user: what went wrong and what to do.
    static QString describe(const Error& error, const QString& path);
    // The message for an import that ran out of memory: the file's size and what to do.
    static QString outOfMemoryText(const QString& path);

signals:
    void started(const QString& path);
    void imported(const QString& path);
    void failed(const QString& path, const QString& message);
    void cancelled(const QString& path);
    void finished();   // after any of the three

private:
    Workspace* workspace_;
    BackgroundTask* task_;
    QString path_;
};

} // namespace segmenta::ui
