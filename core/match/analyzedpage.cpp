#include "match/analyzedpage.h"

#include "text/charclass.h"
#include "text/scriptfolder.h"

namespace Jiaokan::Core {

namespace {

void buildMatchText(AnalyzedPage &p)
{
    const std::u32string &text = p.diffKey.text();
    p.matchText.reserve(text.size());
    p.matchToDiff.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (!CharClass::isCommonHan(c)) {
            if (CharClass::isSpace(c) || CharClass::isPunctuation(c))
                continue;
            // The diff key may keep width; matching never does (one-to-one folds only).
            const QString folded = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
            if (const QList<uint> u = folded.toUcs4(); u.size() == 1)
                c = u.first();
        }
        p.matchText.push_back(c);
        p.matchToDiff.push_back(qint32(i));
    }
    ScriptFolder::foldInPlace(p.matchText);
}

} // namespace

AnalyzedPage AnalyzedPage::analyze(PageText source, const CompareOptions &options)
{
    AnalyzedPage p;
    p.page = ReflowedPage::analyze(std::move(source));
    p.diffKey = ComparisonKey::build(p.page, options.keyOptions());

    buildMatchText(p);

    const QList<int> story = p.page.storyOfBlocks();
    const QList<int> &order = p.diffKey.readingOrder();
    p.unitOfRank.resize(order.size());
    int previousStory = -2;
    for (int rank = 0; rank < order.size(); ++rank) {
        const int s = story[order[rank]];
        // A new unit starts with each story and with each run of blocks of no story.
        if (rank == 0 || s != previousStory)
            p.unitRanks.append({rank, rank});
        p.unitRanks.last().second = rank;
        p.unitOfRank[rank] = int(p.unitRanks.size()) - 1;
        previousStory = s;
    }
    return p;
}

} // namespace Jiaokan::Core
