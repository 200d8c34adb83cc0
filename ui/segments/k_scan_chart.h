// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>
#include <vector>

class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace segmenta::ui {

class ChartView;

// The "how many segments?" chart: three quality scores against the number of
// segments k. They live on very different scales (silhouette −1..1,
// Calinski–Harabasz unbounded, Davies–Bouldin lower-is-better), so each is
// rescaled to 0..1 with 1 = its best value in this scan, and the caption says
// so; tooltips give the raw values. The chosen k is marked; a click on the chart
// asks for another k.
class KScanChart : public QWidget {
    Q_OBJECT
public:
    struct Point {
        int k = 0;
        double silhouette = 0, calinskiHarabasz = 0, daviesBouldin = 0;   // NaN = not computed
    };

    explicit KScanChart(QWidget* parent = nullptr);

    // `recommendedK` is what the engine suggested; `chosenK` is what is shown.
    void setScan(const std::vector<Point>& points, int chosenK, int recommendedK, const QString& reason = {});
    void setChosenK(int k);
    void clear();

    int pointCount() const { return int(points_.size()); }
    int chosenK() const { return chosenK_; }
    ChartView* view() const { return view_; }

signals:
    void kRequested(int k);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void showPointTip(const QPointF& point, bool state, int score);
    QString scoreName(int score) const;

    ChartView* view_;
    QLabel* caption_;
    QLabel* reason_;
    std::vector<Point> points_;
    int chosenK_ = 0;
    int recommendedK_ = 0;
    QPoint pressPos_;
};

} // namespace segmenta::ui
