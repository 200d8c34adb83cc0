// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/rename_segment_command.h"

#include <QCoreApplication>

namespace segmenta::ui {

RenameSegmentCommand::RenameSegmentCommand(int id, QString oldName, QString newName, Apply apply)
    : id_(id), oldName_(std::move(oldName)), newName_(std::move(newName)), apply_(std::move(apply)) {
    setText(QCoreApplication::translate("segmenta::ui::RenameSegmentCommand", "rename “%1” to “%2”").arg(oldName_, newName_));
}

} // namespace segmenta::ui
