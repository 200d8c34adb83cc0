// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace segmenta::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {
    files_ = QSettings().value(kKey).toStringList();
    files_.removeAll(QString());
    while (files_.size() > kMax) files_.removeLast();
}

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
    QSettings().setValue(kKey, files_);
    emit changed();
}

} // namespace segmenta::ui
