// The bare baseline window as a process of its own, for bench_startup and for profiling beside
// the app: with SIPCODES_STARTUP_PROBE=quit it quits once its window is exposed, as the app does
// (app/ui/startupprobe.h). bench_startup sets no probe: it watches the X server instead.
#include "barewindow.h"

#include <QApplication>
#include <QEvent>
#include <QWindow>

namespace {

class QuitWhenExposed final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed())
            QCoreApplication::quit();
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.show();
    if (qEnvironmentVariable("SIPCODES_STARTUP_PROBE") == QLatin1String("quit") && window.windowHandle())
        window.windowHandle()->installEventFilter(new QuitWhenExposed(&window));
    return app.exec();
}
