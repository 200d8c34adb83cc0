// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_card.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/common/display_text.h"
#include "ui/segments/segment_style.h"

namespace segmenta::ui {

namespace {
// The card wraps its name over lines; an automatic name joins a few cut parts.
constexpr int kNameChars = 200;
} // namespace

SegmentCard::SegmentCard(const Info& info, QWidget* parent)
    : QFrame(parent), info_(info), nameStack_(new QStackedWidget(this)), nameLabel_(new QLabel(this)),
      nameEdit_(new QLineEdit(this)), sizeLabel_(new QLabel(this)), descriptionLabel_(new QLabel(this)) {
    setFocusPolicy(Qt::StrongFocus);
    setFixedWidth(230);
    setMinimumHeight(120);
    setCursor(Qt::PointingHandCursor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 8, 8);
    layout->setSpacing(4);

    QFont bold = nameLabel_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    nameLabel_->setFont(bold);
    nameLabel_->setWordWrap(true);
    nameLabel_->setTextFormat(Qt::PlainText);
    nameEdit_->setMaxLength(80);
    nameEdit_->installEventFilter(this);
    nameEdit_->setAccessibleName(tr("New name for this segment"));
    nameStack_->addWidget(nameLabel_);
    nameStack_->addWidget(nameEdit_);
    nameStack_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(nameEdit_, &QLineEdit::returnPressed, this, [this] { finishRename(true); });

    sizeLabel_->setText(tr("%1 rows · %2").arg(formatCount(info.size), formatShare(info.share)));
    sizeLabel_->setToolTip(tr("How many rows are in this segment, and their share of all rows that were grouped."));
    descriptionLabel_->setText(DisplayText::tooltip(info.description));
    descriptionLabel_->setWordWrap(true);
    descriptionLabel_->setTextFormat(Qt::PlainText);
    descriptionLabel_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    descriptionLabel_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    layout->addWidget(nameStack_);
    layout->addWidget(sizeLabel_);
    layout->addWidget(descriptionLabel_, 1);
    setName(info.name);
    setToolTip(tr("Click to show only this segment everywhere (and on the Data page). "
                  "Double-click the name or press F2 to rename it."));
    updateStyle();
}

void SegmentCard::setName(const QString& name) {
    info_.name = name;
    nameLabel_->setText(DisplayText::label(name, kNameChars));
    // The stack does not pass on the label's height-for-width: give it room for every wrapped line.
    const auto margins = layout()->contentsMargins();
    nameStack_->setMinimumHeight(nameLabel_->heightForWidth(width() - margins.left() - margins.right()));
    setAccessibleName(tr("Segment %1: %2").arg(info_.id + 1).arg(DisplayText::label(name, kNameChars)));
}

void SegmentCard::setSelected(bool selected) {
    if (selected_ == selected) return;
    selected_ = selected;
    updateStyle();
}

void SegmentCard::updateStyle() {
    const QColor color = segmentColor(info_.id);
    QColor tint = color;
    tint.setAlpha(selected_ ? 50 : 18);
    setStyleSheet(QStringLiteral("segmenta--ui--SegmentCard { background: %1; border: %2px solid %3; border-radius: 6px; }")
                      .arg(tint.name(QColor::HexArgb))
                      .arg(selected_ ? 3 : 1)
                      .arg(selected_ ? color.name() : QStringLiteral("#c8c8c8")));
}

void SegmentCard::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    // The colour stripe ties the card to its colour in every chart.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(segmentColor(info_.id));
    painter.drawRoundedRect(QRectF(4, 6, 5, height() - 12), 2, 2);
}

void SegmentCard::startRename() {
    nameEdit_->setText(info_.name);
    nameStack_->setCurrentWidget(nameEdit_);
    nameEdit_->selectAll();
    nameEdit_->setFocus();
}

void SegmentCard::finishRename(bool accept) {
    if (nameStack_->currentWidget() != nameEdit_) return;
    nameStack_->setCurrentWidget(nameLabel_);
    const QString text = nameEdit_->text().simplified();
    setFocus();
    if (accept && !text.isEmpty() && text != info_.name) emit renameRequested(info_.id, text);
}

bool SegmentCard::eventFilter(QObject* watched, QEvent* event) {
    if (watched == nameEdit_) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            finishRename(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) finishRename(true);
    }
    return QFrame::eventFilter(watched, event);
}

void SegmentCard::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) emit clicked(info_.id);
    QFrame::mousePressEvent(event);
}

void SegmentCard::mouseDoubleClickEvent(QMouseEvent* event) {
    startRename();
    event->accept();
}

void SegmentCard::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_F2: startRename(); return;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter: emit clicked(info_.id); return;
    default: QFrame::keyPressEvent(event);
    }
}

} // namespace segmenta::ui
