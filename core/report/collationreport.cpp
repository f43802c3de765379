#include "report/collationreport.h"

#include "diff/differencelook.h"

#include "text/tr.h"

#include <QFileInfo>

namespace Jiaokan::Core {

namespace {

// One story's part: its versions, the base text with the variant locations marked and
// numbered, the apparatus; headings from level down.
QString story(const Collation &c, const std::vector<std::shared_ptr<const AnalyzedPage>> &pages,
              const QList<std::optional<Annotation>> &annotations, const ReportOptions &options, int level)
{
    QList<std::pair<QString, QString>> versions;
    for (int w = 0; w < c.witnesses.size(); ++w) {
        const Collation::Witness &witness = c.witnesses[w];
        const PageText &source = pages[size_t(witness.page)]->page.source;
        QString text = Tr::tr("%1 — %2 — lines %3").arg(source.fileName(), source.encoding, witness.lines.text());
        if (w == c.base)
            text += Tr::tr(" — base");
        if (c.isPartial(witness))
            text += Tr::tr(" — partial (lacks part of the story)");
        versions.append({witness.siglum, text});
    }
    const Collation::Witness &baseWitness = c.witnesses.value(c.base);
    QString out = ReportMarkup::titleBlock(versions, options);
    out += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(Tr::tr("Base text: %1").arg(baseWitness.siglum).toHtmlEscaped());
    QList<int> included;
    const AnalyzedPage *base = c.witnesses.isEmpty() ? nullptr : pages[size_t(baseWitness.page)].get();
    if (base && c.baseEnd > c.baseStart) {
        ReportMarkup::Inserts inserts;
        for (int i = 0; i < c.locations.size(); ++i) {
            const std::optional<Annotation> &a = annotations.value(i);
            if (!options.includes(a))
                continue;
            included.append(i);
            const Collation::Location &l = c.locations[i];
            const QString number = ReportMarkup::number(i, a, options);
            if (l.baseEnd > l.baseStart) {
                const QString open = ReportMarkup::markOpen(DifferenceLook::Kind::Changed, a.has_value(), options);
                ReportMarkup::markRange(*base, l.baseStart, l.baseEnd, open, number, &inserts);
            } else {
                ReportMarkup::markPoint(*base, l.baseStart, ReportMarkup::gapMark(options) + number, &inserts);
            }
        }
        const ComparisonKey &key = base->diffKey;
        const int firstRank = key.rankAt(c.baseStart), lastRank = key.rankAt(c.baseEnd - 1);
        for (int rank = firstRank; rank <= lastRank; ++rank) {
            const int index = key.readingOrder()[rank];
            const Block &block = base->page.blocks[index];
            out += ReportMarkup::paragraph(ReportMarkup::markedText(block.text, inserts.value(index)),
                                           block.kind == BlockKind::Heading, options)
                + u'\n';
        }
    }

    out += QStringLiteral("<h%1>%2</h%1>\n").arg(level + 1).arg(Tr::tr("Apparatus"));
    if (included.isEmpty()) {
        out += QStringLiteral("<p>%1</p>\n").arg(Tr::tr("None to show."));
    } else {
        out += ReportMarkup::table(QStringLiteral("apparatus"), options);
        out += QStringLiteral("<thead><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>\n<tbody>\n")
                   .arg(Tr::tr("Class"), Tr::tr("Readings"), Tr::tr("Lacking"), Tr::tr("Status"), Tr::tr("Comment"));
        for (int i : std::as_const(included)) {
            const Collation::Location &l = c.locations[i];
            QStringList readings;
            for (const Collation::Reading &r : l.readings)
                readings.append(QStringLiteral("%1 — %2").arg(ReportMarkup::reading(r.text), c.sigla(r.witnesses).toHtmlEscaped()));
            const std::optional<Annotation> &a = annotations.value(i);
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                       .arg(i + 1)
                       .arg(ReportMarkup::className(l.kind), readings.join(QStringLiteral("<br/>")),
                            l.lacking.isEmpty() ? QString() : c.sigla(l.lacking).toHtmlEscaped(),
                            ReportMarkup::statusText(a), ReportMarkup::comment(a));
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    return out;
}

} // namespace

ReportDocument CollationReport::build(const Collation &c, const std::vector<std::shared_ptr<const AnalyzedPage>> &pages,
                                      const QList<std::optional<Annotation>> &annotations, const ReportOptions &options)
{
    ReportDocument document;
    document.title = c.headline.isEmpty() ? Tr::tr("Collation") : c.headline;
    QStringList sigla;
    for (const Collation::Witness &witness : c.witnesses)
        sigla.append(witness.siglum);
    document.versions = Tr::tr("%1 (base %2)").arg(sigla.join(QStringLiteral(", ")), c.witnesses.value(c.base).siglum);
    document.html = ReportMarkup::head(document.title, options) + story(c, pages, annotations, options, 2)
        + ReportMarkup::tail();
    return document;
}

QString CollationReport::buildAll(const QList<Collation> &collations,
                                  const std::vector<std::shared_ptr<const AnalyzedPage>> &pages, const ReportOptions &options)
{
    QString out = ReportMarkup::head(Tr::tr("Collation"), options);
    for (const Collation &c : collations) {
        if (c.baseEnd <= c.baseStart)
            continue;
        out += QStringLiteral("<h2>%1</h2>\n").arg(c.headline.toHtmlEscaped());
        out += story(c, pages, {}, options, 3);
    }
    return out + ReportMarkup::tail();
}

} // namespace Jiaokan::Core
