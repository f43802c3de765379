#include "panestyle.h"

#include <QFrame>

namespace Jiaokan::App {

void PaneStyle::showFocus(QFrame *pane)
{
    // Set on the pane itself, so a subclass of any name is matched.
    pane->setStyleSheet(QStringLiteral("QFrame { border: 2px solid palette(mid); } "
                                       "QFrame:focus { border: 2px solid palette(highlight); }"));
}

} // namespace Jiaokan::App
