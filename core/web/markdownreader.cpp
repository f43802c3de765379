#include "web/markdownreader.h"

#include "web/htmlreader.h"

#include <cmark.h>

#include <QRegularExpression>

#include <memory>

namespace Jiaokan::Core {

using namespace Qt::StringLiterals;

namespace {

// The lines between the opening and closing ---, and where the body starts; nothing
// when there is no front matter or it is never closed.
std::optional<std::pair<QStringList, qsizetype>> frontMatter(QStringView text)
{
    QStringView t = text;
    if (t.startsWith(QChar(0xFEFF)))
        t = t.sliced(1);
    const qsizetype offset = text.size() - t.size();
    if (!t.startsWith(u"---"))
        return std::nullopt;
    const qsizetype firstEnd = t.indexOf(u'\n');
    if (firstEnd < 0 || !t.first(firstEnd).trimmed().startsWith(u"---") || t.first(firstEnd).trimmed() != u"---")
        return std::nullopt;
    QStringList lines;
    qsizetype pos = firstEnd + 1;
    while (pos < t.size()) {
        qsizetype end = t.indexOf(u'\n', pos);
        if (end < 0)
            end = t.size();
        const QStringView line = t.sliced(pos, end - pos);
        if (line.trimmed() == u"---" || line.trimmed() == u"...")
            return std::pair(lines, offset + end + 1);
        lines.append(line.toString());
        pos = end + 1;
    }
    return std::nullopt;   // never closed
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\''))))
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

void readFrontMatter(const QStringList &lines, PageMetadata *m)
{
    static const QRegularExpression entry(u"^([A-Za-z_][A-Za-z0-9_\\-]*)\\s*:\\s*(.*)$"_s);
    for (const QString &line : lines) {
        const auto match = entry.match(line);
        if (!match.hasMatch())
            continue;
        const QString key = match.captured(1).toLower(), value = unquote(match.captured(2));
        if (value.isEmpty())
            continue;
        if (key == u"title")
            m->title = value;
        else if (key == u"date" || key == u"published" || key == u"pubdate")
            m->date = value;
        else if (key == u"section" || key == u"page")
            m->section = value;
        else if (key == u"section_name" || key == u"sectionname" || key == u"column")
            m->sectionName = value;
        else if (key == u"source_url" || key == u"url" || key == u"link")
            m->url = value;
        else if (key == u"paper" || key == u"source" || key == u"newspaper" || key == u"site")
            m->paper = value;
        else if (key == u"author" || key == u"authors")
            m->author = value;
    }
}

// The text of a block node's inlines: emphasis and links as their words, line breaks
// inside a paragraph as nothing (a soft break) or a new line (a hard one).
QString inlineText(cmark_node *block)
{
    QString out;
    std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(block), cmark_iter_free);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter.get());
        if (ev != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += QString::fromUtf8(cmark_node_get_literal(n));
            break;
        case CMARK_NODE_SOFTBREAK:
            out += u' ';
            break;
        case CMARK_NODE_LINEBREAK:
            out += u'\n';
            break;
        case CMARK_NODE_HTML_INLINE:
            break;   // <span>, <br/>: markup, not words
        default:
            break;
        }
    }
    return out;
}

void appendBlocks(QList<WebDocument::Block> *blocks, BlockKind kind, const QString &text)
{
    for (const QString &piece : text.split(u'\n'))
        if (const QString t = WebDocument::normalise(piece); !t.isEmpty())
            blocks->append({kind, t});
}

} // namespace

bool MarkdownReader::hasFrontMatter(QStringView text)
{
    return frontMatter(text).has_value();
}

WebDocument MarkdownReader::read(const QString &text)
{
    WebDocument doc;
    QStringView body = text;
    if (const auto fm = frontMatter(text)) {
        readFrontMatter(fm->first, &doc.metadata);
        body = QStringView(text).sliced(std::min(fm->second, text.size()));
    }
    const QByteArray utf8 = body.toUtf8();
    std::unique_ptr<cmark_node, void (*)(cmark_node *)> root(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT), cmark_node_free);
    std::unique_ptr<cmark_iter, void (*)(cmark_iter *)> iter(cmark_iter_new(root.get()), cmark_iter_free);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter.get());
        if (ev != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING:
            appendBlocks(&doc.blocks, BlockKind::Heading, inlineText(n));
            break;
        case CMARK_NODE_PARAGRAPH:
            appendBlocks(&doc.blocks, BlockKind::Paragraph, inlineText(n));
            break;
        case CMARK_NODE_CODE_BLOCK:
            appendBlocks(&doc.blocks, BlockKind::Paragraph, QString::fromUtf8(cmark_node_get_literal(n)));
            break;
        case CMARK_NODE_HTML_BLOCK: {
            // Raw HTML in an export (a <p> or a <div> of the page): read as HTML.
            const WebDocument inner = HtmlReader::read(QString::fromUtf8(cmark_node_get_literal(n)));
            for (const WebDocument::Block &b : inner.blocks)
                if (b.text != inner.metadata.title || b.kind != BlockKind::Heading)
                    doc.blocks.append(b);
            break;
        }
        default:
            break;
        }
    }
    const bool hasHeading = std::any_of(doc.blocks.cbegin(), doc.blocks.cend(),
                                        [](const WebDocument::Block &b) { return b.kind == BlockKind::Heading; });
    if (!hasHeading && !doc.metadata.title.isEmpty())
        doc.blocks.prepend({BlockKind::Heading, WebDocument::normalise(doc.metadata.title)});
    return doc;
}

} // namespace Jiaokan::Core
