#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QWidget>
#include <QWindow>

#include <cstdio>

// For the start-up benchmark: with SIPCODES_STARTUP_PROBE set, prints "exposed" on stdout the
// moment the window is first shown on screen, so that a parent process can time it; set to
// "quit", it also quits then, for profiling start-up under callgrind. Header-only,
// so that the bare baseline window uses the very same probe without linking the app's code.
class StartupProbe final : public QObject
{
public:
    static void attach(QWidget *window)
    {
        if (qEnvironmentVariableIsSet("SIPCODES_STARTUP_PROBE") && window->windowHandle())
            window->windowHandle()->installEventFilter(new StartupProbe(window));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            std::fputs("exposed\n", stdout);
            std::fflush(stdout);
            watched->removeEventFilter(this);
            if (qEnvironmentVariable("SIPCODES_STARTUP_PROBE") == QLatin1String("quit"))
                QCoreApplication::quit();
        }
        return false;
    }

private:
    explicit StartupProbe(QObject *parent) : QObject(parent) {}
};
