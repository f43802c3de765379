#include "reflow/reflower.h"

#include "reflow/lineclassifier.h"
#include "reflow/linemetrics.h"
#include "text/charclass.h"
#include "text/wordbreak.h"

#include <algorithm>
#include <optional>

namespace Jiaokan::Core {

namespace {

using CharClass::firstCodePoint;
using CharClass::lastCodePoint;

enum class Role { Body, Heading, Credit, Caption, Furniture };

struct TextLine {
    SourceLine number;
    QStringView full;        // the line without its leading and trailing white space
    qsizetype fullStart = 0; // column of full in the source line
    qsizetype bodyStart = 0; // body: full less a continuation marker at either end
    QStringView body;
    LineClassifier::Span marker;   // in source columns; invalid when there is none
    bool markerLeads = false;
    bool blankBefore = false;
    // Opens with two em or more of white space (　　, as web and feed text set a
    // paragraph's first line): a paragraph starts here, whatever the widths say.
    bool indented = false;
    Role role = Role::Body;
    int flow = 0;
};

bool opensIndented(QStringView line)
{
    double em = 0;
    for (QChar c : line) {
        if (c == QChar(0x3000))
            em += 1;
        else if (c == u'\t')
            em += 2;
        else if (c == u' ' || c == QChar(0x00A0))
            em += 0.5;
        else
            break;
    }
    return em >= 2;
}

BlockKind kindOf(Role role)
{
    switch (role) {
    case Role::Body: return BlockKind::Paragraph;
    case Role::Heading: return BlockKind::Heading;
    case Role::Credit: return BlockKind::Credit;
    case Role::Caption: return BlockKind::Caption;
    case Role::Furniture: return BlockKind::Furniture;
    }
    return BlockKind::Paragraph;
}

bool endsClosed(QStringView text)
{
    const char32_t last = lastCodePoint(text);
    return CharClass::endsSentence(text) || last == U'：' || last == U':';
}

// A quotation's close: ” or 」 (a 。 or ！ before it).
bool endsWithClosingQuote(QStringView text)
{
    const char32_t last = lastCodePoint(text);
    return last == U'”' || last == U'」' || last == U'』' || last == U'"';
}

class PageReflow
{
public:
    explicit PageReflow(const PageText &page) : m_page(page) {}

    QList<Block> run()
    {
        collectLines();
        if (m_lines.isEmpty())
            return {};
        QList<QStringView> fulls;
        fulls.reserve(m_lines.size());
        for (const TextLine &l : m_lines)
            fulls.append(l.full);
        m_metrics.emplace(fulls);
        classifyLines();
        assignFlows();
        classifyFlows();
        return buildBlocks();
    }

private:
    void collectLines()
    {
        bool blank = true;
        for (int i = 0; i < m_page.lineCount(); ++i) {
            const QString &src = m_page.lines.at(i);
            const QStringView trimmed = QStringView(src).trimmed();
            if (trimmed.isEmpty()) {
                blank = true;
                continue;
            }
            TextLine l;
            l.number = SourceLine{i + 1};
            l.full = trimmed;
            l.fullStart = trimmed.data() - src.constData();
            l.body = trimmed;
            l.bodyStart = l.fullStart;
            l.blankBefore = blank;
            l.indented = opensIndented(src);
            blank = false;
            const auto marker = LineClassifier::continuationMarker(src);
            if (marker.isValid()) {
                l.marker = marker;
                const QStringView before = QStringView(src).first(marker.start).trimmed();
                const QStringView after = QStringView(src).sliced(marker.start + marker.length).trimmed();
                l.markerLeads = before.isEmpty();
                l.body = l.markerLeads ? after : before;
                l.bodyStart = l.body.isEmpty() ? marker.start : l.body.data() - src.constData();
                if (l.body.isEmpty())
                    l.role = Role::Furniture;
            }
            m_lines.append(l);
        }
    }

    bool closedBefore(qsizetype i) const
    {
        if (i == 0)
            return true;
        const TextLine &prev = m_lines.at(i - 1);
        return prev.role != Role::Body || endsClosed(prev.body);
    }

    void classifyLines()
    {
        const qsizetype n = m_lines.size();
        for (qsizetype i = 0; i < n; ++i) {
            TextLine &l = m_lines[i];
            if (l.role != Role::Body)
                continue;
            if (LineClassifier::isFurnitureLine(l.full) || LineClassifier::isSloganRow(l.full))
                l.role = Role::Furniture;
            else if (LineClassifier::isCreditLine(l.body) && closedBefore(i))
                l.role = Role::Credit;
        }
        // A section name alone at the head or foot of the page is a running head.
        for (qsizetype i : {qsizetype(0), n - 1}) {
            TextLine &l = m_lines[i];
            const bool alone = (i == 0 || l.blankBefore) && (i + 1 >= n || m_lines.at(i + 1).blankBefore);
            if (alone && l.role == Role::Body && !l.marker.isValid() && LineClassifier::isSectionName(l.full))
                l.role = Role::Furniture;
        }
    }

    // A flow is a run of lines the extractor wrote without a blank line between them;
    // a dateline, furniture or a credit line also starts a new one.
    void assignFlows()
    {
        int flow = -1;
        Role prevRole = Role::Body;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            TextLine &l = m_lines[i];
            const bool starts = i == 0 || l.blankBefore || l.indented || l.role != prevRole || leavesColumn(i - 1, i)
                || (l.role == Role::Body && (LineClassifier::startsWithDateline(l.body) || (l.marker.isValid() && l.markerLeads)))
                || (m_flowStart.last() == i - 1 && opensBelowTitleLine(i));
            if (starts) {
                ++flow;
                m_flowStart.append(i);
            }
            l.flow = flow;
            prevRole = l.role;
        }
        m_flowStart.append(m_lines.size());
    }

    // A sub-head or headline the extractor glued to the paragraph below it, with no
    // blank line: the line above is a title's words (no sentence mark, no comma), and
    // this one is a paragraph's indented first line: short of its column, yet not the
    // end of a sentence, with running prose from it on.
    bool opensBelowTitleLine(qsizetype i) const
    {
        const TextLine &title = m_lines.at(i - 1);
        const TextLine &l = m_lines.at(i);
        if (title.role != Role::Body || l.role != Role::Body || title.marker.isValid() || l.marker.isValid()
            || !m_metrics->isWrapped(i) || m_metrics->shortfall(i) < Reflower::ShortLine || endsClosed(l.body)
            || CharClass::mayNotStartLine(firstCodePoint(l.body)) || CharClass::mayNotEndLine(lastCodePoint(title.body)))
            return false;
        if (title.body.size() < 4 || LineClassifier::hasSentenceMarks(title.body) || hasPauses(title.body)
            || LineClassifier::startsWithDateline(title.body))
            return false;
        // Prose follows: sentence marks or pauses within the next few lines of the run.
        QString prose;
        for (qsizetype j = i; j < m_lines.size() && (j == i || !m_lines.at(j).blankBefore) && prose.size() < 120; ++j)
            prose += m_lines.at(j).body;
        return LineClassifier::hasSentenceMarks(prose) || hasPauses(prose);
    }

    static bool hasPauses(QStringView text)
    {
        return text.contains(u'，') || text.contains(u',') || text.contains(u'、');
    }

    // A line far wider than the column of the line above it is not set in that column:
    // a headline in a larger font, glued on by the extractor without a blank line.
    bool leavesColumn(qsizetype a, qsizetype b) const
    {
        constexpr double Margin = 2.0;
        const LineMetrics &m = *m_metrics;
        return (m.isWrapped(a) && m.width(b) > m.column(a) + Margin)
            || (m.isWrapped(b) && m.width(a) > m.column(b) + Margin);
    }

    QString flowText(int f) const
    {
        QString t;
        for (qsizetype i = m_flowStart[f]; i < m_flowStart[f + 1]; ++i)
            t += m_lines.at(i).body;
        return t;
    }

    bool allRole(int f, Role role) const
    {
        for (qsizetype i = m_flowStart[f]; i < m_flowStart[f + 1]; ++i)
            if (m_lines.at(i).role != role)
                return false;
        return true;
    }

    void setRole(int f, Role role)
    {
        for (qsizetype i = m_flowStart[f]; i < m_flowStart[f + 1]; ++i)
            m_lines[i].role = role;
    }

    // Does the line after a flow open something new (a paragraph, a headline, the
    // end of the page), rather than continue the flow's sentence?
    bool opensAfter(qsizetype next) const
    {
        if (next >= m_lines.size())
            return true;
        const TextLine &l = m_lines.at(next);
        if (l.role != Role::Body || (l.marker.isValid() && l.markerLeads) || l.indented)
            return true;
        if (CharClass::mayNotStartLine(firstCodePoint(l.body)))
            return false;
        if (LineClassifier::startsWithDateline(l.body))
            return true;
        return m_metrics->shortfall(next) >= Reflower::ShortLine;
    }

    void classifyFlows()
    {
        const int flows = int(m_flowStart.size()) - 1;
        // Slogan blocks: the rows that give them away, and the unpunctuated lines around them.
        for (int f = 0; f < flows; ++f) {
            if (!allRole(f, Role::Furniture))
                continue;
            bool slogan = false;
            for (qsizetype i = m_flowStart[f]; i < m_flowStart[f + 1]; ++i)
                slogan |= LineClassifier::isSloganRow(m_lines.at(i).full);
            if (!slogan)
                continue;
            for (int dir : {-1, +1}) {
                for (int g = f + dir; g >= 0 && g < flows; g += dir) {
                    const qsizetype lines = m_flowStart[g + 1] - m_flowStart[g];
                    const QString text = flowText(g);
                    if (allRole(g, Role::Furniture))
                        continue;
                    if (!allRole(g, Role::Body) || lines > 2 || text.size() > 30
                        || LineClassifier::hasSentenceMarks(text) || text.contains(u'，') || text.contains(u','))
                        break;
                    setRole(g, Role::Furniture);
                }
            }
        }
        // Headlines and captions. A flow can only be one where the text before it has
        // closed (or is itself headline-like: kicker, title and subtitle stack up), and
        // where what follows opens something new.
        QList<bool> headlineLike(flows, false);
        QList<bool> closedAbove(flows, false);
        for (int f = 0; f < flows; ++f) {
            headlineLike[f] = allRole(f, Role::Body) && looksLikeHeadline(f);
            const qsizetype first = m_flowStart[f];
            closedAbove[f] = closedBefore(first)
                || (f > 0 && headlineLike[f - 1] && closedAbove[f - 1] && !m_lines.at(first).marker.isValid());
        }
        // A headline heads running text: on a page with no sentence marks at all (a poem
        // set line by line, unpunctuated classical prose) no line is one.
        bool runningText = false;
        for (qsizetype i = 0; i < m_lines.size() && !runningText; ++i)
            runningText = m_lines.at(i).role == Role::Body && LineClassifier::hasSentenceMarks(m_lines.at(i).body);
        for (int f = flows - 1; f >= 0; --f) {
            if (!allRole(f, Role::Body) || !closedAbove[f])
                continue;
            const qsizetype first = m_flowStart[f];
            const qsizetype end = m_flowStart[f + 1];
            const QString text = flowText(f);
            const TextLine &head = m_lines.at(first);
            if (head.marker.isValid())
                continue;
            const bool shortFlow = end - first <= 6;
            if (shortFlow && (LineClassifier::startsCaption(head.body)
                              || (LineClassifier::endsCaption(text) && !CharClass::endsSentence(text)))) {
                setRole(f, Role::Caption);
                continue;
            }
            if (runningText && headlineLike[f] && (opensAfter(end) || standsApart(f))
                && !(end < m_lines.size() && m_lines.at(end).role == Role::Body
                     && WordBreak::joinIsInsideWord(text, m_lines.at(end).body)))
                setRole(f, Role::Heading);
        }
    }

    // A line alone in its flow, far shorter than its column and not closing a sentence,
    // is no part of a paragraph (whose lines fill the column but for the first one's
    // indent and the last one's end), whatever the widths say of the line after it:
    // justified lines of half-width marks vary too much to tell an indent there.
    bool standsApart(int f) const
    {
        constexpr double FarShort = 4.0;
        const qsizetype first = m_flowStart[f];
        return m_flowStart[f + 1] == first + 1 && m_metrics->isWrapped(first) && m_metrics->shortfall(first) >= FarShort
            && !endsClosed(m_lines.at(first).body);
    }

    // The words of a headline: short, no sentence marks, not a dateline lead.
    bool looksLikeHeadline(int f) const
    {
        const qsizetype first = m_flowStart[f];
        const qsizetype end = m_flowStart[f + 1];
        const QString text = flowText(f);
        if (end - first > 4 || text.size() > 80 || LineClassifier::hasSentenceMarks(text))
            return false;
        const char32_t last = lastCodePoint(text);
        return last != U'，' && last != U'、' && last != U',' && !m_lines.at(first).marker.isValid()
            && !LineClassifier::startsWithDateline(m_lines.at(first).body) && !fillsColumn(f);
    }

    // Lines of two or more that each fill the body column (the first one but for a
    // paragraph's indent) are set in the body's type: a headline's larger type puts
    // fewer characters on a line.
    bool fillsColumn(int f) const
    {
        const qsizetype first = m_flowStart[f], end = m_flowStart[f + 1];
        if (end - first < 2)
            return false;
        for (qsizetype i = first; i < end; ++i) {
            const double most = i == first ? Reflower::ShortLine + IndentSlack : 0.5;
            if (!m_metrics->isWrapped(i) || m_metrics->shortfall(i) > most || m_metrics->shortfall(i) < -0.5)
                return false;
        }
        return true;
    }

    // Between two body lines: does a new paragraph start? aOpens: a is the first line
    // of its paragraph.
    bool breaksBetween(qsizetype a, qsizetype b, bool aOpens) const
    {
        const TextLine &la = m_lines.at(a);
        const TextLine &lb = m_lines.at(b);
        if (lb.marker.isValid() && lb.markerLeads)
            return true;
        if (la.marker.isValid() && !la.markerLeads)
            return true;
        if (lb.indented)
            return true;
        if (CharClass::mayNotStartLine(firstCodePoint(lb.body)) || CharClass::mayNotEndLine(lastCodePoint(la.body)))
            return false;
        if (LineClassifier::startsWithDateline(lb.body))
            return true;
        if (!endsClosed(la.body))
            return false;
        // 郭嘉昆说。 after a quotation closes it: the same paragraph, however short.
        if (endsWithClosingQuote(la.body) && LineClassifier::isSpeakerTag(lb.body))
            return false;
        // A paragraph's first line is short by its indent: that it ends a sentence there
        // too says nothing of where the paragraph ends.
        const double shortA = m_metrics->shortfall(a);
        const bool indentOnly = aOpens && m_metrics->isWrapped(a) && shortA <= Reflower::ShortLine + IndentSlack;
        return (shortA >= Reflower::ShortLine && !indentOnly) || m_metrics->shortfall(b) >= Reflower::ShortLine;
    }
    // How far over ShortLine a first line may fall short and still be short by its
    // two-em indent alone (half-width digits and marks make it a little more).
    static constexpr double IndentSlack = 1.0;

    void append(Block &block, const TextLine &l, QStringView piece, qsizetype startColumn)
    {
        if (!block.text.isEmpty() && !piece.isEmpty()
            && Reflower::needsSpaceBetween(lastCodePoint(block.text), firstCodePoint(piece))) {
            const SourcePos after = block.positions.isEmpty() ? SourcePos{l.number, 0}
                                                              : SourcePos{block.positions.last().line,
                                                                          block.positions.last().column + 1};
            block.text += u' ';
            block.positions.append(after, 1);
        }
        block.text += piece;
        block.positions.append(SourcePos{l.number, int(startColumn)}, piece.size());
        block.lastLine = l.number;
    }

    QList<Block> buildBlocks()
    {
        QList<Block> blocks;
        std::optional<Block> current;
        qsizetype currentLast = -1;   // index of the last line in current
        auto flush = [&] {
            if (current && !current->text.isEmpty())
                blocks.append(std::move(*current));
            current.reset();
        };
        auto markerBlock = [&](const TextLine &l) {
            Block m;
            m.kind = BlockKind::Furniture;
            m.firstLine = m.lastLine = l.number;
            const QString &src = m_page.line(l.number);
            append(m, l, QStringView(src).sliced(l.marker.start, l.marker.length), l.marker.start);
            blocks.append(m);
        };
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const TextLine &l = m_lines.at(i);
            bool startNew = !current;
            if (current) {
                const TextLine &prev = m_lines.at(currentLast);
                if (l.role != prev.role || kindOf(l.role) != current->kind)
                    startNew = true;
                else if (l.role == Role::Body)
                    startNew = breaksBetween(currentLast, i, current->firstLine == prev.number);
                else if (l.role == Role::Furniture)
                    startNew = true;   // each piece of furniture stands alone
                else
                    startNew = l.flow != prev.flow;
            }
            if (l.marker.isValid() && l.markerLeads) {
                flush();
                markerBlock(l);
                startNew = true;
            }
            if (l.body.isEmpty())
                continue;
            if (startNew) {
                flush();
                current = Block{};
                current->kind = kindOf(l.role);
                current->firstLine = l.number;
            }
            append(*current, l, l.body, l.bodyStart);
            currentLast = i;
            if (l.marker.isValid() && !l.markerLeads) {
                flush();
                markerBlock(l);
            }
        }
        flush();
        return blocks;
    }

    const PageText &m_page;
    QList<TextLine> m_lines;
    QList<qsizetype> m_flowStart;
    std::optional<LineMetrics> m_metrics;
};

} // namespace

QList<Block> Reflower::reflow(const PageText &page)
{
    return PageReflow(page).run();
}

bool Reflower::needsSpaceBetween(char32_t before, char32_t after)
{
    return CharClass::isLatinLetter(before) && CharClass::isLatinLetter(after);
}

} // namespace Jiaokan::Core
