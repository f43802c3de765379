#include "text/pageloader.h"

#include "text/charclass.h"
#include "text/tr.h"

#include <QCryptographicHash>

#include <QFile>
#include <QFileInfo>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>

namespace Jiaokan::Core {

namespace {

struct DecodeFailure {
    qsizetype offset = 0;   // byte offset of the first bad sequence
    QByteArray bytes;       // the bad sequence itself
};

// Decodes with ICU, stopping at the first illegal or unmappable sequence.
std::optional<QString> decodeStrict(const char *charset, QByteArrayView bytes, DecodeFailure *failure)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out;
    out.resize(bytes.size() + 1);
    const char *src = bytes.data();
    const char *srcEnd = src + bytes.size();
    auto *dstBegin = reinterpret_cast<UChar *>(out.data());
    UChar *dst = dstBegin;
    ucnv_toUnicode(conv.get(), &dst, dstBegin + out.size(), &src, srcEnd, nullptr, true, &status);
    if (U_FAILURE(status)) {
        char bad[32];
        int8_t badLen = sizeof bad;
        UErrorCode s2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv.get(), bad, &badLen, &s2);
        if (U_FAILURE(s2))
            badLen = 0;
        if (failure) {
            failure->offset = (src - bytes.data()) - badLen;
            failure->bytes = QByteArray(bad, badLen);
        }
        return std::nullopt;
    }
    out.resize(dst - dstBegin);
    return out;
}

// Well-formed UTF-8, checked and decoded in one pass (ICU's u_strFromUTF8; Qt checks
// and decodes in two, each slower on Chinese text); nothing if any byte is ill-formed.
std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    if (bytes.size() >= std::numeric_limits<int32_t>::max())
        return std::nullopt;
    // As many UTF-16 units as there are characters, and one more for each beyond the
    // BMP: the bytes that start a character, and the lead bytes of four. Counted 64
    // bytes at a time (at most 128 a block), which compilers vectorise; a wrong count
    // on ill-formed input only makes the conversion fail, as it would anyway.
    auto unitsOf = [](unsigned char b) { return ((b & 0xC0) != 0x80) + (b >= 0xF0); };
    qsizetype units = 0;
    qsizetype i = 0;
    for (; i + 64 <= bytes.size(); i += 64) {
        unsigned char block = 0;
        for (qsizetype j = 0; j < 64; ++j)
            block += unitsOf(static_cast<unsigned char>(bytes[i + j]));
        units += block;
    }
    for (; i < bytes.size(); ++i)
        units += unitsOf(static_cast<unsigned char>(bytes[i]));
    QString out(units, Qt::Uninitialized);
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), &length, bytes.data(),
                  int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(length);
    return out;
}

QString describeOffset(QByteArrayView bytes, qsizetype offset)
{
    const qsizetype lineStart = bytes.first(offset).lastIndexOf('\n') + 1;
    const qsizetype line = bytes.first(offset).count('\n') + 1;
    return Tr::tr("line %1, byte %2 of the line (file offset %3)").arg(line).arg(offset - lineStart + 1).arg(offset);
}

QString hexBytes(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex(' ').toUpper());
}

// Control characters other than tab, line ends and form feed do not occur in page text.
bool looksBinary(QByteArrayView bytes, qsizetype *where)
{
    auto isControl = [](unsigned char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
    };
    qsizetype controls = 0;
    constexpr qsizetype Block = 64;
    for (qsizetype from = 0; from < bytes.size(); from += Block) {
        const qsizetype to = std::min(bytes.size(), from + Block);
        // Most blocks have none: the bytes below 0x20 and those of them allowed are
        // counted, in a loop of a fixed length that compilers vectorise, and compared.
        if (to - from == Block) {
            unsigned char below = 0, allowed = 0;
            for (qsizetype i = 0; i < Block; ++i) {
                const auto c = static_cast<unsigned char>(bytes[from + i]);
                below += c < 0x20;
                allowed += (c == '\t') + (c == '\n') + (c == '\r') + (c == '\f') + (c == 0x1B);
            }
            if (below == allowed)
                continue;
        }
        for (qsizetype i = from; i < to; ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c == 0) {
                *where = i;
                return true;
            }
            if (isControl(c) && ++controls > 8 && controls * 100 > bytes.size()) {
                *where = i;
                return true;
            }
        }
    }
    return false;
}

struct Bom {
    const char *charset;
    int length;
};

std::optional<Bom> detectBom(QByteArrayView b)
{
    auto starts = [&](std::initializer_list<unsigned char> sig) {
        if (b.size() < qsizetype(sig.size()))
            return false;
        qsizetype i = 0;
        for (unsigned char c : sig)
            if (static_cast<unsigned char>(b[i++]) != c)
                return false;
        return true;
    };
    if (starts({0xEF, 0xBB, 0xBF}))
        return Bom{"UTF-8", 3};
    if (starts({0xFF, 0xFE, 0x00, 0x00}))
        return Bom{"UTF-32LE", 4};
    if (starts({0x00, 0x00, 0xFE, 0xFF}))
        return Bom{"UTF-32BE", 4};
    if (starts({0xFF, 0xFE}))
        return Bom{"UTF-16LE", 2};
    if (starts({0xFE, 0xFF}))
        return Bom{"UTF-16BE", 2};
    return std::nullopt;
}

// The legacy encodings Chinese pages come in, as ICU's detector names them.
bool isSupportedLegacy(QByteArrayView name)
{
    return name == "GB18030" || name == "Big5" || name == "EUC-JP" || name == "Shift_JIS" || name == "EUC-KR";
}

QList<QByteArray> detectorCandidates(QByteArrayView bytes)
{
    QList<QByteArray> names;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return names;
    // The detector samples the start of the text; 64 KiB is plenty and keeps big files fast.
    const int sample = int(std::min<qsizetype>(bytes.size(), 64 * 1024));
    ucsdet_setText(det.get(), bytes.data(), sample, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &found, &status);
    if (U_FAILURE(status))
        return names;
    for (int i = 0; i < found; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s);
        if (U_SUCCESS(s) && isSupportedLegacy(name) && !names.contains(name))
            names.append(QByteArray(name));
    }
    for (const char *fallback : {"GB18030", "Big5"})
        if (!names.contains(fallback))
            names.append(QByteArray(fallback));
    return names;
}

} // namespace

std::optional<PageText> PageLoader::load(const QString &path, QString *error, Digest digest)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Tr::tr("%1: no such file").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = Tr::tr("%1: is a folder, not a page").arg(path);
        return std::nullopt;
    }
    if (info.size() > MaxPageBytes) {
        *error = Tr::tr("%1: %2 MB is too large for a page (the limit is %3 MB)")
                     .arg(path).arg(double(info.size()) / (1024 * 1024), 0, 'f', 1).arg(MaxPageBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: cannot be read (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    // Read one byte past the size, so a file that grew since stat() is still caught,
    // and never past the limit. read(n) allocates n bytes up front: ask for what is there.
    const qint64 expected = std::min<qint64>(std::max<qint64>(file.size(), 0) + 1, MaxPageBytes + 1);
    QByteArray bytes = file.read(expected);
    while (!file.atEnd() && bytes.size() <= MaxPageBytes && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(1 << 20, MaxPageBytes + 1 - bytes.size()));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = Tr::tr("%1: read error (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromBytes(bytes, path, error, digest);
}

std::optional<PageText> PageLoader::fromBytes(const QByteArray &bytes, const QString &path, QString *error,
                                              Digest digest)
{
    if (bytes.isEmpty()) {
        *error = Tr::tr("%1: the file is empty").arg(path);
        return std::nullopt;
    }
    if (bytes.size() > MaxPageBytes) {
        *error = Tr::tr("%1: too large for a page (the limit is %2 MB)").arg(path).arg(MaxPageBytes / (1024 * 1024));
        return std::nullopt;
    }

    QString text;
    QString encoding;
    if (const auto bom = detectBom(bytes)) {
        const QByteArrayView body = QByteArrayView(bytes).sliced(bom->length);
        DecodeFailure failure;
        const auto decoded = decodeStrict(bom->charset, body, &failure);
        if (!decoded) {
            *error = Tr::tr("%1: invalid %2 at byte offset %3 (bytes %4)")
                         .arg(path, QString::fromLatin1(bom->charset)).arg(failure.offset + bom->length)
                         .arg(hexBytes(failure.bytes));
            return std::nullopt;
        }
        text = *decoded;
        encoding = QString::fromLatin1(bom->charset);
    } else {
        qsizetype where = 0;
        if (looksBinary(bytes, &where)) {
            *error = Tr::tr("%1: this is binary data, not page text (control byte 0x%2 at offset %3)")
                         .arg(path).arg(static_cast<unsigned char>(bytes[where]), 2, 16, QLatin1Char('0')).arg(where);
            return std::nullopt;
        }
        DecodeFailure utf8Failure;
        if (auto utf8 = decodeUtf8(bytes)) {   // most pages are UTF-8
            text = std::move(*utf8);
            encoding = QStringLiteral("UTF-8");
        } else if (const auto decoded = decodeStrict("UTF-8", bytes, &utf8Failure)) {
            text = *decoded;
            encoding = QStringLiteral("UTF-8");
        } else {
            // Valid multi-byte UTF-8 before the first bad sequence means a UTF-8 file with
            // damage (or a second encoding pasted in): say where, rather than guess another charset.
            const QByteArrayView prefix = QByteArrayView(bytes).first(utf8Failure.offset);
            qsizetype multiByte = 0;
            for (char c : prefix)
                multiByte += (static_cast<unsigned char>(c) & 0xC0) == 0xC0;
            if (multiByte >= 2) {
                *error = Tr::tr("%1: invalid UTF-8 at %2 (bytes %3); the file may mix encodings")
                             .arg(path, describeOffset(bytes, utf8Failure.offset), hexBytes(utf8Failure.bytes));
                return std::nullopt;
            }
            std::optional<DecodeFailure> firstFailure;
            QByteArray firstName;
            for (const QByteArray &name : detectorCandidates(bytes)) {
                DecodeFailure failure;
                if (const auto legacy = decodeStrict(name.constData(), bytes, &failure)) {
                    text = *legacy;
                    encoding = QString::fromLatin1(name);
                    break;
                }
                if (!firstFailure) {
                    firstFailure = failure;
                    firstName = name;
                }
            }
            if (encoding.isEmpty() && !firstFailure) {
                // ICU's detector proposed nothing to try (found by fuzzing: three bytes
                // "\x01\xac!"); say what UTF-8 made of it.
                *error = Tr::tr("%1: not valid text in UTF-8, GB18030 or Big5; as UTF-8 the first invalid bytes are %2 at %3")
                             .arg(path, hexBytes(utf8Failure.bytes), describeOffset(bytes, utf8Failure.offset));
                return std::nullopt;
            }
            if (encoding.isEmpty()) {
                *error = Tr::tr("%1: not valid text in UTF-8, GB18030 or Big5; as %2 the first invalid bytes are %3 at %4")
                             .arg(path, QString::fromLatin1(firstName), hexBytes(firstFailure->bytes),
                                  describeOffset(bytes, firstFailure->offset));
                return std::nullopt;
            }
        }
    }
    auto page = textPage(text, path, error);
    if (page) {
        page->encoding = encoding;
        if (digest == Digest::Take)
            page->digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    return page;
}

std::optional<QString> PageLoader::decodeAs(const QByteArray &bytes, const QByteArray &charset)
{
    DecodeFailure failure;
    return decodeStrict(charset.constData(), bytes, &failure);
}

std::optional<PageText> PageLoader::fromText(const QString &text, const QString &path, QString *error)
{
    auto page = textPage(text, path, error);
    if (page)
        page->digest = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    return page;
}

std::optional<PageText> PageLoader::textPage(const QString &text, const QString &path, QString *error)
{
    if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0) {
        *error = Tr::tr("%1: this is binary data, not page text (NUL character at offset %2)").arg(path).arg(nul);
        return std::nullopt;
    }
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); })) {
        *error = Tr::tr("%1: the file has no text, only white space").arg(path);
        return std::nullopt;
    }
    PageText page;
    page.path = path;
    page.encoding = QStringLiteral("UTF-16");
    page.lines = PageText::splitLines(text);
    return page;
}

} // namespace Jiaokan::Core
