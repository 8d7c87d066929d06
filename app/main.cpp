#include "catalogloader.h"
#include "commandlinetool.h"
#include "mainwindow.h"
#include "startupprobe.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"sipcodes"_s);
    QCoreApplication::setApplicationName(u"sipcodes"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCODES_VERSION));

    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    // Qt's own options (-style, -platform, -reverse...) belong to QApplication; ours are what is
    // left. Decided before any application object exists, so that the terminal mode never
    // connects to a display.
    const QStringList arguments = CommandLineTool::withoutQtOptions(rawArguments);
    if (CommandLineTool::wantsTerminal(arguments)) {
        const QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLineTool::run(arguments, out, err);
    }
    if (!CommandLineTool::canOpenWindow(rawArguments)) {
        QTextStream err(stderr);
        err << CommandLineTool::noDisplayMessage() << Qt::endl;
        return CommandLineTool::UsageError;
    }

    // Everything below runs on the main thread, after the application object exists: a QObject
    // made earlier on another thread can make Qt take that thread for the main one.
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(u"io.github.sipcodes.SipCodes"_s);
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/sipcodes-%1.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    const CommandLineTool::WindowOptions options = CommandLineTool::windowOptions(arguments);
    CatalogLoader::Result loaded = options.catalogPath.isEmpty() ? CatalogLoader::loadEmbedded()
                                                                 : CatalogLoader::loadFile(options.catalogPath);
    if (!loaded.ok()) {
        // Never start with half a catalog: say what is wrong and stop.
        qCritical("%s", qUtf8Printable(loaded.error));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SIP Codes"),
                              QCoreApplication::translate("main", "The code catalog could not be loaded.\n\n%1")
                                  .arg(loaded.error));
        return CommandLineTool::DataError;
    }

    MainWindow window(std::move(*loaded.catalog), options.language);
    window.show();
    StartupProbe::attach(&window);
    return app.exec();
}
