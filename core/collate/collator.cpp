#include "collate/collator.h"

#include "diff/passagecomparer.h"
#include "util/parallelfor.h"

#include <QFileInfo>
#include <QSet>
#include <QHash>

#include <algorithm>

namespace Jiaokan::Core {

namespace {

constexpr qsizetype ContextLength = 10;

// A passage that joins two members, and which of its sides is the first member.
struct Link {
    const PassageComparison *passage = nullptr;
    Side side = SideA;
};

Side other(Side s)
{
    return s == SideA ? SideB : SideA;
}

// For each of the group's passages (in its order), the member on each side, or -1. A
// passage that runs across a story break joins no one here: it holds another story
// too, and the members it joins are compared story with story.
QList<std::array<int, SideCount>> membersOfPassages(const PassageFinder::Result &result, const StoryGroup &group)
{
    QHash<std::pair<int, int>, int> memberOf;
    for (int m = 0; m < group.members.size(); ++m)
        memberOf.insert({group.members[m].page, group.members[m].story}, m);
    QList<std::array<int, SideCount>> members;
    members.reserve(group.passages.size());
    for (int i : group.passages) {
        const PassageComparison &p = result.passages.at(i);
        std::array<int, SideCount> member{-1, -1};
        for (Side s : {SideA, SideB})
            if (const auto &page = result.pages[size_t(p.page[s])]; page && p.storyBreaks.isEmpty())
                member[s] = memberOf.value({p.page[s], StoryGroup::storyAt(page->page, p.lines[s])}, -1);
        for (Side s : {SideA, SideB})
            if (member[s] >= 0 && group.members[member[s]].part.first.value > 0)
                member = {-1, -1};
        members.append(member);
    }
    return members;
}

// The passages that join base to each member, in the base's order: one pass over the
// story's passages (a story of 900 printings has 4,000), not one per member.
QList<QList<Link>> linksToBase(const PassageFinder::Result &result, const StoryGroup &group, int base)
{
    QList<QList<Link>> links(group.members.size());
    const QList<std::array<int, SideCount>> members = membersOfPassages(result, group);
    for (qsizetype i = 0; i < members.size(); ++i)
        for (Side s : {SideA, SideB})
            if (const int to = members[i][other(s)]; members[i][s] == base && to >= 0 && to != base)
                links[to].append(Link{&result.passages.at(group.passages[i]), s});
    for (QList<Link> &list : links)
        std::sort(list.begin(), list.end(), [](const Link &l, const Link &r) {
            return l.passage->keyStart[l.side] < r.passage->keyStart[r.side];
        });
    return links;
}

} // namespace

QStringList Collator::sigla(const QStringList &names)
{
    // Where each siglum stands, kept as sigla change: a story of 900 printings would
    // otherwise compare every name with every other, twice.
    QStringList sigla;
    QHash<QString, QList<qsizetype>> at;
    for (const QString &name : names) {
        sigla.append(QFileInfo(name).completeBaseName().section(u'_', 0, 0));
        at[sigla.last()].append(sigla.size() - 1);
    }
    auto rename = [&](qsizetype j) {
        at[sigla[j]].removeOne(j);
        sigla[j] = QFileInfo(names[j]).completeBaseName();
        at[sigla[j]].append(j);
    };
    // Where a short siglum is shared, the first keeps it and the others take their names.
    for (qsizetype i = 0; i < sigla.size(); ++i)
        if (at.value(sigla[i]).size() > 1 || sigla[i].isEmpty())
            for (qsizetype j : QList<qsizetype>(at.value(sigla[i])))
                if (j != i)
                    rename(j);
    for (qsizetype i = 0; i < sigla.size(); ++i)
        if (at.value(sigla[i]).size() > 1 || sigla[i].isEmpty())
            rename(i);
    return sigla;
}

namespace {

// One witness's departure from the base, in the base's key.
struct Departure {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;            // the witness's reading
    DifferenceClass kind = DifferenceClass::Text;
    // Half of a move: where in the base's key the other half is; -1 when no move.
    qsizetype partnerStart = -1;
    qsizetype partnerEnd = -1;
};

// A witness's move found while the locations are made, its other half still to place.
struct PendingMove {
    int location = 0;
    int witness = 0;
    qsizetype partnerStart = 0;
    qsizetype partnerEnd = 0;
};

} // namespace

int Collator::centralMember(const PassageFinder::Result &result, const StoryGroup &group)
{
    // Each passage counted once for the members on its two sides: a story printed by
    // 300 papers has hundreds of passages, not 300 × 300 member pairs to look at.
    const QList<std::array<int, SideCount>> members = membersOfPassages(result, group);
    QList<double> shared(group.members.size(), 0.0);
    for (qsizetype i = 0; i < members.size(); ++i) {
        const std::array<int, SideCount> &member = members[i];
        if (member[SideA] < 0 || member[SideB] < 0 || member[SideA] == member[SideB])
            continue;
        const PassageComparison &p = result.passages.at(group.passages[i]);
        for (Side s : {SideA, SideB})
            shared[member[s]] += double(p.keyEnd[s] - p.keyStart[s]) * p.similarity;
    }
    return int(std::max_element(shared.begin(), shared.end()) - shared.begin());
}

Collation Collator::collate(const PassageFinder::Result &result, const StoryGroup &group, std::optional<int> base,
                           const CompareOptions &options)
{
    Collation c;
    c.headline = group.headline;
    if (group.members.isEmpty() || result.pages.empty())
        return c;
    c.base = base && *base >= 0 && *base < group.members.size() ? *base : centralMember(result, group);
    const StoryGroup::Member &baseMember = group.members[c.base];
    const AnalyzedPage &basePage = *result.pages[size_t(baseMember.page)];
    const ComparisonKey &key = basePage.diffKey;

    QStringList names;
    for (const StoryGroup::Member &m : group.members)
        names.append(result.paths.value(m.page));
    QStringList sigla = Collator::sigla(names);
    // A page the user named, or whose source names its paper, goes by that name, unless
    // two versions would then share one.
    QStringList named = sigla;
    for (int w = 0; w < group.members.size(); ++w)
        if (const auto &page = result.pages[size_t(group.members[w].page)];
            page && (!page->page.source.label.isEmpty() || !page->page.source.metadata.paper.isEmpty()))
            named[w] = page->page.source.displayName();
    if (QSet<QString>(named.begin(), named.end()).size() == named.size())
        sigla = named;

    // What joins each witness to the base: the finder's passages, or a comparison now.
    QList<QList<Link>> links = linksToBase(result, group, c.base);
    QList<int> unlinked;
    for (int w = 0; w < group.members.size(); ++w)
        if (w != c.base && links[w].isEmpty() && result.pages[size_t(group.members[w].page)])
            unlinked.append(w);
    std::vector<PassageComparison> made(size_t(unlinked.size()));
    // Plain variables: a lambda cannot take structured bindings in every compiler yet.
    const std::pair<int, int> baseRanks = basePage.storyRanks(baseMember.story, baseMember.part);
    const int baseFirst = baseRanks.first, baseLast = baseRanks.second;
    parallelFor(unlinked.size(), [&](qsizetype i) {
        const StoryGroup::Member &member = group.members[unlinked[i]];
        const AnalyzedPage &page = *result.pages[size_t(member.page)];
        const auto [first, last] = page.storyRanks(member.story, member.part);
        if (baseLast < baseFirst || last < first)
            return;
        made[size_t(i)] = PassageComparer(basePage, page, options)
                              .compareRanges({key.rankStart(baseFirst), page.diffKey.rankStart(first)},
                                             {key.rankEnd(baseLast), page.diffKey.rankEnd(last)});
        made[size_t(i)].page = {baseMember.page, member.page};
    });
    for (qsizetype i = 0; i < unlinked.size(); ++i)
        if (made[size_t(i)].keyEnd[SideA] > made[size_t(i)].keyStart[SideA])
            links[unlinked[i]] = {Link{&made[size_t(i)], SideA}};

    QList<QList<Departure>> departures(group.members.size());
    c.baseStart = key.size();
    c.baseEnd = 0;
    for (int w = 0; w < group.members.size(); ++w) {
        Collation::Witness witness;
        witness.page = group.members[w].page;
        witness.story = group.members[w].story;
        witness.siglum = sigla[w];
        if (w != c.base) {
            for (const Link &l : std::as_const(links[w])) {
                const PassageComparison &p = *l.passage;
                const Side b = l.side, x = other(l.side);
                witness.extent.append({p.keyStart[b], p.keyEnd[b]});
                if (witness.lines.first.value == 0 || p.lines[x].first < witness.lines.first)
                    witness.lines.first = p.lines[x].first;
                if (p.lines[x].last > witness.lines.last)
                    witness.lines.last = p.lines[x].last;
                for (const Difference &d : p.differences) {
                    Departure departure{d.keyStart[b], d.keyEnd[b], d.text[x], d.kind};
                    if (d.movedWith >= 0) {
                        const Difference &partner = p.differences[d.movedWith];
                        departure.partnerStart = partner.keyStart[b];
                        departure.partnerEnd = partner.keyEnd[b];
                    }
                    departures[w].append(departure);
                }
                c.baseStart = std::min(c.baseStart, p.keyStart[b]);
                c.baseEnd = std::max(c.baseEnd, p.keyEnd[b]);
            }
        }
        c.witnesses.append(witness);
    }
    if (c.baseEnd <= c.baseStart)
        return c;   // no witness is aligned with the base
    Collation::Witness &baseWitness = c.witnesses[c.base];
    baseWitness.extent = {{c.baseStart, c.baseEnd}};
    baseWitness.lines = key.lines(basePage.page, c.baseStart, c.baseEnd);

    // Locations: the departures of all witnesses, overlapping or touching ones joined.
    struct Span {
        qsizetype start, end;
    };
    QList<Span> spans;
    for (const QList<Departure> &list : std::as_const(departures))
        for (const Departure &d : list)
            spans.append(Span{d.start, d.end});
    std::sort(spans.begin(), spans.end(), [](const Span &l, const Span &r) {
        return std::tie(l.start, l.end) < std::tie(r.start, r.end);
    });
    QList<Span> merged;
    for (const Span &s : std::as_const(spans)) {
        if (!merged.isEmpty() && s.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged.append(s);
    }
    for (QList<Departure> &list : departures)
        std::sort(list.begin(), list.end(), [](const Departure &l, const Departure &r) {
            return std::tie(l.start, l.end) < std::tie(r.start, r.end);
        });

    auto original = [&](qsizetype from, qsizetype to) {
        return from < to ? key.originalText(basePage.page, from, to) : QString();
    };
    std::vector<qsizetype> nextDeparture(size_t(c.witnesses.size()), 0);
    QList<PendingMove> pending;
    for (const Span &span : std::as_const(merged)) {
        Collation::Location location;
        location.baseStart = span.start;
        location.baseEnd = span.end;
        location.baseLines = key.lines(basePage.page, span.start, span.end);
        location.before = original(std::max(c.baseStart, span.start - ContextLength), span.start);
        location.after = original(span.end, std::min(c.baseEnd, span.end + ContextLength));
        std::optional<DifferenceClass> kind;
        bool mixed = false;
        QHash<QString, int> readingIndex;
        auto addReading = [&](const QString &text, int w) {
            auto it = readingIndex.find(text);
            if (it == readingIndex.end()) {
                it = readingIndex.insert(text, int(location.readings.size()));
                location.readings.append(Collation::Reading{text, {}});
            }
            location.readings[*it].witnesses.append(w);
        };
        // Each departure lies in one location, and both are in order: each witness's
        // next departure is kept, so a story of 900 printings and thousands of
        // locations is not 900 scans of every departure per location.
        const QString baseReading = original(span.start, span.end);
        addReading(baseReading, c.base);
        for (int w = 0; w < c.witnesses.size(); ++w) {
            if (w == c.base)
                continue;
            const QList<Departure> &list = departures[w];
            qsizetype &n = nextDeparture[size_t(w)];
            while (n < list.size() && list[n].start < span.start)
                ++n;
            if (!c.witnesses[w].prints(span.start, span.end)) {
                location.lacking.append(w);
                continue;
            }
            QString text;
            qsizetype at = span.start;
            bool departs = false;
            for (qsizetype k = n; k < list.size() && list[k].start <= span.end; ++k) {
                const Departure &d = list[k];
                if (d.end > span.end)
                    continue;
                if (d.partnerStart >= 0)
                    pending.append(PendingMove{int(c.locations.size()), w, d.partnerStart, d.partnerEnd});
                text += original(at, d.start) + d.text;
                at = d.end;
                departs = true;
                if (kind && *kind != d.kind)
                    mixed = true;
                kind = d.kind;
            }
            addReading(departs ? text + original(at, span.end) : baseReading, w);
        }
        location.kind = kind && !mixed ? *kind : DifferenceClass::Text;
        // The base's reading first, then the most widely printed.
        std::stable_sort(location.readings.begin() + 1, location.readings.end(),
                         [](const Collation::Reading &l, const Collation::Reading &r) {
                             return l.witnesses.size() > r.witnesses.size();
                         });
        for (Collation::Reading &r : location.readings)
            std::sort(r.witnesses.begin(), r.witnesses.end());
        // A location where every witness that prints it agrees with the base (its
        // departures were in parts another witness lacks) is no variant.
        if (location.readings.size() > 1)
            c.locations.append(location);
        else
            pending.removeIf([&](const PendingMove &m) { return m.location == int(c.locations.size()); });
    }
    // Each half of a move names the location of the other: the one that holds the other
    // half's place in the base (locations are in the base's order, apart).
    for (const PendingMove &m : std::as_const(pending)) {
        const auto it = std::lower_bound(c.locations.cbegin(), c.locations.cend(), m.partnerStart,
                                         [](const Collation::Location &l, qsizetype at) { return l.baseEnd < at; });
        if (it == c.locations.cend() || it->baseStart > m.partnerStart || it->baseEnd < m.partnerEnd)
            continue;
        const int other = int(it - c.locations.cbegin());
        if (other != m.location)
            c.locations[m.location].moved.append({m.witness, other});
    }
    return c;
}

QList<Collation> Collator::collate(const PassageFinder::Result &result, std::optional<int> basePage,
                                   const CompareOptions &options)
{
    QList<ReflowedPage> pages;
    for (const auto &p : result.pages)
        pages.append(p ? p->page : ReflowedPage{});
    QList<Collation> collations;
    for (const StoryGroup &group : StoryGroup::group(pages, result.passages)) {
        std::optional<int> base;
        for (int m = 0; m < group.members.size(); ++m)
            if (basePage && group.members[m].page == *basePage)
                base = m;
        collations.append(collate(result, group, base, options));
    }
    return collations;
}

} // namespace Jiaokan::Core
