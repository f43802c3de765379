#include "viewmenu.h"

#include "differencesdock.h"
#include "readerview.h"
#include "texttools.h"
#include "viewlayout.h"

#include <QTabWidget>
#include <QTableView>

namespace Jiaokan::App {

ViewMenu::ViewMenu(const Parts &parts, QWidget *parent)
    : QMenu(parent)
{
    m_texts.add([this] { setTitle(tr("&View")); });
    m_showFurniture = addAction(QString());
    m_texts.add([this] { m_showFurniture->setText(tr("Show page &furniture")); });
    m_showFurniture->setObjectName(QStringLiteral("showFurnitureAction"));
    m_showFurniture->setCheckable(true);
    connect(m_showFurniture, &QAction::toggled, parts.reader, &ReaderView::setFurnitureVisible);
    QAction *showOriginal = addAction(QString());
    m_texts.add([=] { showOriginal->setText(tr("Show &original lines")); });
    showOriginal->setObjectName(QStringLiteral("showOriginalAction"));
    showOriginal->setCheckable(true);
    showOriginal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(showOriginal, &QAction::toggled, this, [parts](bool on) {
        parts.reader->setOriginalLines(on);
        parts.views->setCurrentWidget(parts.readerPane);
    });
    addSeparator();
    parts.textTools->addZoomActions(this);
    addSeparator();
    QAction *showLibrary = parts.layout->showLibraryAction();
    addAction(showLibrary);
    m_texts.add([=] { showLibrary->setText(tr("Show li&brary")); });
    QAction *library = addAction(QString(), this, [parts] {
        parts.layout->showLibraryAction()->setChecked(true);
        parts.library->setFocus();
    });
    m_texts.add([=] { library->setText(tr("Go to &library")); });
    library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *shared = addAction(QString(), parts.sharedStories, [parts] { parts.sharedStories->setFocus(); });
    m_texts.add([=] { shared->setText(tr("Go to &shared stories")); });
    shared->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *text = addAction(QString(), this, [parts] { parts.views->currentWidget()->setFocus(); });
    m_texts.add([=] { text->setText(tr("Go to the &text")); });
    text->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *table = addAction(QString(), this, [parts] {
        parts.differences->show();
        parts.differences->table()->setFocus();
    });
    m_texts.add([=] { table->setText(tr("Go to the &differences table")); });
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    addSeparator();
    QAction *nextTab = addAction(QString(), this, [parts] {
        parts.views->setCurrentWidget(parts.views->currentWidget() == parts.readerPane ? parts.comparisonPane
                                                                                       : parts.readerPane);
    });
    m_texts.add([=] { nextTab->setText(tr("&Reader or comparison")); });
    nextTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    addAction(parts.differences->toggleViewAction());
}

} // namespace Jiaokan::App
