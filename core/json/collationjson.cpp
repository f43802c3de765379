#include "json/collationjson.h"

#include "json/jsonwriter.h"

#include <QFileInfo>

namespace Jiaokan::Core {

namespace {

void witnessIds(JsonWriter &w, const Collation &c, const QList<int> &witnesses)
{
    w.beginArray();
    for (int i : witnesses)
        w.value(Collation::witnessId(c.witnesses[i].page));
    w.endArray();
}

} // namespace

QByteArray collationsToJson(const QStringList &files, const QList<Collation> &collations)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"witnesses");
    w.beginArray();
    for (int i = 0; i < files.size(); ++i) {
        w.beginObject();
        w.key(u"id");
        w.value(Collation::witnessId(i));
        w.key(u"file");
        w.value(files[i]);
        w.endObject();
    }
    w.endArray();
    w.key(u"collations");
    w.beginArray();
    for (const Collation &c : collations) {
        w.newline();
        w.beginObject();
        w.key(u"headline");
        w.value(c.headline);
        w.key(u"base");
        w.value(Collation::witnessId(c.witnesses.value(c.base).page));
        w.key(u"witnesses");
        w.beginArray();
        for (const Collation::Witness &witness : c.witnesses) {
            w.beginObject();
            w.key(u"id");
            w.value(Collation::witnessId(witness.page));
            w.key(u"siglum");
            w.value(witness.siglum);
            w.key(u"lines");
            w.value(witness.lines);
            w.key(u"partial");
            w.value(c.isPartial(witness));
            w.endObject();
        }
        w.endArray();
        w.key(u"locations");
        w.beginArray();
        for (const Collation::Location &l : c.locations) {
            w.newline();
            w.beginObject();
            w.key(u"class");
            w.value(differenceClassName(l.kind));
            w.key(u"base_lines");
            w.value(l.baseLines);
            w.key(u"before");
            w.value(l.before);
            w.key(u"after");
            w.value(l.after);
            w.key(u"readings");
            w.beginArray();
            for (const Collation::Reading &r : l.readings) {
                w.beginObject();
                w.key(u"text");
                w.value(r.text);
                w.key(u"witnesses");
                witnessIds(w, c, r.witnesses);
                w.endObject();
            }
            w.endArray();
            w.key(u"lacking");
            witnessIds(w, c, l.lacking);
            if (!l.moved.isEmpty()) {   // halves of moves: the witness, and the other half's place in this list
                w.key(u"moved");
                w.beginArray();
                for (const Collation::Location::Move &m : l.moved) {
                    w.beginObject();
                    w.key(u"witness");
                    w.value(Collation::witnessId(c.witnesses[m.witness].page));
                    w.key(u"location");
                    w.value(qint64(m.location));
                    w.endObject();
                }
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.newline();
    return w.bytes();
}

} // namespace Jiaokan::Core
