#pragma once

#include "text/pagetext.h"

#include <QList>
#include <QString>

namespace Jiaokan::Core {

// One article of a page: its body blocks (a contiguous range, with the headline when it
// sits right above) and its headline, wherever the extractor put it.
struct Story {
    QString headline;
    QList<int> headlineBlocks;   // may lie outside [firstBlock, lastBlock]
    int firstBlock = 0;
    int lastBlock = 0;
    SourceLine firstLine;
    SourceLine lastLine;
    bool continued = false;      // opens with （上接第N版）: the start is printed elsewhere
};

} // namespace Jiaokan::Core
