#include "text/wordbreak.h"

#include "text/charclass.h"

#include <QString>

#include <unicode/ubrk.h>

#include <memory>

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

} // namespace Jiaokan::Core
