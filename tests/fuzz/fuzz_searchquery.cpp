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
    const Catalog &catalog = fixture->catalog;
    const int entries = catalog.codeCount() + catalog.warnings().entryCount() + catalog.causes().entryCount();
    for (const QString &text : texts) {
        const SearchQuery query = SearchQuery::parse(text);
        for (const EntryKey &named : query.named()) {
            if (named.code < 0 || named.code > Domain::MaximumPbxCause
                || (named.kind == EntryKind::Response && !Domain::isCode(named.code)))
                std::abort();
        }
        if (query.reasons().size() > 16 || query.warnings().size() > 16)
            std::abort(); // a pasted header is read up to a bound
        query.match(EntryKind::Response, 486, u"busy here\nthe callee is busy", u"the callee's end system");
        query.match(EntryKind::Cause, 17, u"user busy\nuser_busy", u"the called party is busy");
        for (const bool all : {false, true}) {
            const SearchResult result = fixture->search->search(text, all);
            if (result.shown > result.total || result.total != entries || (all && result.hiddenDescriptionMatches != 0))
                std::abort();
            if (result.focus && !catalog.contains(*result.focus))
                std::abort(); // what the search selects exists
            if (result.unknownCode != 0 && catalog.find(result.unknownCode))
                std::abort(); // an unknown code is one the catalog lacks
        }
    }
    return 0;
}
