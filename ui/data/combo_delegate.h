// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <QStyledItemDelegate>

namespace segmenta::ui {

// Edits a cell with a drop-down of fixed choices. The item stores the chosen
// index under Qt::UserRole and shows its text; editors exist only while editing,
// so a file with thousands of columns costs no widgets.
class ComboDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ComboDelegate(QStringList choices, QStringList tips, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    const QStringList& choices() const { return choices_; }

private:
    QStringList choices_;
    QStringList tips_;
};

} // namespace segmenta::ui
