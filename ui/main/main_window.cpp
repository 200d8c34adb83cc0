// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/main_window.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/common/workspace.h"
#include "ui/data/data_page.h"
#include "ui/drift/drift_page.h"
#include "ui/segments/segments_page.h"
#include "ui/slices/slices_page.h"

namespace segmenta::ui {

MainWindow::MainWindow(Workspace* workspace, QWidget* parent)
    : QMainWindow(parent), workspace_(workspace), sidebar_(new QListWidget(this)), pages_(new QStackedWidget(this)),
      dataPage_(new DataPage(workspace, this)) {
    setWindowTitle(tr("Segmenta"));
    resize(1280, 800);

    struct PageEntry { QString title; QString tip; QWidget* widget; };
    const PageEntry entries[] = {
        {tr("Data"), tr("The table you imported and the quality of each column"), dataPage_},
        {tr("Segments"), tr("Find groups of similar rows and what makes each different"), new SegmentsPage(workspace, this)},
        {tr("Slices"), tr("How the outcome and a model's scores behave per group"), new SlicesPage(workspace, this)},
        {tr("Drift"), tr("What changed from month to month, and when to re-segment"), new DriftPage(workspace, this)},
    };
    for (const auto& e : entries) {
        auto* item = new QListWidgetItem(e.title, sidebar_);
        item->setToolTip(e.tip);
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
    statusBar()->showMessage(tr("Ready"));
    connect(workspace_, &Workspace::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(workspace_, &Workspace::pageRequested, this, [this](Workspace::Page page) { showPage(int(page)); });
}

void MainWindow::showPage(int index) { sidebar_->setCurrentRow(index); }

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    auto* view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Data"), tr("&Segments"), tr("S&lices"), tr("D&rift")};
    for (int i = 0; i < 4; ++i)
        view->addAction(names[i], QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this, [this, i] { showPage(i); });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Segmenta"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Segmenta"),
                       tr("<h3>Segmenta %1</h3><p>Find customer segments, check a model per group, and watch what "
                          "drifts from month to month.</p><p>Everything runs on this computer: no network, no "
                          "telemetry.</p>").arg(QApplication::applicationVersion()));
}

} // namespace segmenta::ui
