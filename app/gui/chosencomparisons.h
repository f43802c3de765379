#pragma once

#include "analysis/compareoptions.h"
#include "diff/passagecomparison.h"
#include "analysis/analyzedpage.h"

#include <QList>

#include <array>
#include <memory>
#include <vector>

namespace Jiaokan::App {

// Comparisons the user chose rather than the matcher: any two pages or stories picked
// in the library, compared whole however little they share, and any comparison with its
// sides swapped. Each is kept by what it compares (pages and their reading ranks, which
// no comparison option changes), so that it is made again whenever the options change.
class ChosenComparisons final
{
public:
    struct Side {
        int page = -1;
        int firstRank = 0;    // in the page's reading order
        int lastRank = -1;
        // A selection of text: where it starts in the first block's text and ends in
        // the last's (UTF-16 offsets, which no option changes either); -1: whole blocks.
        int firstOffset = -1;
        int lastEnd = -1;
        friend bool operator==(const Side &, const Side &) = default;
    };
    using Choice = std::array<Side, Core::SideCount>;

    // The whole of a page, or one of its stories (story >= 0), as a side.
    // part: the lines of the story to take ({0, 0}: all of it).
    static Side sideOf(int page, const Core::AnalyzedPage &analyzed, int story = -1, const Core::LineRange &part = {});
    // The sides of a comparison shown now, B first.
    static Choice swapped(const Core::PassageComparison &passage, const Core::AnalyzedPage &a,
                          const Core::AnalyzedPage &b);
    static Choice swapped(const Choice &choice) { return {choice[Core::SideB], choice[Core::SideA]}; }

    // Returns its index among the choices; a choice made before is not made twice.
    int add(const Choice &choice);
    void replace(int index, const Choice &choice) { m_choices[index] = choice; }
    void clear() { m_choices.clear(); }
    const QList<Choice> &choices() const { return m_choices; }

    // Each choice compared on pages (by page index; a page missing is analysed from
    // sources), its passage's page numbers set.
    static Core::PassageComparison compare(const Choice &choice, const Core::AnalyzedPage &a,
                                           const Core::AnalyzedPage &b, const Core::CompareOptions &options);

private:
    QList<Choice> m_choices;
};

} // namespace Jiaokan::App
