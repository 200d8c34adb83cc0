// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/data/combo_delegate.h"

#include <QComboBox>

namespace segmenta::ui {

ComboDelegate::ComboDelegate(QStringList choices, QStringList tips, QObject* parent)
    : QStyledItemDelegate(parent), choices_(std::move(choices)), tips_(std::move(tips)) {}

QWidget* ComboDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->addItems(choices_);
    for (int i = 0; i < tips_.size() && i < combo->count(); ++i) combo->setItemData(i, tips_[i], Qt::ToolTipRole);
    // Commit as soon as a choice is made, not only when focus leaves.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<ComboDelegate*>(this)->commitData(combo);
        emit const_cast<ComboDelegate*>(this)->closeEditor(combo);
    });
    return combo;
}

void ComboDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(index.data(Qt::UserRole).toInt());
}

void ComboDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    const int i = combo->currentIndex();
    if (i < 0) return;
    model->setData(index, i, Qt::UserRole);
    model->setData(index, choices_.value(i), Qt::DisplayRole);
}

} // namespace segmenta::ui
