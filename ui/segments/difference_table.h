// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace segmenta::ui {

// "What makes it different": for one segment, the features ranked by how much
// the segment stands out, in plain words, with how sure we are that it is not
// chance (after correcting for the many comparisons made).
class DifferenceTable : public QWidget {
    Q_OBJECT
public:
    struct Row {
        QString what;          // "revenue" or "country = DE"
        QString here;          // value in the segment, formatted
        QString everyone;      // value overall, formatted
        QString difference;    // "3.1× the average", "+25 points"
        double effect = 0;     // signed effect size, for the strength words
        double pAdjusted = 1;
        bool significant = false;
        QString tooltip;
    };

    explicit DifferenceTable(QWidget* parent = nullptr);

    void setSegments(const QStringList& names, std::vector<std::vector<Row>> rows);
    void setSegmentName(int segment, const QString& name);
    void setCurrentSegment(int segment);
    int currentSegment() const;
    void clear() { setSegments({}, {}); }

    int rowCount() const;

signals:
    void segmentChosen(int segment);

private:
    void fill();

    QComboBox* segmentBox_;
    QTableWidget* table_;
    QLabel* caption_;
    std::vector<std::vector<Row>> rows_;
};

} // namespace segmenta::ui
