#include "workspace.h"

#include "openedfile.h"
#include "pagelibrarymodel.h"

#include "archive/archiveindex.h"
#include "collate/collator.h"
#include "layout/pagefolder.h"
#include "stories/reflowedpage.h"
#include "text/pageloader.h"
#include "util/parallelfor.h"
#include "util/workerpool.h"

#include <QDir>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QSettings>
#include <QFutureWatcher>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <QMutex>
#include <QPromise>

#include <algorithm>
#include <functional>
#include <utility>

namespace Jiaokan::App {

using namespace Jiaokan::Core;

// A comparison on the worker thread.
struct Workspace::Job {
    TaskProgress progress;
    std::optional<Place> place;
};

// Files being read and reflowed on worker threads.
struct Workspace::OpenJob {
    TaskProgress progress;
    QStringList notes;    // written by the job, read when it is done
    QStringList errors;   // the files of its batches that could not be opened
    qsizetype total = 0;       // files to open
    qsizetype delivered = 0;   // of them in the library, or failed
    // Batches read and not yet in the library: moved here by the job, out by the window
    // (a future's results would be copied on the window's thread).
    QMutex mutex;
    QList<QList<OpenedFile>> ready;
};

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_library(new PageLibraryModel(this))
    , m_archiveEnabled(QSettings().value(QStringLiteral("archive/indexFolders"), true).toBool())
{
    // A page named in the library is named so everywhere: comparisons, collations, reports.
    connect(m_library, &PageLibraryModel::pageLabelChanged, this, [this] {
        emit changed();
        findMatches();
    });
}

Workspace::~Workspace()
{
    // A comparison still running finishes on its own; its result is dropped.
    if (m_running)
        m_running->progress.cancel();
    for (const auto &job : std::as_const(m_openings))
        job->progress.cancel();
}

namespace {

// Analyses, on all cores, each of wanted that analyzed (one slot per library page)
// lacks; returns those it analysed. Pages the finder kept are never analysed again.
QList<int> analyzeMissing(std::vector<std::shared_ptr<const AnalyzedPage>> &analyzed, const QList<ReflowedPage> &library,
                          QList<int> wanted, const CompareOptions &options)
{
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    wanted.removeIf([&](int page) { return bool(analyzed[size_t(page)]); });
    parallelFor(wanted.size(), [&](qsizetype i) {
        analyzed[size_t(wanted[i])] = std::make_shared<const AnalyzedPage>(AnalyzedPage::analyze(library[wanted[i]], options));
    });
    return wanted;
}

} // namespace

std::shared_ptr<const AnalyzedPage> Workspace::analyzedPage(int page)
{
    // Beyond the pages the finder keeps (a few hundred), analysed when chosen.
    return analyzePages({page}) ? m_matches.pages[size_t(page)] : nullptr;
}

bool Workspace::analyzePages(const QList<int> &pages)
{
    const qsizetype count = m_library->pages().size();
    if (std::any_of(pages.begin(), pages.end(), [&](int page) { return page < 0 || page >= count; }))
        return false;
    if (m_matches.pages.size() != size_t(count))
        m_matches.pages.resize(size_t(count));
    if (!analyzeMissing(m_matches.pages, m_library->pages(), pages, m_options).isEmpty())
        resetPlacer();   // annotations are found on the pages it has
    return true;
}

void Workspace::openFiles(const QStringList &given)
{
    const PageFolder::Listing listing = PageFolder::expand(given);
    const QStringList &paths = listing.pages;
    QStringList folders;
    for (const QString &path : given)
        if (QFileInfo(path).isDir())
            folders.append(QFileInfo(path).absoluteFilePath());
    if (!listing.skipped.isEmpty()) {
        QStringList names;
        for (const QString &path : listing.skipped.mid(0, 3))
            names.append(QFileInfo(path).fileName());
        const QString which = names.join(tr(", ")) + (listing.skipped.size() > 3 ? tr(", …") : QString());
        const QString text = tr("%n file(s) not read, named as no page (pages end in .txt, .pdf, .html or .md): %1",
                                nullptr, int(listing.skipped.size())).arg(which);
        if (paths.isEmpty())
            emit problem(tr("Nothing to open"), text);
        else
            emit notice(text);
    } else if (paths.isEmpty() && !folders.isEmpty()) {
        emit problem(tr("Nothing to open"), tr("No page in %1.").arg(folders.join(tr(", "))));
    }
    const QStringList indexed = m_archiveEnabled ? folders : QStringList();
    if (!indexed.isEmpty())
        m_archiveFolder = indexed.last();
    qint64 bytes = 0;
    for (const QString &path : paths)
        bytes += QFileInfo(path).size();
    // Long pages are read and reflowed on worker threads, so the window keeps
    // painting; a byte is at most a character, so this never misjudges a short set.
    if (bytes <= m_backgroundThreshold) {
        TaskProgress progress;
        QStringList notes;
        QList<OpenedFile> files;
        OpenedFile::openAll(paths, indexed, progress, &notes, paths.size(),
                            [&](QList<OpenedFile> batch) { files += std::move(batch); });
        for (const QString &note : std::as_const(notes))
            emit notice(note);
        if (const QStringList errors = addOpenedFiles(std::move(files), folders); !errors.isEmpty())
            emit problem(tr("Some files could not be opened"), errors.join(u'\n'));
        return;
    }
    auto job = std::make_shared<OpenJob>();
    job->progress.addTotal(paths.size());
    job->total = paths.size();
    m_openings.append(job);
    // Each batch joins the library as it is read, and is compared with what is there.
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, job, folders] {
        if (!m_openings.contains(job))
            return;
        QList<QList<OpenedFile>> batches;
        {
            QMutexLocker lock(&job->mutex);
            batches = std::exchange(job->ready, {});
        }
        for (QList<OpenedFile> &files : batches) {
            // The first batch is chosen in the library; later ones join it without
            // taking the reader from the page the user went on to.
            const QScopedValueRollback laterBatch(m_laterBatch, job->delivered > 0);
            job->delivered += files.size();
            job->errors += addOpenedFiles(std::move(files), folders);
        }
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (!m_openings.removeOne(job))
            return;   // cancelled
        emit busyChanged();
        for (const QString &note : std::as_const(job->notes))
            emit notice(note);
        if (!job->errors.isEmpty())
            emit problem(tr("Some files could not be opened"), job->errors.join(u'\n'));
        emit openingFinished();
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [paths, indexed, job, first = m_firstBatch,
                                                        before = m_beforeBatch](QPromise<int> &promise) {
        int batches = 0;
        const auto deliver = [&](QList<OpenedFile> batch) {
            {
                QMutexLocker lock(&job->mutex);
                job->ready.append(std::move(batch));
            }
            promise.addResult(batches, batches);   // a batch is ready: the window takes it
            ++batches;
        };
        OpenedFile::openAll(paths, indexed, job->progress, &job->notes, first, deliver, before);
    }));
    emit busyChanged();
}

QStringList Workspace::addOpenedFiles(QList<OpenedFile> files, const QStringList &folders)
{
    QStringList errors;
    QStringList opened;
    QList<ReflowedPage> pages;
    for (OpenedFile &file : files) {
        if (file.pages.isEmpty()) {
            if (!file.error.isEmpty())   // empty: the opening was cancelled
                errors.append(file.error);
            continue;
        }
        // A folder is remembered as itself, not as its thousand pages.
        if (std::none_of(folders.begin(), folders.end(),
                         [&](const QString &folder) { return file.path.startsWith(folder + u'/'); }))
            opened.append(file.path);
        pages += std::move(file.pages);
    }
    if (!pages.isEmpty())
        opened += folders;
    emit filesOpened(opened);
    addPages(std::move(pages));
    return errors;
}

QString Workspace::addText(const QString &text, const QString &nameFormat)
{
    QString error;
    auto source = PageLoader::fromText(text, nameFormat.arg(m_pastedCount + 1), &error);
    if (!source)
        return error;
    ++m_pastedCount;
    addPages({ReflowedPage::analyze(std::move(*source))});
    return {};
}

void Workspace::addPages(QList<ReflowedPage> pages)
{
    if (pages.isEmpty())
        return;
    emit changed();
    const int firstNew = m_library->addPages(std::move(pages));
    if (!m_laterBatch)
        emit pagesAdded(firstNew);
    findMatches(true);
}

void Workspace::clear(const CompareOptions &options)
{
    // Whatever is opening or comparing belongs to the pages being closed.
    while (cancel()) {
    }
    m_library->clearPages();
    ++m_generation;
    m_matches = {};
    m_groups.clear();
    m_placer.reset();
    m_chosen.clear();
    m_chosenFrom = 0;
    m_shownPassage = m_shownDifference = -1;
    m_options = options;
    m_archiveFolder.clear();
    emit cleared();
}

void Workspace::setOption(bool CompareOptions::*option, bool value)
{
    if (m_options.*option == value)
        return;
    m_options.*option = value;
    emit changed();
    findMatches();
}

void Workspace::setGranularity(CompareOptions::Granularity granularity)
{
    if (m_options.granularity == granularity)
        return;
    m_options.granularity = granularity;
    emit changed();
    findMatches();
}

void Workspace::findMatches(bool pagesAdded)
{
    // Pages read while a folder opens join a comparison under way when it is done: what
    // it finds of the pages before them stands, and is shown meanwhile. Once the last
    // pages are in, the comparison of them all starts at once.
    const bool allRead = std::all_of(m_openings.cbegin(), m_openings.cend(),
                                     [](const std::shared_ptr<OpenJob> &o) { return o->delivered == o->total; });
    if (pagesAdded && m_running && !allRead) {
        m_matchAgain = true;
        return;
    }
    m_matchAgain = false;
    // The pages as reflowed when opened: an option change redoes only the keys.
    const QList<ReflowedPage> &pages = m_library->pages();
    qsizetype characters = 0;
    for (const ReflowedPage &p : pages)
        for (const QString &line : p.source.lines)
            characters += line.size();
    std::optional<Place> place;
    if (m_shownPassage >= 0 && m_shownPassage < m_matches.passages.size()) {
        const PassageComparison &p = m_matches.passages.at(m_shownPassage);
        place = Place{p.page, p.keyStart[SideA], m_shownDifference};
    }
    if (m_running) {
        // What it is computing is out of date: let it finish unseen.
        place = m_running->place;
        m_running->progress.cancel();
        m_running.reset();
    }
    if (characters <= m_backgroundThreshold) {
        applyMatches(PassageFinder::run(pages, m_options, nullptr, PassageFinder::Reach::AlongStories), place);
        return;
    }

    auto job = std::make_shared<Job>();
    job->place = place;
    m_running = job;
    auto *watcher = new QFutureWatcher<PassageFinder::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        if (m_running != job)
            return;   // cancelled, or overtaken by a newer comparison
        m_running.reset();
        if (std::exchange(m_matchAgain, false)) {
            // Pages came meanwhile: compare all again, and show what this found till then
            // (unless the new comparison was quick enough to be done already).
            findMatches();
            if (m_running)
                applyMatches(watcher->result(), job->place);
            else
                emit busyChanged();   // done already, on this thread
            return;
        }
        emit busyChanged();
        applyMatches(watcher->result(), job->place);
    });
    // The list shared, not copied: an edit to the library meanwhile copies the library's.
    // A folder's archive index answers for a set of pages it has seen matched, once all
    // of them are read (the sets on the way there are not kept).
    const bool archived = allRead && !m_archiveFolder.isEmpty()
        && std::all_of(pages.begin(), pages.end(), [&](const ReflowedPage &p) {
               return p.source.path.startsWith(m_archiveFolder + u'/') && !p.source.digest.isEmpty();
           });
    watcher->setFuture(QtConcurrent::run(workerPool(), [pages = QList<ReflowedPage>(pages), options = m_options, job,
                                                        folder = archived ? m_archiveFolder : QString()] {
        constexpr auto reach = PassageFinder::Reach::AlongStories;
        std::optional<ArchiveIndex> index;
        QByteArray key;
        if (!folder.isEmpty()) {
            index.emplace(folder);
            key = ArchiveIndex::passagesKey(pages, options, int(reach));
            if (auto passages = index->passages(key))
                return PassageFinder::withPassages(pages, std::move(*passages), options);
        }
        PassageFinder::Result result = PassageFinder::run(pages, options, &job->progress, reach);
        if (index && !result.cancelled && result.failures.isEmpty())
            index->storePassages(key, result.passages);
        return result;
    }));
    emit busyChanged();
}

bool Workspace::cancel()
{
    if (!m_openings.isEmpty()) {
        for (const auto &job : std::as_const(m_openings))
            job->progress.cancel();
        m_openings.clear();
        emit busyChanged();
        emit notice(tr("Opening cancelled."));
        emit openingFinished();
        return true;
    }
    if (!m_running)
        return false;
    m_matchAgain = false;
    m_running->progress.cancel();
    m_running.reset();
    emit busyChanged();
    emit notice(tr("Comparing cancelled: the list shows the last complete comparison."));
    emit comparingCancelled();
    return true;
}

Workspace::Progress Workspace::progress() const
{
    Progress progress;
    progress.opening = !m_openings.isEmpty();
    progress.comparing = bool(m_running);
    for (const auto &job : std::as_const(m_openings)) {
        progress.total += job->progress.total();
        progress.done += job->progress.done();
    }
    if (!progress.opening && m_running) {
        progress.total = m_running->progress.total();
        progress.done = m_running->progress.done();
    }
    return progress;
}

void Workspace::applyMatches(PassageFinder::Result result, const std::optional<Place> &place)
{
    ++m_generation;
    m_matches = std::move(result);
    // Found while more pages were being read: those are in the library, not yet here.
    const qsizetype count = m_library->pages().size();
    if (!m_matches.pages.empty() && m_matches.pages.size() != size_t(count))
        m_matches.pages.resize(size_t(count));
    for (qsizetype i = m_matches.paths.size(); i < count; ++i)
        m_matches.paths.append(m_library->pages().at(i).source.path);
    resetPlacer();
    m_groups = StoryGroup::group(m_library->pages(), m_matches.passages);
    m_library->setStoryGroups(m_groups);
    appendChosenComparisons();
    m_shownPassage = -1;
    emit matchesFound(place);
}

void Workspace::resetPlacer()
{
    QStringList paths;
    for (const ReflowedPage &page : m_library->pages())
        paths.append(page.source.path);
    m_placer.emplace(paths, m_matches.pages);
}

void Workspace::appendChosenComparisons()
{
    m_chosenFrom = int(m_matches.passages.size());
    for (const ChosenComparisons::Choice &choice : m_chosen.choices()) {
        const auto a = analyzedPage(choice[SideA].page), b = analyzedPage(choice[SideB].page);
        if (a && b)
            m_matches.passages.append(ChosenComparisons::compare(choice, *a, *b, m_options));
    }
}

int Workspace::passageNear(std::array<int, SideCount> pages, qsizetype where, bool inKey) const
{
    const auto start = [inKey](const PassageComparison &p) -> qsizetype {
        return inKey ? p.keyStart[SideA] : p.lines[SideA].first.value;
    };
    int best = -1;
    for (int i = 0; i < m_matches.passages.size(); ++i) {
        const PassageComparison &p = m_matches.passages[i];
        if (p.page == pages
            && (best < 0 || std::abs(start(p) - where) < std::abs(start(m_matches.passages[best]) - where)))
            best = i;
    }
    return best;
}

std::pair<int, int> Workspace::groupOf(const QList<int> &witnesses, int base) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const auto &members = m_groups[g].members;
        const auto memberOf = [&](int page) {
            return std::find_if(members.begin(), members.end(), [&](const StoryGroup::Member &m) { return m.page == page; });
        };
        const auto baseMember = memberOf(base);
        if (baseMember != members.end()
            && std::all_of(witnesses.begin(), witnesses.end(), [&](int page) { return memberOf(page) != members.end(); }))
            return {g, int(baseMember - members.begin())};
    }
    return {-1, -1};
}

void Workspace::setChosen(const QList<ChosenComparisons::Choice> &choices)
{
    m_chosen.clear();
    for (const ChosenComparisons::Choice &choice : choices)
        m_chosen.add(choice);
}

int Workspace::choose(const ChosenComparisons::Choice &choice, int replacing)
{
    int index = replacing;
    if (index >= 0 && index < m_chosen.choices().size())
        m_chosen.replace(index, choice);
    else
        index = m_chosen.add(choice);
    emit changed();   // the project holds its chosen comparisons
    m_matches.passages.resize(m_chosenFrom);
    appendChosenComparisons();
    return m_chosenFrom + index;
}

bool Workspace::collate(int group, std::optional<int> base)
{
    if (group < 0 || group >= m_groups.size())
        return false;
    const StoryGroup story = m_groups[group];
    // Beyond the few hundred pages the finder keeps, the story's are analysed now.
    QList<int> pages;
    for (const StoryGroup::Member &member : story.members)
        pages.append(member.page);
    if (story.members.size() <= CollateAtOnceUpTo) {
        if (!analyzePages(pages))
            return false;
        emit collated(group, Collator::collate(m_matches, story, base, m_options));
        return true;
    }
    if (m_matches.pages.size() != size_t(m_library->pages().size()))
        m_matches.pages.resize(size_t(m_library->pages().size()));
    struct Done {
        Collation collation;
        std::vector<std::pair<int, std::shared_ptr<const AnalyzedPage>>> analyzed;
    };
    // The matches shared with the job, their pages vector copied: it adds to its own.
    auto result = std::make_shared<PassageFinder::Result>(m_matches);
    auto *watcher = new QFutureWatcher<Done>(this);
    ++m_collating;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, group, generation = m_generation] {
        watcher->deleteLater();
        --m_collating;
        emit busyChanged();
        if (generation != m_generation)
            return;   // the matches it collated are gone
        const Done done = watcher->result();
        for (const auto &[page, analyzed] : done.analyzed)
            if (!m_matches.pages[size_t(page)])
                m_matches.pages[size_t(page)] = analyzed;
        if (!done.analyzed.empty())
            resetPlacer();
        emit collated(group, done.collation);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [result, library = m_library->pages(), story, base,
                                                        options = m_options, pages] {
        Done done;
        for (int page : analyzeMissing(result->pages, library, pages, options))
            done.analyzed.emplace_back(page, result->pages[size_t(page)]);
        done.collation = Collator::collate(*result, story, base, options);
        return done;
    }));
    emit busyChanged();
    return true;
}

int Workspace::comparePrintings(int group, std::array<std::pair<int, int>, SideCount> printings)
{
    // What each printing prints of the story: a page that ran two stories together
    // prints only its part, and its passages with the others hold the other story too.
    std::array<LineRange, SideCount> parts{};
    const bool inGroup = group >= 0 && group < m_groups.size();
    if (inGroup)
        for (Side s : {SideA, SideB})
            for (const StoryGroup::Member &m : m_groups[group].members)
                if (m.page == printings[s].first && m.story == printings[s].second)
                    parts[s] = m.part;
    const bool whole = parts[SideA].first.value == 0 && parts[SideB].first.value == 0;
    const int pageA = printings[SideA].first, pageB = printings[SideB].first;
    if (inGroup && whole)
        for (int i : m_groups[group].passages) {
            const auto &pages = m_matches.passages[i].page;
            if ((pages[SideA] == pageA && pages[SideB] == pageB) || (pages[SideA] == pageB && pages[SideB] == pageA))
                return i;
        }
    ChosenComparisons::Choice choice;
    for (Side s : {SideA, SideB}) {
        const auto analyzed = analyzedPage(printings[s].first);
        if (!analyzed)
            return -1;
        choice[s] = ChosenComparisons::sideOf(printings[s].first, *analyzed, printings[s].second, parts[s]);
    }
    return choose(choice);
}

} // namespace Jiaokan::App
