// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

namespace segmenta::ui {

class Workspace;

// The Data page.
class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(Workspace* workspace, QWidget* parent = nullptr);

private:
    Workspace* workspace_;
};

} // namespace segmenta::ui
