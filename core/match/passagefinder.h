#pragma once

#include "diff/compareoptions.h"
#include "diff/passagecomparison.h"
#include "match/analyzedpage.h"
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
        bool cancelled = false;                // stopped by TaskProgress::cancel: incomplete
    };

    // progress, when given, counts pages analysed and page pairs compared, and is
    // checked for cancellation between them.
    static Result run(const QStringList &paths, const CompareOptions &options, TaskProgress *progress = nullptr);
    // The same for pages already in memory (the app's open pages).
    static Result run(const QList<PageText> &sources, const CompareOptions &options,
                      TaskProgress *progress = nullptr);
};

} // namespace Jiaokan::Core
