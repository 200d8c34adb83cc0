// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QPointF>
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <vector>

class QLabel;
class QScatterSeries;

namespace segmenta::ui {

class ChartView;

// Rows drawn on a flat map (the two main directions of a PCA of the scaled
// features), coloured by segment, with each segment's centre as a star. Qt
// Charts slows down sharply beyond a few thousand points, so the caller hands
// over a stratified sample and the total; the caption says how many are shown.
// Hover shows a row's key values; drag zooms, Shift+drag pans, double-click resets.
class PcaScatter : public QWidget {
    Q_OBJECT
public:
    struct Data {
        std::vector<QPointF> points;         // sampled rows, projected
        std::vector<std::int32_t> segment;   // per point
        std::vector<std::uint32_t> row;      // per point: table row
        std::vector<QPointF> centroids;      // per segment, projected
        QStringList names;                   // per segment
        std::size_t totalRows = 0;           // rows that were segmented
        double explained[2] = {0, 0};        // share of the spread each axis shows
        int featureCount = 0;
    };
    using RowText = std::function<QString(std::uint32_t row)>;

    explicit PcaScatter(QWidget* parent = nullptr);

    void setData(Data data, RowText rowText);
    void setSegmentName(int segment, const QString& name);
    void setHighlighted(int segment);
    void clear();

    // For tests: points drawn (all series except the centres) and per segment.
    int shownPointCount() const;
    int shownPointCount(int segment) const;
    QString captionText() const;
    ChartView* view() const { return view_; }

signals:
    void segmentClicked(int segment);

private:
    void rebuild();
    void showRowTip(int segment, const QPointF& point, bool state);

    ChartView* view_;
    QLabel* caption_;
    Data data_;
    RowText rowText_;
    std::vector<QScatterSeries*> series_;    // per segment
    std::vector<QScatterSeries*> centres_;   // per segment
    std::vector<std::vector<std::uint32_t>> seriesRows_;   // per segment: table row of each point
    int highlighted_ = -1;
};

} // namespace segmenta::ui
