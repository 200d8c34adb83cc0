// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QStringList>
#include <QWidget>
#include <vector>

class QBoxPlotSeries;
class QComboBox;
class QLabel;

namespace segmenta::ui {

class ChartView;

// Box plots of one chosen numeric feature, one box per segment plus everyone,
// in the column's own units.
class BoxPlotChart : public QWidget {
    Q_OBJECT
public:
    struct Box {
        bool valid = false;   // false when the segment has no values for this feature
        double lowerWhisker = 0, q1 = 0, median = 0, q3 = 0, upperWhisker = 0;
    };
    struct Feature {
        QString name;
        std::vector<Box> perSegment;   // one per segment
        Box everyone;
    };

    explicit BoxPlotChart(QWidget* parent = nullptr);

    void setFeatures(const QStringList& segmentNames, std::vector<Feature> features);
    void setSegmentName(int segment, const QString& name);
    void setHighlighted(int segment);
    void setCurrentFeature(int index);
    void clear() { setFeatures({}, {}); }

    int featureCount() const { return int(features_.size()); }
    int boxCount() const;
    ChartView* view() const { return view_; }
    QString keyText() const;

signals:
    void segmentClicked(int segment);

private:
    void rebuild();

    QComboBox* featureBox_;
    QLabel* caption_;
    QLabel* key_;   // which number is which segment: the axis has room only for numbers
    ChartView* view_;
    QStringList names_;
    std::vector<Feature> features_;
    QBoxPlotSeries* series_ = nullptr;
    int highlighted_ = -1;
};

} // namespace segmenta::ui
