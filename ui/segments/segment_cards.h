// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QScrollArea>
#include <vector>

#include "ui/segments/segment_card.h"

class QHBoxLayout;

namespace segmenta::ui {

// A horizontal strip of segment cards, one per segment, scrolling when they do
// not fit. Keeps at most one card selected.
class SegmentCards : public QScrollArea {
    Q_OBJECT
public:
    explicit SegmentCards(QWidget* parent = nullptr);

    void setSegments(const std::vector<SegmentCard::Info>& segments);
    void setName(int id, const QString& name);
    void setSelected(int id);   // -1 = none
    void clear() { setSegments({}); }

    int count() const { return int(cards_.size()); }
    SegmentCard* card(int id) const;

signals:
    void segmentClicked(int id);
    void renameRequested(int id, const QString& name);

private:
    QWidget* strip_;
    QHBoxLayout* layout_;
    std::vector<SegmentCard*> cards_;
};

} // namespace segmenta::ui
