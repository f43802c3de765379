#pragma once

#include "annotate/annotation.h"
#include "analysis/compareoptions.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Jiaokan::Core {

// What a user's work consists of: the pages, the options, what was being compared or
// collated, and the annotations. Saved as a .jiaokan file (ProjectFile).
struct Project {
    struct Page {
        QString path;                  // absolute; a pasted page: its name ("Pasted 1")
        QString digest;                // SHA-256 of the page's bytes when it was opened, hex
        QString encoding;
        std::optional<QString> text;   // a pasted page has no file: its text is kept here
        QString label;                 // the name the user gave it, if any
        friend bool operator==(const Page &, const Page &) = default;
    };
    // The comparison on screen: its two pages and the first line of the passage on A.
    struct Comparison {
        std::array<int, 2> pages{};
        int line = 0;
        friend bool operator==(const Comparison &, const Comparison &) = default;
    };
    // The collation on screen: the pages of its witnesses and which is the base.
    struct CollationChoice {
        QList<int> witnesses;
        int base = -1;
        friend bool operator==(const CollationChoice &, const CollationChoice &) = default;
    };

    // One side of a comparison the user chose (two pages, stories or selections of
    // text), as the app keeps it: a page, its reading ranks, and offsets in the first
    // and the last block's text (-1: whole blocks).
    struct ChosenSide {
        int page = 0;
        int firstRank = 0;
        int lastRank = -1;
        int firstOffset = -1;
        int lastEnd = -1;
        friend bool operator==(const ChosenSide &, const ChosenSide &) = default;
    };

    QList<Page> pages;
    CompareOptions options;
    QList<std::array<ChosenSide, 2>> chosen;   // A then B
    std::optional<Comparison> comparison;
    std::optional<CollationChoice> collation;
    QList<Annotation> annotations;     // Annotation::Anchor::page is a Page::path
    // In a recovery copy: the project file it stands for (empty: one never saved).
    QString recoveryOf;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace Jiaokan::Core
