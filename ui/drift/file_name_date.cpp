// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/drift/file_name_date.h"

#include <QFileInfo>
#include <QRegularExpression>

#include "core/history/history.h"

namespace segmenta::ui {

namespace {

const QRegularExpression& dayPattern() {
    static const QRegularExpression day(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    return day;
}

const QRegularExpression& monthPattern() {
    static const QRegularExpression month(QStringLiteral("(\\d{4})-(\\d{2})"));
    return month;
}

} // namespace

QDate dateInFileName(const QString& path) {
    const QString name = QFileInfo(path).completeBaseName();
    if (auto m = dayPattern().match(name); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid()) return d;
    }
    if (auto m = monthPattern().match(name); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (first.isValid()) return first.addDays(first.daysInMonth() - 1);
    }
    return {};
}

QString monthLabelInFileName(const QString& path) {
    const QString name = QFileInfo(path).completeBaseName();
    if (dayPattern().match(name).hasMatch()) return {};   // a day: the as-of date labels it
    if (auto m = monthPattern().match(name); m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1).isValid())
        return m.captured(0);
    return {};
}

QDate asOfDateFor(const Table& table, const QString& path) {
    const std::string fromTable = defaultAsOf(table);
    if (!fromTable.empty()) return QDate::fromString(QString::fromStdString(fromTable), Qt::ISODate);
    if (const QDate d = dateInFileName(path); d.isValid()) return d;
    return QDate::currentDate();
}

} // namespace segmenta::ui
