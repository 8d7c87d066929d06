// Benchmarks of what a user waits for inside the window: a keystroke in the search field, a
// language switch, and how the keystroke grows with the size of the catalog. Each prints the
// project's figure, the bare baseline's and the ratio; QBENCHMARK blocks allow -callgrind too.
// Nothing here fails on time: timings are reported, not asserted.
#include "barewindow.h"
#include "windowsupport.h"
#include "syntheticcatalog.h"

#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Median milliseconds of `runs` calls of `operation`.
double medianMs(const std::function<void()> &operation, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        operation();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Typing "busy" and clearing it again: five keystrokes. With `settle`, the event loop runs after
// each, as it does between a person's keystrokes, so the detail pane catches up every time.
void typeAndClear(QLineEdit *field, bool settle = false)
{
    for (const QChar c : u"busy"_s) {
        QTest::keyClick(field, c.toLatin1());
        if (settle)
            QCoreApplication::processEvents();
    }
    field->clear();
    if (settle)
        QCoreApplication::processEvents();
}

void report(const char *what, double project, double baseline, const char *target)
{
    qInfo("%s: SIP Codes %.3f ms, bare window %.3f ms, ratio %.2f (target %s)", what, project,
          baseline, project / baseline, target);
}

} // namespace

class BenchSearch final : public QObject
{
    Q_OBJECT

private slots:
    void keystroke()
    {
        const auto window = showMainWindow(u"en"_s);
        auto *search = window->findChild<QLineEdit *>(u"searchField"_s);
        BareWindow bare;
        bare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bare));

        const double project = medianMs([&] { typeAndClear(search); }, 101) / 5;
        const double baseline = medianMs([&] { typeAndClear(bare.search); }, 101) / 5;
        report("one keystroke, filtered and expanded view, real catalog", project, baseline, "< 1 ms");
        const double withPane = medianMs([&] { typeAndClear(search, true); }, 101) / 5;
        const double bareWithLoop = medianMs([&] { typeAndClear(bare.search, true); }, 101) / 5;
        report("one keystroke, and the detail pane redrawn for the first match", withPane, bareWithLoop,
               "none; for information");
    }

    // QBENCHMARK re-runs its function to calibrate, so it lives apart from the reports above;
    // run with -callgrind to count instructions instead of time.
    void qbenchKeystroke()
    {
        const auto window = showMainWindow(u"en"_s);
        auto *search = window->findChild<QLineEdit *>(u"searchField"_s);
        QBENCHMARK {
            typeAndClear(search);
        }
    }

    void languageSwitch()
    {
        const auto window = showMainWindow(u"en"_s);
        QTest::keyClicks(window->findChild<QLineEdit *>(u"searchField"_s), u"busy"_s);
        QTranslator qtChinese;
        QVERIFY(qtChinese.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        BareWindow bare;
        bare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bare));

        // One switch there and one back, halved; posted events are delivered inside the timing.
        const double project = medianMs([&] {
            window->setLanguage(u"zh_CN"_s);
            QCoreApplication::sendPostedEvents();
            window->setLanguage(u"en"_s);
            QCoreApplication::sendPostedEvents();
        }, 31) / 2;
        const double baseline = medianMs([&] {
            QCoreApplication::installTranslator(&qtChinese);
            QCoreApplication::sendPostedEvents();
            QCoreApplication::removeTranslator(&qtChinese);
            QCoreApplication::sendPostedEvents();
        }, 31) / 2;
        report("language switch, data included", project, baseline, "< 10 ms");
    }

    void qbenchLanguageSwitch()
    {
        const auto window = showMainWindow(u"en"_s);
        QBENCHMARK {
            window->setLanguage(u"nl"_s);
            QCoreApplication::sendPostedEvents();
            window->setLanguage(u"en"_s);
            QCoreApplication::sendPostedEvents();
        }
    }

    void growth_data()
    {
        QTest::addColumn<int>("codes");
        for (const int codes : {1000, 10000, 100000})
            QTest::addRow("%d codes", codes) << codes;
    }

    void growth()
    {
        QFETCH(int, codes);
        CatalogLoader::Result loaded = CatalogLoader::loadData(SyntheticCatalog::generate(codes),
                                                               u"synthetic.json"_s, {false});
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const auto window = showMainWindow(u"en"_s, std::move(*loaded.catalog));
        auto *search = window->findChild<QLineEdit *>(u"searchField"_s);
        const double perKeystroke = medianMs([&] { typeAndClear(search); }, codes >= 100000 ? 5 : 15) / 5;
        qInfo("%d codes: %.2f ms per keystroke, %.4f ms per 1000 codes (target < 50 ms at 100000)",
              codes, perKeystroke, perKeystroke / (codes / 1000.0));
    }
};

QTEST_MAIN(BenchSearch)
#include "bench_search.moc"
