#pragma once

#include <QMenu>

class QSettings;

namespace Jiaokan::App {

// File ▸ Open recent: the files and folders opened last, newest first, each with its
// access key, remembered across restarts.
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 10;

    explicit RecentFilesMenu(QWidget *parent = nullptr);

    const QStringList &paths() const { return m_paths; }
    void remember(const QStringList &paths);
    void restore(const QSettings &settings);
    void save(QSettings &settings) const;
    void retranslate();

signals:
    void chosen(const QString &path);

private:
    void fill();

    QStringList m_paths;
};

} // namespace Jiaokan::App
