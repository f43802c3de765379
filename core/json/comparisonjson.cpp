#include "json/comparisonjson.h"

#include "json/jsonwriter.h"

#include <cmath>

namespace Jiaokan::Core {

namespace {

void side(JsonWriter &w, const PassageFinder::Result &result, const PassageComparison &p, Side s)
{
    w.beginObject();
    w.key(u"file");
    w.value(QStringView(result.paths.value(p.page[s])));
    w.key(u"lines");
    w.value(p.lines[s]);
    w.endObject();
}

void sides(JsonWriter &w, const PassageFinder::Result &result, const PassageComparison &p)
{
    w.key(u"a");
    side(w, result, p, SideA);
    w.key(u"b");
    side(w, result, p, SideB);
    w.key(u"similarity");
    w.value(std::round(p.similarity * 1000.0) / 1000.0);
}

void skipped(JsonWriter &w, const PassageFinder::Result &result)
{
    w.key(u"skipped");
    w.beginArray();
    for (const PassageFinder::Failure &f : result.failures) {
        w.beginObject();
        w.key(u"file");
        w.value(QStringView(f.path));
        w.key(u"reason");
        w.value(QStringView(f.reason));
        w.endObject();
    }
    w.endArray();
}

// {"<list>": [ {a, b, similarity, …passage…}, … ], "skipped": […]}
template<typename WritePassage>
QByteArray document(const PassageFinder::Result &result, QStringView list, WritePassage writePassage)
{
    JsonWriter w;
    w.beginObject();
    w.key(list);
    w.beginArray();
    for (const PassageComparison &p : result.passages) {
        w.newline();
        w.beginObject();
        sides(w, result, p);
        writePassage(w, p);
        w.endObject();
    }
    w.endArray();
    skipped(w, result);
    w.endObject();
    w.newline();
    return w.bytes();
}

} // namespace

QByteArray matchesToJson(const PassageFinder::Result &result)
{
    return document(result, u"matches", [](JsonWriter &w, const PassageComparison &p) {
        w.key(u"differences");
        w.value(qint64(p.differences.size()));
    });
}

QByteArray passagesToJson(const PassageFinder::Result &result)
{
    return document(result, u"passages", [](JsonWriter &w, const PassageComparison &p) {
        w.key(u"differences");
        w.beginArray();
        for (const Difference &d : p.differences) {
            w.newline();
            w.beginObject();
            w.key(u"a");
            w.value(QStringView(d.text[SideA]));
            w.key(u"b");
            w.value(QStringView(d.text[SideB]));
            w.key(u"a_lines");
            w.value(d.lines[SideA]);
            w.key(u"b_lines");
            w.value(d.lines[SideB]);
            w.key(u"before");
            w.value(QStringView(d.before));
            w.key(u"after");
            w.value(QStringView(d.after));
            w.key(u"class");
            w.value(QStringView(differenceClassName(d.kind)));
            if (d.movedWith >= 0) {   // the other half of a move, by its place in this list
                w.key(u"moved");
                w.value(qint64(d.movedWith));
            }
            w.endObject();
        }
        w.endArray();
        for (Side s : {SideA, SideB}) {
            w.key(s == SideA ? u"a_only" : u"b_only");
            w.beginArray();
            for (const LineRange &r : p.only[s])
                w.value(r);
            w.endArray();
        }
    });
}

} // namespace Jiaokan::Core
