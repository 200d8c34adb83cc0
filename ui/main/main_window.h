// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace segmenta::ui {

class Workspace;
class DataPage;

// The main window: a sidebar of pages (Data, Segments, Slices, Drift), menus, a
// status bar. Owns no logic of its own beyond wiring; each page is its own widget.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace* workspace, QWidget* parent = nullptr);

    void showPage(int index);
    DataPage* dataPage() const { return dataPage_; }

private:
    void createMenus();
    void showAbout();

    Workspace* workspace_;
    QListWidget* sidebar_;
    QStackedWidget* pages_;
    DataPage* dataPage_;
};

} // namespace segmenta::ui
