// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

namespace segmenta::ui {

class Workspace;

// The Segments page.
class SegmentsPage : public QWidget {
    Q_OBJECT
public:
    explicit SegmentsPage(Workspace* workspace, QWidget* parent = nullptr);

private:
    Workspace* workspace_;
};

} // namespace segmenta::ui
