#include "layout/documentloader.h"

#include "layout/pagelayouter.h"
#include "layout/pdfreader.h"
#include "text/pagegeometry.h"
#include "text/tr.h"
#include "util/parallelfor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Jiaokan::Core {

namespace {

PageText pageTextOf(const QList<LaidOutPage> &pages, const QString &path)
{
    PageText text;
    text.path = path;
    text.encoding = QStringLiteral("PDF");
    auto geometry = std::make_shared<PageGeometry>();
    for (const LaidOutPage &page : pages) {
        const int lineOffset = int(text.lines.size());
        const int blockOffset = int(geometry->blocks.size());
        geometry->pageSizes.append(page.size);
        for (const TextLine &line : page.lines) {
            text.lines.append(line.text);
            geometry->lines.append(PrintedLine{page.number, line.box, line.glyphBoxes});
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

std::optional<PageText> DocumentLoader::load(const QString &path, QString *error, PageLoader::Digest digest)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return PageLoader::load(path, error, digest);   // its messages say what is wrong
    if (!PdfReader::looksLikePdf(file.peek(1024)))
        return PageLoader::load(path, error, digest);
    if (info.size() > MaxPdfBytes) {
        *error = Tr::tr("%1: %2 MB is too large for a PDF (the limit is %3 MB)")
                     .arg(path).arg(double(info.size()) / (1024 * 1024), 0, 'f', 1).arg(MaxPdfBytes / (1024 * 1024));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = Tr::tr("%1: read error (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromBytes(bytes, path, error, digest);
}

std::optional<PageText> DocumentLoader::fromBytes(const QByteArray &bytes, const QString &path, QString *error,
                                                  PageLoader::Digest digest)
{
    if (!PdfReader::looksLikePdf(bytes))
        return PageLoader::fromBytes(bytes, path, error, digest);
    const auto glyphs = PdfReader::read(bytes, path, error);
    if (!glyphs)
        return std::nullopt;
    QList<LaidOutPage> pages(glyphs->size());
    parallelFor(int(glyphs->size()), [&](int i) { pages[i] = PageLayouter::layOut(glyphs->at(i)); });
    PageText text = pageTextOf(pages, path);
    if (digest == PageLoader::Digest::Take)
        text.digest = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return text;
}

} // namespace Jiaokan::Core
