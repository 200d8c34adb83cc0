// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace segmenta::ui {

// Renaming a segment, undoable with Ctrl+Z. `apply(id, name)` renames it
// everywhere (cards, charts, the shared segmentation).
class RenameSegmentCommand : public QUndoCommand {
public:
    using Apply = std::function<void(int id, const QString& name)>;
    RenameSegmentCommand(int id, QString oldName, QString newName, Apply apply);

    void undo() override { apply_(id_, oldName_); }
    void redo() override { apply_(id_, newName_); }

private:
    int id_;
    QString oldName_, newName_;
    Apply apply_;
};

} // namespace segmenta::ui
