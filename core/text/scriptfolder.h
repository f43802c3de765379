#pragma once

#include <QString>

#include <string>

namespace Jiaokan::Core {

// Folds traditional characters to simplified ones, one character at a time, with
// OpenCC's curated TSCharacters dictionary (t2s). ICU's Hant-Hans transliterator would
// also work, but it is built from Unihan's one-to-one variants, which OpenCC's
// dictionaries were made to correct (著/着, 乾/干, 後/后 by context, regional forms).
// Characters are converted in batches and cached, so a page costs one OpenCC call.
// Thread-safe.
class ScriptFolder final
{
public:
    // False when OpenCC or its data cannot be opened; folding then changes nothing.
    static bool isAvailable();

    // Replaces each traditional character of text with its simplified form, in place.
    // A character whose simplified form is not a single character is left as it is,
    // so offsets into text stay valid.
    static void foldInPlace(std::u32string &text);

    // True when the two texts differ and are the same once folded: 發展 / 发展.
    static bool differOnlyInScript(QStringView a, QStringView b);
};

} // namespace Jiaokan::Core
