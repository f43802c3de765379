#pragma once

#include "text/pagetext.h"

#include <QList>
#include <QString>

#include <utility>

namespace Jiaokan::Core {

struct AnalyzedPage;

// A page's source as one string, its lines joined with '\n': the coordinates in which
// annotations are anchored, since they do not move when options or reflow change.
class SourceText final
{
public:
    SourceText() = default;
    explicit SourceText(const PageText &page);

    const QString &text() const { return m_text; }
    // The text without white space (line breaks included), for finding anchors whatever
    // the layout, and where each of its characters is in text().
    const QString &compact() const { return m_compact; }
    qsizetype sourceOffset(qsizetype compactOffset) const { return m_compactToSource[compactOffset]; }
    // The compact offset of the first compact character at or after source offset.
    qsizetype compactOffset(qsizetype sourceOffset) const;
    qsizetype offsetOf(SourcePos pos) const;
    // Where elements [keyStart, keyEnd) of the page's diff key came from, as a range of
    // the source text; an empty key range gives the empty range where it would be.
    std::pair<qsizetype, qsizetype> rangeOf(const AnalyzedPage &page, qsizetype keyStart, qsizetype keyEnd) const;

private:
    QString m_text;
    QList<qsizetype> m_lineStart;
    QString m_compact;
    QList<qsizetype> m_compactToSource;
};

} // namespace Jiaokan::Core
