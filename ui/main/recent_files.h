// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QStringList>

namespace segmenta::ui {

// The most recently imported files (newest first, at most kMax), kept in
// QSettings so they survive a restart. Writing the settings file ends in an
// fdatasync (QLockFile) that can take a busy disk 30–100 ms, so it happens on
// a writer thread, in order; reading (a new RecentFiles) waits for it.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QObject* parent = nullptr);
    ~RecentFiles() override;

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
