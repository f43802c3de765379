#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace Jiaokan::App {

// Lays out a report's HTML (ComparisonReport with forPrint) in pages of the device and
// draws them with a running header (title, versions) and a footer (page N of M). Qt's
// text layout keeps every line whole on one page and breaks lines as Chinese requires
// (no ，or 。 at a line's start); the CJK fonts are embedded in a PDF.
class ReportPrinter final
{
public:
    struct PageSetup {
        QPageSize::PageSizeId size = QPageSize::A4;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
    };

    // Lays html out in document as print() does on device: its fonts, its page body.
    static void layOut(QTextDocument *document, const QString &html, QPagedPaintDevice *device);
    // Returns the number of pages drawn.
    static int print(const QString &html, const QString &title, const QString &versions, QPagedPaintDevice *device);
    static bool writePdf(const QString &html, const QString &title, const QString &versions, const QString &path,
                         const PageSetup &setup, QString *error, int *pages = nullptr);
};

} // namespace Jiaokan::App
