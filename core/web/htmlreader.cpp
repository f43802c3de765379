#include "web/htmlreader.h"

#include <gumbo.h>

#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace Jiaokan::Core {

using namespace Qt::StringLiterals;

namespace {

QString textOf(const char *s) { return QString::fromUtf8(s); }

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? textOf(a->value) : QString();
}

// Elements that are never the article's text.
bool isChrome(const GumboElement &e)
{
    switch (e.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD:
        return true;
    default:
        break;
    }
    // Class and id words that sites give their navigation, advertisements, sharing
    // buttons, related-links lists, comments and footers; most elements have neither.
    static const QSet<QByteArray> chrome{
        "nav", "navbar", "navigation", "menu", "footer", "header", "sidebar", "breadcrumb", "breadcrumbs", "share",
        "social", "related", "recommend", "comment", "comments", "copyright", "toolbar", "ad", "ads", "advert",
        "advertisement", "banner", "login", "subscribe", "hot", "rank", "topbar"};
    for (const char *name : {"class", "id"}) {
        const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
        if (!a)
            continue;
        QByteArray word;
        for (const char *c = a->value;; ++c) {
            const bool separator = *c == 0 || *c == ' ' || *c == '\t' || *c == '\n' || *c == '_' || *c == '-';
            if (!separator) {
                word += char(*c >= 'A' && *c <= 'Z' ? *c - 'A' + 'a' : *c);
                continue;
            }
            if (chrome.contains(word))
                return true;
            word.clear();
            if (*c == 0)
                break;
        }
    }
    return gumbo_get_attribute(&e.attributes, "hidden") || attribute(e, "aria-hidden") == u"true";
}

void collectText(const GumboNode *node, QString *out)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
        *out += textOf(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return;
    const GumboElement &e = node->v.element;
    if (isChrome(e))
        return;
    if (e.tag == GUMBO_TAG_BR)
        *out += u'\n';
    for (unsigned i = 0; i < e.children.length; ++i)
        collectText(static_cast<const GumboNode *>(e.children.data[i]), out);
}

std::optional<BlockKind> blockKindOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        return BlockKind::Heading;
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return BlockKind::Paragraph;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
        return BlockKind::Caption;
    default:
        return std::nullopt;
    }
}

// The blocks under node, in document order. Text that stands in a <div> of its own
// (no <p>, as many sites set paragraphs) is a paragraph too.
void collectBlocks(const GumboNode *node, QList<WebDocument::Block> *blocks)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &e = node->v.element;
    if (isChrome(e))
        return;
    if (const auto kind = blockKindOf(e.tag)) {
        QString text;
        collectText(node, &text);
        // A <br> inside a paragraph often separates paragraphs on Chinese sites.
        for (const QString &piece : text.split(u'\n'))
            if (const QString t = WebDocument::normalise(piece); !t.isEmpty())
                blocks->append({*kind, t});
        return;
    }
    QString loose;
    auto flushLoose = [&] {
        for (const QString &piece : loose.split(u'\n'))
            if (const QString t = WebDocument::normalise(piece); !t.isEmpty())
                blocks->append({BlockKind::Paragraph, t});
        loose.clear();
    };
    for (unsigned i = 0; i < e.children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(e.children.data[i]);
        const bool inlineChild = child->type == GUMBO_NODE_TEXT
            || (child->type == GUMBO_NODE_ELEMENT
                && (child->v.element.tag == GUMBO_TAG_SPAN || child->v.element.tag == GUMBO_TAG_A
                    || child->v.element.tag == GUMBO_TAG_STRONG || child->v.element.tag == GUMBO_TAG_B
                    || child->v.element.tag == GUMBO_TAG_EM || child->v.element.tag == GUMBO_TAG_I
                    || child->v.element.tag == GUMBO_TAG_FONT || child->v.element.tag == GUMBO_TAG_BR));
        if (inlineChild) {
            collectText(child, &loose);
        } else {
            flushLoose();
            collectBlocks(child, blocks);
        }
    }
    flushLoose();
}

// How much article text an element holds directly: its paragraphs' characters.
qsizetype paragraphText(const GumboNode *node)
{
    qsizetype total = 0;
    const GumboElement &e = node->v.element;
    for (unsigned i = 0; i < e.children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(e.children.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || isChrome(child->v.element))
            continue;
        if (child->v.element.tag == GUMBO_TAG_P || child->v.element.tag == GUMBO_TAG_BR) {
            QString t;
            collectText(child, &t);
            total += WebDocument::normalise(t).size();
        }
    }
    return total;
}

// The element that holds the article: the <article> with the most text, else the
// element whose own paragraphs hold the most (how reading modes find it).
const GumboNode *mainContent(const GumboNode *root)
{
    const GumboNode *best = nullptr, *bestArticle = nullptr;
    qsizetype bestScore = 0, bestArticleScore = -1;
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT || isChrome(node->v.element))
            continue;
        const qsizetype score = paragraphText(node);
        if (score > bestScore)
            best = node, bestScore = score;
        if (node->v.element.tag == GUMBO_TAG_ARTICLE) {
            QString t;
            collectText(node, &t);
            if (t.size() > bestArticleScore)
                bestArticle = node, bestArticleScore = t.size();
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
    }
    if (bestArticle && bestArticleScore > 0)
        return bestArticle;
    return best ? best : root;
}

void readMetadata(const GumboNode *node, PageMetadata *m, QString *title)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &e = node->v.element;
    if (e.tag == GUMBO_TAG_TITLE && title->isEmpty())
        collectText(node, title);
    if (e.tag == GUMBO_TAG_META) {
        const QString key = (attribute(e, "property") + attribute(e, "name") + attribute(e, "itemprop")).toLower();
        const QString value = WebDocument::normalise(attribute(e, "content"));
        auto set = [&](QString &field) {
            if (field.isEmpty())
                field = value;
        };
        if (key == u"og:title")
            set(m->title);
        else if (key == u"og:site_name" || key == u"application-name")
            set(m->paper);
        else if (key == u"article:published_time" || key == u"pubdate" || key == u"publishdate" || key == u"date"
                 || key == u"datepublished")
            set(m->date);
        else if (key == u"article:section" || key == u"section")
            set(m->sectionName);
        else if (key == u"author" || key == u"article:author")
            set(m->author);
        else if (key == u"og:url")
            set(m->url);
    }
    if (e.tag == GUMBO_TAG_LINK && attribute(e, "rel").toLower() == u"canonical" && m->url.isEmpty())
        m->url = attribute(e, "href");
    for (unsigned i = 0; i < e.children.length; ++i)
        readMetadata(static_cast<const GumboNode *>(e.children.data[i]), m, title);
}

} // namespace

bool HtmlReader::looksLikeHtml(const QByteArray &head)
{
    static const QRegularExpression tag(u"^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)[\\s>]"_s,
                                        QRegularExpression::CaseInsensitiveOption
                                            | QRegularExpression::DotMatchesEverythingOption);
    QByteArray start = head.left(4096);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return tag.match(QString::fromLatin1(start)).hasMatch();
}

QByteArray HtmlReader::declaredCharset(const QByteArray &bytes)
{
    // The declaration must come early (HTML: within the first 1024 bytes); look further
    // for pages that ignore that.
    static const QRegularExpression meta(
        u"<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(bytes.left(8192)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

WebDocument HtmlReader::read(const QString &html)
{
    return read(html.toUtf8());
}

WebDocument HtmlReader::read(const QByteArray &utf8)
{
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        [](GumboOutput *o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    WebDocument doc;
    QString title;
    readMetadata(output->root, &doc.metadata, &title);
    title = WebDocument::normalise(title);
    collectBlocks(mainContent(output->root), &doc.blocks);
    // The headline: the page's own h1 if the article has one; else og:title or <title>.
    const bool hasHeading = std::any_of(doc.blocks.cbegin(), doc.blocks.cend(),
                                        [](const WebDocument::Block &b) { return b.kind == BlockKind::Heading; });
    if (doc.metadata.title.isEmpty())
        doc.metadata.title = title;
    if (!hasHeading && !doc.metadata.title.isEmpty())
        doc.blocks.prepend({BlockKind::Heading, doc.metadata.title});
    return doc;
}

} // namespace Jiaokan::Core
