#include "viewlayout.h"

#include <QAction>
#include <QEvent>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

namespace Jiaokan::App {

namespace {
const QString SizesKey = QStringLiteral("window/viewSizes/%1");
const QString LibraryKey = QStringLiteral("window/libraryShown");
} // namespace

ViewLayout::ViewLayout(QSplitter *splitter, QTabWidget *views, QObject *parent)
    : QObject(parent), m_splitter(splitter), m_views(views), m_showLibrary(new QAction(this))
{
    m_showLibrary->setObjectName(QStringLiteral("showLibraryAction"));
    m_showLibrary->setCheckable(true);
    m_showLibrary->setChecked(true);
    m_showLibrary->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_showLibrary, &QAction::toggled, this, [this](bool shown) {
        m_splitter->widget(0)->setVisible(shown);
    });
    connect(m_views, &QTabWidget::currentChanged, this, &ViewLayout::viewChanged);
    m_current = m_views->currentIndex();
    m_splitter->installEventFilter(this);
}

double ViewLayout::defaultLibraryShare(int view)
{
    // Beside the reader the library reads well at a third; a comparison's two panes, a
    // collation's table and the annotations need the width.
    return view == 0 ? 0.32 : 0.2;
}

QList<int> ViewLayout::sizesFor(int view) const
{
    if (m_sizes.contains(view))
        return m_sizes.value(view);
    const int width = m_splitter->width();
    const int library = int(width * defaultLibraryShare(view));
    return {library, width - library};
}

void ViewLayout::remember()
{
    if (m_pending)
        return;   // never laid out: nothing the user chose
    // The sizes as the user left them; a hidden library keeps its width for its return.
    if (m_current >= 0 && m_splitter->widget(0)->isVisible())
        m_sizes.insert(m_current, m_splitter->sizes());
}

void ViewLayout::viewChanged(int view)
{
    remember();
    m_current = view;
    apply();
}

void ViewLayout::apply()
{
    // Before the window is laid out its width is not known: the sizes wait for it.
    m_pending = m_splitter->width() <= 1 || !m_splitter->isVisible();
    if (!m_pending && m_splitter->widget(0)->isVisible())
        m_splitter->setSizes(sizesFor(m_current));
}

bool ViewLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && m_pending && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        apply();
    return QObject::eventFilter(watched, event);
}

void ViewLayout::restore(const QSettings &settings)
{
    for (int view = 0; view < m_views->count(); ++view) {
        const QList<QVariant> stored = settings.value(SizesKey.arg(view)).toList();
        if (stored.size() == 2 && stored[0].toInt() > 0 && stored[1].toInt() > 0)
            m_sizes.insert(view, {stored[0].toInt(), stored[1].toInt()});
    }
    m_showLibrary->setChecked(settings.value(LibraryKey, true).toBool());
    m_current = m_views->currentIndex();
    apply();
}

void ViewLayout::save(QSettings &settings)
{
    remember();
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        settings.setValue(SizesKey.arg(it.key()), QVariantList{it.value().value(0), it.value().value(1)});
    settings.setValue(LibraryKey, m_showLibrary->isChecked());
}

} // namespace Jiaokan::App
