#pragma once

#include "diff/difference.h"

namespace Jiaokan::Core {

// What kind of difference two readings are, judged from the readings alone; whether
// they stand in a dateline or a headline is the caller's to know.
class DifferenceClassifier final
{
public:
    // Space: the same once white space is removed; width: the same after NFKC (，/ ,);
    // punctuation: nothing but punctuation on either side; script: the same once
    // traditional characters are simplified; text: anything else.
    static DifferenceClass classify(QStringView a, QStringView b);
};

} // namespace Jiaokan::Core
