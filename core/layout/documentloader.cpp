#include "layout/documentloader.h"

#include "layout/pagelayouter.h"
#include "layout/pdfreader.h"
#include "web/htmlreader.h"
#include "web/markdownreader.h"
#include "text/pagegeometry.h"
#include "text/tr.h"
#include "util/parallelfor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Jiaokan::Core {

namespace {

PageText pageTextOf(const QList<LaidOutPage> &pages, const QString &path);

// A PDF's pages laid out, each on a worker thread, as one page text.
PageText layOut(const QList<GlyphPage> &glyphs, const QString &path)
{
    QList<LaidOutPage> pages(glyphs.size());
    LaidOutPage *laidOut = pages.data();   // detached here, once: the workers only write to it
    parallelFor(int(glyphs.size()), [&](int i) { laidOut[i] = PageLayouter::layOut(glyphs.at(i)); });
    PageText text = pageTextOf(pages, path);
    if (!glyphs.isEmpty())
        text.metadata = glyphs.first().information;
    return text;
}

PageText pageTextOf(const QList<LaidOutPage> &pages, const QString &path)
{
    PageText text;
    text.path = path;
    text.encoding = QStringLiteral("PDF");
    auto geometry = std::make_shared<PageGeometry>();
    geometry->firstPage = pages.isEmpty() ? 1 : pages.first().number;
    for (const LaidOutPage &page : pages) {
        const int lineOffset = int(text.lines.size());
        const int blockOffset = int(geometry->blocks.size());
        geometry->pageSizes.append(page.size);
        for (const TextLine &line : page.lines) {
            text.lines.append(line.text);
            geometry->lines.append(PrintedLine{page.number, line.box, line.glyphBoxes, line.em, line.centerY});
        }
        for (PrintedBlock b : page.blocks) {
            b.first.value += lineOffset;
            b.last.value += lineOffset;
            geometry->blocks.append(b);
        }
        for (PrintedStory s : page.stories) {
            s.firstBlock += blockOffset;
            s.lastBlock += blockOffset;
            for (int &h : s.headlineBlocks)
                h += blockOffset;
            geometry->stories.append(s);
        }
    }
    text.geometry = std::move(geometry);
    return text;
}

} // namespace

namespace {

bool isPdfFile(const QString &path)
{
    QFile file(path);
    return QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && PdfReader::looksLikePdf(file.peek(1024));
}

// FILE#N, where FILE is a PDF and N a page number: {FILE, N}; otherwise {path, 0}.
std::pair<QString, int> pdfPage(const QString &path)
{
    const qsizetype hash = path.lastIndexOf(u'#');
    if (hash < 0 || QFileInfo::exists(path))
        return {path, 0};
    bool ok = false;
    const int page = path.mid(hash + 1).toInt(&ok);
    const QString file = path.left(hash);
    if (!ok || page < 1 || !isPdfFile(file))
        return {path, 0};
    return {file, page};
}

// HTML (by its content), Markdown (front matter, or a .md name and no HTML), or page text.
std::optional<PageText> webFromBytes(const QByteArray &bytes, const QString &path, QString *error,
                                     PageLoader::Digest digest)
{
    const bool html = HtmlReader::looksLikeHtml(bytes);
    if (html && bytes.size() <= PageLoader::MaxPageBytes) {
        // Most pages are UTF-8 and say so (or say nothing): gumbo reads their bytes as
        // they are, without a round trip through a decoded copy (a tenth of a 30 MB page's time).
        const QByteArray declared = HtmlReader::declaredCharset(bytes).toLower();
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        if ((declared.isEmpty() || declared == "utf-8" || declared == "utf8") && QByteArrayView(body).isValidUtf8()) {
            const WebDocument doc = HtmlReader::read(body);
            if (doc.blocks.isEmpty()) {
                *error = Tr::tr("%1: is an HTML page with no article text in it").arg(path);
                return std::nullopt;
            }
            PageText page = doc.toPage(path, QStringLiteral("UTF-8"));
            if (digest == PageLoader::Digest::Take)
                page.digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            return page;
        }
    }
    // The charset the page declares decodes it; ICU's detection is for pages that
    // declare none, or declare one their bytes are not in.
    std::optional<PageText> text;
    if (html) {
        if (const QByteArray charset = HtmlReader::declaredCharset(bytes); !charset.isEmpty()) {
            if (const auto decoded = PageLoader::decodeAs(bytes, charset)) {
                text = PageLoader::fromText(*decoded, path, error);
                if (text) {
                    text->encoding = QString::fromLatin1(charset).toUpper();
                    if (digest == PageLoader::Digest::Take)
                        text->digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                }
            }
        }
    }
    if (!text)
        text = PageLoader::fromBytes(bytes, path, error, digest);
    if (!text)
        return std::nullopt;
    const QString whole = text->lines.join(u'\n');
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool markdown = !html && (MarkdownReader::hasFrontMatter(whole) || suffix == u"md" || suffix == u"markdown");
    if (!html && !markdown)
        return text;
    const WebDocument doc = html ? HtmlReader::read(whole) : MarkdownReader::read(whole);
    if (doc.blocks.isEmpty()) {
        *error = html ? Tr::tr("%1: is an HTML page with no article text in it").arg(path)
                      : Tr::tr("%1: is a Markdown file with no text in it").arg(path);
        return std::nullopt;
    }
    PageText page = doc.toPage(path, text->encoding);
    page.digest = text->digest;
    return page;
}

std::optional<PageText> webOrText(const QString &path, QString *error, PageLoader::Digest digest)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > PageLoader::MaxPageBytes || !file.open(QIODevice::ReadOnly))
        return PageLoader::load(path, error, digest);   // its messages say what is wrong
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return PageLoader::load(path, error, digest);
    return webFromBytes(bytes, path, error, digest);
}

} // namespace

std::pair<QString, int> DocumentLoader::splitPageName(const QString &path)
{
    return pdfPage(path);
}

std::optional<PageText> DocumentLoader::load(const QString &path, QString *error, PageLoader::Digest digest)
{
    const auto [file, page] = pdfPage(path);
    if (page == 0 && !isPdfFile(file))
        return webOrText(path, error, digest);
    if (const qint64 size = QFileInfo(file).size(); size > MaxPdfBytes) {
        *error = Tr::tr("%1: %2 MB is too large for a PDF (the limit is %3 MB)")
                     .arg(path).arg(double(size) / (1024 * 1024), 0, 'f', 1).arg(MaxPdfBytes / (1024 * 1024));
        return std::nullopt;
    }
    const auto glyphs = PdfReader::readFile(file, page, error);
    if (!glyphs)
        return std::nullopt;
    PageText text = layOut(*glyphs, path);
    if (digest == PageLoader::Digest::Take) {
        QFile f(file);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly) && hash.addData(&f))
            text.digest = QString::fromLatin1(hash.result().toHex());
        if (page > 0)   // one page of a PDF changes with its file
            text.digest += QStringLiteral("#%1").arg(page);
    }
    return text;
}

QStringList DocumentLoader::pagesOf(const QString &path)
{
    if (!isPdfFile(path))
        return {path};
    QString error;
    const std::optional<int> count = PdfReader::pageCount(path, &error);
    if (!count || *count <= 1)
        return {path};
    QStringList pages;
    for (int n = 1; n <= *count; ++n)
        pages.append(QStringLiteral("%1#%2").arg(path).arg(n));
    return pages;
}

std::optional<PageText> DocumentLoader::fromBytes(const QByteArray &bytes, const QString &path, QString *error,
                                                  PageLoader::Digest digest)
{
    if (!PdfReader::looksLikePdf(bytes))
        return webFromBytes(bytes, path, error, digest);
    const auto glyphs = PdfReader::read(bytes, path, error);
    if (!glyphs)
        return std::nullopt;
    PageText text = layOut(*glyphs, path);
    if (digest == PageLoader::Digest::Take)
        text.digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return text;
}

} // namespace Jiaokan::Core
