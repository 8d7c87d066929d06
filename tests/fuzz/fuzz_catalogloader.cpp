#include "core/catalogloader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Any bytes: the loader must either give a consistent catalog or a message, never crash or leak.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const CatalogLoader::Result result = CatalogLoader::loadData(json, QStringLiteral("fuzz.json"));
    if (result.ok() == !result.error.isEmpty())
        std::abort(); // exactly one of catalog and message
    if (!result.ok())
        return 0;
    for (const CodeClass &codeClass : result.catalog->classes()) {
        for (const SipCode &code : codeClass.codes) {
            if (code.classDigit() != codeClass.digit || result.catalog->find(code.code) != &code)
                std::abort();
            for (const RelatedCode &related : code.related) {
                if (!result.catalog->find(related.code))
                    std::abort();
            }
        }
    }
    return 0;
}
