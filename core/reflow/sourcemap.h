#pragma once

#include "text/pagetext.h"

#include <QList>

namespace Jiaokan::Core {

// Where each UTF-16 unit of a reflowed text came from in the source, kept as runs (one
// run per piece of a source line) rather than one position per character: a page of a
// million characters needs a few thousand runs, not eight megabytes.
class SourceMap final
{
public:
    // Appends length units that came from consecutive columns starting at start.
    void append(SourcePos start, qsizetype length);

    SourcePos at(qsizetype offset) const;      // offset < size()
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    SourcePos last() const { return at(m_size - 1); }

    // Where each run starts in the text and in the source (for saving a map).
    struct Run {
        qsizetype textStart = 0;
        SourcePos start;
    };
    const QList<Run> &runs() const { return m_runs; }

private:
    QList<Run> m_runs;
    qsizetype m_size = 0;
};

} // namespace Jiaokan::Core
