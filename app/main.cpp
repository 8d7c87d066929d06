#include "catalogloader.h"
#include "localization.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"sipcodes"_s);
    QCoreApplication::setApplicationName(u"sipcodes"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPCODES_VERSION));
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "SIP Codes"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Offline reference of SIP response codes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption languageOption(
        u"lang"_s,
        QCoreApplication::translate("main", "Language of the interface and the data for this run: %1.")
            .arg(Localization::supportedLanguages().join(u", "_s)),
        QCoreApplication::translate("main", "language"));
    parser.addOption(languageOption);
    parser.process(app);

    const QString language = parser.value(languageOption);
    if (parser.isSet(languageOption) && !Localization::isSupported(language)) {
        qCritical("sipcodes: unknown language \"%s\"; choose one of %s", qUtf8Printable(language),
                  qUtf8Printable(Localization::supportedLanguages().join(u", "_s)));
        return 2;
    }

    CatalogLoader::Result loaded = CatalogLoader::loadFile(u":/catalog.json"_s);
    if (!loaded.ok()) {
        // Never start with half a catalog: say what is wrong and stop.
        qCritical("%s", qUtf8Printable(loaded.error));
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SIP Codes"),
                              QCoreApplication::translate("main", "The code catalog could not be loaded.\n\n%1")
                                  .arg(loaded.error));
        return 1;
    }

    MainWindow window(std::move(*loaded.catalog), language);
    window.show();
    return app.exec();
}
