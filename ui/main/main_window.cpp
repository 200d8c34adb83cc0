// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/main_window.h"

#include <algorithm>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include "core/demo/demo_generator.h"
#include "core/io/csv_writer.h"
#include "ui/common/background_task.h"
#include "ui/common/translation.h"
#include "ui/common/workspace.h"
#include "ui/data/csv_importer.h"
#include "ui/data/data_page.h"
#include "ui/data/import_dialog.h"
#include "ui/drift/drift_page.h"
#include "ui/main/application.h"
#include "ui/main/recent_files.h"
#include "ui/segments/segments_page.h"
#include "ui/slices/slices_page.h"

namespace segmenta::ui {

namespace {
bool looksLikeCsv(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}
} // namespace

MainWindow::MainWindow(Workspace* workspace, QWidget* parent)
    : QMainWindow(parent), workspace_(workspace), sidebar_(new QListWidget(this)), pages_(new QStackedWidget(this)),
      dataPage_(new DataPage(workspace, this)), recent_(new RecentFiles(this)), sideTask_(new BackgroundTask(this)) {
    setWindowTitle(tr("Segmenta"));
    setAcceptDrops(true);
    resize(1280, 800);

    auto* segments = new SegmentsPage(workspace, this);
    auto* drift = new DriftPage(workspace, this);
    struct PageEntry { QString title; QString tip; QWidget* widget; };
    const PageEntry entries[] = {
        {tr("Data"), tr("The table you imported and the quality of each column"), dataPage_},
        {tr("Segments"), tr("Find groups of similar rows and what makes each different"), segments},
        {tr("Slices"), tr("How the outcome and a model's scores behave per group"), new SlicesPage(workspace, this)},
        {tr("Drift"), tr("What changed from month to month, and when to re-segment"), drift},
    };
    connect(segments, &SegmentsPage::saveModelRequested, drift, &DriftPage::saveSegmentsAsModel);
    for (const auto& e : entries) {
        auto* item = new QListWidgetItem(e.title, sidebar_);
        item->setToolTip(e.tip);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
        pages_->addWidget(e.widget);
    }
    sidebar_->setFixedWidth(140);
    sidebar_->setAccessibleName(tr("Pages"));
    connect(sidebar_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    sidebar_->setCurrentRow(0);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sidebar_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    createMenus();
    tableStatus_ = new QLabel(this);
    statusBar()->addPermanentWidget(tableStatus_);
    statusBar()->showMessage(tr("Ready"));
    connect(workspace_, &Workspace::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(workspace_, &Workspace::pageRequested, this, [this](Workspace::Page page) { showPage(int(page)); });
    connect(workspace_, &Workspace::tableChanged, this, &MainWindow::updateTableStatus);
    connect(workspace_, &Workspace::rowFilterChanged, this, &MainWindow::updateTableStatus);
    updateTableStatus();

    CsvImporter* importer = dataPage_->importer();
    connect(dataPage_, &DataPage::importRequested, this, &MainWindow::chooseFileToImport);
    connect(dataPage_, &DataPage::demoRequested, this, &MainWindow::openDemo);
    connect(importer, &CsvImporter::started, this, [this] { showPage(0); });
    connect(importer, &CsvImporter::imported, this, [this](const QString& path) {
        if (QFileInfo(path) != QFileInfo(demoPath_)) recent_->add(path);
        statusBar()->showMessage(tr("Imported %1.").arg(QFileInfo(path).fileName()), 5000);
    });
    connect(importer, &CsvImporter::failed, this, &MainWindow::showImportError);
    connect(importer, &CsvImporter::cancelled, this, [this] {
        statusBar()->showMessage(tr("Import cancelled; the table you had is still loaded."), 5000);
    });
    connect(sideTask_, &BackgroundTask::failed, this, [this](const QString& m) { showMessage(QMessageBox::Warning, tr("Segmenta"), m); });
    if (auto* app = qobject_cast<Application*>(QCoreApplication::instance()))
        connect(app, &Application::ranOutOfMemory, this, [this](const QString& m) { showMessage(QMessageBox::Warning, tr("Segmenta"), m); });

    restoreGeometry(QSettings().value(QStringLiteral("windowGeometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(int index) { sidebar_->setCurrentRow(index); }

int MainWindow::currentPage() const { return pages_->currentIndex(); }

bool MainWindow::isBusy() const {
    if (dataPage_->isBusy()) return true;
    const auto tasks = findChildren<BackgroundTask*>();
    return std::any_of(tasks.begin(), tasks.end(), [](const BackgroundTask* t) { return t->isRunning(); });
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import CSV…"), QKeySequence::Open, this, &MainWindow::chooseFileToImport)
        ->setStatusTip(tr("Read a CSV file exported from a shop, spreadsheet or CRM."));
    file->addAction(tr("Open &demo data"), this, &MainWindow::openDemo)
        ->setStatusTip(tr("5,000 made-up customers of an online shop, to try everything out."));
    recentMenu_ = file->addMenu(tr("&Recent files"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    connect(recent_, &RecentFiles::changed, this, &MainWindow::fillRecentMenu);
    auto* exportAction = file->addAction(tr("&Export table…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportTable);
    exportAction->setStatusTip(tr("Save the rows shown on the Data page as a CSV file."));
    exportAction->setEnabled(false);
    connect(workspace_, &Workspace::tableChanged, exportAction, [this, exportAction] { exportAction->setEnabled(workspace_->table() != nullptr); });
    file->addAction(tr("Record this file in &history…"), this, [this] { if (auto* p = findChild<DriftPage*>()) p->recordCurrentTable(); })
        ->setStatusTip(tr("Keep a summary of the loaded file as one month of a dataset, to follow its drift on the Drift page."));
    file->addAction(tr("Score with a saved &model…"), this, [this] { if (auto* p = findChild<DriftPage*>()) p->scoreWithSavedModel(); })
        ->setStatusTip(tr("Apply a saved segmentation to a new month's CSV file and follow it on the Drift page."));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    auto* view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Data"), tr("&Segments"), tr("S&lices"), tr("D&rift")};
    for (int i = 0; i < 4; ++i)
        view->addAction(names[i], QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this, [this, i] { showPage(i); });

    createLanguageMenu(menuBar()->addMenu(tr("&Settings")));

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Segmenta"), this, &MainWindow::showAbout);
}

void MainWindow::createLanguageMenu(QMenu* settings) {
    auto* menu = settings->addMenu(tr("&Language"));
    auto* group = new QActionGroup(menu);
    const QString current = languageSetting();
    for (const auto& [code, name] : availableLanguages()) {
        auto* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            setLanguageSetting(code);
            showMessage(QMessageBox::Information, tr("Language"), tr("The new language is used from the next start of Segmenta."));
        });
    }
}

void MainWindow::fillRecentMenu() {
    recentMenu_->clear();
    const QStringList files = recent_->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        auto* action = recentMenu_->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                              this, [this, path] { openRecent(path); });
        action->setStatusTip(path);
        action->setToolTip(path);
    }
    if (files.isEmpty()) recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
    else {
        recentMenu_->addSeparator();
        recentMenu_->addAction(tr("&Clear list"), recent_, &RecentFiles::clear);
    }
}

void MainWindow::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        recent_->remove(path);
        showMessage(QMessageBox::Information, tr("File not found"),
                    tr("%1 was moved or deleted, so it was removed from the recent files.\n"
                       "Use File ▸ Import CSV… to choose it at its new place.").arg(path));
        return;
    }
    openWithDialog(path);
}

void MainWindow::chooseFileToImport() {
    QSettings settings;
    const QString start = settings.value(QStringLiteral("lastImportDir"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), start,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("lastImportDir"), QFileInfo(path).absolutePath());
    openWithDialog(path);
}

void MainWindow::openWithDialog(const QString& path) {
    auto* dialog = new ImportDialog(path, dataPage_->importer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importDirectly(const QString& path) { dataPage_->importer()->start(path); }

void MainWindow::openDemo() {
    if (!demoPath_.isEmpty() && QFileInfo::exists(demoPath_)) {
        importDirectly(demoPath_);
        return;
    }
    // No bundled file (e.g. a bare build tree): make the same demo in memory.
    showPage(0);
    statusBar()->showMessage(tr("Making the demo data…"));
    sideTask_->start<DemoTable>([](const Progress& p) { return generateCustomers(DemoOptions{}, &p); },
                                [this](DemoTable&& demo) {
                                    demo.table.sourceName = tr("demo customers").toStdString();
                                    auto report = std::make_shared<ImportReport>();
                                    report->rowsRead = report->rowsLoaded = std::int64_t(demo.table.rowCount());
                                    workspace_->setTable(std::make_shared<const Table>(std::move(demo.table)), report, QString());
                                    statusBar()->showMessage(tr("Demo data ready."), 5000);
                                });
}

void MainWindow::exportTable() {
    const auto table = workspace_->table();
    if (!table) return;
    const QString suggested = QFileInfo(QString::fromStdString(table->sourceName)).completeBaseName() + tr("-export") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    CsvWriteOptions options;
    if (const auto rows = workspace_->rowFilter()) options.rows.assign(rows->begin(), rows->end());
    const std::string file = QFile::encodeName(path).toStdString();
    statusBar()->showMessage(tr("Exporting…"));
    sideTask_->start<Result<std::size_t>>(
        [table, options, file](const Progress& p) { return writeCsvFile(file, *table, {}, options, &p); },
        [this, path](Result<std::size_t>&& r) {
            if (r.ok()) statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
            else showMessage(QMessageBox::Warning, tr("Could not export"), QString::fromStdString(r.error().message));
        });
}

void MainWindow::showImportError(const QString& path, const QString& message) {
    statusBar()->showMessage(tr("Import failed; the table you had is still loaded."), 8000);
    showMessage(QMessageBox::Warning, tr("Could not import %1").arg(QFileInfo(path).fileName()), message);
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString& title, const QString& text) {
    // Not exec(): a nested event loop would stall whatever else is running.
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateTableStatus() {
    const auto table = workspace_->table();
    if (!table) { tableStatus_->setText(tr("No data loaded")); return; }
    QString text = tr("%L1 rows × %L2 columns").arg(qulonglong(table->rowCount())).arg(qulonglong(table->columnCount()));
    if (const auto rows = workspace_->rowFilter())
        text += tr(" · showing %L1 (%2)").arg(qulonglong(rows->size())).arg(workspace_->rowFilterLabel());
    tableStatus_->setText(text);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && looksLikeCsv(urls.first().toLocalFile())) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    event->acceptProposedAction();
    openWithDialog(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(QStringLiteral("windowGeometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Segmenta"),
                       tr("<h3>Segmenta %1</h3><p>Find customer segments, check a model per group, and watch what "
                          "drifts from month to month.</p><p>Everything runs on this computer: no network, no "
                          "telemetry.</p>").arg(QApplication::applicationVersion()));
}

} // namespace segmenta::ui
