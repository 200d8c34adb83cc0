// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta: the desktop entry point. Parses the command line and opens the window.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "ui/common/workspace.h"
#include "ui/main/main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("segmenta"));
    QApplication::setApplicationDisplayName(QStringLiteral("Segmenta"));
    QApplication::setOrganizationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segmenta.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer segments, slice metrics and drift."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    segmenta::ui::Workspace workspace;
    segmenta::ui::MainWindow window(&workspace);
    window.show();
    return QApplication::exec();
}
