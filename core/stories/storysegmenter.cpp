#include "stories/storysegmenter.h"

#include "reflow/lineclassifier.h"
#include "text/charclass.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Jiaokan::Core {

namespace {

constexpr double MinHeadlineFit = 0.5;
// Headlines placed apart from their story stay near it: look this many stories either way.
constexpr int HeadlineReach = 8;

using BigramSet = QSet<quint32>;

quint32 bigram(QChar a, QChar b)
{
    return (quint32(a.unicode()) << 16) | b.unicode();
}

bool isHeading(const Block &b) { return b.kind == BlockKind::Heading; }

bool isContinuationMarker(const Block &b)
{
    return b.kind == BlockKind::Furniture && LineClassifier::continuationMarker(b.text).isValid();
}

QString keyText(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!c.isSpace() && !c.isPunct())
            out += c;
    return out;
}

QHash<QStringView, int> hanBigrams(const QList<Block> &blocks, const QList<int> &paragraphs, qsizetype from, qsizetype to)
{
    QHash<QStringView, int> counts;
    for (qsizetype p = from; p < to; ++p) {
        const QString &t = blocks.at(paragraphs.at(p)).text;
        for (qsizetype i = 0; i + 2 <= t.size(); ++i)
            if (CharClass::isHan(t.at(i).unicode()) && CharClass::isHan(t.at(i + 1).unicode()))
                ++counts[QStringView(t).sliced(i, 2)];
    }
    return counts;
}

double cosine(const QHash<QStringView, int> &a, const QHash<QStringView, int> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (auto it = a.begin(); it != a.end(); ++it) {
        na += double(it.value()) * it.value();
        const auto jt = b.find(it.key());
        if (jt != b.end())
            dot += double(it.value()) * jt.value();
    }
    for (int v : b)
        nb += double(v) * v;
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

// Two stories can run together when nothing marks the second one's start (no dateline,
// no credit line, its headline printed elsewhere). Then the first story draws two
// headlines: the one above it, and the stray one that fits its text. Split it where
// each headline fits its own side and the vocabulary changes most (lexical cohesion).
void splitDoubleHeadlined(const QList<Block> &blocks, QList<Story> &stories)
{
    constexpr qsizetype CohesionWindow = 400;   // characters each side of a candidate boundary
    for (qsizetype s = 0; s < stories.size(); ++s) {
        Story &st = stories[s];
        QList<int> leading, stray;
        for (int h : st.headlineBlocks)
            (h >= st.firstBlock && h <= st.lastBlock ? leading : stray).append(h);
        if (leading.isEmpty() || stray.isEmpty())
            continue;
        auto textOf = [&](const QList<int> &hs) {
            QString t;
            for (int h : hs)
                t += blocks.at(h).text;
            return t;
        };
        const QString leadingText = textOf(leading);
        const QString strayText = textOf(stray);
        QList<int> paragraphs;
        for (int i = st.firstBlock; i <= st.lastBlock; ++i)
            if (blocks.at(i).kind == BlockKind::Paragraph)
                paragraphs.append(i);
        auto joined = [&](qsizetype from, qsizetype to) {
            QString t;
            for (qsizetype p = from; p < to; ++p)
                t += blocks.at(paragraphs.at(p)).text;
            return t;
        };
        int bestSplit = -1;
        double bestCohesion = 2;
        for (qsizetype k = 1; k < paragraphs.size(); ++k) {
            if (StorySegmenter::headlineFit(leadingText, joined(0, k)) < MinHeadlineFit
                || StorySegmenter::headlineFit(strayText, joined(k, paragraphs.size())) < MinHeadlineFit)
                continue;
            qsizetype before = k, chars = 0;
            while (before > 0 && chars < CohesionWindow)
                chars += blocks.at(paragraphs.at(--before)).text.size();
            qsizetype after = k;
            chars = 0;
            while (after < paragraphs.size() && chars < CohesionWindow)
                chars += blocks.at(paragraphs.at(after++)).text.size();
            const double c = cosine(hanBigrams(blocks, paragraphs, before, k), hanBigrams(blocks, paragraphs, k, after));
            if (c < bestCohesion) {
                bestCohesion = c;
                bestSplit = paragraphs.at(k);
            }
        }
        if (bestSplit < 0)
            continue;
        Story second;
        second.firstBlock = bestSplit;
        second.lastBlock = st.lastBlock;
        second.headlineBlocks = stray;
        st.headlineBlocks = leading;
        st.lastBlock = bestSplit - 1;
        while (st.lastBlock > st.firstBlock && blocks.at(st.lastBlock).kind != BlockKind::Paragraph
               && blocks.at(st.lastBlock).kind != BlockKind::Credit)
            --st.lastBlock;
        stories.insert(s + 1, second);
    }
}

} // namespace

namespace {

BigramSet bigramsOf(const QString &text)
{
    const QString t = keyText(text);
    BigramSet set;
    set.reserve(t.size());
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        set.insert(bigram(t.at(i), t.at(i + 1)));
    return set;
}

double fit(const QString &headline, const BigramSet &story)
{
    const QString h = keyText(headline);
    if (h.size() < 2)
        return 0;
    int hits = 0;
    for (qsizetype i = 0; i + 1 < h.size(); ++i)
        hits += story.contains(bigram(h.at(i), h.at(i + 1)));
    return double(hits) / double(h.size() - 1);
}

} // namespace

double StorySegmenter::headlineFit(const QString &headline, const QString &storyText)
{
    return fit(headline, bigramsOf(storyText));
}

namespace {

// A dateline at block i that follows, since the story being built opened right under a
// headline, only a few short paragraphs (a sentence set in before the dateline, an
// editor's note): those belong to the dateline's story, which does not open again.
bool leadsInAfterHeadline(const QList<Block> &blocks, const QList<int> &opens, int i)
{
    constexpr qsizetype MaxLeadIn = 120;   // characters: a sentence or two, not a story's tail
    if (opens.isEmpty() || opens.last() == 0 || !isHeading(blocks.at(opens.last() - 1)))
        return false;
    qsizetype characters = 0;
    for (int k = opens.last(); k < i; ++k) {
        if (blocks.at(k).kind != BlockKind::Paragraph || LineClassifier::startsWithDateline(blocks.at(k).text))
            return false;
        characters += blocks.at(k).text.size();
    }
    return characters <= MaxLeadIn;
}

} // namespace

QList<Story> StorySegmenter::segment(const QList<Block> &blocks)
{
    const int n = int(blocks.size());
    // 1. Where stories open.
    QList<int> opens;   // index of each story's first body block
    bool afterCredit = true;
    bool afterMarker = false;
    for (int i = 0; i < n; ++i) {
        const Block &b = blocks.at(i);
        if (b.kind == BlockKind::Credit) {
            afterCredit = true;
            continue;
        }
        if (isContinuationMarker(b)) {
            // （上接第1版） opens the rest of a story; （下接第2版） closes this page's part.
            afterMarker = !b.text.contains(u'下') && !b.text.contains(u'转');
            continue;
        }
        if (b.kind != BlockKind::Paragraph)
            continue;
        if (afterCredit || afterMarker || (LineClassifier::startsWithDateline(b.text) && !leadsInAfterHeadline(blocks, opens, i)))
            opens.append(i);
        afterCredit = afterMarker = false;
    }

    // 2. Each story's body runs to the last paragraph or credit before the next opening.
    QList<Story> stories;
    for (int s = 0; s < opens.size(); ++s) {
        Story story;
        story.firstBlock = opens[s];
        const int limit = s + 1 < opens.size() ? opens[s + 1] : n;
        int last = story.firstBlock;
        for (int i = story.firstBlock; i < limit; ++i)
            if (blocks.at(i).kind == BlockKind::Paragraph || blocks.at(i).kind == BlockKind::Credit)
                last = i;
        story.lastBlock = last;
        story.continued = story.firstBlock > 0 && isContinuationMarker(blocks.at(story.firstBlock - 1));
        if (story.continued)
            story.firstBlock -= 1;
        stories.append(story);
    }
    if (stories.isEmpty())
        return stories;

    auto storyText = [&](const Story &st) {
        QString t;
        for (int i = st.firstBlock; i <= st.lastBlock; ++i)
            if (blocks.at(i).kind == BlockKind::Paragraph)
                t += blocks.at(i).text;
        return t;
    };
    // Built on first use: only stories near a stray headline need them.
    QList<std::optional<BigramSet>> bigramCache(stories.size());
    auto storyBigrams = [&](int s) -> const BigramSet & {
        if (!bigramCache[s])
            bigramCache[s] = bigramsOf(storyText(stories[s]));
        return *bigramCache[s];
    };

    // 3. Headlines: every heading outside a story's body, in runs.
    QList<bool> inBody(n, false);
    for (const Story &st : stories)
        for (int i = st.firstBlock; i <= st.lastBlock; ++i)
            inBody[i] = true;
    auto storyAfter = [&](int block) -> int {
        const auto it = std::upper_bound(stories.cbegin(), stories.cend(), block,
                                         [](int b, const Story &st) { return b < st.firstBlock; });
        return it == stories.cend() ? -1 : int(it - stories.cbegin());
    };
    for (int i = 0; i < n;) {
        if (inBody[i] || !isHeading(blocks.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end + 1 < n && !inBody[end + 1] && isHeading(blocks.at(end + 1)))
            ++end;
        // The run may hold several stories' headlines (as at the foot of a page): give
        // each block to the story it fits best, the story right below it first.
        const int below = storyAfter(end);
        const bool belowDirectly = below >= 0 && stories[below].firstBlock == end + 1;
        for (int h = i; h <= end; ++h) {
            const QString &text = blocks.at(h).text;
            int best = -1;
            double bestFit = MinHeadlineFit;
            const int near = below >= 0 ? below : int(stories.size()) - 1;
            const int from = std::max(0, near - HeadlineReach);
            const int to = std::min(int(stories.size()) - 1, near + HeadlineReach);
            for (int s = from; s <= to; ++s) {
                double f = fit(text, storyBigrams(s));
                if (s == below && belowDirectly && !stories[s].continued)
                    f += 0.25;   // the usual place of a headline
                if (f > bestFit) {
                    bestFit = f;
                    best = s;
                }
            }
            // Right above an uncontinued story, a headline with no better home is its own.
            if (best < 0 && belowDirectly && !stories[below].continued)
                best = below;
            if (best >= 0)
                stories[best].headlineBlocks.append(h);
        }
        // Headlines directly above their story belong to its range.
        if (belowDirectly) {
            Story &st = stories[below];
            int first = st.firstBlock;
            while (first - 1 >= i && st.headlineBlocks.contains(first - 1))
                --first;
            st.firstBlock = first;
        }
        i = end + 1;
    }

    splitDoubleHeadlined(blocks, stories);

    for (Story &st : stories) {
        std::sort(st.headlineBlocks.begin(), st.headlineBlocks.end());
        for (int h : st.headlineBlocks) {
            const QString &t = blocks.at(h).text;
            if (!st.headline.isEmpty() && !t.startsWith(u'—') && !t.startsWith(u'-'))
                st.headline += u' ';
            st.headline += t;
        }
        st.firstLine = blocks.at(st.firstBlock).firstLine;
        st.lastLine = blocks.at(st.lastBlock).lastLine;
    }
    return stories;
}

} // namespace Jiaokan::Core
