#include "text/charclass.h"

#include "text/codeunitset.h"

#include <QList>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string_view>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace Jiaokan::Core::CharClass {

namespace {

bool uncachedIsHan(char32_t c)
{
    return isCommonHan(c) || u_hasBinaryProperty(UChar32(c), UCHAR_IDEOGRAPHIC) || c == U'〇';
}

bool uncachedIsSpace(char32_t c)
{
    return u_isUWhiteSpace(UChar32(c)) || c == 0xFEFF;
}

bool uncachedIsPunctuation(char32_t c)
{
    return u_ispunct(UChar32(c)) || (u_getIntPropertyValue(UChar32(c), UCHAR_GENERAL_CATEGORY_MASK) & U_GC_S_MASK) != 0;
}

// The classes of the Basic Multilingual Plane, each code point looked up in ICU the
// first time it is asked about: the keys test every character of a page several
// times, and a page uses a few thousand distinct ones. Shared by all threads; a
// class byte is written whole and always with the same value, so relaxed is enough.
class BmpClasses
{
public:
    enum Bit : std::uint8_t { Known = 1, Han = 2, Space = 4, Punctuation = 8 };

    bool has(char32_t c, Bit bit)
    {
        std::uint8_t bits = m_bits[c].load(std::memory_order_relaxed);
        if (!bits) {
            bits = Known | (uncachedIsHan(c) ? Han : 0) | (uncachedIsSpace(c) ? Space : 0)
                | (uncachedIsPunctuation(c) ? Punctuation : 0);
            m_bits[c].store(bits, std::memory_order_relaxed);
        }
        return bits & bit;
    }

private:
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_bits{new std::atomic<std::uint8_t>[0x10000]{}};
};

BmpClasses &bmpClasses()
{
    static BmpClasses classes;
    return classes;
}

} // namespace

bool isHan(char32_t c)
{
    if (isCommonHan(c))
        return true;
    return c < 0x10000 ? bmpClasses().has(c, BmpClasses::Han) : uncachedIsHan(c);
}

bool isLatinLetter(char32_t c)
{
    return (c < 0x250 && u_isalpha(UChar32(c))) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

bool isDigit(char32_t c)
{
    return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19);
}

bool isSpace(char32_t c)
{
    return c < 0x10000 ? bmpClasses().has(c, BmpClasses::Space) : uncachedIsSpace(c);
}

bool isPunctuation(char32_t c)
{
    return c < 0x10000 ? bmpClasses().has(c, BmpClasses::Punctuation) : uncachedIsPunctuation(c);
}

bool mayNotStartLine(char32_t c)
{
    static constexpr CodeUnitSet set(u"。，、；：？！）》」』】〕〗〙〛”’…·—～%％,.;:?!)]}");
    return set.contains(c);
}

bool mayNotEndLine(char32_t c)
{
    static constexpr CodeUnitSet set(u"（《「『【〔〖〘〚“‘([{");
    return set.contains(c);
}

bool isSentenceFinal(char32_t c)
{
    static constexpr CodeUnitSet set(u"。！？…!?．｡");
    return set.contains(c);
}

bool isClosingMark(char32_t c)
{
    static constexpr CodeUnitSet set(u"”’」』）》】〕)]\"'");
    return set.contains(c);
}

bool isClauseMark(char32_t c)
{
    static constexpr CodeUnitSet set(u"，。、；！？,;!?");
    return set.contains(c);
}

namespace {
// Full-width marks a typesetter may set in half an em.
constexpr std::u16string_view CompressiblePunctuation = u"，。、；：？！“”‘’（）《》「」『』【】〔〕";
}

bool isCompressibleCjkPunctuation(char32_t c)
{
    static constexpr CodeUnitSet set(CompressiblePunctuation);
    return set.contains(c);
}

namespace {

double uncachedEmWidth(char32_t c, bool compressPunctuation)
{
    if (isCommonHan(c))
        return 1.0;
    if (c == U'\t')
        return 1.0;
    if (compressPunctuation && isCompressibleCjkPunctuation(c))
        return 0.5;
    const int eaw = u_getIntPropertyValue(UChar32(c), UCHAR_EAST_ASIAN_WIDTH);
    switch (eaw) {
    case U_EA_WIDE:
    case U_EA_FULLWIDTH:
    case U_EA_AMBIGUOUS:
        return 1.0;
    default:
        return 0.5;
    }
}

// Widths of the Basic Multilingual Plane in half ems, both ways, looked up once: line
// metrics measure every character of a page twice.
struct BmpWidths {
    std::array<std::uint8_t, 0x10000> full{}, compressed{};
    BmpWidths()
    {
        // Once per process, before the first page: the compressed widths differ only in
        // the handful of compressible marks, so the property lookups are made once.
        for (char32_t c = 0; c < 0x10000; ++c)
            full[c] = std::uint8_t(uncachedEmWidth(c, false) * 2);
        compressed = full;
        for (const char32_t c : CompressiblePunctuation)
            compressed[c] = std::uint8_t(uncachedEmWidth(c, true) * 2);
    }
};

const BmpWidths &bmpWidths()
{
    static const BmpWidths widths;
    return widths;
}

} // namespace

double emWidth(char32_t c, bool compressPunctuation)
{
    if (c < 0x10000) {
        const BmpWidths &w = bmpWidths();
        return (compressPunctuation ? w.compressed[c] : w.full[c]) * 0.5;
    }
    return uncachedEmWidth(c, compressPunctuation);
}

std::pair<double, double> emWidths(QStringView text)
{
    const BmpWidths &bmp = bmpWidths();
    int full = 0, compressed = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(u, text.at(++i).unicode());
            full += int(uncachedEmWidth(c, false) * 2);
            compressed += int(uncachedEmWidth(c, true) * 2);
            continue;
        }
        full += bmp.full[u];
        compressed += bmp.compressed[u];
    }
    return {full * 0.5, compressed * 0.5};
}

namespace {

const icu::Normalizer2 *nfkc()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFKCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

} // namespace

namespace {

void appendUncachedNfkc(char32_t c, std::u32string &out)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString normalized = nfkc()->normalize(icu::UnicodeString(UChar32(c)), status);
    if (U_FAILURE(status) || normalized.isEmpty()) {
        out.push_back(c);
        return;
    }
    for (int32_t i = 0; i < normalized.length(); i = normalized.moveIndex32(i, 1))
        out.push_back(char32_t(normalized.char32At(i)));
}

// NFKC of each BMP code point that normalizes to one code point, remembered the first
// time (a page repeats its few dozen marks thousands of times); 0 where not known yet,
// Several where it gives more than one. Written whole and always alike by any thread.
class BmpNfkc
{
public:
    static constexpr char32_t Several = 0xFFFFFFFF;

    char32_t single(char32_t c)
    {
        char32_t folded = m_folded[c].load(std::memory_order_relaxed);
        if (folded == 0) {
            std::u32string out;
            appendUncachedNfkc(c, out);
            folded = out.size() == 1 ? out.front() : Several;
            m_folded[c].store(folded, std::memory_order_relaxed);
        }
        return folded;
    }

private:
    std::unique_ptr<std::atomic<char32_t>[]> m_folded{new std::atomic<char32_t>[0x10000]{}};
};

BmpNfkc &bmpNfkc()
{
    static BmpNfkc table;
    return table;
}

} // namespace

void appendNfkc(char32_t c, std::u32string &out)
{
    if (isCommonHan(c) || !nfkc()) {
        out.push_back(c);
        return;
    }
    if (c < 0x10000) {
        if (const char32_t folded = bmpNfkc().single(c); folded != BmpNfkc::Several) {
            out.push_back(folded);
            return;
        }
    } else if (nfkc()->isInert(UChar32(c))) {
        out.push_back(c);
        return;
    }
    appendUncachedNfkc(c, out);
}

char32_t foldWidth(char32_t c)
{
    if (isCommonHan(c) || !nfkc())
        return c;
    if (c < 0x10000) {
        const char32_t folded = bmpNfkc().single(c);
        return folded == BmpNfkc::Several ? c : folded;
    }
    std::u32string folded;
    appendNfkc(c, folded);
    return folded.size() == 1 ? folded.front() : c;
}

char32_t firstCodePoint(QStringView text)
{
    if (text.isEmpty())
        return 0;
    if (text.size() > 1 && text.at(0).isHighSurrogate() && text.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.at(0), text.at(1));
    return text.at(0).unicode();
}

char32_t lastCodePoint(QStringView text)
{
    const qsizetype n = text.size();
    if (n == 0)
        return 0;
    if (n > 1 && text.at(n - 1).isLowSurrogate() && text.at(n - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(n - 2), text.at(n - 1));
    return text.at(n - 1).unicode();
}

bool endsSentence(QStringView text)
{
    qsizetype i = text.size();
    while (i > 0 && (text.at(i - 1).isSpace()))
        --i;
    while (i > 0 && isClosingMark(text.at(i - 1).unicode()))
        --i;
    if (i == 0)
        return false;
    const char16_t last = text.at(i - 1).unicode();
    // An ASCII full stop ends a sentence after Chinese text, not inside 457.4 or "Mr."
    if (last == u'.')
        return i > 1 && isHan(text.at(i - 2).unicode());
    return isSentenceFinal(last);
}

} // namespace Jiaokan::Core::CharClass
