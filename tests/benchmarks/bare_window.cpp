// The bare baseline window as a process of its own, for bench_startup.
#include "barewindow.h"
#include "startupprobe.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.show();
    StartupProbe::attach(&window);
    return app.exec();
}
