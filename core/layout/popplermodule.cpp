#include "layout/glyph.h"

#include "text/tr.h"

#include <poppler/qt6/poppler-qt6.h>

#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QRect>
#include <QRegularExpression>

#include <QMutex>

#include <list>
#include <memory>
#include <mutex>

namespace Jiaokan::Core {

namespace {

// Poppler reports what it repairs on standard error; a damaged PDF gets our message.
void quiet(const QString &, const QVariant &) {}

// A glyph whose font has no Unicode map comes back as U+FFFD, a control or a
// private-use code: its text is lost even though the glyph is printed.
bool unreadable(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xFFFD || (u < 0x20 && u != u'\t') || (u >= 0xE000 && u <= 0xF8FF);
}

QList<Glyph> glyphsOf(const Poppler::Page &page, int *unreadableCount)
{
    QList<Glyph> glyphs;
    for (const std::unique_ptr<Poppler::TextBox> &word : page.textList()) {
        const QString text = word->text();
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype units = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            Glyph g{text.mid(i, units), word->charBoundingBox(int(i)), false};
            if (units == 1 && unreadable(text[i]))
                ++*unreadableCount;
            glyphs.append(std::move(g));
            i += units - 1;
        }
        if (!glyphs.isEmpty() && word->hasSpaceAfter())
            glyphs.last().spaceAfter = true;
    }
    return glyphs;
}

// The PDFs opened lately, kept while their files stay as they were: a document read
// page by page (a whole issue, hundreds of pages) is opened once, not once a page. A
// document serves one thread at a time; a second thread wanting the same file while it
// is in use opens its own. The cache is the module's and lives as long as the process:
// a document kept by a thread was destroyed as the thread ended, which could be while
// the process exited and Poppler's own state went with it.
class OpenedDocuments final
{
public:
    struct Entry {
        QString path;
        QDateTime modified;
        qint64 size = -1;
        std::unique_ptr<Poppler::Document> document;
        std::mutex use;
    };
    struct Lease {
        std::shared_ptr<Entry> entry;
        std::unique_lock<std::mutex> lock;
        Poppler::Document *document() const { return entry ? entry->document.get() : nullptr; }
    };

    static OpenedDocuments &instance()
    {
        static OpenedDocuments *const documents = new OpenedDocuments;   // never destroyed: see above
        return *documents;
    }

    Lease open(const QString &path)
    {
        const QFileInfo info(path);
        {
            std::lock_guard guard(m_mutex);
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                const std::shared_ptr<Entry> entry = *it;
                if (entry->path != path || entry->modified != info.lastModified() || entry->size != info.size())
                    continue;
                std::unique_lock lock(entry->use, std::try_to_lock);
                if (!lock.owns_lock())
                    continue;   // in use on another thread
                m_entries.splice(m_entries.begin(), m_entries, it);
                return {entry, std::move(lock)};
            }
        }
        auto entry = std::make_shared<Entry>();
        entry->path = path;
        entry->modified = info.lastModified();
        entry->size = info.size();
        entry->document = Poppler::Document::load(path);
        std::unique_lock lock(entry->use);
        std::lock_guard guard(m_mutex);
        m_entries.push_front(entry);
        // The oldest that no thread is using go (a thread using one keeps it alive).
        while (m_entries.size() > Kept)
            m_entries.pop_back();
        return {entry, std::move(lock)};
    }

private:
    static constexpr size_t Kept = 4;
    std::mutex m_mutex;
    std::list<std::shared_ptr<Entry>> m_entries;   // the most recent first
};

// pages: 0 for every page, N for page N alone, -1 for none (count only).
std::optional<QList<GlyphPage>> readWithPoppler(const QString *path, const QByteArray *bytes, int only,
                                                const QString &name, QString *error, int *count)
{
    static QMutex once;
    {
        QMutexLocker lock(&once);
        Poppler::setDebugErrorFunction(quiet, QVariant());
    }
    std::unique_ptr<Poppler::Document> fromBytes;
    OpenedDocuments::Lease lease;
    Poppler::Document *document = nullptr;
    if (path) {
        lease = OpenedDocuments::instance().open(*path);
        document = lease.document();
    } else {
        fromBytes = Poppler::Document::loadFromData(*bytes);
        document = fromBytes.get();
    }
    if (!document) {
        *error = Tr::tr("%1: is a damaged PDF (Poppler cannot open it)").arg(name);
        return std::nullopt;
    }
    if (document->isLocked()) {
        *error = Tr::tr("%1: is an encrypted PDF; remove its password in a PDF reader first").arg(name);
        return std::nullopt;
    }
    *count = document->numPages();
    if (*count <= 0) {
        *error = Tr::tr("%1: is a PDF with no pages").arg(name);
        return std::nullopt;
    }
    if (only < 0)
        return QList<GlyphPage>();
    const int first = only > 0 ? only - 1 : 0, last = only > 0 ? only - 1 : *count - 1;
    PageMetadata information;
    // A title that is a file's name or a typesetting program's data is no title.
    const QString title = document->info(QStringLiteral("Title")).simplified();
    static const QRegularExpression NotATitle(QStringLiteral("[{}<>\\\\]|\\.\\w{2,5}$|^untitled$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (title.size() <= 200 && !title.contains(NotATitle))
        information.title = title;
    information.author = document->info(QStringLiteral("Author")).simplified();
    if (const QDateTime made = document->date(QStringLiteral("CreationDate")); made.isValid())
        information.date = made.date().toString(Qt::ISODate);
    QList<GlyphPage> pages;
    int withText = 0;
    for (int n = first; n <= last && n < *count; ++n) {
        const std::unique_ptr<Poppler::Page> page = document->page(n);
        GlyphPage glyphs;
        glyphs.number = n + 1;
        glyphs.information = information;
        if (page) {
            glyphs.size = page->pageSizeF();
            int bad = 0;
            glyphs.glyphs = glyphsOf(*page, &bad);
            if (bad > 0 && bad * 2 >= glyphs.glyphs.size()) {
                *error = Tr::tr("%1: page %2 is set in a font with no usable Unicode map, so its text cannot be read")
                             .arg(name).arg(n + 1);
                return std::nullopt;
            }
        }
        withText += !glyphs.glyphs.isEmpty();
        pages.append(std::move(glyphs));
    }
    if (withText == 0) {
        *error = Tr::tr("%1: is a scan: its %n page(s) hold images with no text layer, so there is nothing to read",
                        nullptr, int(pages.size())).arg(name);
        return std::nullopt;
    }
    return pages;
}

} // namespace

} // namespace Jiaokan::Core

// The module's one entry point, resolved by PdfReader: the file at path, or bytes.
extern "C" Q_DECL_EXPORT bool jiaokanReadPdf(const QString *path, const QByteArray *bytes, int page,
                                             const QString *name, QString *error,
                                             QList<Jiaokan::Core::GlyphPage> *pages, int *count)
{
    auto read = Jiaokan::Core::readWithPoppler(path, bytes, page, *name, error, count);
    if (!read)
        return false;
    *pages = std::move(*read);
    return true;
}

// Renders page (1-based) of the PDF at path at dpi, for the page views and reports; a
// tile of it when tile (device pixels at that dpi) is not empty.
extern "C" Q_DECL_EXPORT bool jiaokanRenderPdfPage(const QString *path, int page, double dpi, const QRect *tile,
                                                   QImage *image, QString *error)
{
    const Jiaokan::Core::OpenedDocuments::Lease lease = Jiaokan::Core::OpenedDocuments::instance().open(*path);
    Poppler::Document *document = lease.document();
    if (!document || document->isLocked()) {
        *error = Jiaokan::Core::Tr::tr("%1: is a damaged PDF (Poppler cannot open it)").arg(*path);
        return false;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const std::unique_ptr<Poppler::Page> p = page >= 1 && page <= document->numPages() ? document->page(page - 1)
                                                                                        : nullptr;
    if (!p) {
        *error = Jiaokan::Core::Tr::tr("%1: has no page %2").arg(*path).arg(page);
        return false;
    }
    *image = tile && !tile->isEmpty() ? p->renderToImage(dpi, dpi, tile->x(), tile->y(), tile->width(), tile->height())
                                      : p->renderToImage(dpi, dpi);
    return !image->isNull();
}
