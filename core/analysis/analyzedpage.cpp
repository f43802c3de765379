#include "analysis/analyzedpage.h"

#include "text/charclass.h"
#include "text/scriptfolder.h"

#include <algorithm>

namespace Jiaokan::Core {

namespace {

// The match text is only needed for the fingerprints: built, fingerprinted, dropped.
void fingerprintMatchText(AnalyzedPage &p, bool foldedWidth)
{
    const std::u32string &text = p.diffKey.text();
    std::u32string matchText(text.size(), U'\0');   // written by index, cut to length
    size_t length = 0;
    p.matchSamples.reserve(text.size() / AnalyzedPage::MatchSampleStep + 1);
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (!CharClass::isCommonHan(c)) {
            if (!AnalyzedPage::keptForMatching(c))
                continue;
            // The diff key may keep width; matching never does (one-to-one folds only).
            if (!foldedWidth)
                c = CharClass::foldWidth(c);
        }
        if (length % AnalyzedPage::MatchSampleStep == 0)
            p.matchSamples.push_back(qint32(i));
        matchText[length++] = c;
    }
    matchText.resize(length);
    ScriptFolder::foldInPlace(matchText);
    p.matchSize = qsizetype(matchText.size());
    p.fingerprints = Winnower::fingerprints(matchText);
}

} // namespace

AnalyzedPage AnalyzedPage::analyze(PageText source, const CompareOptions &options)
{
    return analyze(ReflowedPage::analyze(std::move(source)), options);
}

AnalyzedPage AnalyzedPage::analyze(ReflowedPage page, const CompareOptions &options)
{
    AnalyzedPage p;
    p.page = std::move(page);
    p.diffKey = ComparisonKey::build(p.page, options.keyOptions());

    fingerprintMatchText(p, options.keyOptions().foldWidth);

    const QList<int> story = p.page.storyOfBlocks();
    const QList<int> &order = p.diffKey.readingOrder();
    p.unitOfRank.resize(order.size());
    int previousStory = -2;
    for (int rank = 0; rank < order.size(); ++rank) {
        const int s = story[order[rank]];
        // A new unit starts with each story and with each run of blocks of no story.
        if (rank == 0 || s != previousStory) {
            p.unitRanks.append({rank, rank});
            p.storyOfUnit.append(s);
        }
        p.unitRanks.last().second = rank;
        p.unitOfRank[rank] = int(p.unitRanks.size()) - 1;
        previousStory = s;
    }
    return p;
}

bool AnalyzedPage::keptForMatching(char32_t c)
{
    return CharClass::isCommonHan(c) || !(CharClass::isSpace(c) || CharClass::isPunctuation(c));
}

std::vector<std::pair<qint32, qint32>> AnalyzedPage::matchRangesOfBlocks() const
{
    std::vector<std::pair<qint32, qint32>> ranges(size_t(page.blocks.size()), {0, 0});
    const std::u32string &text = diffKey.text();
    const QList<int> &order = diffKey.readingOrder();
    qint32 kept = 0;
    for (int rank = 0; rank < order.size(); ++rank) {
        const qint32 start = kept;
        for (qsizetype i = diffKey.rankStart(rank); i < diffKey.rankEnd(rank); ++i)
            kept += CharClass::isCommonHan(text[size_t(i)]) || keptForMatching(text[size_t(i)]);
        ranges[size_t(order[rank])] = {start, kept};
    }
    return ranges;
}

qsizetype AnalyzedPage::diffPosition(qsizetype m) const
{
    if (matchSize == 0)
        return 0;
    m = std::clamp<qsizetype>(m, 0, matchSize - 1);
    const std::u32string &text = diffKey.text();
    qsizetype i = matchSamples[size_t(m / MatchSampleStep)];
    for (qsizetype left = m % MatchSampleStep; left > 0; --left) {
        ++i;
        while (!keptForMatching(text[size_t(i)]))
            ++i;
    }
    return i;
}

std::pair<int, int> AnalyzedPage::storyRanks(int story) const
{
    std::pair<int, int> ranks{0, int(diffKey.readingOrder().size()) - 1};
    if (story < 0 || story >= page.stories.size())
        return ranks;
    const Story &s = page.stories[story];
    int first = -1, last = -1;
    for (int block = s.firstBlock; block <= s.lastBlock; ++block) {
        const int rank = diffKey.rankOfBlock(block);
        if (rank < 0)
            continue;   // furniture: not in the key
        first = first < 0 ? rank : std::min(first, rank);
        last = std::max(last, rank);
    }
    return first >= 0 ? std::pair{first, last} : ranks;
}

std::pair<int, int> AnalyzedPage::storyRanks(int story, const LineRange &part) const
{
    const std::pair<int, int> whole = storyRanks(story);
    if (part.first.value == 0 || story < 0 || story >= page.stories.size())
        return whole;
    const Story &s = page.stories[story];
    int first = -1, last = -1;
    for (int block = s.firstBlock; block <= s.lastBlock && block < page.blocks.size(); ++block) {
        const Block &b = page.blocks[block];
        const int rank = diffKey.rankOfBlock(block);
        if (rank < 0 || b.lastLine < part.first || b.firstLine > part.last)
            continue;
        first = first < 0 ? rank : std::min(first, rank);
        last = std::max(last, rank);
    }
    return first >= 0 ? std::pair{first, last} : whole;
}

} // namespace Jiaokan::Core
