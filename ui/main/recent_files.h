// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QStringList>

namespace segmenta::ui {

// The most recently imported files (newest first, at most kMax), kept in
// QSettings so they survive a restart.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const { return files_; }
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

signals:
    void changed();

private:
    void save();
    QStringList files_;
};

} // namespace segmenta::ui
