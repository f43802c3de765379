#pragma once

namespace Jiaokan::Core {

// What a comparison key leaves out or folds, so that it is not a difference.
struct KeyOptions {
    bool foldWidth = true;          // NFKC: ，and , are one character
    bool keepSpace = false;         // line breaks never count; spaces only when kept
    bool keepPunctuation = true;
    bool foldScript = false;        // 發展 and 发展 are the same text
};

} // namespace Jiaokan::Core
