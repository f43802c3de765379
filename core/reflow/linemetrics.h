#pragma once

#include <QList>
#include <QStringView>

namespace Jiaokan::Core {

// Widths of a page's text lines in em and the column width around each line.
// Papers differ in whether CJK punctuation is set at half an em; the model that makes
// the width histogram most peaked wins. Column width is estimated locally, because the
// articles of one page are set in columns of different widths.
class LineMetrics final
{
public:
    explicit LineMetrics(const QList<QStringView> &lines);

    bool compressesPunctuation() const { return m_compressed; }
    double width(qsizetype i) const { return m_width.at(i); }
    // The local column width, or 0 where the lines are not wrapped at a column at all
    // (one paragraph a line, as some extractors write).
    double column(qsizetype i) const { return m_column.at(i); }
    bool isWrapped(qsizetype i) const { return m_column.at(i) > 0; }
    // How much narrower than its column the line is; large for unwrapped lines.
    double shortfall(qsizetype i) const;

    static constexpr int Window = 15;   // lines each side that vote on the column width

private:
    bool m_compressed = false;
    QList<double> m_width;
    QList<double> m_column;
};

} // namespace Jiaokan::Core
