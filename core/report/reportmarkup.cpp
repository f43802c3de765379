#include "report/reportmarkup.h"

#include "i18n/datetimetext.h"
#include "analysis/analyzedpage.h"
#include "text/tr.h"

#include <QLocale>

namespace Jiaokan::Core {

namespace {
const QString Style = QStringLiteral(R"(
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; margin: 2em auto; max-width: 60em; line-height: 1.8; color: #000; background: #fff; }
h1 { font-size: 1.5em; margin-bottom: 0.3em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
.meta th { width: 8em; background: #f2f2f2; }
.text td { width: 50%; }
p.body { text-indent: 2em; margin: 0.2em 0; }
p.heading { font-weight: bold; margin: 0.2em 0; }
sup { font-weight: bold; color: #804000; }
.none { color: #666; font-style: italic; }
)");

QString kindClass(DifferenceLook::Kind kind)
{
    switch (kind) {
    case DifferenceLook::Kind::Changed: return QStringLiteral("changed");
    case DifferenceLook::Kind::OnlyA: return QStringLiteral("only-a");
    case DifferenceLook::Kind::OnlyB: return QStringLiteral("only-b");
    case DifferenceLook::Kind::Moved: return QStringLiteral("moved");
    }
    return {};
}

// The marks' rules, from their one definition.
QString markStyle()
{
    QString out;
    for (const DifferenceLook::Kind kind : DifferenceLook::kinds()) {
        out += QStringLiteral(".%1 { %2 }\n.%1.annotated { %3 }\n")
                   .arg(kindClass(kind), DifferenceLook::css(kind, false), DifferenceLook::css(kind, true));
    }
    return out + QStringLiteral(".gap { color: %1; font-weight: bold; }\n").arg(DifferenceLook::gapColour());
}
} // namespace

QString ReportMarkup::head(const QString &title, const ReportOptions &options)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n")
                      .arg(title.toHtmlEscaped());
    if (!options.forPrint)
        out += QStringLiteral("<style>%1%2</style>\n").arg(Style, markStyle());
    out += QStringLiteral("</head>\n<body>\n<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    return out;
}

QString ReportMarkup::table(const QString &cssClass, const ReportOptions &options)
{
    // Qt's text layout sizes tables by attributes; a browser by the style sheet.
    return options.forPrint ? QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                                             "style=\"border-collapse:collapse;\">\n")
                                  .arg(cssClass == u"text" ? 6 : 4)
                            : QStringLiteral("<table class=\"%1\">\n").arg(cssClass);
}

QString ReportMarkup::titleBlock(const QList<std::pair<QString, QString>> &versions, const ReportOptions &options)
{
    QString out = table(QStringLiteral("meta"), options);
    const auto row = [&](const QString &name, const QString &value) {
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(name, value);
    };
    for (const auto &[label, text] : versions)
        row(label.toHtmlEscaped(), text.toHtmlEscaped());
    const CompareOptions &compare = options.compare;
    QStringList ignored;
    if (compare.ignoreWidth)
        ignored.append(Tr::tr("punctuation width"));
    if (compare.ignorePunctuation)
        ignored.append(Tr::tr("punctuation"));
    if (compare.ignoreSpace)
        ignored.append(Tr::tr("white space"));
    if (compare.ignoreScript)
        ignored.append(Tr::tr("simplified/traditional"));
    row(Tr::tr("Options"), Tr::tr("ignoring %1; marking %2")
                               .arg(ignored.isEmpty() ? Tr::tr("nothing") : ignored.join(QStringLiteral(", ")),
                                    compare.granularity == CompareOptions::Granularity::Word ? Tr::tr("whole words")
                                                                                             : Tr::tr("characters"))
                               .toHtmlEscaped());
    QString shown = Tr::tr("all differences");
    if (options.filter == ReportOptions::Filter::Annotated)
        shown = Tr::tr("annotated differences only");
    else if (options.filter == ReportOptions::Filter::Status)
        shown = Tr::tr("differences marked “%1” only").arg(statusName(options.status));
    row(Tr::tr("Shown"), shown.toHtmlEscaped());
    row(Tr::tr("Printed"), DateTimeText::format(options.printed, QLocale::LongFormat).toHtmlEscaped());
    // The key shows each mark as the text shows it.
    const auto sample = [&](DifferenceLook::Kind kind) -> QString {
        return markOpen(kind, false, options) + Tr::tr("text").toHtmlEscaped() + QStringLiteral("</span> ")
            + DifferenceLook::name(kind).toHtmlEscaped();
    };
    row(Tr::tr("Key"), Tr::tr("%1; %2; %3; %4; %5 the other version has text here; a line above: annotated "
                              "(✓ accepted, ✗A/✗B error in A/B, ? query)")
                           .arg(sample(DifferenceLook::Kind::Changed), sample(DifferenceLook::Kind::OnlyA),
                                sample(DifferenceLook::Kind::OnlyB), sample(DifferenceLook::Kind::Moved), gapMark(options)));
    out += QStringLiteral("</table>\n");
    return out;
}

QString ReportMarkup::number(int index, const std::optional<Annotation> &annotation, const ReportOptions &options)
{
    const QString label = QString::number(index + 1) + (annotation ? statusSign(annotation->status) : QString());
    // Printed small but upright and bold: a raised number is too small to read on paper.
    return options.forPrint
        ? QStringLiteral("<span style=\"font-size:7.5pt; font-weight:bold; color:#803000;\">[%1]</span>").arg(label)
        : QStringLiteral("<sup>%1</sup>").arg(label);
}

QString ReportMarkup::gapMark(const ReportOptions &options)
{
    return options.forPrint ? QStringLiteral("<span style=\"color:%1; font-weight:bold;\">%2</span>")
                                  .arg(DifferenceLook::gapColour(), DifferenceLook::gapSign())
                            : QStringLiteral("<span class=\"gap\">%1</span>").arg(DifferenceLook::gapSign());
}

QString ReportMarkup::markOpen(DifferenceLook::Kind kind, bool annotated, const ReportOptions &options)
{
    if (options.forPrint)
        return QStringLiteral("<span style=\"%1\">").arg(DifferenceLook::printCss(kind, annotated));
    return QStringLiteral("<span class=\"%1%2\">").arg(kindClass(kind), annotated ? QStringLiteral(" annotated") : QString());
}

QString ReportMarkup::statusSign(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QString();
    case ReviewStatus::Accepted: return QStringLiteral("✓");
    case ReviewStatus::ErrorInA: return QStringLiteral("✗A");
    case ReviewStatus::ErrorInB: return QStringLiteral("✗B");
    case ReviewStatus::Query: return QStringLiteral("?");
    }
    return {};
}

QString ReportMarkup::statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return Tr::tr("unreviewed");
    case ReviewStatus::Accepted: return Tr::tr("accepted");
    case ReviewStatus::ErrorInA: return Tr::tr("error in A");
    case ReviewStatus::ErrorInB: return Tr::tr("error in B");
    case ReviewStatus::Query: return Tr::tr("query");
    }
    return {};
}

QString ReportMarkup::statusText(const std::optional<Annotation> &annotation)
{
    if (!annotation)
        return statusName(ReviewStatus::Unreviewed);
    return QString(statusSign(annotation->status) + u' ' + statusName(annotation->status)).trimmed();
}

QString ReportMarkup::className(DifferenceClass kind)
{
    switch (kind) {
    case DifferenceClass::Text: return Tr::tr("wording");
    case DifferenceClass::Punctuation: return Tr::tr("punctuation");
    case DifferenceClass::Width: return Tr::tr("width");
    case DifferenceClass::Script: return Tr::tr("simplified/traditional");
    case DifferenceClass::Space: return Tr::tr("white space");
    case DifferenceClass::Dateline: return Tr::tr("dateline");
    case DifferenceClass::Heading: return Tr::tr("headline");
    }
    return {};
}

QString ReportMarkup::reading(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(Tr::tr("(none)"))
                          : QString(text).replace(u'\n', QStringLiteral(" ¶ ")).toHtmlEscaped();
}

QString ReportMarkup::comment(const std::optional<Annotation> &annotation)
{
    return annotation ? annotation->comment.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")) : QString();
}

QString ReportMarkup::paragraph(const QString &html, bool heading, const ReportOptions &options)
{
    if (!options.forPrint)
        return QStringLiteral("<p class=\"%1\">%2</p>").arg(heading ? QStringLiteral("heading") : QStringLiteral("body"), html);
    // Qt's text layout takes no text-indent in em: two ideographic spaces are the indent
    // of a Chinese paragraph, kept by pre-wrap (the block's text has no line breaks).
    return heading ? QStringLiteral("<p style=\"font-weight:bold; margin-top:4px;\">%1</p>").arg(html)
                   : QStringLiteral("<p style=\"margin-top:4px; white-space:pre-wrap;\">\u3000\u3000%1</p>").arg(html);
}

void ReportMarkup::markRange(const AnalyzedPage &page, qsizetype start, qsizetype end, const QString &open,
                             const QString &after, Inserts *inserts)
{
    const ComparisonKey &key = page.diffKey;
    end = std::min(end, key.size());
    if (start >= end)
        return;
    const int firstRank = key.rankAt(start), lastRank = key.rankAt(end - 1);
    for (int rank = firstRank; rank <= lastRank; ++rank) {
        const int block = key.readingOrder()[rank];
        const int from = rank == firstRank ? int(key.origin(start).offset) : 0;
        const int to = rank == lastRank ? int(key.origin(end - 1).offset + key.origin(end - 1).length)
                                        : int(page.page.blocks[block].text.size());
        (*inserts)[block].append({from, 2, open});
        (*inserts)[block].append({to, 0, QStringLiteral("</span>") + (rank == lastRank ? after : QString())});
    }
}

void ReportMarkup::markPoint(const AnalyzedPage &page, qsizetype at, const QString &html, Inserts *inserts)
{
    const ComparisonKey &key = page.diffKey;
    if (key.size() == 0)
        return;
    if (at < key.size()) {
        (*inserts)[key.readingOrder()[key.rankAt(at)]].append({int(key.origin(at).offset), 1, html});
    } else {
        const qsizetype last = key.size() - 1;
        (*inserts)[key.readingOrder()[key.rankAt(last)]].append(
            {int(key.origin(last).offset + key.origin(last).length), 1, html});
    }
}

QString ReportMarkup::markedText(const QString &text, QList<Insert> inserts)
{
    std::stable_sort(inserts.begin(), inserts.end(), [](const Insert &x, const Insert &y) {
        return x.offset != y.offset ? x.offset < y.offset : x.order < y.order;
    });
    QString html;
    int at = 0;
    for (const Insert &insert : std::as_const(inserts)) {
        const int to = std::clamp(insert.offset, at, int(text.size()));
        html += text.mid(at, to - at).toHtmlEscaped() + insert.html;
        at = to;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace Jiaokan::Core
