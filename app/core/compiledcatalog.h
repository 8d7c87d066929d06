#pragma once

#include "catalogloader.h"

#include <QByteArray>
#include <QString>

// The catalog in the binary form that the build compiles resources/catalog.json into
// (catalogcompiler/), so that start-up builds a Catalog without parsing or checking JSON: the
// build has already checked the data with CatalogLoader. Reading checks only the form: a blob of
// another version, cut short or damaged gives one message, never a crash or half a catalog.
class CompiledCatalog final
{
public:
    // Raise it whenever the form changes: a field added to or removed from a catalog type.
    static constexpr quint32 Version = 1;

    // How long the data read lives. Static data (a resource compiled into the program) outlives
    // every catalog, so that the catalog's texts can point into it instead of being copied.
    enum class Storage : quint8 { Copy, Static };

    static QByteArray write(const Catalog &catalog);
    // Messages start with `sourceName`.
    static CatalogLoader::Result read(const QByteArray &data, const QString &sourceName,
                                      Storage storage = Storage::Copy);
};
