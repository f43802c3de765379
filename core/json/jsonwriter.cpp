#include "json/jsonwriter.h"

#include <QString>

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
    m_out += QByteArray::number(number);
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
    m_out += '"';
    qsizetype plainFrom = 0;
    auto flushPlain = [&](qsizetype to) {
        if (to > plainFrom)
            m_out += text.sliced(plainFrom, to - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"': m_out += "\\\""; break;
        case u'\\': m_out += "\\\\"; break;
        case u'\n': m_out += "\\n"; break;
        case u'\r': m_out += "\\r"; break;
        case u'\t': m_out += "\\t"; break;
        default: m_out += QByteArray("\\u00") + QByteArray::number(int(c), 16).rightJustified(2, '0');
        }
    }
    flushPlain(text.size());
    m_out += '"';
}

} // namespace Jiaokan::Core
