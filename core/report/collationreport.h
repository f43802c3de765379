#pragma once

#include "annotate/annotation.h"
#include "collate/collation.h"
#include "analysis/analyzedpage.h"
#include "report/reportmarkup.h"
#include "report/reportoptions.h"

#include <memory>
#include <vector>

namespace Jiaokan::Core {

// A collation for print: the title block (every witness with its file, encoding and
// lines, which is the base, which are partial), the base text with each variant
// location marked and numbered, and a critical apparatus: every witness's reading at
// each number, those that lack the passage, the status and the comment.
class CollationReport final
{
public:
    // pages[i]: the analysed page that witnesses with page i are; annotations: per
    // location (may be empty).
    static ReportDocument build(const Collation &collation, const std::vector<std::shared_ptr<const AnalyzedPage>> &pages,
                                const QList<std::optional<Annotation>> &annotations, const ReportOptions &options);
    // Every story collated, one after another, in one document (`collate --html`).
    static QString buildAll(const QList<Collation> &collations,
                            const std::vector<std::shared_ptr<const AnalyzedPage>> &pages, const ReportOptions &options);
};

} // namespace Jiaokan::Core
