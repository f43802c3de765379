#include "collate/collationhtml.h"

#include "diff/differencelook.h"

namespace Jiaokan::Core {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("</p>\n<p>"));
}

const char *const Style = R"(
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; max-width: 48em; margin: 2em auto; line-height: 1.8; color: #000; background: #fff; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 2em; }
.text p { text-indent: 2em; margin: 0.4em 0; }
sup { color: #804000; font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
.lacking { color: #666; font-style: italic; }
)";

void writeStory(QString &out, const PassageFinder::Result &result, const Collation &c)
{
    out += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(c.headline.toHtmlEscaped());
    out += QStringLiteral("<p>Versions:</p>\n<ul>\n");
    for (int w = 0; w < c.witnesses.size(); ++w) {
        const Collation::Witness &witness = c.witnesses[w];
        out += QStringLiteral("<li><b>%1</b> — %2, lines %3%4%5</li>\n")
                   .arg(witness.siglum.toHtmlEscaped(), result.paths.value(witness.page).toHtmlEscaped(),
                        witness.lines.text(), w == c.base ? QStringLiteral(" (base)") : QString(),
                        c.isPartial(witness) ? QStringLiteral(" (partial)") : QString());
    }
    out += QStringLiteral("</ul>\n<div class=\"text\"><p>");
    const AnalyzedPage &base = *result.pages[size_t(c.witnesses[c.base].page)];
    auto original = [&](qsizetype from, qsizetype to) {
        if (from >= to)
            return QString();
        const QString text = escaped(base.diffKey.originalText(base.page, from, to));
        return c.startsBlock(base.diffKey, from) ? QStringLiteral("</p>\n<p>") + text : text;
    };
    qsizetype at = c.baseStart;
    for (qsizetype i = 0; i < c.locations.size(); ++i) {
        const Collation::Location &l = c.locations[i];
        out += original(at, l.baseStart);
        if (c.startsBlock(base.diffKey, l.baseStart))
            out += QStringLiteral("</p>\n<p>");
        if (l.baseEnd > l.baseStart)
            out += QStringLiteral("<mark>%1</mark>").arg(escaped(base.diffKey.originalText(base.page, l.baseStart, l.baseEnd)));
        else
            out += QStringLiteral("<span class=\"gap\">%1</span>").arg(DifferenceLook::gapSign());
        out += QStringLiteral("<sup>%1</sup>").arg(i + 1);
        at = l.baseEnd;
    }
    out += original(at, c.baseEnd);
    out += QStringLiteral("</p></div>\n");
    out += QStringLiteral("<table>\n<tr><th>#</th><th>Class</th><th>Lines</th><th>Readings</th></tr>\n");
    for (qsizetype i = 0; i < c.locations.size(); ++i) {
        const Collation::Location &l = c.locations[i];
        QStringList readings;
        for (const Collation::Reading &r : l.readings)
            readings.append(QStringLiteral("%1 — %2").arg(r.text.isEmpty() ? QStringLiteral("<i>(omitted)</i>")
                                                                           : r.text.toHtmlEscaped(),
                                                          c.sigla(r.witnesses).toHtmlEscaped()));
        if (!l.lacking.isEmpty())
            readings.append(QStringLiteral("<span class=\"lacking\">lacking — %1</span>").arg(c.sigla(l.lacking).toHtmlEscaped()));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                   .arg(i + 1)
                   .arg(differenceClassName(l.kind), l.baseLines.text(), readings.join(QStringLiteral(" | ")));
    }
    out += QStringLiteral("</table>\n</section>\n");
}

} // namespace

QByteArray CollationHtml::write(const PassageFinder::Result &result, const QList<Collation> &collations)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<title>Collation</title>\n<style>%1</style>\n</head>\n<body>\n<h1>Collation</h1>\n")
                      .arg(QString::fromLatin1(Style)
                           + QStringLiteral("mark { %1 }\n.gap { color: %2; font-weight: bold; }\n")
                                 .arg(DifferenceLook::css(DifferenceLook::Kind::Changed, false), DifferenceLook::gapColour()));
    for (const Collation &c : collations)
        if (c.baseEnd > c.baseStart)
            writeStory(out, result, c);
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace Jiaokan::Core
