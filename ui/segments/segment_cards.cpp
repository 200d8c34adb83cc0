// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segment_cards.h"

#include <QHBoxLayout>

namespace segmenta::ui {

SegmentCards::SegmentCards(QWidget* parent) : QScrollArea(parent), strip_(new QWidget(this)), layout_(new QHBoxLayout(strip_)) {
    layout_->setContentsMargins(4, 4, 4, 4);
    layout_->setSpacing(8);
    layout_->addStretch(1);
    setWidget(strip_);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Segments"));
}

void SegmentCards::setSegments(const std::vector<SegmentCard::Info>& segments) {
    for (auto* card : cards_) delete card;
    cards_.clear();
    for (const auto& info : segments) {
        auto* card = new SegmentCard(info, strip_);
        connect(card, &SegmentCard::clicked, this, &SegmentCards::segmentClicked);
        connect(card, &SegmentCard::renameRequested, this, &SegmentCards::renameRequested);
        layout_->insertWidget(layout_->count() - 1, card);
        cards_.push_back(card);
    }
}

SegmentCard* SegmentCards::card(int id) const {
    for (auto* card : cards_)
        if (card->segmentId() == id) return card;
    return nullptr;
}

void SegmentCards::setName(int id, const QString& name) {
    if (auto* c = card(id)) c->setName(name);
}

void SegmentCards::setSelected(int id) {
    for (auto* card : cards_) card->setSelected(card->segmentId() == id);
    if (auto* c = card(id)) ensureWidgetVisible(c);
}

} // namespace segmenta::ui
