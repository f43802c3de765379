#pragma once

#include <QWidget>

class QAction;
class QProgressBar;
class QTimer;

namespace Jiaokan::App {

class Workspace;

// In the status bar while pages open or are compared: how far it is, and Cancel.
class BusyIndicator final : public QWidget
{
    Q_OBJECT
public:
    BusyIndicator(Workspace *work, QAction *cancel, QWidget *parent = nullptr);

    // Shows (or hides) the work's progress now, and polls it while it runs.
    void update();
    void retranslate();

private:
    void showProgress();   // the bar's count and words

    Workspace *m_work;
    QAction *m_cancel;
    QProgressBar *m_bar = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Jiaokan::App
