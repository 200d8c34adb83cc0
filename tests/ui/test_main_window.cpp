// SPDX-License-Identifier: GPL-3.0-or-later
// Smoke test of the main window: it starts without data and says what to do,
// switches pages from the sidebar and the View menu, keeps at most eight recent
// files and drops missing ones with a message, shows the table size in the
// status bar, accepts a dropped CSV, and closes.
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "data_test_support.h"
#include "ui/common/workspace.h"
#include "ui/data/data_page.h"
#include "ui/data/import_dialog.h"
#include "ui/main/main_window.h"
#include "ui/main/recent_files.h"
#include "screenshots.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {
std::shared_ptr<const Table> smallTable() {
    Column a = test::makeColumn("a", ColumnType::Integer);
    Column b = test::makeColumn("b", ColumnType::Category);
    for (int i = 0; i < 30; ++i) { a.appendNumber(i); b.appendCategory(i % 2 ? "x" : "y"); }
    return test::makeTable("small.csv", {std::move(a), std::move(b)});
}

QAction* findAction(QMenu* menu, const QString& textPart) {
    for (QAction* a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')).contains(textPart)) return a;
        if (a->menu())
            if (QAction* inner = findAction(a->menu(), textPart)) return inner;
    }
    return nullptr;
}

QMenu* menuNamed(QMainWindow& w, const QString& name) {
    for (QAction* a : w.menuBar()->actions())
        if (a->text().remove(QLatin1Char('&')) == name) return a->menu();
    return nullptr;
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void startsEmptyAndSaysWhatToDo();
    void switchesPages_data();
    void switchesPages();
    void statusBarShowsTableSize();
    void menusExist_data();
    void menusExist();
    void recentFilesKeepEightNewestFirst();
    void missingRecentFileIsRemovedWithMessage();
    void droppedCsvOpensTheImportDialog();
    void closes();

private:
    QTemporaryDir dir_;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentaTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
}

void TestMainWindow::init() { QSettings().clear(); }

void TestMainWindow::startsEmptyAndSaysWhatToDo() {
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPage(), 0);
    // The first start tells the user what to do, in words and with two buttons.
    bool saysWhatToDo = false;
    for (QLabel* l : window.dataPage()->findChildren<QLabel*>())
        if (l->isVisible() && l->text().contains(QStringLiteral("Import a CSV or open the demo"))) saysWhatToDo = true;
    QVERIFY(saysWhatToDo);
    QStringList buttons;
    for (QPushButton* b : window.dataPage()->findChildren<QPushButton*>())
        if (b->isVisible()) buttons << b->text().remove(QLatin1Char('&'));
    QVERIFY2(buttons.contains(QStringLiteral("Import CSV…")), qPrintable(buttons.join(QLatin1Char(','))));
    QVERIFY(buttons.contains(QStringLiteral("Open demo data")));
    QCOMPARE(window.tableStatus()->text(), QStringLiteral("No data loaded"));
    window.grab().save(testshots::path(QStringLiteral("segmenta-main-empty.png")));
}

void TestMainWindow::switchesPages_data() {
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("menuText");
    QTest::newRow("segments") << 1 << QStringLiteral("Segments");
    QTest::newRow("slices") << 2 << QStringLiteral("Slices");
    QTest::newRow("drift") << 3 << QStringLiteral("Drift");
    QTest::newRow("data") << 0 << QStringLiteral("Data");
}

void TestMainWindow::switchesPages() {
    QFETCH(int, page);
    QFETCH(QString, menuText);
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    window.showPage(page == 0 ? 1 : 0);
    QAction* action = findAction(menuNamed(window, QStringLiteral("View")), menuText);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(window.currentPage(), page);
    auto* sidebar = window.findChild<QListWidget*>();
    QVERIFY(sidebar);
    QCOMPARE(sidebar->currentRow(), page);
    // A page request from any page goes through the workspace.
    workspace.requestPage(Workspace::Page::Data);
    QCOMPARE(window.currentPage(), 0);
}

void TestMainWindow::statusBarShowsTableSize() {
    Workspace workspace;
    MainWindow window(&workspace);
    workspace.setTable(smallTable(), nullptr, QString());
    QCOMPARE(window.tableStatus()->text(), QStringLiteral("30 rows × 2 columns"));
    auto rows = std::make_shared<const std::vector<std::uint32_t>>(std::vector<std::uint32_t>{1, 3, 5});
    workspace.setRowFilter(QStringLiteral("Segment “x”"), rows);
    QVERIFY2(window.tableStatus()->text().contains(QStringLiteral("showing 3")), qPrintable(window.tableStatus()->text()));
    workspace.clearRowFilter();
    QCOMPARE(window.tableStatus()->text(), QStringLiteral("30 rows × 2 columns"));
}

void TestMainWindow::menusExist_data() {
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::newRow("import") << QStringLiteral("File") << QStringLiteral("Import CSV…");
    QTest::newRow("demo") << QStringLiteral("File") << QStringLiteral("Open demo data");
    QTest::newRow("export") << QStringLiteral("File") << QStringLiteral("Export table…");
    QTest::newRow("quit") << QStringLiteral("File") << QStringLiteral("Quit");
    QTest::newRow("record") << QStringLiteral("File") << QStringLiteral("Record this file in history…");
    QTest::newRow("score") << QStringLiteral("File") << QStringLiteral("Score with a saved model…");
    QTest::newRow("language") << QStringLiteral("Settings") << QStringLiteral("Deutsch");
    QTest::newRow("about") << QStringLiteral("Help") << QStringLiteral("About Segmenta");
}

void TestMainWindow::menusExist() {
    QFETCH(QString, menu);
    QFETCH(QString, action);
    Workspace workspace;
    MainWindow window(&workspace);
    QMenu* m = menuNamed(window, menu);
    QVERIFY2(m, qPrintable(menu));
    QVERIFY2(findAction(m, action), qPrintable(action));
    if (action == QStringLiteral("Import CSV…")) QCOMPARE(findAction(m, action)->shortcut(), QKeySequence(QKeySequence::Open));
}

void TestMainWindow::recentFilesKeepEightNewestFirst() {
    RecentFiles recent;
    for (int i = 0; i < 10; ++i) recent.add(dir_.filePath(QStringLiteral("f%1.csv").arg(i)));
    recent.add(dir_.filePath(QStringLiteral("f5.csv")));   // re-opening moves it to the top
    QCOMPARE(recent.files().size(), RecentFiles::kMax);
    QCOMPARE(recent.files().first(), dir_.filePath(QStringLiteral("f5.csv")));
    QCOMPARE(recent.files().count(dir_.filePath(QStringLiteral("f5.csv"))), 1);
    QVERIFY(!recent.files().contains(dir_.filePath(QStringLiteral("f0.csv"))));
    // Survives a restart.
    RecentFiles again;
    QCOMPARE(again.files(), recent.files());
}

void TestMainWindow::missingRecentFileIsRemovedWithMessage() {
    const QString gone = dir_.filePath(QStringLiteral("gone.csv"));
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    window.recentFiles()->add(gone);
    QMenu* file = menuNamed(window, QStringLiteral("File"));
    QAction* entry = findAction(file, QStringLiteral("gone.csv"));
    QVERIFY(entry);
    entry->trigger();
    QVERIFY(!window.recentFiles()->files().contains(gone));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>()) != nullptr);
    QVERIFY(box->text().contains(QStringLiteral("moved or deleted")));
    box->close();
}

void TestMainWindow::droppedCsvOpensTheImportDialog() {
    const QString path = dir_.filePath(QStringLiteral("dropped.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a,b\n1,2\n");
    f.close();
    Workspace workspace;
    MainWindow window(&workspace);
    window.show();
    QVERIFY(test::dropFile(&window, path));
    auto* dialog = window.findChild<ImportDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->path(), path);
    dialog->reject();
    // Something that is not a CSV is refused.
    QVERIFY(!test::dropFile(&window, dir_.filePath(QStringLiteral("picture.png"))));
}

void TestMainWindow::closes() {
    Workspace workspace;
    auto* window = new MainWindow(&workspace);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    QPointer<MainWindow> guard(window);
    QVERIFY(window->close());
    QTRY_VERIFY(guard.isNull());
    QVERIFY(QSettings().contains(QStringLiteral("windowGeometry")));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
