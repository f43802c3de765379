#include "analysis/comparisonkey.h"

#include "text/charclass.h"
#include "text/scriptfolder.h"

#include <algorithm>

namespace Jiaokan::Core {

ComparisonKey ComparisonKey::build(const ReflowedPage &page, const KeyOptions &options)
{
    ComparisonKey key;
    key.m_order = page.readingOrder();
    key.m_rankOfBlock = QList<int>(page.blocks.size(), -1);
    qsizetype total = 0;
    for (int rank = 0; rank < key.m_order.size(); ++rank) {
        key.m_rankOfBlock[key.m_order[rank]] = rank;
        total += page.blocks[key.m_order[rank]].text.size();
    }
    key.m_rankStart.reserve(size_t(key.m_order.size()) + 1);
    // Written by index into room for every character of the blocks (NFKC may need more:
    // ㈠ is three), cut to length at the end; push_back would cost more than the rest.
    size_t length = 0;
    key.m_text.resize(size_t(total));
    key.m_offsets.resize(size_t(total));
    auto append = [&](char32_t c, quint32 origin) {
        if (length == key.m_text.size()) {
            key.m_text.resize(std::max<size_t>(16, 2 * length));
            key.m_offsets.resize(key.m_text.size());
        }
        key.m_text[length] = c;
        key.m_offsets[length] = origin;
        ++length;
    };

    std::u32string normalized;
    for (int block : std::as_const(key.m_order)) {
        key.m_rankStart.push_back(qsizetype(length));
        const QString &text = page.blocks[block].text;
        bool spacePending = false;
        qsizetype spaceAt = 0;   // where the pending white space starts in the block
        // White space kept (keepSpace) is one element, and never at a block's start.
        auto flushSpace = [&] {
            if (spacePending && qsizetype(length) > key.m_rankStart.back())
                append(U' ', quint32(spaceAt) << 2 | 1);
            spacePending = false;
        };
        for (qsizetype i = 0; i < text.size();) {
            const qsizetype start = i;
            char32_t c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
                ++i;
            }
            ++i;
            if (CharClass::isCommonHan(c)) {
                flushSpace();
                append(c, quint32(start) << 2 | 1);
                continue;
            }
            if (CharClass::isSpace(c)) {
                if (!spacePending)
                    spaceAt = start;
                spacePending = options.keepSpace;
                continue;
            }
            const quint32 origin = quint32(start) << 2 | quint32(i - start);
            flushSpace();
            normalized.clear();
            if (options.foldWidth)
                CharClass::appendNfkc(c, normalized);
            else
                normalized.push_back(c);
            for (char32_t n : normalized) {
                n = CharClass::narrowStop(n);
                if (!options.keepPunctuation && CharClass::isPunctuation(n))
                    continue;
                if (CharClass::isSpace(n))
                    continue;
                append(n, origin);
            }
        }
    }
    key.m_text.resize(length);
    key.m_offsets.resize(length);
    key.m_rankStart.push_back(key.size());
    if (options.foldScript)
        ScriptFolder::foldInPlace(key.m_text);
    return key;
}

int ComparisonKey::rankAt(qsizetype i) const
{
    // The last rank starting at or before i: empty blocks in front of it are passed over.
    const auto it = std::upper_bound(m_rankStart.begin(), m_rankStart.end(), i);
    return int(it - m_rankStart.begin()) - 1;
}

qsizetype ComparisonKey::positionOf(int block, int offset) const
{
    const int rank = rankOfBlock(block);
    if (rank < 0)
        return size();
    const auto first = m_offsets.begin() + rankStart(rank);
    const auto last = m_offsets.begin() + rankEnd(rank);
    const auto it = std::lower_bound(first, last, offset,
                                     [](quint32 packed, int off) { return int(packed >> 2) < off; });
    return qsizetype(it - m_offsets.begin());
}

SourcePos ComparisonKey::sourcePos(const ReflowedPage &page, qsizetype i) const
{
    const Origin o = origin(i);
    const Block &b = page.blocks[o.block];
    if (qsizetype(o.offset) < b.positions.size())
        return b.positions.at(o.offset);
    return SourcePos{b.lastLine, 0};
}

LineRange ComparisonKey::lines(const ReflowedPage &page, qsizetype start, qsizetype end) const
{
    if (size() == 0)
        return {};
    if (start >= end) {
        const qsizetype at = start > 0 ? std::min(start - 1, size() - 1) : 0;
        const SourceLine l = sourcePos(page, at).line;
        return {l, l};
    }
    end = std::min(end, size());
    SourceLine first = sourcePos(page, start).line, last = sourcePos(page, end - 1).line;
    if (last < first)
        std::swap(first, last);
    const int firstRank = rankAt(start), lastRank = rankAt(end - 1);
    for (int rank = firstRank + 1; rank < lastRank; ++rank) {
        const Block &b = page.blocks[m_order[rank]];
        first = std::min(first, b.firstLine);
        last = std::max(last, b.lastLine);
    }
    return {first, last};
}

QString ComparisonKey::originalText(const ReflowedPage &page, qsizetype start, qsizetype end) const
{
    if (start >= end)
        return {};
    const Origin from = origin(start);
    const Origin to = origin(end - 1);
    const int firstRank = rankAt(start), lastRank = rankAt(end - 1);
    QString out;
    for (int rank = firstRank; rank <= lastRank; ++rank) {
        const QString &text = page.blocks[m_order[rank]].text;
        const int begin = rank == firstRank ? int(from.offset) : 0;
        const int stop = rank == lastRank ? int(to.offset + to.length) : int(text.size());
        if (rank != firstRank)
            out.append(u'\n');
        out.append(QStringView(text).sliced(begin, std::max(0, stop - begin)));
    }
    return out;
}

} // namespace Jiaokan::Core
