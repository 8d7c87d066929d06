#pragma once

#include <QByteArray>

// Large catalogs in the real JSON format, for measuring how the app grows with its data. Codes
// repeat (a class has only 100 numbers), so they load with CatalogLoader::Rules{false}.
namespace SyntheticCatalog {
QByteArray generate(int codeCount, unsigned seed = 1);
}
