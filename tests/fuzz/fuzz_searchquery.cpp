#include "core/catalogloader.h"
#include "core/catalogsearch.h"
#include "core/domain.h"
#include "core/searchquery.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture
{
    Catalog catalog;
    std::unique_ptr<CatalogSearch> search;

    Fixture()
    {
        CatalogLoader::Result loaded = CatalogLoader::loadEmbedded();
        if (!loaded.ok())
            std::abort();
        catalog = std::move(*loaded.catalog);
        search = std::make_unique<CatalogSearch>(catalog);
    }
};

} // namespace

// Any text, read both as UTF-8 and as UTF-16 (lone surrogates and all): the query and trace-line
// parser and the search must hold up, and keep their promises.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const auto fixture = std::make_unique<Fixture>();
    const QString texts[] = {
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)),
        QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)),
    };
    for (const QString &text : texts) {
        const SearchQuery query = SearchQuery::parse(text);
        if (query.cause() < 0 || query.cause() > Domain::MaximumCause
            || (query.traceCode() != 0 && !Domain::isCode(query.traceCode())))
            std::abort();
        query.match(486, u"busy here\nthe callee is busy", u"the callee's end system");
        for (const bool all : {false, true}) {
            const SearchResult result = fixture->search->search(text, all);
            if (result.shown > result.total || result.total != fixture->catalog.codeCount()
                || (all && result.hiddenDescriptionMatches != 0))
                std::abort();
            if (result.unknownCode != 0 && (fixture->catalog.find(result.unknownCode) || result.shown != 1))
                std::abort(); // an unknown code shows exactly its fallback
        }
    }
    return 0;
}
