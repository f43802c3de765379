#include "match/passagefinder.h"

#include "layout/documentloader.h"
#include "diff/passagecomparer.h"
#include "analysis/analyzedpage.h"
#include "match/boilerplate.h"
#include "match/passageindex.h"
#include "match/spanclusters.h"
#include "text/pageloader.h"
#include "text/tr.h"
#include "util/parallelfor.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QScopeGuard>

#include <functional>
#include <limits>
#include <map>
#include <memory>

namespace Jiaokan::Core {

namespace {

// Up to this many pages stay in memory between finding and comparing; beyond it a
// page is analysed again when a pair needs it (it is deterministic).
constexpr qsizetype KeepAllUpTo = 200;

using PagePtr = std::shared_ptr<const AnalyzedPage>;

using Loader = std::function<std::optional<ReflowedPage>(qsizetype, QString *)>;

// The page, its fingerprints moved out (into the index; a page read again drops them).
std::pair<PagePtr, QString> analyzeOne(const Loader &load, qsizetype i, const CompareOptions &options,
                                       std::vector<Fingerprint> *fingerprints = nullptr)
{
    QString error;
    std::optional<ReflowedPage> source = load(i, &error);
    if (!source)
        return {nullptr, error};
    AnalyzedPage page = AnalyzedPage::analyze(std::move(*source), options);
    if (fingerprints)
        *fingerprints = std::move(page.fingerprints);
    page.fingerprints = {};
    return {std::make_shared<const AnalyzedPage>(std::move(page)), QString()};
}

PassageFinder::Result find(const QStringList &paths, const Loader &load, const CompareOptions &options,
                           TaskProgress *progress, PassageFinder::Reach reach);

} // namespace

PassageFinder::Result PassageFinder::run(const QStringList &paths, const CompareOptions &options,
                                         TaskProgress *progress, Reach reach)
{
    // A PDF of several pages is several pages, each read when it is needed.
    std::vector<QStringList> expanded(size_t(paths.size()));
    parallelFor(paths.size(), [&](qsizetype i) { expanded[size_t(i)] = DocumentLoader::pagesOf(paths[i]); });
    QStringList pages;
    QList<int> given;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        pages += expanded[size_t(i)];
        given.insert(given.size(), expanded[size_t(i)].size(), int(i));
    }
    // Pages read by path are the CLI's: no project needs their digest. (Read through a
    // const reference: the list is shared with the result, and a non-const [] from the
    // worker threads would detach it in each at once.)
    const QStringList &pageNames = pages;
    const auto load = [&](qsizetype i, QString *error) -> std::optional<ReflowedPage> {
        auto source = DocumentLoader::load(pageNames[i], error, PageLoader::Digest::Skip);
        if (!source)
            return std::nullopt;
        return ReflowedPage::analyze(std::move(*source));
    };
    Result result = find(pages, load, options, progress, reach);
    result.given = std::move(given);
    return result;
}

PassageFinder::Result PassageFinder::run(const QList<PageText> &sources, const CompareOptions &options,
                                         TaskProgress *progress, Reach reach)
{
    QStringList paths;
    for (const PageText &source : sources)
        paths.append(source.path);
    Result result = find(
        paths, [&](qsizetype i, QString *) { return std::optional<ReflowedPage>(ReflowedPage::analyze(sources[i])); },
        options, progress, reach);
    for (int i = 0; i < sources.size(); ++i)
        result.given.append(i);
    return result;
}

PassageFinder::Result PassageFinder::run(const QList<ReflowedPage> &pages, const CompareOptions &options,
                                         TaskProgress *progress, Reach reach)
{
    QStringList paths;
    for (const ReflowedPage &page : pages)
        paths.append(page.source.path);
    // The pages as they were reflowed when opened: only what the options change is made.
    Result result = find(paths, [&](qsizetype i, QString *) { return std::optional<ReflowedPage>(pages[i]); },
                         options, progress, reach);
    for (int i = 0; i < pages.size(); ++i)
        result.given.append(i);
    return result;
}

PassageFinder::Result PassageFinder::withPassages(const QList<ReflowedPage> &pages, QList<PassageComparison> passages,
                                                  const CompareOptions &options)
{
    Result result;
    for (int i = 0; i < pages.size(); ++i) {
        result.paths.append(pages[i].source.path);
        result.given.append(i);
    }
    result.passages = std::move(passages);
    for (const ReflowedPage &page : pages)
        result.outlines.append(ReflowedPage{{}, {}, page.stories});
    if (pages.size() <= KeepAllUpTo) {
        result.pages.resize(size_t(pages.size()));
        parallelFor(pages.size(), [&](qsizetype i) {
            result.pages[size_t(i)] = std::make_shared<const AnalyzedPage>(AnalyzedPage::analyze(pages[i], options));
        });
    }
    return result;
}

namespace {

// The share of each page's diff key that passages between them cover; their page
// numbers 0 and 1 are a and b.
std::array<double, SideCount> coveredShares(const AnalyzedPage &a, const AnalyzedPage &b,
                                            const QList<PassageComparison> &passages)
{
    std::array<qsizetype, SideCount> covered{};
    for (const PassageComparison &p : passages)
        for (Side s : {SideA, SideB})
            covered[p.page[s] == 0 ? SideA : SideB] += p.keyEnd[s] - p.keyStart[s];
    std::array<double, SideCount> share{};
    for (Side s : {SideA, SideB}) {
        const AnalyzedPage &page = s == SideA ? a : b;
        share[s] = page.diffKey.size() > 0 ? double(covered[s]) / double(page.diffKey.size()) : 1.0;
    }
    return share;
}

// Two texts of one story each (or of none: a poem, a chapter) whose shared passages
// leave a tenth of either out: a paragraph moved or rewritten there is a difference of
// the two, not text printed elsewhere, so the two are compared whole.
bool pairsOnlyPartOfOneStoryEach(const AnalyzedPage &a, const AnalyzedPage &b, const std::array<double, SideCount> &share)
{
    return a.page.stories.size() <= 1 && b.page.stories.size() <= 1 && std::min(share[SideA], share[SideB]) < 0.9;
}

} // namespace

std::optional<PassageFinder::Result> PassageFinder::compareWhole(const QStringList &paths, const CompareOptions &options,
                                                                QString *error)
{
    std::array<std::shared_ptr<const AnalyzedPage>, SideCount> pages;
    for (Side s : {SideA, SideB}) {
        auto source = DocumentLoader::load(paths.value(s), error, PageLoader::Digest::Skip);
        if (!source)
            return std::nullopt;
        pages[s] = std::make_shared<const AnalyzedPage>(AnalyzedPage::analyze(std::move(*source), options));
    }
    Result result;
    result.paths = paths.mid(0, 2);
    result.given = {0, 1};
    result.passages = {PassageComparer(*pages[SideA], *pages[SideB], options).compareWhole()};
    result.pages = {pages[SideA], pages[SideB]};
    result.outlines = {ReflowedPage{{}, {}, pages[SideA]->page.stories}, ReflowedPage{{}, {}, pages[SideB]->page.stories}};
    return result;
}

std::optional<QString> PassageFinder::wholeComparisonReason(const Result &found, const CompareOptions &options)
{
    if (found.passages.isEmpty())
        return Tr::tr("the matcher pairs no passage of them");
    if (const auto whole = wholeComparison(found, options))
        return whole->reason;
    return std::nullopt;
}

std::optional<PassageFinder::Whole> PassageFinder::wholeComparison(const Result &found, const CompareOptions &options)
{
    // Two pages, as read whole: not the pages of a PDF of several.
    if (found.paths.size() != 2 || found.pages.size() != 2 || !found.pages[0] || !found.pages[1])
        return std::nullopt;
    const AnalyzedPage &a = *found.pages[0], &b = *found.pages[1];
    auto whole = [&](const QString &reason, std::optional<PassageComparison> compared = std::nullopt) {
        Whole w{Result{}, reason};
        w.result.paths = found.paths;
        w.result.given = {0, 1};
        w.result.passages = {compared ? *compared : PassageComparer(a, b, options).compareWhole()};
        w.result.pages = found.pages;
        w.result.outlines = found.outlines;
        return std::optional<Whole>(std::move(w));
    };
    if (found.passages.isEmpty())
        return whole(Tr::tr("the matcher pairs no passage of them"));
    const std::array<double, SideCount> share = coveredShares(a, b, found.passages);
    if (pairsOnlyPartOfOneStoryEach(a, b, share))
        return whole(Tr::tr("the matcher pairs only part of two texts of one story each"));
    if (std::max(share[SideA], share[SideB]) < 0.5) {
        const PassageComparison compared = PassageComparer(a, b, options).compareWhole();
        if (compared.similarity >= 0.5)
            return whole(Tr::tr("the matcher pairs only a little of two versions of one text"), compared);
    }
    return std::nullopt;
}

namespace {

// The blocks a stretch of a page's diff key covers, furniture left out.
QList<int> blocksOf(const AnalyzedPage &page, qsizetype start, qsizetype end)
{
    QList<int> blocks;
    const ComparisonKey &key = page.diffKey;
    if (key.size() == 0 || end <= start)
        return blocks;
    for (int rank = key.rankAt(start); rank <= key.rankAt(std::min(end, key.size()) - 1); ++rank) {
        const int b = key.readingOrder()[rank];
        if (page.page.blocks[b].kind != BlockKind::Furniture)
            blocks.append(b);
    }
    return blocks;
}

// A passage that shares hardly anything but boilerplate is no passage; a difference that
// lies in boilerplate on both sides is none.
void dropBoilerplate(QList<PassageComparison> *passages, std::array<const AnalyzedPage *, SideCount> pages,
                     std::array<const QSet<int> *, SideCount> boilerplate)
{
    if (boilerplate[SideA]->isEmpty() && boilerplate[SideB]->isEmpty())
        return;
    auto within = [&](Side s, qsizetype start, qsizetype end) {
        const QList<int> blocks = blocksOf(*pages[s], start, end);
        return !blocks.isEmpty() && std::all_of(blocks.cbegin(), blocks.cend(),
                                                [&](int b) { return boilerplate[s]->contains(b); });
    };
    // What the two sides of a passage share is its stretches between differences; when
    // hardly any of that (less than a passage needs) lies outside boilerplate on a side,
    // the pages share only their template and some chance characters.
    auto sharedOutsideBoilerplate = [&](const PassageComparison &p, Side s) {
        const ComparisonKey &key = pages[s]->diffKey;
        qsizetype shared = 0;
        auto count = [&](qsizetype from, qsizetype to) {
            to = std::min(to, key.size());
            while (from < to) {
                const int rank = key.rankAt(from);
                const qsizetype end = std::min(to, key.rankEnd(rank));
                const int b = key.readingOrder()[rank];
                if (!boilerplate[s]->contains(b) && pages[s]->page.blocks[b].kind != BlockKind::Furniture)
                    shared += end - from;
                from = std::max(end, from + 1);
            }
        };
        qsizetype at = p.keyStart[s];
        for (const Difference &d : p.differences) {
            count(at, d.keyStart[s]);
            at = std::max(at, d.keyEnd[s]);
        }
        count(at, p.keyEnd[s]);
        return shared;
    };
    constexpr qsizetype MinShared = PassageComparer::Limits().minShared;
    passages->removeIf([&](const PassageComparison &p) {
        return sharedOutsideBoilerplate(p, SideA) < MinShared || sharedOutsideBoilerplate(p, SideB) < MinShared;
    });
    // A difference's place on a side: its text, or where the other side's would go.
    auto inBoilerplate = [&](Side s, const Difference &d) {
        return within(s, d.keyStart[s], std::max(d.keyEnd[s], d.keyStart[s] + 1));
    };
    for (PassageComparison &p : *passages)
        p.removeDifferencesIf([&](const Difference &d) { return inBoilerplate(SideA, d) && inBoilerplate(SideB, d); });
}

// Page i is paths[i], read by load(i).
PassageFinder::Result find(const QStringList &paths, const Loader &load, const CompareOptions &options,
                           TaskProgress *progress, PassageFinder::Reach reach)
{
    using Result = PassageFinder::Result;
    using Failure = PassageFinder::Failure;
    TaskProgress unobserved;
    if (!progress)
        progress = &unobserved;
    Result result;
    result.paths = paths;
    const qsizetype n = paths.size();
    const bool keep = n <= KeepAllUpTo;
    std::vector<PagePtr> kept(keep ? size_t(n) : 0);
    std::vector<QString> errors(static_cast<size_t>(n), QString());
    std::vector<ReflowedPage> outlines(static_cast<size_t>(n));
    PassageIndex index{int(n)};
    std::vector<std::vector<Boilerplate::BlockPrint>> prints(static_cast<size_t>(n));
    std::vector<std::vector<std::pair<qint32, qint32>>> blockRanges(static_cast<size_t>(n));
    std::vector<std::vector<SpanClusters::StoryRange>> stories(static_cast<size_t>(n));

    progress->addTotal(n);
    parallelFor(n, [&](qsizetype i) {
        if (progress->isCancelled())
            return;
        const auto advance = qScopeGuard([&] { progress->advance(); });
        std::vector<Fingerprint> fingerprints;
        auto [page, error] = analyzeOne(load, i, options, &fingerprints);
        if (!page) {
            errors[size_t(i)] = error;
            return;
        }
        index.setFingerprints(int(i), std::move(fingerprints));
        outlines[size_t(i)].stories = page->page.stories;
        prints[size_t(i)] = Boilerplate::printsOf(page->page);
        blockRanges[size_t(i)] = page->matchRangesOfBlocks();
        stories[size_t(i)] = SpanClusters::rangesOf(blockRanges[size_t(i)], page->page.storyOfBlocks());
        if (keep)
            kept[size_t(i)] = std::move(page);
    });
    for (qsizetype i = 0; i < n; ++i)
        if (!errors[size_t(i)].isEmpty())
            result.failures.append(Failure{paths[i], errors[size_t(i)]});
    if (progress->isCancelled()) {
        result.cancelled = true;
        return result;
    }

    const std::vector<QSet<int>> boilerplate = Boilerplate::find(prints);
    prints.clear();
    // A site's template, on every page saved from it, pairs no two of them: its
    // fingerprints go before the index pairs pages (1,000 articles of one site would
    // otherwise be 499,500 pairs to compare).
    parallelFor(n, [&](qsizetype i) {
        std::vector<std::pair<qint32, qint32>> ranges;
        for (const int block : boilerplate[size_t(i)])
            ranges.push_back(blockRanges[size_t(i)][size_t(block)]);
        index.dropFingerprints(int(i), ranges);
    });
    blockRanges.clear();
    // A story printed by hundreds of pages is compared along its closest printings and
    // its hub, when asked; otherwise every pair that shares it.
    PassageIndex::Limits limits;
    if (reach == PassageFinder::Reach::EveryPair)
        limits.allPairsUpTo = std::numeric_limits<int>::max();
    const QList<SharedSpan> found = index.takeSharedSpans(limits);
    const QList<SharedSpan> spans = reach == PassageFinder::Reach::AlongStories ? SpanClusters::thin(found, stories) : found;
    stories.clear();
    std::map<std::pair<int, int>, QList<SharedSpan>> byPair;
    for (const SharedSpan &s : spans)
        byPair[{s.page[SideA], s.page[SideB]}].append(s);
    std::vector<std::pair<std::pair<int, int>, QList<SharedSpan>>> pairs(byPair.begin(), byPair.end());

    // Pages read again are shared between the pairs that need them while any is at work.
    // The most recent ones stay a little longer: pairs come sorted by their first page.
    QMutex cacheMutex;
    QHash<int, std::weak_ptr<const AnalyzedPage>> cache;
    std::vector<PagePtr> recent;
    size_t recentNext = 0;
    constexpr size_t RecentPages = 1024;
    auto pageAt = [&](int i) -> PagePtr {
        if (keep)
            return kept[size_t(i)];
        {
            QMutexLocker lock(&cacheMutex);
            if (PagePtr p = cache.value(i).lock())
                return p;
        }
        PagePtr p = analyzeOne(load, i, options).first;
        QMutexLocker lock(&cacheMutex);
        cache.insert(i, p);
        if (recent.size() < RecentPages)
            recent.push_back(p);
        else
            recent[recentNext++ % RecentPages] = p;
        return p;
    };

    std::vector<QList<PassageComparison>> compared(pairs.size());
    progress->addTotal(qsizetype(pairs.size()));
    parallelFor(qsizetype(pairs.size()), [&](qsizetype i) {
        if (progress->isCancelled())
            return;
        const auto advance = qScopeGuard([&] { progress->advance(); });
        const auto &[pagePair, pairSpans] = pairs[size_t(i)];
        const PagePtr a = pageAt(pagePair.first), b = pageAt(pagePair.second);
        if (!a || !b)
            return;   // the file changed or vanished since it was read
        const PassageComparer comparer(*a, *b, options);
        QList<PassageComparison> passages = comparer.compare(pairSpans);
        if (!passages.isEmpty() && pairsOnlyPartOfOneStoryEach(*a, *b, coveredShares(*a, *b, passages)))
            passages = {comparer.compareWhole()};
        dropBoilerplate(&passages, {a.get(), b.get()},
                        {&boilerplate[size_t(pagePair.first)], &boilerplate[size_t(pagePair.second)]});
        for (PassageComparison &p : passages)
            p.page = {pagePair.first, pagePair.second};
        compared[size_t(i)] = std::move(passages);
    });
    if (progress->isCancelled()) {
        result.cancelled = true;
        return result;
    }
    for (auto &list : compared)
        result.passages.append(std::move(list));
    if (keep)
        result.pages = std::move(kept);
    result.outlines.reserve(n);
    for (ReflowedPage &outline : outlines)
        result.outlines.append(std::move(outline));
    return result;
}

} // namespace

} // namespace Jiaokan::Core
