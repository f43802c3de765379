#pragma once

#include "annotate/annotation.h"
#include "diff/passagecomparison.h"
#include "analysis/analyzedpage.h"
#include "match/passagefinder.h"
#include "report/reportmarkup.h"
#include "report/reportoptions.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Jiaokan::Core {

// The annotated comparison an editor prints or hands on: a title block (story, the
// versions with file, date if the page gives one, and encoding, the options, the date
// of printing), then each passage's two printings side by side with corresponding
// paragraphs in one row, every difference marked (underline, strike-through or ‸ as
// well as colour) and numbered, and an apparatus of the numbers: class, both readings,
// status and comment.
class ComparisonReport final
{
public:
    struct Section {
        std::shared_ptr<const AnalyzedPage> a;
        std::shared_ptr<const AnalyzedPage> b;
        PassageComparison passage;
        QList<std::optional<Annotation>> annotations;   // per difference (may be empty)
    };
    using Document = ReportDocument;

    static Document build(const QList<Section> &sections, const ReportOptions &options);
    // A section for each passage found, none annotated yet.
    static QList<Section> sectionsOf(const PassageFinder::Result &found);
    // The date a page prints, if its text gives one (2025年5月9日), as written.
    static QString pageDate(const ReflowedPage &page);
    // Rows of corresponding paragraphs of a passage: the reading ranks of A and of B
    // that each row holds, first to last. A row starts where both printings start a
    // paragraph at the same point of the text.
    struct Row {
        std::array<int, SideCount> first{};
        std::array<int, SideCount> last{};
    };
    static QList<Row> alignParagraphs(const AnalyzedPage &a, const AnalyzedPage &b, const PassageComparison &passage);
};

} // namespace Jiaokan::Core
