// SPDX-License-Identifier: GPL-3.0-or-later
// The window survives any file. Every CSV under tests/data and generated hostile
// files (a 100,000-character cell and column name, 10,000 columns, 100,000
// categories, binary bytes, the demo month with one stray quote, an empty file)
// are opened in the main window, the way `segmenta --open` does, in a child
// process under a memory limit; the child walks the Data, Segments (with a run),
// Slices and Drift pages and draws each one. Required: no crash, no memory
// running out in the window, and every file that cannot be imported says so in a
// message that names it. A history holding such long values opens on the Drift
// page, and an import that runs out of memory says so.
//
// The child is this test program started again with --window (see runWindow()):
// a limit on its address space (setrlimit) turns runaway memory use into an
// allocation failure instead of a machine swapping for minutes.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <functional>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

#include "core/common/random.h"
#include "core/history/history.h"
#include "core/io/csv_reader.h"
#include "ui/common/workspace.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_page.h"
#include "ui/drift/drift_heatmap.h"
#include "ui/drift/drift_page.h"
#include "ui/main/application.h"
#include "ui/main/main_window.h"
#include "ui/segments/segments_page.h"

using namespace segmenta;
using namespace segmenta::ui;

namespace {

constexpr int kLongText = 100000;

// ---------------------------------------------------------------- the child

// The address space in use now (VmSize), in bytes; 0 when unknown.
qint64 addressSpaceInUse() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmSize:")) return line.mid(7).trimmed().split(' ').first().toLongLong() * 1024;
    return 0;
}

// Lets the process grow by `headroomMb` from here on: measured from what the
// window already uses, so the limit means the same on any machine.
void limitMemory(qint64 headroomMb) {
#ifdef Q_OS_LINUX
    const rlim_t limit = rlim_t(addressSpaceInUse() + headroomMb * 1024 * 1024);
    const rlimit r{limit, limit};
    setrlimit(RLIMIT_AS, &r);
#else
    Q_UNUSED(headroomMb);
#endif
}

void say(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop until `done` holds, at most `timeoutMs`.
bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) return false;
        QTest::qWait(20);
    }
    return true;
}

// Until the window's background work is over (three quiet polls in a row, so
// work started by a finished task is seen too), then draws the whole window:
// grab() lays out and paints every visible chart, as a screen would.
void settleAndDraw(MainWindow& window, const QString& screenshot = {}) {
    int quiet = 0;
    waitFor([&] { quiet = window.isBusy() ? 0 : quiet + 1; return quiet >= 3; }, 120000);
    const QPixmap picture = window.grab();
    if (!screenshot.isEmpty()) picture.save(screenshot, "PNG");
}

void walkDriftPage(MainWindow& window, DriftPage* drift, const QString& shots) {
    settleAndDraw(window);
    // Every column's two distributions (the bars of a category column carry its values).
    DriftHeatmap* heatmap = drift->heatmap();
    for (int row = 0; row < heatmap->rowCount(); ++row) {
        emit heatmap->cellActivated(row, heatmap->columnCount() - 1);
        settleAndDraw(window, row == 0 && !shots.isEmpty() ? shots + QStringLiteral("/drift.png") : QString());
    }
    for (int tab = 0; tab < drift->tabs()->count(); ++tab) {
        drift->tabs()->setCurrentIndex(tab);
        settleAndDraw(window);
    }
    say(QStringLiteral("DRIFT %1 %2").arg(drift->history().snapshots.size()).arg(heatmap->rowCount()));
}

// Opens each file as --open does and walks the pages. Prints one FILE line per
// file, then IMPORTED or MESSAGE <text>, then PAGES once every page was drawn.
void walkFiles(MainWindow& window, const QStringList& files, const QString& shots) {
    CsvImporter* importer = window.dataPage()->importer();
    auto* segments = window.findChild<SegmentsPage*>();
    for (const QString& file : files) {
        say(QStringLiteral("FILE ") + file);
        QString message;
        bool imported = false, over = false;
        const auto ok = QObject::connect(importer, &CsvImporter::imported, &window, [&] { imported = over = true; });
        const auto bad = QObject::connect(importer, &CsvImporter::failed, &window, [&](const QString&, const QString& m) {
            message = m;
            over = true;
        });
        const auto cancelled = QObject::connect(importer, &CsvImporter::cancelled, &window, [&] { over = true; });
        window.importDirectly(file);
        waitFor([&] { return over; }, 120000);
        QObject::disconnect(ok);
        QObject::disconnect(bad);
        QObject::disconnect(cancelled);
        say(imported ? QStringLiteral("IMPORTED") : QStringLiteral("MESSAGE ") + QString(message).replace(QLatin1Char('\n'), QStringLiteral(" | ")));
        const QString prefix = shots.isEmpty() ? QString() : shots + QLatin1Char('/');
        window.showPage(0);
        settleAndDraw(window, prefix.isEmpty() ? QString() : prefix + QStringLiteral("data.png"));
        window.showPage(1);
        settleAndDraw(window);
        segments->run();
        settleAndDraw(window, prefix.isEmpty() ? QString() : prefix + QStringLiteral("segments.png"));
        window.showPage(2);
        settleAndDraw(window, prefix.isEmpty() ? QString() : prefix + QStringLiteral("slices.png"));
        window.showPage(3);
        settleAndDraw(window);
        say(QStringLiteral("PAGES"));
    }
}

// segmenta-like window in this process:
//   --window HISTORY HEADROOM_MB PAGE SHOTS_DIR [FILE…]
// PAGE "drift" starts on the Drift page and walks the history instead of files.
int runWindow(int argc, char** argv) {
    Application app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6) return 64;
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SegmentaTest"));

    Workspace workspace;
    workspace.setHistoryPath(args[2]);
    MainWindow window(&workspace);
    auto* drift = window.findChild<DriftPage*>();
    drift->setDemoEnabled(false);   // only the history under test
    window.resize(1280, 860);
    window.show();
    QTest::qWait(50);
    limitMemory(args[3].toLongLong());

    if (args[4] == QStringLiteral("drift")) {
        window.showPage(3);
        walkDriftPage(window, drift, args[5]);
    } else {
        walkFiles(window, args.mid(6), args[5]);
    }
    say(QStringLiteral("GUI-OUT-OF-MEMORY %1").arg(app.outOfMemoryCount()));
    say(QStringLiteral("END"));
    return 0;
}

// --------------------------------------------------------------- the parent

struct FileOutcome {
    bool imported = false;
    QString message;
    bool pagesDrawn = false;
};

struct WindowRun {
    bool exitedNormally = false;   // no crash, no timeout, exit code 0, reached the end
    QString lastFile;              // the file being opened when it ended
    QMap<QString, FileOutcome> files;
    int guiOutOfMemory = -1;
    QString driftLine;
    QString stderrText;
};

// Screenshots of the pages go to $SEGMENTA_TEST_SCREENSHOTS when it names a folder.
WindowRun runWindowChild(const QString& history, int headroomMb, const QString& page, const QStringList& files) {
    const QString shots = qEnvironmentVariable("SEGMENTA_TEST_SCREENSHOTS");
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--window"), history, QString::number(headroomMb), page, shots} + files);
    WindowRun run;
    const bool finished = child.waitForFinished(170000);
    if (!finished) child.kill(), child.waitForFinished(5000);
    run.stderrText = QString::fromLocal8Bit(child.readAllStandardError()).right(2000);
    bool end = false;
    for (const QString& line : QString::fromLocal8Bit(child.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("FILE "))) run.lastFile = line.mid(5);
        else if (line == QStringLiteral("IMPORTED")) run.files[run.lastFile].imported = true;
        else if (line.startsWith(QStringLiteral("MESSAGE "))) run.files[run.lastFile].message = line.mid(8);
        else if (line == QStringLiteral("PAGES")) run.files[run.lastFile].pagesDrawn = true;
        else if (line.startsWith(QStringLiteral("GUI-OUT-OF-MEMORY "))) run.guiOutOfMemory = line.mid(18).toInt();
        else if (line.startsWith(QStringLiteral("DRIFT "))) run.driftLine = line;
        else if (line == QStringLiteral("END")) end = true;
    }
    run.exitedNormally = finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 && end;
    return run;
}

QString describeEnd(const WindowRun& run) {
    return QStringLiteral("the window did not survive (last file: %1)\n%2").arg(run.lastFile, run.stderrText);
}

// Plain bytes written as they are.
QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) return {};
    return path;
}

// 2,000 customers; row 8's country is `longCountry` (the other rows have four
// short countries), so slicing by country puts it on a chart's axis.
QByteArray customersWithCountry(const QByteArray& longCountry, const QByteArray& header = "id,country,revenue,channel") {
    QByteArray csv = header + '\n';
    const char* countries[] = {"US", "GB", "DE", "FR"};
    Random random(7);
    for (int i = 0; i < 2000; ++i) {
        const QByteArray country = i == 7 ? longCountry : QByteArray(countries[random.below(4)]);
        csv += QByteArray::number(i) + ',' + country + ',' + QByteArray::number(random.uniform(1, 500), 'f', 2) + ',' +
               (random.below(2) ? "web" : "store") + '\n';
    }
    return csv;
}

QByteArray manyColumns(int columns, int rows) {
    QByteArray csv;
    for (int c = 0; c < columns; ++c) csv += (c ? "," : "") + QByteArray("c") + QByteArray::number(c);
    csv += '\n';
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) csv += (c ? "," : "") + QByteArray::number((r * 31 + c) % 97);
        csv += '\n';
    }
    return csv;
}

QByteArray manyCategories(int rows) {
    QByteArray csv = "id,customer_code,amount\n";
    for (int r = 0; r < rows; ++r)
        csv += QByteArray::number(r) + ",K" + QByteArray::number(r * 7919 % 1000003) + ',' + QByteArray::number(r % 113) + '\n';
    return csv;
}

QByteArray binaryGarbage(int bytes) {
    QByteArray out(bytes, '\0');
    Random random(11);
    for (char& c : out) c = char(random.below(256));
    return out;
}

// The demo's first month with one quote opened and never closed.
QByteArray demoWithStrayQuote() {
    QFile demo(QStringLiteral(SEGMENTA_SOURCE_DIR "/resources/demo/customers_2026-01.csv"));
    if (!demo.open(QIODevice::ReadOnly)) return {};
    QList<QByteArray> lines = demo.readAll().split('\n');
    QList<QByteArray> cells = lines[5].split(',');
    cells[5].prepend('"');
    lines[5] = cells.join(',');
    return lines.join('\n');
}

// About `megabytes` of customer rows with many distinct text values.
QByteArray largeFile(int megabytes) {
    QByteArray csv = "id,name,city,note,amount\n";
    csv.reserve(qsizetype(megabytes) * 1024 * 1024 + 4096);
    Random random(3);
    for (qint64 r = 0; csv.size() < qsizetype(megabytes) * 1024 * 1024; ++r)
        csv += QByteArray::number(r) + ",name" + QByteArray::number(random.below(1000000)) + ",city" +
               QByteArray::number(random.below(5000)) + ",note " + QByteArray::number(random.next()) + ',' +
               QByteArray::number(random.uniform(0, 1000), 'f', 2) + '\n';
    return csv;
}

} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void repositoryFilesOpen();
    void hostileFilesOpen_data();
    void hostileFilesOpen();
    void historyWithLongValuesOpensOnDriftPage();
    void runningOutOfMemoryIsAMessage();

private:
    QTemporaryDir dir_;
};

void TestHostileFiles::initTestCase() {
#ifndef Q_OS_LINUX
    QSKIP("The memory limit is set with Linux's setrlimit.");
#endif
    QVERIFY(dir_.isValid());
}

// Every CSV the repository's tests use: each imports or says why not, and every page draws.
void TestHostileFiles::repositoryFilesOpen() {
    QStringList files;
    QDirIterator it(QStringLiteral(SEGMENTA_TEST_DATA), {QStringLiteral("*.csv")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    files.sort();
    QVERIFY(files.size() >= 30);
    const WindowRun run = runWindowChild(dir_.filePath(QStringLiteral("none.db")), 1500, QStringLiteral("data"), files);
    QVERIFY2(run.exitedNormally, qPrintable(describeEnd(run)));
    QCOMPARE(run.guiOutOfMemory, 0);
    for (const QString& file : files) {
        const FileOutcome& o = run.files.value(file);
        QVERIFY2(o.pagesDrawn, qPrintable(file));
        QVERIFY2(o.imported || o.message.contains(QFileInfo(file).fileName()), qPrintable(file + QStringLiteral(": ") + o.message));
    }
}

void TestHostileFiles::hostileFilesOpen_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("imports");   // else: refused with a message
    const QByteArray longText(kLongText, 'X');
    QTest::newRow("100,000-character category") << QStringLiteral("long_cell.csv") << customersWithCountry(longText) << true;
    QTest::newRow("100,000-character column name")
        << QStringLiteral("long_header.csv") << customersWithCountry("NL", "id,country," + longText + ",channel") << true;
    QTest::newRow("long value with line breaks")
        << QStringLiteral("long_quoted_lines.csv")
        << customersWithCountry('"' + QByteArray("line\n").repeated(kLongText / 5) + '"') << true;
    QTest::newRow("10,000 columns") << QStringLiteral("wide.csv") << manyColumns(10000, 30) << false;   // over the column limit
    QTest::newRow("100,000 categories") << QStringLiteral("categories.csv") << manyCategories(100000) << true;
    QTest::newRow("binary") << QStringLiteral("garbage.csv") << binaryGarbage(65536) << false;
    QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray() << false;
    QTest::newRow("demo with a stray quote") << QStringLiteral("demo_stray_quote.csv") << demoWithStrayQuote() << true;
}

void TestHostileFiles::hostileFilesOpen() {
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, imports);
    const QString path = writeFile(dir_.path(), name, bytes);
    QVERIFY(!path.isEmpty());
    const WindowRun run = runWindowChild(dir_.filePath(QStringLiteral("none.db")), 1500, QStringLiteral("data"), {path});
    QVERIFY2(run.exitedNormally, qPrintable(describeEnd(run)));
    QCOMPARE(run.guiOutOfMemory, 0);
    const FileOutcome o = run.files.value(path);
    QVERIFY(o.pagesDrawn);
    QCOMPARE(o.imported, imports);
    if (!imports) {
        QVERIFY2(o.message.startsWith(QStringLiteral("Could not import %1.").arg(name)), qPrintable(o.message));
        QVERIFY2(o.message.size() < 400, qPrintable(o.message));
    }
}

// Months recorded with a 100,000-character category value, a long column name
// and long month labels: the Drift page reads them back and draws every chart.
void TestHostileFiles::historyWithLongValuesOpensOnDriftPage() {
    const QString db = dir_.filePath(QStringLiteral("long-values.db"));
    auto history = History::open(db.toStdString());
    QVERIFY2(history.ok(), history.ok() ? "" : history.error().message.c_str());
    const QByteArray longName = QByteArray("region ") + QByteArray(kLongText, 'R');
    for (int month = 1; month <= 2; ++month) {
        const QByteArray bytes = customersWithCountry(QByteArray(kLongText, char('K' + month)), "id,country,revenue," + longName);
        auto imported = readCsvBytes(std::string_view(bytes.constData(), std::size_t(bytes.size())), CsvOptions{});
        QVERIFY(imported.ok());
        RecordOptions options;
        options.asOf = month == 1 ? "2026-01-31" : "2026-02-28";
        options.label = "2026-0" + std::to_string(month) + ' ' + std::string(300, 'M');
        const std::string file = "month" + std::to_string(month) + ".csv";
        auto recorded = history->recordSnapshot("customers", imported->table,
                                                describeBytes(file, std::string_view(bytes.constData(), std::size_t(bytes.size()))),
                                                options);
        QVERIFY2(recorded.ok(), recorded.ok() ? "" : recorded.error().message.c_str());
    }
    history = makeError(ErrorKind::Cancelled, "closed");   // close it before the window opens it

    const WindowRun run = runWindowChild(db, 1500, QStringLiteral("drift"), {});
    QVERIFY2(run.exitedNormally, qPrintable(describeEnd(run)));
    QCOMPARE(run.guiOutOfMemory, 0);
    // Both months, and a heatmap row for each compared column.
    QVERIFY2(run.driftLine.startsWith(QStringLiteral("DRIFT 2 ")), qPrintable(run.driftLine));
    QVERIFY2(run.driftLine.section(QLatin1Char(' '), 2).toInt() >= 3, qPrintable(run.driftLine));
}

// A file larger than the memory the window may still take: the import fails
// with a message that says so and names the file, and does not send the user to
// a text editor; the window stays up.
void TestHostileFiles::runningOutOfMemoryIsAMessage() {
    const QString path = writeFile(dir_.path(), QStringLiteral("large.csv"), largeFile(48));
    QVERIFY(!path.isEmpty());
    const WindowRun run = runWindowChild(dir_.filePath(QStringLiteral("none.db")), 96, QStringLiteral("data"), {path});
    QVERIFY2(run.exitedNormally, qPrintable(describeEnd(run)));
    const FileOutcome o = run.files.value(path);
    QVERIFY2(!o.imported, "the import was expected to run out of memory");
    QVERIFY2(o.message.contains(QStringLiteral("not enough memory")), qPrintable(o.message));
    QVERIFY2(o.message.startsWith(QStringLiteral("Could not import large.csv")), qPrintable(o.message));
    QVERIFY2(!o.message.contains(QStringLiteral("text editor")), qPrintable(o.message));
}

int main(int argc, char** argv) {
    if (argc > 1 && qstrcmp(argv[1], "--window") == 0) return runWindow(argc, argv);
    QApplication app(argc, argv);
    TestHostileFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_hostile_files.moc"
