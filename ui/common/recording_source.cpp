// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recording_source.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace segmenta::ui {

Result<SnapshotSource> recordingSource(const std::optional<SnapshotSource>& imported, const QString& path,
                                       const Progress& progress) {
    if (imported) return *imported;
    if (!path.isEmpty() && QFileInfo::exists(path)) return describeFile(QFile::encodeName(path).toStdString(), &progress);
    return SnapshotSource{path.isEmpty() ? std::string("table loaded in Segmenta") : QFileInfo(path).fileName().toStdString(),
                          0, std::string()};
}

QString suggestedDatasetName(const QString& sourcePath, const QStringList& datasets) {
    QString base = QFileInfo(sourcePath).completeBaseName();
    // "customers_2026-03" and "customers-2026-04" are the same dataset: drop the date.
    base.remove(QRegularExpression(QStringLiteral("[_\\- ]?\\d{4}-\\d{2}(-\\d{2})?$")));
    for (const QString& d : datasets)
        if (d.compare(base, Qt::CaseInsensitive) == 0) return d;
    return base.isEmpty() ? (datasets.isEmpty() ? QString() : datasets.first()) : base;
}

} // namespace segmenta::ui
