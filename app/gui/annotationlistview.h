#pragma once

#include "annotate/annotation.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Jiaokan::App {

// Every annotation of the project, whether what it was made on is shown now, hidden by
// the options, or gone (orphaned: kept, never dropped, so that the note is not lost).
class AnnotationListView final : public QWidget
{
    Q_OBJECT
public:
    enum Column { Status, Readings, Comment, Pages, Where, Modified, ColumnCount };
    struct Entry {
        Core::Annotation annotation;
        QString pages;       // "001 ↔ 002", or the base's siglum
        QString where;       // "Difference 3, lines 12 / 7", "Not shown: …", "Orphaned: …"
        bool orphaned = false;
    };

    explicit AnnotationListView(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    int count() const;
    int orphanedCount() const { return m_orphaned; }
    // The text of a cell, for tests.
    QString text(int row, Column column) const;

signals:
    // The user asked to go to the row-th annotation (double click or Enter).
    void activated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    int m_orphaned = 0;
};

} // namespace Jiaokan::App
