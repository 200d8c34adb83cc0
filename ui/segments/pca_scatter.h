// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QWidget>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QScatterSeries;
class QValueAxis;

namespace segmenta::ui {

class ChartView;
class MapView;
struct MapLayer;

// Rows drawn on a flat map (the two main directions of a PCA of the scaled
// features), coloured by segment, with each segment's centre as a star. Every
// row is drawn as a density shading and a stratified sample of rows as dots on
// top, both painted into one image behind the chart: Qt Charts' scatter series
// need one graphics item per point and take ~0.3 s for a few thousand. The
// caption says how many rows are dots. Hover shows the key values of the row
// under the mouse; drag zooms, Shift+drag pans, double-click or Home resets.
class PcaScatter : public QWidget {
    Q_OBJECT
public:
    struct Data {
        std::vector<QPointF> points;         // sampled rows, projected (drawn as dots)
        std::vector<std::int32_t> segment;   // per point
        std::vector<std::uint32_t> row;      // per point: table row
        std::vector<QPointF> centroids;      // per segment, projected
        QStringList names;                   // per segment
        std::size_t totalRows = 0;           // rows that were segmented
        double explained[2] = {0, 0};        // share of the spread each axis shows
        int featureCount = 0;
        // Every row, projected, for the density shading (indexed by table row;
        // empty when all rows are dots). Floats halve the memory at a million rows.
        std::vector<float> allX, allY;
        std::vector<std::int32_t> allSegment;   // -1 = not segmented
    };
    using RowText = std::function<QString(std::uint32_t row)>;

    explicit PcaScatter(QWidget* parent = nullptr);
    ~PcaScatter() override;

    void setData(Data data, RowText rowText);
    void setSegmentName(int segment, const QString& name);
    void setHighlighted(int segment);
    void clear();

    // For tests: points drawn as dots, in all and per segment.
    int shownPointCount() const;
    int shownPointCount(int segment) const;
    QString captionText() const;
    ChartView* view() const;
    // Where sampled point `index` is drawn (viewport coordinates; (-1, -1) when
    // outside the view), and the tooltip the map shows at a viewport position.
    QPoint pointPosition(int index);
    QString tipAt(const QPoint& pos);

signals:
    void segmentClicked(int segment);

private:
    void rebuild();
    void paintLayer(QPainter& painter, const QRectF& plot);
    const MapLayer& layerFor(const QSize& size);
    // The segment and row under a viewport position; segment -1 when none.
    std::pair<int, std::int64_t> pick(const QPoint& pos);
    QRectF axesRange() const;

    MapView* view_;
    QLabel* caption_;
    Data data_;
    RowText rowText_;
    QValueAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    std::vector<QScatterSeries*> series_;    // per segment: empty, for the legend
    std::vector<QScatterSeries*> centres_;   // per segment
    std::vector<int> dotsPerSegment_;
    int highlighted_ = -1;
    // The last picture drawn and what it was drawn for.
    std::unique_ptr<MapLayer> layer_;
    QRectF layerRange_;
    QSize layerSize_;
    int layerHighlight_ = -2;
};

} // namespace segmenta::ui
