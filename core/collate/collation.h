#pragma once

#include "diff/difference.h"
#include "analysis/comparisonkey.h"
#include "text/pagetext.h"

#include <QList>
#include <QString>

#include <utility>

namespace Jiaokan::Core {

// One story as several pages print it, aligned against one of them (the base): each
// place where any witness departs from the base, with every witness's reading.
struct Collation {
    struct Witness {
        int page = 0;            // as the caller numbers the pages
        int story = -1;          // the page's story, -1: text outside any story
        QString siglum;          // short name: "001"
        LineRange lines;         // the lines of the witness that are collated
        // Key ranges of the base that the witness prints, in order; a witness printed
        // from its continuation on lacks the start.
        QList<std::pair<qsizetype, qsizetype>> extent;

        // Whether the witness prints all of base key range [start, end).
        bool prints(qsizetype start, qsizetype end) const;
    };
    struct Reading {
        QString text;            // as the witnesses print it; empty: they leave it out
        QList<int> witnesses;    // indexes into witnesses, ascending
    };
    struct Location {
        DifferenceClass kind = DifferenceClass::Text;
        qsizetype baseStart = 0;  // in the base page's comparison key; empty: an insertion
        qsizetype baseEnd = 0;
        LineRange baseLines;
        QString before;          // the base's text around the location
        QString after;
        QList<Reading> readings; // the base's reading first, then the most widely printed
        QList<int> lacking;      // witnesses that do not print this part of the story
        // Witnesses whose reading here is half of a move (MoveFinder): the text they
        // leave out here they print at the other location, or the other way round.
        struct Move {
            int witness = 0;
            int location = 0;    // index into locations
            friend bool operator==(const Move &, const Move &) = default;
        };
        QList<Move> moved;
        // The location where witness prints what it moved from or to here, or -1.
        int movedTo(int witness) const;
    };

    QString headline;
    QList<Witness> witnesses;    // by page
    int base = 0;                // index into witnesses
    qsizetype baseStart = 0;     // the part of the base that any witness prints
    qsizetype baseEnd = 0;
    QList<Location> locations;   // in the base's order

    // The witness's reading at a location, or null where it lacks that part.
    const Reading *readingOf(const Location &location, int witness) const;
    // The id of a page's witness in TEI and JSON: "w" and its number from 1.
    static QString witnessId(int page) { return QStringLiteral("w%1").arg(page + 1); }
    // The witnesses' sigla, joined with ", ".
    QString sigla(const QList<int> &witnesses) const;
    // Whether base key position at starts a new block (so text before it ends a
    // paragraph), within the collated part.
    bool startsBlock(const ComparisonKey &baseKey, qsizetype at) const
    {
        return at > baseStart && at < baseKey.size() && baseKey.rankAt(at) != baseKey.rankAt(at - 1);
    }
    // Whether the witness lacks some of the collated part of the base.
    bool isPartial(const Witness &witness) const;
};

} // namespace Jiaokan::Core
