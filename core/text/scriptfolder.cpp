#include "text/scriptfolder.h"

#include "text/charclass.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <opencc.h>

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

    void fold(std::u32string &text)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_converter)
            return;
        std::u32string unknown;
        for (char32_t c : text) {
            if (!CharClass::isHan(c))
                continue;
            if (c < BmpSize) {
                if (m_bmp[c] == 0) {
                    m_bmp[c] = Pending;
                    unknown.push_back(c);
                }
            } else if (!m_astral.contains(c)) {
                m_astral.insert(c, Pending);
                unknown.push_back(c);
            }
        }
        if (!unknown.empty())
            convert(unknown);
        for (char32_t &c : text)
            if (CharClass::isHan(c))
                c = c < BmpSize ? m_bmp[c] : m_astral.value(c, c);
    }

private:
    // One OpenCC call for the batch; the characters are on separate lines so that
    // OpenCC's phrase dictionary cannot join neighbours into a word.
    void convert(const std::u32string &chars)
    {
        QString batch;
        for (char32_t c : chars) {
            batch.append(QString::fromUcs4(&c, 1));
            batch.append(u'\n');
        }
        const QByteArray utf8 = batch.toUtf8();
        char *converted = opencc_convert_utf8(m_converter, utf8.constData(), size_t(utf8.size()));
        if (!converted) {
            for (char32_t c : chars)
                c < BmpSize ? void(m_bmp[c] = c) : void(m_astral.insert(c, c));
            return;
        }
        const QStringList lines = QString::fromUtf8(converted).split(u'\n');
        opencc_convert_utf8_free(converted);
        for (size_t i = 0; i < chars.size(); ++i) {
            char32_t to = chars[i];
            if (qsizetype(i) < lines.size()) {
                const QList<uint> ucs4 = lines.at(qsizetype(i)).toUcs4();
                if (ucs4.size() == 1)
                    to = ucs4.first();
            }
            if (chars[i] < BmpSize)
                m_bmp[chars[i]] = to;
            else
                m_astral.insert(chars[i], to);
        }
    }

    QMutex m_mutex;
    opencc_t m_converter = nullptr;
    static constexpr char32_t BmpSize = 0x10000;
    static constexpr char32_t Pending = 0xFFFFFFFF;
    std::vector<char32_t> m_bmp = std::vector<char32_t>(BmpSize, 0);   // 0: not converted yet
    QHash<char32_t, char32_t> m_astral;
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
