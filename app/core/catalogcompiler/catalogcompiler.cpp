// Build step, never installed: reads catalog.json with the loader the program uses for
// --catalog, so that a catalog it would refuse fails the build with the loader's message, and
// writes the catalog in CompiledCatalog's form for the program to embed.
//   sipcodes_catalogcompiler CATALOG.json OUTPUT
#include "core/catalogloader.h"
#include "core/compiledcatalog.h"

#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: sipcodes_catalogcompiler CATALOG.json OUTPUT\n");
        return 2;
    }
    const CatalogLoader::Result loaded = CatalogLoader::loadFile(QString::fromLocal8Bit(argv[1]));
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(loaded.error));
        return 1;
    }
    const QByteArray data = CompiledCatalog::write(*loaded.catalog);
    // Read back and written again, it must come out the same: what the program reads at start-up
    // is then exactly what was checked.
    const CatalogLoader::Result again = CompiledCatalog::read(data, QString::fromLocal8Bit(argv[2]));
    if (!again.ok() || CompiledCatalog::write(*again.catalog) != data) {
        std::fprintf(stderr, "%s: does not read back as written%s%s\n", argv[2], again.ok() ? "" : ": ",
                     qUtf8Printable(again.error));
        return 1;
    }
    QSaveFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "%s: cannot be written: %s\n", argv[2], qUtf8Printable(file.errorString()));
        return 1;
    }
    return 0;
}
