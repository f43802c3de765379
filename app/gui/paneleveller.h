#pragma once

#include <QList>

#include <array>
#include <utility>

class QTextDocument;

namespace Jiaokan::App {

// Sets the paragraphs of two text panes level with each other, as
// PassageComparison::levelParagraphs pairs them: each pane's blocks go back to the
// plain gap between paragraphs, and space is added above whichever paragraph of a
// pair would start higher. Each addition moves everything below it alike.
class PaneLeveller final
{
public:
    // The space between paragraphs, which levelling adds to.
    static constexpr qreal BlockGap = 8;

    using Pair = std::pair<int, int>;   // a block number in each document
    // firstStart: a document position in each whose line, rather than its block's top,
    // stands level for the first pair (the first sentence both print), or -1.
    static void level(const std::array<QTextDocument *, 2> &documents, const QList<Pair> &pairs,
                      const std::array<int, 2> &firstStart);

    // Where block number's text starts, and where the line holding position starts, in
    // document coordinates; -1 where there is none.
    static qreal blockTop(const QTextDocument *document, int number);
    static qreal lineTop(const QTextDocument *document, int position);
};

} // namespace Jiaokan::App
