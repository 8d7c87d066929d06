#pragma once

// The embedded catalog, for tests of every layer.
#include "core/catalogloader.h"

#include <QtGlobal>

inline Catalog embeddedCatalog()
{
    CatalogLoader::Result result = CatalogLoader::loadEmbedded();
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return std::move(*result.catalog);
}
