// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <cstdint>

#include "ui/drift/drift_view.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace segmenta::ui {

// Any two months side by side: pick A and B; every column's change from A to B
// with its verdict and numbers, and the segment sizes in both.
class SnapshotComparison : public QWidget {
    Q_OBJECT
public:
    explicit SnapshotComparison(QWidget* parent = nullptr);

    void setHistory(const HistoryView& history);
    void setComparison(const ComparisonView& comparison);
    void showMessage(const QString& message);
    void choose(int firstIndex, int secondIndex);
    std::int64_t firstId() const;
    std::int64_t secondId() const;
    QTableWidget* columnTable() const { return columns_; }

signals:
    void compareRequested(std::int64_t firstId, std::int64_t secondId);

private:
    void request();
    void fillShares();

    QComboBox* first_;
    QComboBox* second_;
    QLabel* summary_;
    QTableWidget* columns_;
    QTableWidget* shares_;
    HistoryView history_;
};

} // namespace segmenta::ui
