#pragma once

#include <QMenu>

namespace Jiaokan::App {

// Help: the sample pages, and the keyboard shortcuts in one table.
class HelpMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit HelpMenu(QWidget *parent = nullptr);
    void retranslate();

signals:
    void samplesRequested();

private:
    QAction *m_samples = nullptr;
    QAction *m_keys = nullptr;
};

} // namespace Jiaokan::App
