#include "windowicon.h"

#include <QApplication>
#include <QEvent>
#include <QImage>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {
constexpr int FallbackDelayMs = 1000;
} // namespace

WindowIcon::WindowIcon(QObject *window)
    : QObject(window),
      m_fallback(new QTimer(this))
{
    m_fallback->setSingleShot(true);
    connect(m_fallback, &QTimer::timeout, this, &WindowIcon::apply);
    m_fallback->start(FallbackDelayMs);
}

void WindowIcon::setAfterFirstFrame(QWidget *window)
{
    QWindow *handle = window->windowHandle();
    if (!handle) { // not shown: nothing to wait for
        QApplication::setWindowIcon(icon());
        return;
    }
    auto *setter = new WindowIcon(handle);
    if (handle->isExposed()) // its first frame is drawn already
        QMetaObject::invokeMethod(setter, &WindowIcon::apply, Qt::QueuedConnection);
    else
        handle->installEventFilter(setter);
}

QIcon WindowIcon::icon()
{
    QIcon icon;
    // Read as PNG by name: QIcon::addFile() asks every image plugin (gif, ico, jpeg) whether it
    // reads the file, and loads them to ask.
    for (const int size : {16, 32, 48})
        icon.addPixmap(QPixmap::fromImage(QImage(u":/icons/sipcodes-%1.png"_s.arg(size), "PNG")));
    return icon;
}

bool WindowIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
        watched->removeEventFilter(this);
        m_fallback->stop();
        // Queued now, delivered once this Expose has been painted and flushed.
        QMetaObject::invokeMethod(this, &WindowIcon::apply, Qt::QueuedConnection);
    }
    return false;
}

void WindowIcon::apply()
{
    m_fallback->stop();
    parent()->removeEventFilter(this); // when the fallback came first
    QApplication::setWindowIcon(icon());
    deleteLater();
}
