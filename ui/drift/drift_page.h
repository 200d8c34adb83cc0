// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

namespace segmenta::ui {

class Workspace;

// The Drift page.
class DriftPage : public QWidget {
    Q_OBJECT
public:
    explicit DriftPage(Workspace* workspace, QWidget* parent = nullptr);

private:
    Workspace* workspace_;
};

} // namespace segmenta::ui
