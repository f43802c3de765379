#pragma once

#include "annotate/annotation.h"
#include "collate/collation.h"
#include "analysis/analyzedpage.h"
#include "spreadview.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QTableWidget;
class QTextBrowser;

namespace Jiaokan::App {

// Every version of one story at once: the base text with each variant location
// marked and numbered, and a table of the locations with every witness's reading,
// witnesses that read alike grouped ("阔 — 001 | 淡 — 002 | lacking — 000"). The user
// may choose another base.
class CollationView final : public QWidget
{
    Q_OBJECT
public:
    explicit CollationView(QWidget *parent = nullptr);
    // The base text, marked (for finding and sizing its text).
    QTextBrowser *textPane() const { return m_text; }

    // printings: the paper and date of each witness, for the picture of the spread.
    void showCollation(const Core::Collation &collation, std::shared_ptr<const Core::AnalyzedPage> base,
                       const QList<SpreadView::Printing> &printings = {});
    SpreadView *spread() const { return m_spread; }
    void clear();

    const Core::Collation &collation() const { return m_collation; }
    int locationCount() const { return int(m_collation.locations.size()); }
    int currentLocation() const { return m_current; }
    void setCurrentLocation(int index);
    // Per location, its annotation if it has one: status and comment in the table, the
    // mark in the status's colour with a line above.
    void setAnnotations(const QList<std::optional<Core::Annotation>> &annotations);
    // A location's readings as the table shows them.
    // What witness reads at location, as its column shows it: the text, (omitted), or
    // (lacking) where it does not print that part of the story.
    static QString readingOf(const Core::Collation::Location &location, int witness);

signals:
    // The user chose another witness as the base (an index into the witnesses).
    void baseRequested(int witness);
    void currentLocationChanged(int index);
    // A printing chosen in the spread, to be compared with the base.
    void printingChosen(int witness);
    // A right click on a location, which is now current: add to menu what can be done.
    void contextMenuRequested(int location, QMenu *menu);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showHeading();   // the title and the choice of base
    void render();
    void fillTable();
    void setHeaders();
    // The Status column, after the witnesses' (Comment follows it).
    int statusColumn() const;
    // Up to this many versions, a column each; beyond, one column of the readings with
    // how many print each.
    static constexpr int ColumnsPerWitnessUpTo = 12;
    bool columnPerWitness() const;
    QString readingsOf(const Core::Collation::Location &location) const;

    Core::Collation m_collation;
    QList<std::optional<Core::Annotation>> m_annotations;
    std::shared_ptr<const Core::AnalyzedPage> m_base;
    QList<std::pair<int, int>> m_ranges;   // each location in the text's document
    int m_current = -1;
    QLabel *m_title = nullptr;
    QComboBox *m_baseChoice = nullptr;
    QLabel *m_baseLabel = nullptr;
    QTextBrowser *m_text = nullptr;
    QTableWidget *m_table = nullptr;
    SpreadView *m_spread = nullptr;
};

} // namespace Jiaokan::App
