#pragma once

#include <QWidget>

namespace Jiaokan::App {

// A narrow strip beside a comparison showing where every difference lies in the whole
// passage, and which part of it the panes show. Clicking goes there.
class OverviewRuler final : public QWidget
{
    Q_OBJECT
public:
    struct Mark {
        double start = 0;   // share of the passage's height, 0..1
        double end = 0;
        QColor colour;
        QColor annotation;  // the review status's colour, when annotated
    };

    explicit OverviewRuler(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {16, 100}; }

    void setMarks(QList<Mark> marks);
    const QList<Mark> &marks() const { return m_marks; }
    // The share of the passage the panes show.
    void setVisibleRange(double start, double end);
    void setCurrent(int mark);

signals:
    // A click: the share of the passage's height it points at, and the mark there, if any.
    void clicked(double position, int mark);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int markAt(int y) const;

    QList<Mark> m_marks;
    double m_visibleStart = 0;
    double m_visibleEnd = 1;
    int m_current = -1;
};

} // namespace Jiaokan::App
