#pragma once

#include "diff/passagecomparison.h"
#include "stories/reflowedpage.h"

#include <QList>

namespace Jiaokan::Core {

// One story as several pages print it: the stories that shared passages join, directly
// or through a third page, so that "this story appears in 001, 002 and 000 (from its
// continuation)" can be read at a glance.
struct StoryGroup {
    struct Member {
        int page = 0;
        int story = -1;          // -1: text of the page outside any story
        bool continued = false;  // the page prints the story from its continuation on
        // The lines of the page's story that print this group's story; {0, 0}: all of
        // it. A printing that ran two stories together (its headline lost to an edit)
        // is a member of both groups, each with its part.
        LineRange part;
        friend bool operator==(const Member &, const Member &) = default;
    };
    QString headline;            // of the first member with one
    QList<Member> members;       // by page, then story
    QList<int> passages;         // the passages that join them, indexes into the caller's list

    // Groups the stories that the passages join. pages[i] is page i of the passages.
    static QList<StoryGroup> group(const QList<ReflowedPage> &pages, const QList<PassageComparison> &passages);
    // The story of page that holds the passage's first line on that page, or -1.
    static int storyAt(const ReflowedPage &page, const LineRange &lines);
};

} // namespace Jiaokan::Core
