#include "core/compiledcatalog.h"

#include <QByteArray>
#include <QtEndian>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Any bytes after a right header (the header itself is checked before a byte of the rest is
// read): the compiled catalog's reader must give a catalog or a message, never crash, read
// outside the data or leak, whether it copies the texts or uses them where they lie. The seed is
// ../catalogloader/vocabulary.json compiled by sipcodes_catalogcompiler, less its 16-byte header.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray blob("SIPCODES", 8);
    for (const quint32 value : {CompiledCatalog::Version, quint32(size)}) {
        const quint32 stored = qToLittleEndian(value);
        blob.append(reinterpret_cast<const char *>(&stored), qsizetype(sizeof stored));
    }
    blob.append(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const auto storage : {CompiledCatalog::Storage::Copy, CompiledCatalog::Storage::Static}) {
        const CatalogLoader::Result result = CompiledCatalog::read(blob, QStringLiteral("fuzz.bin"), storage);
        if (result.ok() == !result.error.isEmpty())
            std::abort(); // exactly one of catalog and message
        if (!result.ok())
            continue;
        // Every text is touched, so that one pointing outside the data shows.
        qsizetype length = 0;
        for (const CodeClass &codeClass : result.catalog->classes()) {
            for (const SipCode &code : codeClass.codes) {
                for (const QString &language : code.name.languages())
                    length += code.name.text(language).toUtf8().size() + code.description.text(language).toUtf8().size();
            }
        }
        for (const VocabularyClass &group : result.catalog->causes().classes) {
            for (const VocabularyEntry &cause : group.entries) {
                for (const PbxName &name : cause.pbxNames)
                    length += name.name.toUtf8().size();
            }
        }
        if (length < 0)
            std::abort();
    }
    return 0;
}
