#include "collate/varianttable.h"

#include "collate/collator.h"

namespace Jiaokan::Core {

namespace {

QString field(const QString &text, VariantTable::Format format)
{
    if (format == VariantTable::Format::Tsv) {
        QString out;
        out.reserve(text.size());
        for (QChar ch : text) {
            switch (ch.unicode()) {
            case u'\t': out += u"\\t"; break;
            case u'\n': out += u"\\n"; break;
            case u'\r': out += u"\\r"; break;
            case u'\\': out += u"\\\\"; break;
            default: out += ch;
            }
        }
        return out;
    }
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray VariantTable::write(const QStringList &files, const QList<Collation> &collations, Format format)
{
    const QChar separator = format == Format::Csv ? u',' : u'\t';
    const QString lineEnd = format == Format::Csv ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QString out;
    auto row = [&](const QStringList &cells) {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(field(cell, format));
        out += escaped.join(separator) + lineEnd;
    };
    QStringList header{QStringLiteral("story"), QStringLiteral("location"), QStringLiteral("class"),
                       QStringLiteral("base"), QStringLiteral("base_lines"), QStringLiteral("before"),
                       QStringLiteral("after")};
    header.append(Collator::sigla(files));
    row(header);
    for (qsizetype s = 0; s < collations.size(); ++s) {
        const Collation &c = collations[s];
        for (qsizetype i = 0; i < c.locations.size(); ++i) {
            const Collation::Location &l = c.locations[i];
            QStringList cells{c.headline, QString::number(i + 1), differenceClassName(l.kind),
                              c.witnesses[c.base].siglum, l.baseLines.text(u'-'), l.before, l.after};
            for (int page = 0; page < files.size(); ++page) {
                QString cell = Lacking.toString();
                for (int w = 0; w < c.witnesses.size(); ++w)
                    if (c.witnesses[w].page == page)
                        if (const Collation::Reading *r = c.readingOf(l, w))
                            cell = r->text;
                cells.append(cell);
            }
            row(cells);
        }
    }
    return out.toUtf8();
}

} // namespace Jiaokan::Core
