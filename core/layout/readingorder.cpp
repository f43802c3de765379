#include "layout/readingorder.h"

#include "reflow/lineclassifier.h"
#include "text/charclass.h"

#include <algorithm>
#include <optional>

namespace Jiaokan::Core {

namespace {

// The whole-height gutter narrower than this is the space inside a line.
constexpr double ColumnGutterEm = 0.5;
// The whole-width gap lower than this is no gap (lines of a column are further apart).
constexpr double RowGapEm = 0.1;
// The head of a page ends this far down it at most, its foot begins this far down.
constexpr double HeadShare = 0.16;
constexpr double FootShare = 0.92;

class Cutter
{
public:
    Cutter(const QList<TextLine> &lines, double bodyEm) : m_lines(lines), m_bodyEm(bodyEm)
    {
        m_boxes.reserve(lines.size());
        for (const TextLine &l : lines)
            m_boxes.append(l.tightBox());
    }

    using Gap = std::pair<double, double>;   // from, to

    // The gutters that run through the whole height of part.
    QList<Gap> verticalGaps(const QList<int> &part) const
    {
        return gaps(part, [&](int i) { return std::pair(m_boxes[i].left(), m_boxes[i].right()); },
                    ColumnGutterEm * m_bodyEm);
    }
    QList<Gap> horizontalGaps(const QList<int> &part) const
    {
        return gaps(part, [&](int i) { return std::pair(m_boxes[i].top(), m_boxes[i].bottom()); },
                    RowGapEm * m_bodyEm);
    }

    // A gap across that is only the leading between two lines of one column: a line
    // just above and one just below it of one size, one over the other, a line apart.
    bool isLeading(const QList<int> &part, Gap gap) const
    {
        QList<int> above, below;
        for (int i : part) {
            if (m_boxes[i].bottom() <= gap.first && m_boxes[i].bottom() > gap.first - 0.5 * m_bodyEm)
                above.append(i);
            else if (m_boxes[i].top() >= gap.second && m_boxes[i].top() < gap.second + 0.5 * m_bodyEm)
                below.append(i);
        }
        for (int a : above) {
            for (int b : below) {
                const TextLine &x = m_lines[a], &y = m_lines[b];
                const double overlap = std::min(m_boxes[a].right(), m_boxes[b].right())
                                     - std::max(m_boxes[a].left(), m_boxes[b].left());
                const double narrower = std::min(m_boxes[a].width(), m_boxes[b].width());
                if (std::max(x.em, y.em) <= 1.12 * std::min(x.em, y.em) && overlap >= 0.5 * narrower
                    && y.centerY - x.centerY <= 1.8 * std::max(x.em, y.em))
                    return true;
            }
        }
        return false;
    }

    // One line above another, none beside another: a single column.
    bool isStack(QList<int> part) const
    {
        std::sort(part.begin(), part.end(), [&](int a, int b) { return m_boxes[a].top() < m_boxes[b].top(); });
        double bottom = -1e300;
        for (int i : part) {
            if (m_boxes[i].top() < bottom - 0.05 * m_bodyEm)
                return false;
            bottom = std::max(bottom, m_boxes[i].bottom());
        }
        return true;
    }

    bool isSimple(const QList<int> &part) const
    {
        return part.size() <= 1 || isStack(part) || !verticalGaps(part).isEmpty();
    }

    // The topmost gap across part below which each of the columns that cuts make
    // opens with a story's headline (or holds nothing), in two columns or more.
    std::optional<double> storyBoundaryAcross(const QList<int> &part, const QList<Gap> &cuts) const
    {
        QList<Gap> across = horizontalGaps(part);
        across.removeIf([&](Gap g) { return isLeading(part, g); });
        const QList<double> columnCuts = middles(cuts);
        for (const Gap &g : std::as_const(across)) {
            QList<QList<int>> below(columnCuts.size() + 1);
            for (int i : part)
                if (m_boxes[i].top() >= g.second)
                    below[std::upper_bound(columnCuts.cbegin(), columnCuts.cend(), m_boxes[i].center().x())
                          - columnCuts.cbegin()].append(i);
            int opened = 0;
            bool all = true;
            for (const QList<int> &column : std::as_const(below)) {
                if (column.isEmpty())
                    continue;
                const bool headline = startsWithHeadline(column);
                opened += headline;
                all = all && headline;
            }
            if (all && opened >= 2)
                return (g.first + g.second) / 2;
        }
        return std::nullopt;
    }

    bool startsWithHeadline(const QList<int> &part) const
    {
        double top = 1e300;
        for (int i : part)
            top = std::min(top, m_boxes[i].top());
        for (int i : part)
            if (m_boxes[i].top() < top + 0.5 * m_bodyEm && m_lines[i].em >= 1.13 * m_bodyEm)
                return true;
        return false;
    }

    void order(QList<int> part, double left, double right, bool margin)
    {
        if (part.isEmpty())
            return;
        if (part.size() == 1 || isStack(part)) {
            std::sort(part.begin(), part.end(), [&](int a, int b) { return m_boxes[a].top() < m_boxes[b].top(); });
            for (int i : part)
                m_out.append({i, left, right, margin});
            return;
        }
        if (const QList<Gap> cuts = verticalGaps(part); !cuts.isEmpty()) {
            // A box whose headline and photo are narrower than it has whole-height
            // gutters too; where every column below a gap across opens with a
            // headline, the gap is where stories end, and is cut first.
            if (const auto boundary = storyBoundaryAcross(part, cuts)) {
                QList<int> top, bottom;
                for (int i : part)
                    (m_boxes[i].center().y() < *boundary ? top : bottom).append(i);
                order(top, left, right, margin);
                order(bottom, left, right, margin);
                return;
            }
            orderColumns(part, cuts, margin);
            return;
        }
        QList<Gap> cuts = horizontalGaps(part);
        // Cut between two lines of a column only when there is nothing else to cut.
        if (QList<Gap> real = cuts; real.removeIf([&](Gap g) { return isLeading(part, g); }), !real.isEmpty())
            cuts = std::move(real);
        if (cuts.isEmpty()) {   // overlapping lines: take them row by row
            std::sort(part.begin(), part.end(), [&](int a, int b) {
                return std::pair(m_lines[a].centerY, m_boxes[a].left()) < std::pair(m_lines[b].centerY, m_boxes[b].left());
            });
            for (int i : part)
                m_out.append({i, left, right, margin});
            return;
        }
        // A gap with a story's headline below it is where one story ends and the next
        // begins: worth more than parts that are simple on both sides, which a short
        // last column beside the next story's headline can also give.
        int bestScore = -1;
        QList<int> bestTop, bestBottom;
        for (const Gap &gap : std::as_const(cuts)) {
            const double y = (gap.first + gap.second) / 2;
            QList<int> top, bottom;
            for (int i : part)
                (m_boxes[i].center().y() < y ? top : bottom).append(i);
            const int score = 2 * startsWithHeadline(bottom) + isSimple(top) + isSimple(bottom);
            if (score > bestScore) {
                bestScore = score;
                bestTop = std::move(top);
                bestBottom = std::move(bottom);
                if (score == 4)
                    break;
            }
        }
        order(bestTop, left, right, margin);
        order(bestBottom, left, right, margin);
    }

    // The page: its head and foot first taken off by the gaps across the whole page.
    void orderPage(const QList<int> &all, QSizeF pageSize)
    {
        // Bands are split where the page has a gap across it that is not leading.
        QList<Gap> gaps = horizontalGaps(all);
        gaps.removeIf([&](Gap g) { return isLeading(all, g); });
        const QList<double> cuts = middles(gaps);
        QList<QList<int>> bands(cuts.size() + 1);
        for (int i : all) {
            const double cy = m_boxes[i].center().y();
            bands[std::upper_bound(cuts.cbegin(), cuts.cend(), cy) - cuts.cbegin()].append(i);
        }
        auto bandBox = [&](const QList<int> &band) {
            QRectF r;
            for (int i : band)
                r = r.isNull() ? m_boxes[i] : r.united(m_boxes[i]);
            return r;
        };
        // The head runs down to the last band near the top whose items mostly read as a
        // head's do (the paper's name above its date line is head too); a page with no
        // such band has no head, and its first headline is a story's.
        auto headLike = [&](const QList<int> &band) {
            int like = 0;
            for (int i : band)
                like += looksLikeHead(m_lines[i].text);
            return 2 * like > band.size();
        };
        qsizetype head = 0, foot = bands.size();
        for (qsizetype b = 0; b < bands.size(); ++b) {
            if (bands[b].isEmpty())
                continue;
            if (bandBox(bands[b]).bottom() > HeadShare * pageSize.height())
                break;
            if (headLike(bands[b]))
                head = b + 1;
        }
        while (foot > head && (bands[foot - 1].isEmpty()
                               || bandBox(bands[foot - 1]).top() >= FootShare * pageSize.height()))
            --foot;
        QList<int> body;
        for (qsizetype b = head; b < foot; ++b)
            body += bands[b];
        // Below the paper's name, a long line in headline type that reads as no head
        // does is a story's headline set level with the head's last row.
        for (qsizetype b = 1; b < head; ++b) {
            for (qsizetype k = bands[b].size() - 1; k >= 0; --k) {
                const TextLine &line = m_lines[bands[b][k]];
                if (line.em >= 1.13 * m_bodyEm && line.text.size() >= 6 && !looksLikeHead(line.text)) {
                    body.append(bands[b][k]);
                    bands[b].removeAt(k);
                }
            }
        }
        for (qsizetype b = 0; b < head; ++b)
            orderMargin(bands[b]);
        const QRectF box = bandBox(body);
        order(body, box.left(), box.right(), false);
        for (qsizetype b = foot; b < bands.size(); ++b)
            orderMargin(bands[b]);
    }

    QList<ReadingOrder::Placed> result() && { return std::move(m_out); }

private:
    static QList<double> middles(const QList<Gap> &gaps)
    {
        QList<double> m;
        for (const Gap &g : gaps)
            m.append((g.first + g.second) / 2);
        return m;
    }

    // What a page's head is made of: the paper's name, dates, the page and issue
    // numbers, the section, the editors; not a story's headline.
    static bool looksLikeHead(const QString &text)
    {
        if (LineClassifier::isFurnitureLine(text) || LineClassifier::isSectionName(text))
            return true;
        int latin = 0, han = 0;
        for (QChar c : text) {
            if (CharClass::isDigit(c.unicode()))
                return true;
            latin += CharClass::isLatinLetter(c.unicode());
            han += CharClass::isHan(c.unicode());
        }
        return latin > han;
    }

    static QList<Gap> gapsOf(QList<std::pair<double, double>> spans, double minGap)
    {
        std::sort(spans.begin(), spans.end());
        QList<Gap> cuts;
        double end = spans.first().second;
        for (qsizetype i = 1; i < spans.size(); ++i) {
            if (spans[i].first - end >= minGap)
                cuts.append(Gap(end, spans[i].first));
            end = std::max(end, spans[i].second);
        }
        return cuts;
    }

    template<typename Extent>
    QList<Gap> gaps(const QList<int> &part, Extent extent, double minGap) const
    {
        if (part.size() < 2)
            return {};
        QList<std::pair<double, double>> spans;
        spans.reserve(part.size());
        for (int i : part)
            spans.append(extent(i));
        return gapsOf(std::move(spans), minGap);
    }

    void orderColumns(const QList<int> &part, const QList<Gap> &gaps, bool margin)
    {
        const QList<double> cuts = middles(gaps);
        QList<QList<int>> columns(cuts.size() + 1);
        for (int i : part)
            columns[std::upper_bound(cuts.cbegin(), cuts.cend(), m_boxes[i].center().x()) - cuts.cbegin()].append(i);
        // A column of a few short lines is as wide as its neighbours.
        QList<double> widths;
        for (const QList<int> &c : columns) {
            double l = 1e300, r = -1e300;
            for (int i : c)
                l = std::min(l, m_boxes[i].left()), r = std::max(r, m_boxes[i].right());
            widths.append(r - l);
        }
        QList<double> sorted = widths;
        std::sort(sorted.begin(), sorted.end());
        const double typical = sorted[sorted.size() / 2];
        for (qsizetype c = 0; c < columns.size(); ++c) {
            double l = 1e300;
            for (int i : columns[c])
                l = std::min(l, m_boxes[i].left());
            order(columns[c], l, l + std::max(widths[c], columns[c].size() < 3 ? typical : widths[c]), margin);
        }
    }

    // A head or foot is read row by row, each row left to right; items of different
    // sizes share a row when their centres are within half the larger's size.
    void orderMargin(QList<int> band)
    {
        std::sort(band.begin(), band.end(), [&](int a, int b) { return m_lines[a].centerY < m_lines[b].centerY; });
        for (qsizetype start = 0; start < band.size();) {
            qsizetype end = start + 1;
            while (end < band.size()
                   && m_lines[band[end]].centerY - m_lines[band[start]].centerY
                          < 0.5 * std::max(m_lines[band[end]].em, m_lines[band[start]].em))
                ++end;
            std::sort(band.begin() + start, band.begin() + end,
                      [&](int a, int b) { return m_boxes[a].left() < m_boxes[b].left(); });
            start = end;
        }
        for (int i : band)
            m_out.append({i, m_boxes[i].left(), m_boxes[i].right(), true});
    }

    const QList<TextLine> &m_lines;
    double m_bodyEm;
    QList<QRectF> m_boxes;
    QList<ReadingOrder::Placed> m_out;
};

} // namespace

QList<ReadingOrder::Placed> ReadingOrder::order(const QList<TextLine> &lines, double bodyEm, QSizeF pageSize)
{
    if (lines.isEmpty())
        return {};
    Cutter cutter(lines, bodyEm > 0 ? bodyEm : 10);
    QList<int> all(lines.size());
    for (int i = 0; i < lines.size(); ++i)
        all[i] = i;
    cutter.orderPage(all, pageSize);
    return std::move(cutter).result();
}

} // namespace Jiaokan::Core
