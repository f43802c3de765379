#include "annotate/sourcetext.h"

#include "analysis/analyzedpage.h"

#include <algorithm>

namespace Jiaokan::Core {

SourceText::SourceText(const PageText &page)
{
    m_lineStart.reserve(page.lines.size());
    qsizetype length = 0;
    for (const QString &line : page.lines)
        length += line.size() + 1;
    m_text.reserve(length);
    for (const QString &line : page.lines) {
        if (!m_lineStart.isEmpty())
            m_text.append(u'\n');
        m_lineStart.append(m_text.size());
        m_text.append(line);
    }
    m_compact.reserve(m_text.size());
    m_compactToSource.reserve(m_text.size());
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (!m_text[i].isSpace()) {
            m_compact.append(m_text[i]);
            m_compactToSource.append(i);
        }
    }
}

qsizetype SourceText::compactOffset(qsizetype sourceOffset) const
{
    return std::lower_bound(m_compactToSource.begin(), m_compactToSource.end(), sourceOffset)
           - m_compactToSource.begin();
}

qsizetype SourceText::offsetOf(SourcePos pos) const
{
    if (m_lineStart.isEmpty())
        return 0;
    const qsizetype line = std::clamp<qsizetype>(pos.line.value - 1, 0, m_lineStart.size() - 1);
    return std::min(m_lineStart[line] + pos.column, m_text.size());
}

std::pair<qsizetype, qsizetype> SourceText::rangeOf(const AnalyzedPage &page, qsizetype keyStart,
                                                     qsizetype keyEnd) const
{
    const ComparisonKey &key = page.diffKey;
    if (key.size() == 0)
        return {0, 0};
    const auto endOf = [&](qsizetype i) {
        return offsetOf(key.sourcePos(page.page, i)) + key.origin(i).length;
    };
    if (keyStart >= keyEnd) {
        // Where the missing text would go: just after the element before it.
        const qsizetype at = keyStart > 0 ? endOf(std::min(keyStart, key.size()) - 1)
                                          : offsetOf(key.sourcePos(page.page, 0));
        return {at, at};
    }
    keyEnd = std::min(keyEnd, key.size());
    qsizetype start = offsetOf(key.sourcePos(page.page, keyStart));
    qsizetype end = endOf(keyEnd - 1);
    // A headline the extractor put after its story runs backwards in the source.
    if (end < start)
        std::swap(start, end);
    return {start, end};
}

} // namespace Jiaokan::Core
