// Test helper for tst_settings: saves the window's settings over and over, each round with a new
// generation number in every value, until it is killed. A reader must then find one whole round.
#include "core/catalogloader.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"sipcodes"_s);
    QCoreApplication::setApplicationName(u"sipcodes"_s);
    CatalogLoader::Result loaded = CatalogLoader::loadEmbedded();
    if (!loaded.ok())
        return 1;
    MainWindow window(std::move(*loaded.catalog), u"en"_s);
    window.show();
    const QList<int> codes{100, 486, 503, 603};
    for (int generation = 1;; ++generation) {
        window.selectCode(codes.at(generation % codes.size()));
        window.resize(700 + generation % 300, 500);
        QSettings settings;
        // Padding makes each save big enough to take a while, so that kills land mid-write.
        settings.setValue(u"test/padding"_s, QString(64 * 1024, QChar(u'a' + generation % 26)));
        settings.setValue(u"test/generation"_s, generation);
        window.close(); // saves the window's own settings
        settings.setValue(u"test/generationAfter"_s, generation);
        settings.sync();
        // Tells the test a whole round is on disk, so that it kills mid-save, not before any.
        std::printf("saved %d\n", generation);
        std::fflush(stdout);
    }
}
