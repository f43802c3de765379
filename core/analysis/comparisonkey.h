#pragma once

#include "analysis/keyoptions.h"
#include "stories/reflowedpage.h"

#include <string>
#include <vector>

namespace Jiaokan::Core {

// A page's text as comparison sees it: the blocks in reading order, concatenated, with
// layout and whatever the options ignore removed, one code point per element. Every
// element remembers the block text it came from, so that any range of the key maps
// back to the original text and its source lines.
class ComparisonKey final
{
public:
    // Where one element of the key came from: UTF-16 offset and length in a block's text.
    struct Origin {
        qint32 block = 0;
        qint32 offset = 0;
        qint32 length = 0;
    };

    ComparisonKey() = default;
    static ComparisonKey build(const ReflowedPage &page, const KeyOptions &options);

    const std::u32string &text() const { return m_text; }
    qsizetype size() const { return qsizetype(m_text.size()); }
    Origin origin(qsizetype i) const
    {
        const quint32 packed = m_offsets[size_t(i)];
        return Origin{m_order[rankAt(i)], qint32(packed >> 2), qint32(packed & 3)};
    }
    const QList<int> &readingOrder() const { return m_order; }

    // Key range of the rank-th block in reading order.
    qsizetype rankStart(int rank) const { return m_rankStart[size_t(rank)]; }
    qsizetype rankEnd(int rank) const { return m_rankStart[size_t(rank) + 1]; }
    int rankOfBlock(int block) const { return m_rankOfBlock.value(block, -1); }
    // The reading rank of the block that element i came from.
    int rankAt(qsizetype i) const;

    // First element at or after offset in the block (the key's end if there is none).
    qsizetype positionOf(int block, int offset) const;

    // The original text that elements [start, end) came from, including what the key
    // dropped between them; blocks joined with a newline.
    QString originalText(const ReflowedPage &page, qsizetype start, qsizetype end) const;
    // Source lines of elements [start, end); an empty range gives the line of the
    // element before it (or after it, at the start).
    // The lines run from the first to the last line of any block the range touches, so
    // a headline the extractor put after its story widens the range.
    LineRange lines(const ReflowedPage &page, qsizetype start, qsizetype end) const;
    SourcePos sourcePos(const ReflowedPage &page, qsizetype i) const;

private:
    std::u32string m_text;
    // Per element: UTF-16 offset in its block << 2 | length (1 or 2). Four bytes, not
    // twelve: the block follows from the rank, and a long page has millions of elements.
    std::vector<quint32> m_offsets;
    QList<int> m_order;
    QList<int> m_rankOfBlock;
    std::vector<qsizetype> m_rankStart;
};

} // namespace Jiaokan::Core
