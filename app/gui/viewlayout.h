#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QSettings;
class QSplitter;
class QTabWidget;

namespace Jiaokan::App {

// How the window is shared between the library (the splitter's first part) and the
// view in front: remembered for each view, so that the library beside the reader can be
// wide while a comparison takes most of the window; and the library hidden or shown at
// the user's word (View ▸ Show library, F9), whatever the view.
class ViewLayout final : public QObject
{
    Q_OBJECT
public:
    ViewLayout(QSplitter *splitter, QTabWidget *views, QObject *parent = nullptr);

    QAction *showLibraryAction() const { return m_showLibrary; }
    // The library's share of the width a view has by default.
    static double defaultLibraryShare(int view);

    void restore(const QSettings &settings);
    void save(QSettings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void viewChanged(int view);
    void apply();
    void remember();
    QList<int> sizesFor(int view) const;

    QSplitter *m_splitter;
    QTabWidget *m_views;
    QAction *m_showLibrary;
    QHash<int, QList<int>> m_sizes;   // by view (tab index)
    int m_current = -1;
    bool m_pending = true;   // sizes to set once the splitter has its width
};

} // namespace Jiaokan::App
