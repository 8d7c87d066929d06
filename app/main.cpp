#include "catalogloader.h"
#include "commandlinetool.h"
#include "mainwindow.h"
#include "startupprobe.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <future>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"sipcodes"_s);
    QCoreApplication::setApplicationName(u"sipcodes"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCODES_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Terminal output needs no display: decide before any GUI object exists.
    if (CommandLineTool::wantsTerminal(arguments)) {
        const QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLineTool::run(QCoreApplication::arguments(), out, err);
    }

    // The catalog is parsed on a second thread while Qt connects to the display and loads its
    // plugins and fonts: on two cores that hides most of the parsing from the start-up time.
    const CommandLineTool::WindowOptions options = CommandLineTool::windowOptions(arguments);
    std::future<CatalogLoader::Result> loading = std::async(std::launch::async, [path = options.catalogPath] {
        return path.isEmpty() ? CatalogLoader::loadEmbedded() : CatalogLoader::loadFile(path);
    });

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"io.github.sipcodes.SipCodes"_s);
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/sipcodes-%1.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    CatalogLoader::Result loaded = loading.get();
    if (!loaded.ok()) {
        // Never start with half a catalog: say what is wrong and stop.
        qCritical("%s", qUtf8Printable(loaded.error));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SIP Codes"),
                              QCoreApplication::translate("main", "The code catalog could not be loaded.\n\n%1")
                                  .arg(loaded.error));
        return 1;
    }

    MainWindow window(std::move(*loaded.catalog), options.language);
    window.show();
    StartupProbe::attach(&window);
    return app.exec();
}
