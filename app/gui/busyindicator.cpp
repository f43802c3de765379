#include "busyindicator.h"

#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Jiaokan::App {

BusyIndicator::BusyIndicator(Workspace *work, QAction *cancel, QWidget *parent)
    : QWidget(parent)
    , m_work(work)
    , m_cancel(cancel)
    , m_bar(new QProgressBar(this))
    , m_timer(new QTimer(this))
{
    m_bar->setObjectName(QStringLiteral("comparisonProgress"));
    m_bar->setMaximumWidth(200);
    auto *button = new QToolButton(this);
    button->setDefaultAction(cancel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(button);
    // Polled rather than signalled: the workers only count.
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &BusyIndicator::showProgress);
    connect(m_work, &Workspace::busyChanged, this, &BusyIndicator::update);
    retranslate();
    hide();
}

void BusyIndicator::retranslate()
{
    m_bar->setAccessibleName(tr("Comparison progress"));
    update();
}

void BusyIndicator::update()
{
    const Workspace::Progress progress = m_work->progress();
    const bool running = progress.opening || progress.comparing;
    setVisible(running);
    m_cancel->setEnabled(running);
    if (!running) {
        m_timer->stop();
        return;
    }
    if (!m_timer->isActive())
        m_timer->start();
    // The bar in an event of its own: it repaints at once when its value changes, and
    // with it the rest of the window the change that made it busy left to paint (a
    // library of 10,000 pages just added), which would lengthen that event by as much.
    QMetaObject::invokeMethod(this, &BusyIndicator::showProgress, Qt::QueuedConnection);
}

void BusyIndicator::showProgress()
{
    const Workspace::Progress progress = m_work->progress();
    if (!progress.opening && !progress.comparing)
        return;
    m_bar->setFormat(progress.opening ? tr("Opening… %p%") : tr("Comparing… %p%"));
    m_bar->setMaximum(int(std::max<qint64>(progress.total, 1)));
    m_bar->setValue(int(progress.done));
}

} // namespace Jiaokan::App
