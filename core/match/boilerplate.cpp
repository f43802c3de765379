#include "match/boilerplate.h"

#include <QHash>

#include <algorithm>

namespace Jiaokan::Core {

namespace {

QString wordsOf(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            out += c;
    return out;
}

struct Occurrence {
    int page;
    int block;
};

} // namespace

std::vector<Boilerplate::BlockPrint> Boilerplate::printsOf(const ReflowedPage &page)
{
    std::vector<BlockPrint> prints;
    prints.reserve(size_t(page.blocks.size()));
    const QList<int> story = page.storyOfBlocks();
    for (qsizetype i = 0; i < page.blocks.size(); ++i) {
        const QString words = wordsOf(page.blocks[i].text);
        prints.push_back({qHash(words, 1), qHash(QStringView(words).first(std::min<qsizetype>(12, words.size())), 2),
                          words.size() >= 4 && words.size() <= MaxLength, qint32(story.value(i, -1)),
                          qint32(words.size())});
    }
    return prints;
}

std::vector<QSet<int>> Boilerplate::find(const std::vector<std::vector<BlockPrint>> &pages)
{
    std::vector<QSet<int>> result(pages.size());
    // Pages a candidate line is on, once a page.
    QHash<quint64, QList<Occurrence>> where;
    for (size_t p = 0; p < pages.size(); ++p) {
        QSet<quint64> seen;
        for (size_t b = 0; b < pages[p].size(); ++b) {
            const BlockPrint &print = pages[p][b];
            if (print.candidate && !seen.contains(print.text)) {
                seen.insert(print.text);
                where[print.text].append({int(p), int(b)});
            }
        }
    }
    QSet<quint64> frequent;
    for (auto it = where.cbegin(); it != where.cend(); ++it)
        if (it.value().size() >= MinPages)
            frequent.insert(it.key());
    if (frequent.isEmpty())
        return result;
    // Whether a block recurs, for what is around a line: by its first words, which a
    // reprint's edits rarely reach. By whole text, one edited paragraph in a story
    // printed 300 times would break it into runs, and its last run, at the page's foot,
    // would look like a site's footer.
    QSet<quint64> frequentHeads;
    {
        QHash<quint64, int> pagesWithHead;
        for (const std::vector<BlockPrint> &page : pages) {
            QSet<quint64> seen;
            for (const BlockPrint &b : page)
                if (b.length >= 4 && !seen.contains(b.head)) {
                    seen.insert(b.head);
                    if (++pagesWithHead[b.head] == MinPages)
                        frequentHeads.insert(b.head);
                }
        }
    }
    const auto recurs = [&](const BlockPrint &b) { return frequent.contains(b.text) || frequentHeads.contains(b.head); };
    // Whether the blocks that recur are most of the story a block is in, all in one run
    // (or nearly all of it): a story printed word for word, whatever is around it. A
    // template's lines have the page's own text between them (a header above the
    // article, a footer below).
    auto inSharedStory = [&](const Occurrence &o) {
        const std::vector<BlockPrint> &page = pages[size_t(o.page)];
        const qint32 story = page[size_t(o.block)].story;
        if (story < 0)
            return false;
        qint64 recurring = 0, all = 0;
        int runs = 0;
        bool inRun = false;
        for (const BlockPrint &b : page) {
            if (b.story != story || b.length == 0)
                continue;
            all += b.length;
            const bool r = recurs(b);
            if (r) {
                recurring += b.length;
                runs += !inRun;
            }
            inRun = r;
        }
        return (runs == 1 && 2 * recurring > all) || 10 * recurring >= 9 * all;
    };
    // Whether the run of recurring blocks an occurrence is in has the page's own text
    // both above and below it: a story among other stories (a template sits at the top
    // or the foot of what it frames).
    auto amidOwnText = [&](const Occurrence &o) {
        const std::vector<BlockPrint> &page = pages[size_t(o.page)];
        const auto inRun = [&](size_t b) { return page[b].length == 0 || recurs(page[b]); };
        size_t first = size_t(o.block), last = size_t(o.block);
        while (first > 0 && inRun(first - 1))
            --first;
        while (last + 1 < page.size() && inRun(last + 1))
            ++last;
        return first > 0 && last + 1 < page.size();
    };
    // The text around an occurrence: the nearest blocks before and after it that are
    // not themselves recurring lines (a template's lines come together).
    auto neighbour = [&](const Occurrence &o, int step) -> quint64 {
        const std::vector<BlockPrint> &page = pages[size_t(o.page)];
        for (int b = o.block + step; b >= 0 && b < int(page.size()); b += step)
            if (!frequent.contains(page[size_t(b)].text))
                return page[size_t(b)].head;
        return 0;   // the page's start or end
    };
    // How many occurrences share the commonest text on that side; a page's start or end
    // is no shared text (a site's header opens every page it is on).
    auto mostCommon = [](const QList<quint64> &values) {
        QHash<quint64, int> count;
        int best = 0;
        for (quint64 v : values)
            if (v != 0)
                best = std::max(best, ++count[v]);
        return best;
    };
    for (quint64 line : std::as_const(frequent)) {
        const QList<Occurrence> &occurrences = where[line];
        QList<quint64> before, after;
        for (const Occurrence &o : occurrences) {
            before.append(neighbour(o, -1));
            after.append(neighbour(o, +1));
        }
        const int n = int(occurrences.size());
        if (2 * mostCommon(before) > n || 2 * mostCommon(after) > n)
            continue;   // the same text around it on most pages: a story they share
        for (const Occurrence &o : occurrences) {
            if (inSharedStory(o) || amidOwnText(o))
                continue;
            // Every block of the page with that line's words, not only the first.
            const std::vector<BlockPrint> &page = pages[size_t(o.page)];
            for (int b = 0; b < int(page.size()); ++b)
                if (page[size_t(b)].text == line)
                    result[size_t(o.page)].insert(b);
        }
    }
    return result;
}

} // namespace Jiaokan::Core
