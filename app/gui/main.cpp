// SPDX-License-Identifier: GPL-3.0-or-later
// segmenta: the desktop entry point. Parses the command line and opens the window.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>
#include <cstdio>

#include "ui/common/translation.h"
#include "ui/common/workspace.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_page.h"
#include "ui/main/application.h"
#include "ui/main/main_window.h"
#include "segmenta_version.h"
#include "ui/segments/segments_page.h"

namespace {

// The bundled demo: installed under share/segmenta/demo, or in the source tree
// when run from a build directory.
QString findDemoFile() {
    const QString name = QStringLiteral("customers.csv");
    QStringList candidates{QDir(QApplication::applicationDirPath()).filePath(QStringLiteral("../share/segmenta/demo/") + name)};
#ifdef SEGMENTA_SOURCE_DIR
    candidates << QStringLiteral(SEGMENTA_SOURCE_DIR "/resources/demo/") + name;
#endif
    // This file is app/gui/main.cpp; its compile-time path locates the source tree.
    candidates << QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../../resources/demo/") + name);
    for (const QString& c : candidates)
        if (QFileInfo::exists(c)) return QFileInfo(c).canonicalFilePath();
    return {};
}

int pageIndex(const QString& name) {
    const QStringList pages{QStringLiteral("data"), QStringLiteral("segments"), QStringLiteral("slices"), QStringLiteral("drift")};
    return int(pages.indexOf(name.toLower()));
}

// Saves the window once the import and the column profile are done (two quiet
// polls in a row, so work started by a finished task is seen too), then quits.
void screenshotWhenSettled(segmenta::ui::MainWindow* window, const QString& path, int page) {
    auto* timer = new QTimer(window);
    auto quiet = std::make_shared<int>(0);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, window, [=] {
        *waited += timer->interval();
        *quiet = window->isBusy() ? 0 : *quiet + 1;
        if (*quiet == 2 && page >= 0 && window->currentPage() != page) { window->showPage(page); *quiet = 0; }
        if (*quiet < 4 && *waited < 120000) return;
        timer->stop();
        const bool ok = window->grab().save(path, "PNG");
        if (!ok) std::fprintf(stderr, "segmenta: could not write the screenshot to %s\n", qPrintable(path));
        QApplication::exit(ok ? 0 : 2);
    });
    timer->start(150);
}

} // namespace

int main(int argc, char** argv) {
    segmenta::ui::Application app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("segmenta"));
    QApplication::setApplicationDisplayName(QStringLiteral("Segmenta"));
    QApplication::setOrganizationName(QStringLiteral("Segmenta"));
    QApplication::setApplicationVersion(QStringLiteral(SEGMENTA_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/segmenta.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Customer segments, slice metrics and drift."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the bundled demo data."));
    const QCommandLineOption open(QStringLiteral("open"), QApplication::translate("main", "Import FILE with the guessed settings."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), QApplication::translate("main", "Start on PAGE: data, segments, slices or drift."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the window as PNG once loaded, then quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Use LANG (de, en) instead of the saved setting."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption findSegments(QStringLiteral("find-segments"),
                                          QApplication::translate("main", "Find segments with the recommended settings once the data is loaded."));
    parser.addOptions({demo, open, page, screenshot, lang, findSegments});
    parser.process(app);

    // --lang wins over the saved setting, which wins over the system language.
    segmenta::ui::installTranslations(app, parser.value(lang));

    int startPage = -1;
    if (parser.isSet(page)) {
        startPage = pageIndex(parser.value(page));
        if (startPage < 0) {
            std::fprintf(stderr, "segmenta: unknown page '%s'; use data, segments, slices or drift.\n", qPrintable(parser.value(page)));
            return 2;
        }
    }

    segmenta::ui::Workspace workspace;
    segmenta::ui::MainWindow window(&workspace);
    window.setDemoPath(findDemoFile());
    window.show();

    // Headless runs (--screenshot) have nobody to read a message box: say it on stderr too.
    QObject::connect(window.dataPage()->importer(), &segmenta::ui::CsvImporter::failed, &window,
                     [](const QString&, const QString& message) { std::fprintf(stderr, "segmenta: %s\n", qPrintable(message)); });
    // Queued, so the Segments page has taken the new table before the run starts.
    if (parser.isSet(findSegments))
        QObject::connect(&workspace, &segmenta::ui::Workspace::tableChanged, &window, [&window] {
            if (auto* segments = window.findChild<segmenta::ui::SegmentsPage*>()) segments->run();
        }, Qt::QueuedConnection);
    if (parser.isSet(open)) window.importDirectly(parser.value(open));
    else if (parser.isSet(demo)) window.openDemo();
    if (startPage >= 0) {
        window.showPage(startPage);
        // An import switches to the Data page when it starts; come back afterwards.
        QObject::connect(window.dataPage()->importer(), &segmenta::ui::CsvImporter::finished, &window,
                         [&window, startPage] { window.showPage(startPage); });
    }
    if (parser.isSet(screenshot)) screenshotWhenSettled(&window, parser.value(screenshot), startPage);
    return QApplication::exec();
}
