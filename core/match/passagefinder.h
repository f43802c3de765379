#pragma once

#include "analysis/compareoptions.h"
#include "diff/passagecomparison.h"
#include "analysis/analyzedpage.h"
#include "util/taskprogress.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Jiaokan::Core {

// Finds every passage that two of the given pages both print and compares each pair:
// the engine behind `jiaokan-cli match` and `diff`. Pages are read and fingerprinted on
// all cores; only pages that share fingerprints are ever compared. With many pages the
// analysed pages are not all kept in memory: a page in a matched pair is read again.
class PassageFinder final
{
public:
    struct Failure {
        QString path;
        QString reason;
    };
    struct Result {
        // The pages, as given, with a PDF of several pages given as FILE#1, FILE#2…;
        // PassageComparison::page indexes it.
        QStringList paths;
        QList<int> given;                      // for each page, which of the paths given it is of
        QList<PassageComparison> passages;     // by page pair, then by position on page A
        QList<Failure> failures;               // pages that could not be read, with why
        // The pages as analysed (null where unreadable), when there were few enough to
        // keep (200); otherwise empty.
        std::vector<std::shared_ptr<const AnalyzedPage>> pages;
        // Every readable page's stories, and nothing else of it: enough to group the
        // passages into stories (StoryGroup::group) without reading pages again.
        QList<ReflowedPage> outlines;
        bool cancelled = false;                // stopped by TaskProgress::cancel: incomplete
    };

    // Which pairs of a story's printings are compared: every pair (what `match` lists),
    // or, for a story printed by more than a dozen pages, each printing with its closest
    // and the story's hub (what story groups and the app need: 300 printings are about
    // 900 comparisons, not 44,850, and the same groups).
    enum class Reach { EveryPair, AlongStories };

    // progress, when given, counts pages analysed and page pairs compared, and is
    // checked for cancellation between them.
    static Result run(const QStringList &paths, const CompareOptions &options, TaskProgress *progress = nullptr,
                      Reach reach = Reach::EveryPair);
    // The same for pages already in memory.
    static Result run(const QList<PageText> &sources, const CompareOptions &options,
                      TaskProgress *progress = nullptr, Reach reach = Reach::EveryPair);
    // The same for pages already reflowed (the app's open pages), not reflowed again.
    static Result run(const QList<ReflowedPage> &pages, const CompareOptions &options,
                      TaskProgress *progress = nullptr, Reach reach = Reach::EveryPair);

    // What run() gives for pages already reflowed, with the passages it found then
    // (kept in an archive index): the pages kept as run() keeps them.
    static Result withPassages(const QList<ReflowedPage> &pages, QList<PassageComparison> passages,
                               const CompareOptions &options);
    // Two files read whole (every page of a PDF) and compared as one passage.
    static std::optional<Result> compareWhole(const QStringList &twoPaths, const CompareOptions &options,
                                              QString *error);
    // Whether two pages whose passages result holds should rather be compared whole,
    // and why: a diff compares what it is given. Texts the matcher pairs nothing of;
    // texts of one story each (or of none: a poem, a chapter) that it pairs only in
    // part; texts whose passages cover less than half of each while the whole of one is
    // more than half the same as the whole of the other (an edit every few characters
    // leaves the matcher little to go on).
    static std::optional<QString> wholeComparisonReason(const Result &result, const CompareOptions &options);
    // That whole comparison itself, with its reason, from the pages result already holds
    // (each diffed once); nothing when the passages stand or result lacks the pages.
    struct Whole {
        Result result;
        QString reason;
    };
    static std::optional<Whole> wholeComparison(const Result &result, const CompareOptions &options);
};

} // namespace Jiaokan::Core
