#pragma once

#include <QTextDocument>
#include <QWidget>

namespace Jiaokan::App {

// The key to the difference marks, drawn with the marks' own formats (DifferenceStyle),
// so that it shows exactly what the text shows: a wavy line where the text has one.
class DifferenceLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit DifferenceLegend(QWidget *parent = nullptr);
    // Sets the legend's words again (after a change of language).
    void retranslate();
    // The legend as drawn: each kind's name in the kind's mark, then the ‸.
    const QTextDocument &document() const { return m_document; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTextDocument m_document;
};

} // namespace Jiaokan::App
