#include "json/jsonwriter.h"

#include <QString>

#include <algorithm>
#include <charconv>

namespace Jiaokan::Core {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    m_out += bracket;
    m_first = false;
}

void JsonWriter::key(QStringView name)
{
    separate();
    string(name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    separate();
    string(text);
}

void JsonWriter::value(qint64 number)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    m_out.append(digits, end - digits);
}

void JsonWriter::value(double number)
{
    separate();
    m_out += QByteArray::number(number, 'g', 6);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(const LineRange &lines)
{
    beginArray();
    value(qint64(lines.first.value));
    value(qint64(lines.last.value));
    endArray();
}

void JsonWriter::string(QStringView text)
{
    // Written in place: at most six bytes a UTF-16 unit (\u001f), three as UTF-8.
    const qsizetype at = m_out.size();
    const qsizetype most = at + 6 * text.size() + 2;
    if (most > m_out.capacity())
        m_out.reserve(std::max(most, 2 * m_out.capacity()));
    m_out.resize(most);
    char *out = m_out.data() + at;
    *out++ = '"';
    qsizetype plainFrom = 0;
    auto flushPlain = [&](qsizetype to) {
        if (to > plainFrom)
            out = m_utf8.appendToBuffer(out, text.sliced(plainFrom, to - plainFrom));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        *out++ = '\\';
        switch (c) {
        case u'"': *out++ = '"'; break;
        case u'\\': *out++ = '\\'; break;
        case u'\n': *out++ = 'n'; break;
        case u'\r': *out++ = 'r'; break;
        case u'\t': *out++ = 't'; break;
        default:
            constexpr char Hex[] = "0123456789abcdef";
            for (const char d : {'u', '0', '0', Hex[c >> 4], Hex[c & 15]})
                *out++ = d;
        }
    }
    flushPlain(text.size());
    *out++ = '"';
    m_out.truncate(out - m_out.constData());
}

} // namespace Jiaokan::Core
