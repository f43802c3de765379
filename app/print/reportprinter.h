#pragma once

#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include "report/reportmarkup.h"

class QPagedPaintDevice;
class QTextDocument;

namespace Jiaokan::App {

class PdfTextLayer;

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
    // The report's printed pages (figures), if it shows any, are set the body's width.
    static void layOut(QTextDocument *document, const Core::ReportDocument &report, QPagedPaintDevice *device);
    // Returns the number of pages drawn. What was drawn is added to textLayer if given.
    static int print(const Core::ReportDocument &report, QPagedPaintDevice *device,
                     PdfTextLayer *textLayer = nullptr);
    static bool writePdf(const Core::ReportDocument &report, const QString &path, const PageSetup &setup,
                         QString *error, int *pages = nullptr);
};

} // namespace Jiaokan::App
