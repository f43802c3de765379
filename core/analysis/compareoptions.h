#pragma once

#include "analysis/keyoptions.h"

#include <QString>

#include <optional>

namespace Jiaokan::Core {

// What the user asked a comparison to ignore, and how finely to show changes.
struct CompareOptions {
    enum class Granularity { Character, Word };

    bool ignoreWidth = true;
    bool ignoreSpace = true;
    bool ignorePunctuation = false;
    bool ignoreScript = false;
    Granularity granularity = Granularity::Character;

    // The CLI's --ignore list: a comma list of width, punctuation, script, space; it
    // replaces the default (width,space). "none" or an empty list ignores nothing.
    static std::optional<CompareOptions> withIgnoreList(const QString &list, QString *error);
    // The same list for these options: "width,space", or "none".
    QString ignoreList() const;

    KeyOptions keyOptions() const;

    friend bool operator==(const CompareOptions &, const CompareOptions &) = default;
};

} // namespace Jiaokan::Core
