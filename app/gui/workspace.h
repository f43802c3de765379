#pragma once

#include "analysis/compareoptions.h"
#include "annotate/annotationplacer.h"
#include "match/passagefinder.h"
#include "collate/collation.h"
#include "match/storygroups.h"
#include "chosencomparisons.h"
#include "openedfile.h"

#include <QObject>

#include <functional>
#include <QStringList>

#include <memory>
#include <optional>

namespace Jiaokan::App {

class PageLibraryModel;

// The work open in the window, without its widgets: the pages and their analyses, the
// comparison options, the passages and story groups found, the comparisons the user
// chose, and what is being opened or compared on worker threads. Each page is read and
// reflowed once, when opened; its analysis for comparing is kept with the matches.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    // Pages with more characters (files with more bytes) than this, all told, are
    // compared (opened) on worker threads; smaller sets before the call returns.
    static constexpr qsizetype DefaultBackgroundThreshold = 200'000;

    // Where the user is, kept across a re-diff: the same pair of pages, the same stretch
    // of page A, the same difference number.
    struct Place {
        std::array<int, Core::SideCount> pages{};
        qsizetype keyStartA = 0;
        int difference = -1;
    };
    struct Progress {
        bool opening = false;
        bool comparing = false;
        qint64 total = 0;
        qint64 done = 0;
    };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    PageLibraryModel *library() const { return m_library; }
    const Core::CompareOptions &options() const { return m_options; }
    const Core::PassageFinder::Result &matches() const { return m_matches; }
    const QList<Core::PassageComparison> &passages() const { return m_matches.passages; }
    const QList<Core::StoryGroup> &groups() const { return m_groups; }
    // The chosen comparisons' passages start here in passages().
    int chosenFrom() const { return m_chosenFrom; }
    const ChosenComparisons &chosen() const { return m_chosen; }
    // The comparisons chosen in a project being opened: made when its pages are compared.
    void setChosen(const QList<ChosenComparisons::Choice> &choices);
    // Over the pages open and the analysed pages kept; none before the first comparison.
    const std::optional<Core::AnnotationPlacer> &placer() const { return m_placer; }
    // The analysed page, kept with the matches (analysed now if it was not).
    std::shared_ptr<const Core::AnalyzedPage> analyzedPage(int page);
    // The same for many pages at once, on all cores; false when one is no open page.
    bool analyzePages(const QList<int> &pages);

    // The passage of pages that starts nearest where: in page A's diff key (inKey), or at
    // a line of page A; -1 when the pages share none.
    int passageNear(std::array<int, Core::SideCount> pages, qsizetype where, bool inKey) const;
    // The story group every page of witnesses belongs to, and the index of base among
    // its members; {-1, -1} when no group has them all.
    std::pair<int, int> groupOf(const QList<int> &witnesses, int base) const;

    // The passage shown (an index into passages(), or -1) and its current difference:
    // where a comparison made again comes back to.
    int shownPassage() const { return m_shownPassage; }
    void setShownPassage(int passage) { m_shownPassage = passage; }
    void setShownDifference(int difference) { m_shownDifference = difference; }

    // Reads each file, and every page in each folder and the folders under it; a file
    // that cannot be read is reported and the rest still open. Long files open in the
    // background: openingFinished() tells when.
    void openFiles(const QStringList &paths);
    // Text pasted or dropped, as a page named nameFormat.arg(n); the reason when it is
    // no page.
    QString addText(const QString &text, const QString &nameFormat);
    void addPages(QList<Core::ReflowedPage> pages);
    // Closes every page, and compares with options from now on.
    void clear(const Core::CompareOptions &options);

    void setOption(bool Core::CompareOptions::*option, bool value);
    void setGranularity(Core::CompareOptions::Granularity granularity);
    // Finds the passages the open pages share anew (in the background when they are
    // long). pagesAdded: only pages were added, during an opening.
    void findMatches(bool pagesAdded = false);
    // Stops the opening, or else the comparison, under way; false when none was.
    bool cancel();
    bool isComparing() const { return bool(m_running); }
    bool isOpening() const { return !m_openings.isEmpty(); }
    Progress progress() const;
    void setBackgroundThreshold(qsizetype characters) { m_backgroundThreshold = characters; }
    // How many files of an opening join the library first, to be compared while the
    // rest are read (each batch after that eight times the one before).
    void setFirstBatch(qsizetype files) { m_firstBatch = files; }
    // Called on the reading thread before each batch after the first (a test holds the
    // reading there to see the first batch compared before the rest is read).
    void setBeforeBatch(std::function<void()> wait) { m_beforeBatch = std::move(wait); }
    // Whether a folder opened is read through its archive index (beside it), so that it
    // reopens at once; on unless turned off.
    void setArchiveEnabled(bool enabled) { m_archiveEnabled = enabled; }
    // The folder whose index keeps the passages found, or empty.
    const QString &archiveFolder() const { return m_archiveFolder; }

    // choice compared, in place of the chosen comparison replacing if given; returns
    // its passage's index.
    int choose(const ChosenComparisons::Choice &choice, int replacing = -1);
    // Two printings of group (page and story each) side by side: the passage the finder
    // compared them in, else a comparison chosen now; -1 when a page cannot be analysed.
    // group collated on base (a member's index, else the most central): collated()
    // gives it, at once for a story of a few printings, from a worker thread for more
    // (the window stays free). False when there is no such group.
    bool collate(int group, std::optional<int> base);
    bool isCollating() const { return m_collating > 0; }
    static constexpr qsizetype CollateAtOnceUpTo = 60;
    int comparePrintings(int group, std::array<std::pair<int, int>, Core::SideCount> printings);

signals:
    // Pages joined the library (of an opening read in batches, the first batch).
    void pagesAdded(int firstNew);
    // Every page closed (a project or samples open in their place).
    void cleared();
    // Files and folders opened, for the recent files.
    void filesOpened(const QStringList &paths);
    void problem(const QString &title, const QString &text);
    void notice(const QString &text);
    // New passages and groups; place is where the user was.
    void matchesFound(const std::optional<Workspace::Place> &place);
    // Opening or comparing started or stopped.
    void busyChanged();
    void openingFinished();
    void collated(int group, const Core::Collation &collation);
    void comparingCancelled();
    // Something worth saving in a project changed (pages, options).
    void changed();

private:
    struct Job;
    struct OpenJob;

    // Returns the errors of the files that could not be opened.
    QStringList addOpenedFiles(QList<OpenedFile> files, const QStringList &folders);
    void applyMatches(Core::PassageFinder::Result result, const std::optional<Place> &place);
    void resetPlacer();
    void appendChosenComparisons();

    PageLibraryModel *m_library = nullptr;
    Core::CompareOptions m_options;
    Core::PassageFinder::Result m_matches;
    QList<Core::StoryGroup> m_groups;
    std::optional<Core::AnnotationPlacer> m_placer;
    ChosenComparisons m_chosen;
    int m_chosenFrom = 0;
    bool m_laterBatch = false;   // adding a batch of an opening after its first
    int m_shownPassage = -1;
    int m_shownDifference = -1;
    int m_pastedCount = 0;
    qsizetype m_backgroundThreshold = DefaultBackgroundThreshold;
    bool m_archiveEnabled = true;
    int m_collating = 0;
    int m_generation = 0;   // of the matches: a collation of older ones is dropped
    QString m_archiveFolder;
    std::shared_ptr<Job> m_running;
    bool m_matchAgain = false;
    qsizetype m_firstBatch = 256;
    std::function<void()> m_beforeBatch;   // pages came while m_running worked: compare again after
    QList<std::shared_ptr<OpenJob>> m_openings;
};

} // namespace Jiaokan::App
