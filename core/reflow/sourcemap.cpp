#include "reflow/sourcemap.h"

#include <algorithm>

namespace Jiaokan::Core {

void SourceMap::append(SourcePos start, qsizetype length)
{
    if (length <= 0)
        return;
    // Continues the last run when the source continues too.
    const bool continues = !m_runs.isEmpty() && m_runs.last().start.line == start.line
        && m_runs.last().start.column + (m_size - m_runs.last().textStart) == start.column;
    if (!continues)
        m_runs.append(Run{m_size, start});
    m_size += length;
}

SourcePos SourceMap::at(qsizetype offset) const
{
    auto it = std::upper_bound(m_runs.begin(), m_runs.end(), offset,
                               [](qsizetype o, const Run &r) { return o < r.textStart; });
    if (it == m_runs.begin())
        return {};
    --it;
    return SourcePos{it->start.line, int(it->start.column + (offset - it->textStart))};
}

} // namespace Jiaokan::Core
