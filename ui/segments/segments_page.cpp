// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segments_page.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/common/workspace.h"

namespace segmenta::ui {

SegmentsPage::SegmentsPage(Workspace* workspace, QWidget* parent) : QWidget(parent), workspace_(workspace) {
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Coming soon."), this);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

} // namespace segmenta::ui
