#include "cli/commandline.h"
#include "cli/terminal.h"
#include "core/catalogloader.h"
#include "ui/mainwindow.h"
#include "ui/startupprobe.h"
#include "ui/windowicon.h"
#include "ui/windowstyle.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"sipcodes"_s);
    QCoreApplication::setApplicationName(u"sipcodes"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCODES_VERSION));

    // Read once, before any application object exists, so that the terminal mode never
    // connects to a display. Qt's own options (-style, -platform...) are left to QApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine line = CommandLine::parse(arguments);
    if (line.action != CommandLine::Action::Window) {
        const QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Terminal::run(line, out, err);
    }
    if (!CommandLine::canOpenWindow(arguments)) {
        QTextStream(stderr) << CommandLine::noDisplayMessage() << Qt::endl;
        return CommandLine::UsageError;
    }

    // Everything below runs on the main thread, after the application object exists: a QObject
    // made earlier on another thread can make Qt take that thread for the main one.
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"io.github.sipcodes.SipCodes"_s);
    WindowStyle::install(); // before any widget exists

    CatalogLoader::Result loaded = line.catalogPath.isEmpty() ? CatalogLoader::loadEmbedded()
                                                              : CatalogLoader::loadFile(line.catalogPath);
    if (!loaded.ok()) {
        // Never start with half a catalog: say what is wrong and stop.
        qCritical("%s", qUtf8Printable(loaded.error));
        QApplication::setWindowIcon(WindowIcon::icon()); // the box is the only window: at once
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SIP Codes"),
                              QCoreApplication::translate("main", "The code catalog could not be loaded.\n\n%1")
                                  .arg(loaded.error));
        return CommandLine::DataError;
    }

    MainWindow window(std::move(*loaded.catalog), line.language);
    window.show();
    WindowIcon::setAfterFirstFrame(&window);
    StartupProbe::attach(&window);
    return app.exec();
}
