#include "helpmenu.h"

#include <QMessageBox>

namespace Jiaokan::App {

HelpMenu::HelpMenu(QWidget *parent)
    : QMenu(parent)
{
    m_samples = addAction(QString(), this, &HelpMenu::samplesRequested);
    m_keys = addAction(QString(), this, [this] {
        QMessageBox::information(
            parentWidget(), tr("Keyboard shortcuts"),
            tr("<table>"
               "<tr><td>F7, Alt+Down</td><td>Next difference</td></tr>"
               "<tr><td>Shift+F7, Alt+Up</td><td>Previous difference</td></tr>"
               "<tr><td>Ctrl+1 … Ctrl+4</td><td>Library, shared stories, text, differences table</td></tr>"
               "<tr><td>Ctrl+Tab</td><td>Reader or comparison</td></tr>"
               "<tr><td>Ctrl+L</td><td>Original lines in the reader</td></tr>"
               "<tr><td>Ctrl+D</td><td>Compare the two chosen in the library</td></tr>"
               "<tr><td>Ctrl+Shift+A, Ctrl+Shift+D</td><td>Choose the selection as A, compare a selection with it</td></tr>"
               "<tr><td>Alt+0 … Alt+4</td><td>Unreviewed, accepted, error in A, error in B, query</td></tr>"
               "<tr><td>F2</td><td>Comment on the difference</td></tr>"
               "<tr><td>Ctrl+Z, Ctrl+Shift+Z</td><td>Undo, redo an annotation</td></tr>"
               "<tr><td>Ctrl+S, Ctrl+Shift+O</td><td>Save, open a project</td></tr>"
               "<tr><td>Ctrl+O, Ctrl+Alt+O, Ctrl+V</td><td>Open pages, a folder, paste a page</td></tr>"
               "<tr><td>Esc</td><td>Cancel comparing</td></tr>"
               "</table>"));
    });
    retranslate();
}

void HelpMenu::retranslate()
{
    setTitle(tr("&Help"));
    m_samples->setText(tr("&Sample pages"));
    m_keys->setText(tr("&Keyboard shortcuts"));
}

} // namespace Jiaokan::App
