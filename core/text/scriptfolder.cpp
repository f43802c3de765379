#include "text/scriptfolder.h"

#include "text/charclass.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <opencc.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Jiaokan::Core {

namespace {

class FoldCache
{
public:
    FoldCache()
    {
        m_converter = opencc_open("t2s.json");
        if (m_converter == reinterpret_cast<opencc_t>(-1))
            m_converter = nullptr;
    }
    ~FoldCache()
    {
        if (m_converter)
            opencc_close(m_converter);
    }

    bool available() const { return m_converter != nullptr; }

    // Characters seen before are folded from the table; new ones are converted on the
    // thread that meets them, without a lock (OpenCC's converter may be shared by
    // threads), so two pages analysed side by side do not wait for each other.
    void fold(std::u32string &text)
    {
        if (!m_converter)
            return;
        // Up to the first character not folded before.
        size_t first = 0;
        for (; first < text.size(); ++first) {
            char32_t &c = text[first];
            if (c >= BmpSize) {
                if (CharClass::isHan(c))
                    break;
                continue;
            }
            if (c < FirstHan)   // no ideograph comes before the CJK radicals
                continue;
            if (const char32_t to = m_bmp[c].load(std::memory_order_acquire); to != 0)
                c = to;
            else if (CharClass::isHan(c))
                break;
            else
                m_bmp[c].store(c, std::memory_order_relaxed);   // any thread would store the same
        }
        if (first == text.size())
            return;
        std::u32string unknown, unknownAstral;
        std::vector<std::uint8_t> queued(BmpSize);
        for (size_t i = first; i < text.size(); ++i) {
            const char32_t c = text[i];
            if (c < BmpSize) {
                if (m_bmp[c].load(std::memory_order_relaxed) == 0 && !queued[c] && CharClass::isHan(c)) {
                    queued[c] = 1;
                    unknown.push_back(c);
                }
            } else if (CharClass::isHan(c)) {
                unknownAstral.push_back(c);
            }
        }
        if (!unknown.empty()) {
            const std::u32string folded = convert(unknown);
            // Another thread may store the same forms meanwhile; they are the same.
            for (size_t i = 0; i < unknown.size(); ++i)
                m_bmp[unknown[i]].store(folded[i], std::memory_order_release);
        }
        if (!unknownAstral.empty()) {   // rare: kept under the lock
            QMutexLocker lock(&m_mutex);
            std::sort(unknownAstral.begin(), unknownAstral.end());
            unknownAstral.erase(std::unique(unknownAstral.begin(), unknownAstral.end()), unknownAstral.end());
            std::erase_if(unknownAstral, [&](char32_t c) { return m_astral.contains(c); });
            const std::u32string folded = convert(unknownAstral);
            for (size_t i = 0; i < unknownAstral.size(); ++i)
                m_astral.insert(unknownAstral[i], folded[i]);
        }
        const bool anyAstral = std::any_of(text.begin() + qsizetype(first), text.end(), [](char32_t c) { return c >= BmpSize; });
        std::optional<QMutexLocker<QMutex>> lock;
        if (anyAstral)
            lock.emplace(&m_mutex);
        for (size_t i = first; i < text.size(); ++i) {
            char32_t &c = text[i];
            if (c >= BmpSize)
                c = m_astral.value(c, c);
            else if (const char32_t to = m_bmp[c].load(std::memory_order_acquire); to != 0)
                c = to;
        }
    }

private:
    // One OpenCC call for the batch; the characters are on separate lines so that
    // OpenCC's phrase dictionary cannot join neighbours into a word. What each becomes,
    // in order; itself where OpenCC gives no single character.
    std::u32string convert(const std::u32string &chars) const
    {
        std::u32string folded = chars;
        if (chars.empty())
            return folded;
        QString batch;
        for (char32_t c : chars) {
            batch.append(QString::fromUcs4(&c, 1));
            batch.append(u'\n');
        }
        const QByteArray utf8 = batch.toUtf8();
        char *converted = opencc_convert_utf8(m_converter, utf8.constData(), size_t(utf8.size()));
        if (!converted)
            return folded;
        const QStringList lines = QString::fromUtf8(converted).split(u'\n');
        opencc_convert_utf8_free(converted);
        for (size_t i = 0; i < chars.size() && qsizetype(i) < lines.size(); ++i) {
            const QList<uint> ucs4 = lines.at(qsizetype(i)).toUcs4();
            if (ucs4.size() == 1)
                folded[i] = ucs4.first();
        }
        return folded;
    }

    QMutex m_mutex;
    opencc_t m_converter = nullptr;
    static constexpr char32_t BmpSize = 0x10000;
    static constexpr char32_t FirstHan = 0x2E80;   // the CJK Radicals Supplement
    // The folded form of each character; 0 where it is not known yet. Each entry is
    // only ever set to the one form OpenCC gives, by whichever thread gets there.
    std::unique_ptr<std::atomic<char32_t>[]> m_bmp{new std::atomic<char32_t>[BmpSize]{}};
    QHash<char32_t, char32_t> m_astral;   // read and written under the lock only
};

FoldCache &cache()
{
    static FoldCache c;
    return c;
}

} // namespace

bool ScriptFolder::isAvailable()
{
    return cache().available();
}

void ScriptFolder::foldInPlace(std::u32string &text)
{
    cache().fold(text);
}

bool ScriptFolder::differOnlyInScript(QStringView a, QStringView b)
{
    if (a == b)
        return false;
    const QList<uint> ua = a.toUcs4(), ub = b.toUcs4();
    if (ua.size() != ub.size())
        return false;
    std::u32string sa(ua.begin(), ua.end()), sb(ub.begin(), ub.end());
    foldInPlace(sa);
    foldInPlace(sb);
    return sa == sb;
}

} // namespace Jiaokan::Core
