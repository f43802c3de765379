#pragma once

#include <QList>

namespace Jiaokan::Core {

// One run of an edit script between sequences A and B, in element offsets.
struct EditRun {
    enum Kind { Equal, Delete, Insert };
    Kind kind = Equal;
    qsizetype aStart = 0;    // where the run starts in A (for Insert: where it goes)
    qsizetype bStart = 0;    // where the run starts in B (for Delete: where it went)
    qsizetype length = 0;
    friend bool operator==(const EditRun &, const EditRun &) = default;
};

using EditScript = QList<EditRun>;

// Appends a run, merging it into the last one when they are of one kind; empty runs
// are dropped, so a script never holds one.
inline void appendRun(EditScript &script, EditRun::Kind kind, qsizetype a, qsizetype b, qsizetype length)
{
    if (length <= 0)
        return;
    if (!script.isEmpty() && script.last().kind == kind) {
        script.last().length += length;
        return;
    }
    script.append(EditRun{kind, a, b, length});
}

} // namespace Jiaokan::Core
