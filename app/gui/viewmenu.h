#pragma once

#include "translatedtexts.h"

#include <QMenu>

class QTabWidget;

namespace Jiaokan::App {

class DifferencesDock;
class ReaderView;
class TextTools;
class ViewLayout;

// The View menu: what the reader shows (page furniture, the original lines), zoom, the
// library shown or hidden, a key to go to each part of the window, and the
// differences table.
class ViewMenu final : public QMenu
{
    Q_OBJECT
public:
    // The parts of the window it shows and goes to.
    struct Parts {
        ReaderView *reader = nullptr;
        QTabWidget *views = nullptr;          // the tabs: reader, comparison, …
        QWidget *readerPane = nullptr;
        QWidget *comparisonPane = nullptr;
        QWidget *library = nullptr;
        QWidget *sharedStories = nullptr;
        DifferencesDock *differences = nullptr;
        TextTools *textTools = nullptr;
        ViewLayout *layout = nullptr;
    };

    ViewMenu(const Parts &parts, QWidget *parent = nullptr);

    QAction *showFurnitureAction() const { return m_showFurniture; }
    void retranslate() { m_texts.apply(); }

private:
    QAction *m_showFurniture = nullptr;
    TranslatedTexts m_texts;
};

} // namespace Jiaokan::App
