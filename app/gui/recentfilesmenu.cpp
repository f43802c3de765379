#include "recentfilesmenu.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace Jiaokan::App {

namespace {
const QString RecentFilesKey = QStringLiteral("recentFiles");
} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::fill);
    retranslate();
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Open &recent"));
}

void RecentFilesMenu::remember(const QStringList &paths)
{
    // The newest are the last given: only they can stay (10,000 files open at once).
    for (const QString &path : paths.mid(std::max<qsizetype>(0, paths.size() - MaxEntries))) {
        m_paths.removeAll(path);
        m_paths.prepend(path);
    }
    while (m_paths.size() > MaxEntries)
        m_paths.removeLast();
}

void RecentFilesMenu::restore(const QSettings &settings)
{
    m_paths = settings.value(RecentFilesKey).toStringList();
}

void RecentFilesMenu::save(QSettings &settings) const
{
    settings.setValue(RecentFilesKey, m_paths);
}

void RecentFilesMenu::fill()
{
    clear();
    for (int i = 0; i < m_paths.size(); ++i) {
        const QString path = m_paths.at(i);
        // &1 … &9, then 1&0: each entry has a key.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *a = addAction(QStringLiteral("%1 %2").arg(number, QFileInfo(path).fileName()), this,
                               [this, path] { emit chosen(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (m_paths.isEmpty())
        addAction(tr("(none)"))->setEnabled(false);
    addSeparator();
    addAction(tr("&Clear list"), this, [this] { m_paths.clear(); })->setEnabled(!m_paths.isEmpty());
}

} // namespace Jiaokan::App
