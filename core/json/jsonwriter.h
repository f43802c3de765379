#pragma once

#include "text/pagetext.h"

#include <QByteArray>
#include <QStringConverter>
#include <QStringView>

namespace Jiaokan::Core {

// Writes JSON straight into UTF-8 bytes. QJsonDocument builds a tree first, which for a
// diff with tens of thousands of differences costs more than finding them.
// The caller keeps the nesting right; commas are the writer's.
class JsonWriter final
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QStringView name);
    void value(QStringView text);
    void value(qint64 number);
    void value(double number);
    void value(bool flag);
    void value(const char *) = delete;   // would be taken as a bool
    void value(const LineRange &lines);   // [first, last]
    void newline() { m_out += '\n'; }

    const QByteArray &bytes() const { return m_out; }

private:
    void open(char bracket);
    void close(char bracket);
    void separate();
    void string(QStringView text);

    QByteArray m_out;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    bool m_first = true;       // no comma before the next element
    bool m_afterKey = false;
};

} // namespace Jiaokan::Core
