// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <vector>

#include "ui/drift/drift_view.h"

class QWidget;

namespace segmenta::ui {

// Writes the drift report: ONE self-contained HTML file (no external files, no
// scripts, no network) with the charts embedded as base64 PNG images, the month
// table with statuses and reasons, the latest month's numbers per column and a
// glossary in plain words. A typical report is a few hundred kB (limit: 5 MB).
class DriftReportExporter {
    Q_DECLARE_TR_FUNCTIONS(DriftReportExporter)
public:
    struct Figure {
        QString title;
        QString caption;
        QImage image;
    };

    // Renders a widget (chart view, heatmap, timeline) at `size` (or its own size
    // when larger) into an image, on the GUI thread.
    static QImage render(QWidget* widget, QSize size = QSize(1000, 420));

    static QString buildHtml(const HistoryView& history, const std::vector<Figure>& figures);
    static bool write(const QString& path, const QString& html, QString* error = nullptr);

private:
    static QString imageTag(const QImage& image, const QString& alt);
    static QString snapshotTable(const HistoryView& history);
    static QString columnTable(const SnapshotView& snapshot);
    static QString glossary();
};

} // namespace segmenta::ui
