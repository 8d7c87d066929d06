// Loading the catalog in process: the compiled form that start-up reads (loadEmbedded) beside
// resources/catalog.json read by the JSON loader, as --catalog reads a file. Medians of warm runs;
// the first load of a process also faults the embedded data in, which startup_phases shows.
// QBENCHMARK blocks allow -callgrind. Nothing here fails on time: timings are reported only.
#include "core/catalogloader.h"
#include "core/catalogsearch.h"

#include "timing.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Prints the median milliseconds, on the clock and on this thread's CPU, of `runs` calls.
void report(const char *what, const std::function<void()> &operation, int runs = 51)
{
    const Bench::Timing timing = Bench::medianMs(operation, runs);
    qInfo("%s: %.3f ms (CPU %.3f ms), median of %d", what, timing.wall, timing.cpu, runs);
}

void loadCompiled()
{
    if (!CatalogLoader::loadEmbedded().ok())
        qFatal("the embedded catalog does not load");
}

void loadJson()
{
    if (!CatalogLoader::loadFile(QStringLiteral(SIPCODES_CATALOG_JSON)).ok())
        qFatal("%s does not load", SIPCODES_CATALOG_JSON);
}

} // namespace

class BenchCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void figures()
    {
        loadCompiled(); // the embedded data faulted in, as after start-up
        report("compiled catalog, loadEmbedded()", loadCompiled);
        report("JSON catalog, loadFile(resources/catalog.json)", loadJson);
        const Catalog catalog = *CatalogLoader::loadEmbedded().catalog;
        report("search index of one language, built on the first search", [&catalog] {
            CatalogSearch search(catalog);
            search.setLanguage(u"en"_s);
            search.search(u"busy"_s);
        });
    }

    // QBENCHMARK re-runs its function to calibrate, so it lives apart from the reports above.
    void compiled()
    {
        QBENCHMARK {
            loadCompiled();
        }
    }

    void json()
    {
        QBENCHMARK {
            loadJson();
        }
    }
};

QTEST_GUILESS_MAIN(BenchCatalog)
#include "bench_catalog.moc"
