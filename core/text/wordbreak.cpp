#include "text/wordbreak.h"

#include "text/charclass.h"

#include <QString>

#include <unicode/ubrk.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace Jiaokan::Core {

namespace {

struct BreakIteratorCloser {
    void operator()(UBreakIterator *bi) const { ubrk_close(bi); }
};

// Opening a dictionary break iterator is costly; keep one per thread.
UBreakIterator *wordIterator()
{
    thread_local std::unique_ptr<UBreakIterator, BreakIteratorCloser> bi = [] {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *it = ubrk_open(UBRK_WORD, "zh", nullptr, 0, &status);
        return std::unique_ptr<UBreakIterator, BreakIteratorCloser>(U_SUCCESS(status) ? it : nullptr);
    }();
    return bi.get();
}

} // namespace

bool WordBreak::joinIsInsideWord(QStringView before, QStringView after)
{
    before = before.trimmed();
    after = after.trimmed();
    if (before.isEmpty() || after.isEmpty())
        return false;
    // Only Han on both sides: Latin and digits have their own joining rules.
    if (!CharClass::isHan(CharClass::lastCodePoint(before)) || !CharClass::isHan(CharClass::firstCodePoint(after)))
        return false;
    UBreakIterator *bi = wordIterator();
    if (!bi)
        return false;
    constexpr qsizetype Context = 6;
    const QStringView left = before.right(Context);
    const QString text = left + after.left(Context);
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(bi, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return false;
    return !ubrk_isBoundary(bi, int32_t(left.size()));
}

std::pair<qsizetype, qsizetype> WordBreak::wordAround(std::u32string_view text, qsizetype pos)
{
    constexpr qsizetype Context = 12;
    const qsizetype from = std::max<qsizetype>(0, pos - Context);
    const qsizetype to = std::min<qsizetype>(qsizetype(text.size()), pos + Context);
    UBreakIterator *bi = wordIterator();
    if (!bi || from >= to)
        return {pos, pos};
    // UTF-16 for ICU, remembering where each element starts.
    QString window;
    std::vector<qsizetype> unitOf;   // UTF-16 offset -> element index
    for (qsizetype i = from; i < to; ++i) {
        const char32_t c = text[size_t(i)];
        const QString s = QString::fromUcs4(&c, 1);
        for (qsizetype u = 0; u < s.size(); ++u)
            unitOf.push_back(i);
        window.append(s);
    }
    unitOf.push_back(to);
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(bi, reinterpret_cast<const UChar *>(window.utf16()), int32_t(window.size()), &status);
    if (U_FAILURE(status))
        return {pos, pos};
    qsizetype unit = 0;
    while (unitOf[size_t(unit)] < pos)
        ++unit;
    qsizetype before = pos, after = pos;
    if (!ubrk_isBoundary(bi, int32_t(unit))) {
        const int32_t p = ubrk_preceding(bi, int32_t(unit));
        const int32_t n = ubrk_following(bi, int32_t(unit));
        // A boundary at the window's edge is the window's, not the text's: stay put.
        if (p != UBRK_DONE && (p > 0 || from == 0))
            before = unitOf[size_t(p)];
        if (n != UBRK_DONE && (n < window.size() || to == qsizetype(text.size())))
            after = unitOf[size_t(n)];
    }
    return {before, after};
}

} // namespace Jiaokan::Core
