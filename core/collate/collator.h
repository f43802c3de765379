#pragma once

#include "collate/collation.h"
#include "match/passagefinder.h"
#include "match/storygroups.h"

#include <optional>

namespace Jiaokan::Core {

// Aligns every version of a story against a base. The passages the finder paired
// already hold each pair's differences, minimal and cleaned up; a witness is aligned
// through its passages with the base, and the places where any witness departs from
// the base become the variant locations. Text a witness does not print (a story
// printed from its continuation on) is lacking there, not left out.
class Collator final
{
public:
    // Every story that two or more of the pages share. Needs result.pages (the
    // finder keeps them for up to 200 pages); basePage, when given and among a
    // story's pages, is that story's base, otherwise the most central version.
    // options: those the passages were compared with.
    static QList<Collation> collate(const PassageFinder::Result &result, std::optional<int> basePage = {},
                                    const CompareOptions &options = {});
    // One story group. base indexes group.members. A member the finder never
    // compared with the base (a story of hundreds of printings is compared along
    // each printing's closest and a hub) is compared with it now, story with story.
    static Collation collate(const PassageFinder::Result &result, const StoryGroup &group,
                             std::optional<int> base = {}, const CompareOptions &options = {});
    // Short names for pages: what their file names start with ("001" of
    // 001_7bef9e.txt) where that tells them apart, else the whole base name.
    static QStringList sigla(const QStringList &names);
    // The member that shares the most text with the others: the most complete and
    // most typical version.
    static int centralMember(const PassageFinder::Result &result, const StoryGroup &group);
};

} // namespace Jiaokan::Core
