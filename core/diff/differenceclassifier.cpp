#include "diff/differenceclassifier.h"

#include "text/charclass.h"
#include "text/scriptfolder.h"

namespace Jiaokan::Core {

namespace {

QString withoutSpace(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s)
        if (!CharClass::isSpace(c.unicode()))
            out.append(c);
    return out;
}

bool onlyPunctuation(QStringView s)
{
    for (char32_t c : s.toUcs4())
        if (!CharClass::isPunctuation(c) && !CharClass::isSpace(c))
            return false;
    return true;
}

} // namespace

DifferenceClass DifferenceClassifier::classify(QStringView a, QStringView b)
{
    const QString sa = withoutSpace(a), sb = withoutSpace(b);
    if (sa == sb)
        return DifferenceClass::Space;
    auto narrow = [](const QString &s) {
        QString n = s.normalized(QString::NormalizationForm_KC);
        for (QChar &c : n)
            c = QChar(char16_t(CharClass::narrowStop(c.unicode())));
        return n;
    };
    const QString na = narrow(sa), nb = narrow(sb);
    if (na == nb)
        return DifferenceClass::Width;
    if (onlyPunctuation(na) && onlyPunctuation(nb))
        return DifferenceClass::Punctuation;
    if (ScriptFolder::differOnlyInScript(na, nb))
        return DifferenceClass::Script;
    return DifferenceClass::Text;
}

} // namespace Jiaokan::Core
