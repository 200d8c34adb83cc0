// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

#include "ui/drift/drift_view.h"

namespace segmenta::ui {

// A strip of month cards, oldest left, each with its status badge (OK / Warning /
// Drift) and a "Re-segment" mark when the segments no longer fit. Hover a card for
// the reasons in words; click or use ←/→ to select one; right-click (or the menu
// key) asks for the month's menu.
class SnapshotTimeline : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotTimeline(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    int count() const { return int(cards_.size()); }
    int currentIndex() const { return current_; }
    void setCurrentIndex(int index);
    SnapshotStatus statusAt(int index) const;
    bool resegmentAt(int index) const;

    // The reasons of one snapshot as one paragraph (also used for tooltips).
    // Why the month has its status (rich text); with maxReasons > 0 only the first
    // reasons are listed, then "and N more" (the caller shows the rest in a tooltip).
    static QString describe(const SnapshotView& snapshot, int maxReasons = 0);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentChanged(int index);
    void menuRequested(int index, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Card {
        QString label;
        QString rows;
        SnapshotStatus status = SnapshotStatus::Unknown;
        bool resegment = false;
        bool training = false;
        QString tip;
    };
public:
    QRect cardRect(int index) const;

private:
    int indexAt(const QPoint& pos) const;
    void paintCard(QPainter& p, int index) const;

    std::vector<Card> cards_;
    int current_ = -1;
};

} // namespace segmenta::ui
