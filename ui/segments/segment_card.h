// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QFrame>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace segmenta::ui {

// One segment at a glance: its colour, name, size, share and one-sentence
// description. A click selects it; a double-click on the name (or F2) renames it.
class SegmentCard : public QFrame {
    Q_OBJECT
public:
    struct Info {
        int id = 0;
        QString name;
        QString description;
        std::int64_t size = 0;
        double share = 0;   // 0..1
    };

    explicit SegmentCard(const Info& info, QWidget* parent = nullptr);

    int segmentId() const { return info_.id; }
    QString name() const { return info_.name; }
    void setName(const QString& name);
    void setSelected(bool selected);
    bool isSelected() const { return selected_; }
    void startRename();

signals:
    void clicked(int id);
    void renameRequested(int id, const QString& name);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finishRename(bool accept);
    void updateStyle();

    Info info_;
    bool selected_ = false;
    QStackedWidget* nameStack_;
    QLabel* nameLabel_;
    QLineEdit* nameEdit_;
    QLabel* sizeLabel_;
    QLabel* descriptionLabel_;
};

} // namespace segmenta::ui
