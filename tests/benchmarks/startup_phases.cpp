// Where start-up goes, in milliseconds from main(): the steps of app/main.cpp, one by one, for SIP
// Codes, or with --bare the same steps for the bare baseline window, printed as
// "phase-name milliseconds" lines when the first frame is on screen; then it quits. It mirrors
// app/main.cpp (keep the two in step) and is a profiling aid, not a test: profile_startup.sh
// starts it many times and takes medians. What happens before main() (the dynamic linker, static
// initialisers) is bench_startup's total less these.
#include "barewindow.h"
#include "core/catalogloader.h"
#include "ui/mainwindow.h"
#include "ui/windowicon.h"
#include "ui/windowstyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer sinceMain;

void mark(const char *phase)
{
    std::printf("%s %.2f\n", phase, double(sinceMain.nsecsElapsed()) / 1e6);
}

// Marks the first Expose, and the first frame once that Expose has been painted and flushed.
class FirstFrame final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            mark("exposed");
            watched->removeEventFilter(this);
            // Posted now, delivered once the Expose (and the paint it triggers) is handled.
            QTimer::singleShot(0, this, [] {
                mark("first-frame");
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    sinceMain.start();
    const bool bare = argc > 1 && qstrcmp(argv[1], "--bare") == 0;
    if (!bare) {
        QCoreApplication::setOrganizationName(u"sipcodes"_s);
        QCoreApplication::setApplicationName(u"sipcodes"_s);
    }
    QApplication app(argc, argv);
    mark("application");

    std::unique_ptr<QMainWindow> window;
    if (bare) {
        window = std::make_unique<BareWindow>();
        mark("window");
    } else {
        QGuiApplication::setDesktopFileName(u"io.github.sipcodes.SipCodes"_s);
        WindowStyle::install(); // before any widget exists
        CatalogLoader::Result loaded = CatalogLoader::loadEmbedded();
        if (!loaded.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
            return 3;
        }
        mark("catalog");
        window = std::make_unique<MainWindow>(std::move(*loaded.catalog), QString());
        mark("window");
    }
    window->show();
    mark("show");
    if (!window->windowHandle())
        return 1;
    if (!bare)
        WindowIcon::setAfterFirstFrame(window.get()); // after first-frame: not counted
    window->windowHandle()->installEventFilter(new FirstFrame(window.get()));
    return app.exec();
}
