#pragma once

#include <QWidget>

#include <functional>

namespace Jiaokan::App {

// The strip between the two panes of a comparison: each difference visible on either
// side is joined to its counterpart by a band in the colour of its mark, as in Meld,
// so the eye goes from one printing to the other without searching.
class DifferenceGutter final : public QWidget
{
    Q_OBJECT
public:
    struct Band {
        int topA = 0, bottomA = 0;   // in the gutter's coordinates, from pane A
        int topB = 0, bottomB = 0;   // and from pane B
        QColor colour;
        bool current = false;
    };
    // Called at each paint: the bands to draw, in the gutter's coordinates.
    using BandSource = std::function<QList<Band>()>;

    explicit DifferenceGutter(BandSource source, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {36, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BandSource m_source;
};

} // namespace Jiaokan::App
