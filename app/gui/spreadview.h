#pragma once

#include "collate/collation.h"

#include <QWidget>

namespace Jiaokan::App {

class PageLibraryModel;

// A story's spread: each printing a dot, by date across and paper down when the pages
// say so (else in the order opened), coloured by the reading it prints at the variant
// location in view, with a key of the readings and how many print each. Clicking a
// dot asks for that printing side by side with the base.
class SpreadView final : public QWidget
{
    Q_OBJECT
public:
    struct Printing {
        QString paper;
        QString date;   // yyyy-MM-dd, or empty
    };

    explicit SpreadView(QWidget *parent = nullptr);
    // Each witness's paper and date, as its page gives them.
    static QList<Printing> printingsOf(const Core::Collation &collation, const PageLibraryModel &library);

    // printings: per witness of collation, in its order.
    void show(const Core::Collation &collation, const QList<Printing> &printings);
    void clear();
    void setLocation(int location);
    // The witness whose dot covers point, or -1.
    int witnessAt(const QPoint &point) const;
    // Where witness's dot is drawn (for tests and tooltips).
    QRect dotOf(int witness) const;
    // Which of the location's readings each witness prints (-1: it lacks the place).
    const QList<int> &readingOfWitness() const { return m_readingOf; }
    QSize sizeHint() const override;

signals:
    void printingChosen(int witness);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layOut();
    QColor colourOf(int reading) const;
    QString keyText(int reading) const;

    Core::Collation m_collation;
    QList<Printing> m_printings;
    int m_location = -1;
    QList<int> m_readingOf;   // per witness
    QList<QRect> m_dots;      // per witness
    QStringList m_dates;      // across, when the pages have dates
    QStringList m_papers;     // down, when they name their papers
    int m_keyHeight = 0;
    int m_labelWidth = 0;
};

} // namespace Jiaokan::App
