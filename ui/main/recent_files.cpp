// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/recent_files.h"

#include <QFileInfo>
#include <QSettings>
#include <QThreadPool>

namespace segmenta::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");

// One thread, so writes land in the order they were made.
QThreadPool& settingsWriter() {
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1);
        return true;
    }();
    (void)configured;
    return pool;
}
} // namespace

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {
    settingsWriter().waitForDone();   // what an earlier instance saved
    files_ = QSettings().value(kKey).toStringList();
    files_.removeAll(QString());
    while (files_.size() > kMax) files_.removeLast();
}

RecentFiles::~RecentFiles() { settingsWriter().waitForDone(); }

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files_.removeAll(absolute);
    files_.prepend(absolute);
    while (files_.size() > kMax) files_.removeLast();
    save();
}

void RecentFiles::remove(const QString& path) {
    if (files_.removeAll(QFileInfo(path).absoluteFilePath()) + files_.removeAll(path) == 0) return;
    save();
}

void RecentFiles::clear() {
    files_.clear();
    save();
}

void RecentFiles::save() {
    settingsWriter().start([files = files_] { QSettings().setValue(kKey, files); });
    emit changed();
}

} // namespace segmenta::ui
