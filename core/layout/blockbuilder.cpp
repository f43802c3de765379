#include "layout/blockbuilder.h"

#include "reflow/lineclassifier.h"
#include "reflow/reflower.h"
#include "text/charclass.h"

#include <algorithm>
#include <cmath>

namespace Jiaokan::Core {

namespace {

enum class Role { Margin, Furniture, Headline, Subhead, Caption, Body };

Role roleOf(const TextLine &line, const ReadingOrder::Placed &placed, double bodyEm)
{
    if (placed.margin)
        return Role::Margin;
    if (LineClassifier::isFurnitureLine(line.text))
        return Role::Furniture;
    const double ratio = line.em / bodyEm;
    if (ratio >= BlockBuilder::HeadlineRatio)
        return Role::Headline;
    if (ratio >= BlockBuilder::SubheadRatio)
        return Role::Subhead;
    if (ratio <= BlockBuilder::CaptionRatio)
        return Role::Caption;
    return Role::Body;
}

BlockKind kindOf(Role role)
{
    switch (role) {
    case Role::Margin:
    case Role::Furniture: return BlockKind::Furniture;
    case Role::Headline:
    case Role::Subhead: return BlockKind::Heading;
    case Role::Caption: return BlockKind::Caption;
    case Role::Body: return BlockKind::Paragraph;
    }
    return BlockKind::Paragraph;
}

bool isIndented(const TextLine &line, const ReadingOrder::Placed &placed)
{
    return line.box.left() - placed.columnLeft >= 0.9 * line.em;
}

bool endsShort(const TextLine &line, const ReadingOrder::Placed &placed)
{
    return placed.columnRight - line.box.right() >= 1.0 * line.em;
}

// A photo's caption or a filler box (a slogan, a house advertisement, whatever the size
// of its type) set between a paragraph and its run-on in the next column is read after
// the paragraph, not inside it. A continuation marker ends the paragraph instead.
QList<ReadingOrder::Placed> runOnPastInsets(const QList<TextLine> &lines, const QList<ReadingOrder::Placed> &order,
                                            double bodyEm)
{
    QList<ReadingOrder::Placed> out;
    out.reserve(order.size());
    auto role = [&](qsizetype k) { return roleOf(lines[order[k].line], order[k], bodyEm); };
    qsizetype k = 0;
    while (k < order.size()) {
        out.append(order[k]);
        if (role(k) != Role::Body || endsShort(lines[order[k].line], order[k])) {
            ++k;
            continue;
        }
        qsizetype next = k + 1;
        while (next < order.size() && role(next) != Role::Body && role(next) != Role::Margin
               && !LineClassifier::continuationMarker(lines[order[next].line].text).isValid())
            ++next;
        if (next == k + 1 || next >= order.size() || role(next) != Role::Body
            || isIndented(lines[order[next].line], order[next])) {
            ++k;
            continue;
        }
        // The run-on and the rest of its paragraph, then the inset.
        qsizetype end = next;
        while (end + 1 < order.size() && role(end + 1) == Role::Body && !endsShort(lines[order[end].line], order[end])
               && !isIndented(lines[order[end + 1].line], order[end + 1]))
            ++end;
        for (qsizetype i = next; i <= end; ++i)
            out.append(order[i]);
        for (qsizetype i = k + 1; i < next; ++i)
            out.append(order[i]);
        k = end + 1;
    }
    return out;
}

// Whether block b is set right under block a: below it, its first line within two of
// its own lines of a's last, the two overlapping across.
bool stacksUnder(const QList<TextLine> &lines, const QList<ReadingOrder::Placed> &order, const PrintedBlock &a,
                 const PrintedBlock &b)
{
    const TextLine &last = lines[order[a.last.value - 1].line];
    const TextLine &first = lines[order[b.first.value - 1].line];
    const double gap = first.centerY - last.centerY;
    const bool across = std::min(last.box.right(), first.box.right()) > std::max(last.box.left(), first.box.left());
    return gap > 0 && gap <= 2.5 * std::max(first.em, last.em) && across;
}

struct OpenBlock {
    Role role;
    PrintedBlock block;
    QString text;
};

void appendText(QString &text, const QString &piece)
{
    if (!text.isEmpty() && !piece.isEmpty()
        && Reflower::needsSpaceBetween(CharClass::lastCodePoint(text), CharClass::firstCodePoint(piece)))
        text += u' ';
    text += piece;
}

} // namespace

BlockBuilder::Result BlockBuilder::build(const QList<TextLine> &lines, const QList<ReadingOrder::Placed> &given,
                                         double bodyEm)
{
    Result result;
    result.order = given;
    if (given.isEmpty() || bodyEm <= 0)
        return result;
    const QList<ReadingOrder::Placed> order = runOnPastInsets(lines, given, bodyEm);
    QList<OpenBlock> blocks;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const ReadingOrder::Placed &placed = order[k];
        const TextLine &line = lines[placed.line];
        const Role role = roleOf(line, placed, bodyEm);
        const SourceLine source{int(k + 1)};
        bool join = false;
        if (!blocks.isEmpty() && blocks.last().role == role) {
            const ReadingOrder::Placed &prevPlaced = order[k - 1];
            const TextLine &prev = lines[prevPlaced.line];
            const double pitch = line.centerY - prev.centerY;
            switch (role) {
            case Role::Headline:
            case Role::Subhead:
                // One headline set on two lines: the same size, a line's height apart
                // (display heads are set solid; a sub-head in the body at body leading).
                join = std::max(line.em, prev.em) <= 1.04 * std::min(line.em, prev.em) && pitch > 0
                       && pitch <= (role == Role::Headline ? 1.35 : 1.6) * line.em;
                break;
            case Role::Caption:
                // The next line, or the photographer's credit set on the same row.
                join = (pitch > 0.3 * line.em && pitch <= 1.7 * line.em)
                       || (std::abs(pitch) <= 0.3 * line.em && line.box.left() >= prev.box.right());
                break;
            case Role::Body: {
                join = !isIndented(line, placed) && !endsShort(prev, prevPlaced);
                break;
            }
            case Role::Margin:
            case Role::Furniture:
                break;
            }
        }
        if (join) {
            blocks.last().block.last = source;
            appendText(blocks.last().text, line.text);
        } else {
            blocks.append(OpenBlock{role, PrintedBlock{kindOf(role), source, source}, line.text});
        }
    }
    for (OpenBlock &b : blocks)
        if (b.role == Role::Body && LineClassifier::isCreditLine(b.text))
            b.block.kind = BlockKind::Credit;

    // Stories: each opens with its headlines (kicker, headline, sub-heads in a row) and
    // runs to the next story's, or to a continuation marker （上接…） that opens one
    // without a headline here; the page's head and foot belong to none.
    struct Draft {
        PrintedStory story;
        bool hasBody = false;
        double headTop = 0;   // the top of its headlines
    };
    auto centerOf = [&](int block) { return lines[order[blocks[block].block.first.value - 1].line].centerY; };
    QList<Draft> drafts;
    bool inHeadlines = false;
    for (int i = 0; i < blocks.size(); ++i) {
        const Role role = blocks[i].role;
        if (role == Role::Margin) {
            inHeadlines = false;
            continue;
        }
        const bool continuation = role == Role::Furniture && blocks[i].text.contains(u'上')
                                  && LineClassifier::continuationMarker(blocks[i].text).isValid();
        // Heads stack (kicker, headline, sub-head) only one right under the other.
        if (inHeadlines && role == Role::Headline && i > 0 && !stacksUnder(lines, order, blocks[i - 1].block,
                                                                       blocks[i].block))
            inHeadlines = false;
        const bool opens = (role == Role::Headline && !inHeadlines) || drafts.isEmpty()
                           || (continuation && drafts.last().hasBody);
        if (opens)
            drafts.append(Draft{PrintedStory{i, i, {}, false}, false, centerOf(i)});
        Draft &d = drafts.last();
        d.story.lastBlock = i;
        if (role == Role::Headline || (role == Role::Subhead && inHeadlines) || (role == Role::Subhead && opens))
            d.story.headlineBlocks.append(i);
        if (role == Role::Body && !d.hasBody && !d.story.headlineBlocks.isEmpty() && centerOf(i) < d.headTop
            && drafts.size() > 1) {
            // Text that runs on above the "headlines": they were a box set in a hole of
            // the columns (a slogan, a notice), and the text is the story before's.
            for (int h : std::as_const(d.story.headlineBlocks))
                blocks[h].block.kind = BlockKind::Furniture;
            drafts[drafts.size() - 2].story.lastBlock = i;
            drafts.removeLast();
            inHeadlines = false;
            continue;
        }
        if (role == Role::Body)
            d.hasBody = true;
        if (continuation && !d.hasBody)
            d.story.continued = true;
        inHeadlines = role == Role::Headline || (inHeadlines && role == Role::Subhead);
    }
    // A box with no running text (a slogan, an advertisement, a section banner) is
    // furniture, whatever the size of its type.
    for (const Draft &d : std::as_const(drafts)) {
        if (d.hasBody) {
            result.stories.append(d.story);
            continue;
        }
        for (int i = d.story.firstBlock; i <= d.story.lastBlock; ++i)
            blocks[i].block.kind = BlockKind::Furniture;
    }
    result.order = order;
    result.blocks.reserve(blocks.size());
    for (const OpenBlock &b : std::as_const(blocks))
        result.blocks.append(b.block);
    return result;
}

} // namespace Jiaokan::Core
