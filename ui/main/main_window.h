// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMainWindow>
#include <QMessageBox>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace segmenta::ui {

class BackgroundTask;
class DataPage;
class RecentFiles;
class Workspace;

// The main window: a sidebar of pages (Data, Segments, Slices, Drift), menus, a
// status bar. Owns no logic of its own beyond wiring; each page is its own widget.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(int index);
    int currentPage() const;
    // True while any page's background work runs (an import, the demo history
    // being prepared, a drift comparison…): what --screenshot waits for.
    bool isBusy() const;
    DataPage* dataPage() const { return dataPage_; }
    RecentFiles* recentFiles() const { return recent_; }
    QLabel* tableStatus() const { return tableStatus_; }

    // Where "Open demo data" reads from; when the file is missing the demo is generated in memory.
    void setDemoPath(const QString& path) { demoPath_ = path; }
    QString demoPath() const { return demoPath_; }

public slots:
    void chooseFileToImport();                // File ▸ Import CSV…
    void openWithDialog(const QString& path); // the import dialog for one file
    void importDirectly(const QString& path); // guessed options, no dialog (--open, recent files)
    void openDemo();
    void exportTable();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createLanguageMenu(QMenu* settings);
    void fillRecentMenu();
    void openRecent(const QString& path);
    void showAbout();
    void showImportError(const QString& path, const QString& message);
    void showMessage(QMessageBox::Icon icon, const QString& title, const QString& text);
    void updateTableStatus();

    Workspace* workspace_;
    QListWidget* sidebar_;
    QStackedWidget* pages_;
    DataPage* dataPage_;
    RecentFiles* recent_;
    QMenu* recentMenu_ = nullptr;
    QLabel* tableStatus_ = nullptr;
    BackgroundTask* sideTask_;   // demo generation and export
    QString demoPath_;
};

} // namespace segmenta::ui
