#include "catalogloader.h"
#include "codefilterproxy.h"
#include "codemodel.h"
#include "searchquery.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture
{
    CodeModel model;
    CodeFilterProxy proxy;

    Fixture()
    {
        CatalogLoader::Result loaded = CatalogLoader::loadFile(QStringLiteral(":/catalog.json"));
        if (!loaded.ok())
            std::abort();
        model.setCatalog(std::move(*loaded.catalog));
        proxy.setSourceModel(&model);
    }
};

} // namespace

// Any text, read both as UTF-8 and as UTF-16 (lone surrogates and all): the query and trace-line
// parser and the filter must hold up, and keep their promises.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const auto fixture = std::make_unique<Fixture>();
    const QString texts[] = {
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)),
        QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)),
    };
    for (const QString &text : texts) {
        const SearchQuery query = SearchQuery::parse(text);
        if (query.cause() < 0 || query.cause() > 127 || (query.traceCode() != 0 && (query.traceCode() < 100 || query.traceCode() > 699)))
            std::abort();
        query.match(486, u"busy here\nthe callee is busy", u"the callee's end system");
        fixture->proxy.setQueryText(text);
        if (fixture->proxy.matchCount() > fixture->proxy.totalCount())
            std::abort();
        for (int row = 0; row < fixture->proxy.rowCount(); ++row) {
            const QModelIndex classIndex = fixture->proxy.index(row, 0);
            if (fixture->proxy.rowCount(classIndex) == 0)
                std::abort(); // a class row is shown only above a matching code
        }
    }
    return 0;
}
