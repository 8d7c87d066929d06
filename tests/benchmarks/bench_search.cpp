// Benchmarks of what a user waits for inside the window: a keystroke in the search field, a
// language switch, and how the keystroke grows with the size of the catalog. Each prints the
// project's figure beside the bare baseline's and the target; QBENCHMARK blocks allow -callgrind
// too. Nothing here fails on time: timings are reported, not asserted.
#include "barewindow.h"
#include "syntheticcatalog.h"
#include "timing.h"
#include "windowsupport.h"

#include <QFile>
#include <QLibraryInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Bench::medianMs;
using Bench::Timing;

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

// The targets of issue 18: a keystroke no slower than it was (0.13 ms on the real catalog) and
// under 50 ms at 100,000 codes; a language switch, data included, under 5 ms.
constexpr double KeystrokeTargetMs = 0.13;
constexpr double LanguageSwitchTargetMs = 5;
constexpr double LargeCatalogKeystrokeTargetMs = 50;

const char *verdict(bool met)
{
    return met ? "met" : "NOT MET";
}

// "what: 0.101 ms vs 0.160 ms, ratio 0.63, target <= 0.13 ms: met (CPU 0.098 ms vs 0.151 ms)",
// SIP Codes vs bare window; the target is judged on the clock time.
void report(const char *what, Timing project, Timing baseline, const char *target, bool met)
{
    qInfo("%s: %.3f ms vs %.3f ms, ratio %.2f, target %s: %s (CPU %.3f ms vs %.3f ms)", what, project.wall,
          baseline.wall, project.wall / baseline.wall, target, verdict(met), project.cpu, baseline.cpu);
}

} // namespace

class BenchSearch final : public QObject
{
    Q_OBJECT

private slots:
    // A settings folder of this run's own: what an earlier run remembered (window size, splitter,
    // language) would otherwise change what is measured. Set before the first QSettings exists.
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settings.path()));
    }

    void keystroke()
    {
        const auto window = showMainWindow(u"en"_s);
        auto *search = window->findChild<QLineEdit *>(u"searchField"_s);
        BareWindow bare;
        bare.usePlatformFont();
        bare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bare));

        const Timing project = medianMs([&] { typeAndClear(search); }, 101) / 5;
        const Timing baseline = medianMs([&] { typeAndClear(bare.search); }, 101) / 5;
        qInfo("figures: SIP Codes vs bare window");
        report("one keystroke, filtered and expanded view, real catalog", project, baseline, "<= 0.13 ms",
               project.wall <= KeystrokeTargetMs);
        const Timing withPane = medianMs([&] { typeAndClear(search, true); }, 101) / 5;
        const Timing bareWithLoop = medianMs([&] { typeAndClear(bare.search, true); }, 101) / 5;
        qInfo("one keystroke, and the detail pane redrawn for the first match: %.3f ms vs %.3f ms, for information",
              withPane.wall, bareWithLoop.wall);
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
        QTranslator qtChinese;
        QVERIFY(qtChinese.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));

        // One switch there and one back, halved; posted events (LanguageChange, and the repaint
        // the switch asks for) are delivered inside the timing. The target is judged on that
        // figure, as it was set.
        const auto twice = [](const std::function<void()> &there, const std::function<void()> &back,
                              const std::function<void()> &settle) {
            return medianMs([&] {
                there();
                settle();
                back();
                settle();
            }, 31) / 2;
        };
        const auto posted = [] { QCoreApplication::sendPostedEvents(); };
        // Then the event loop until it is idle: work deferred to the event loop (a pane laid out
        // when idle) shows there, as the user still waits for it.
        const auto idle = [] {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        };

        // Each window is measured alone: a translator installed for one posts LanguageChange to
        // every top-level window, and the other would retranslate and repaint inside its timing.
        Timing baseline, baselineIdle;
        {
            BareWindow bare;
            bare.usePlatformFont();
            bare.show();
            QVERIFY(QTest::qWaitForWindowExposed(&bare));
            const auto install = [&] { QCoreApplication::installTranslator(&qtChinese); };
            const auto remove = [&] { QCoreApplication::removeTranslator(&qtChinese); };
            baseline = twice(install, remove, posted);
            baselineIdle = twice(install, remove, idle);
        }
        const auto window = showMainWindow(u"en"_s);
        QTest::keyClicks(window->findChild<QLineEdit *>(u"searchField"_s), u"busy"_s);
        const auto chinese = [&] { window->setLanguage(u"zh_CN"_s); };
        const auto english = [&] { window->setLanguage(u"en"_s); };
        const Timing project = twice(chinese, english, posted);
        const Timing projectIdle = twice(chinese, english, idle);
        report("language switch, data included", project, baseline, "< 5 ms", project.wall < LanguageSwitchTargetMs);
        qInfo("language switch until the event loop is idle: %.3f ms vs %.3f ms, for information "
              "(CPU %.3f ms vs %.3f ms)",
              projectIdle.wall, baselineIdle.wall, projectIdle.cpu, baselineIdle.cpu);
    }

    // The switch above, as QBENCHMARK measures it: with -callgrind, its instructions.
    void qbenchLanguageSwitch()
    {
        const auto window = showMainWindow(u"en"_s);
        QTest::keyClicks(window->findChild<QLineEdit *>(u"searchField"_s), u"busy"_s);
        QBENCHMARK {
            window->setLanguage(u"zh_CN"_s);
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
        const Timing perKeystroke = medianMs([&] { typeAndClear(search); }, codes >= 100000 ? 5 : 15) / 5;
        if (codes >= 100000) {
            qInfo("one keystroke, generated catalog of %d codes: %.2f ms, target < 50 ms: %s (CPU %.2f ms)", codes,
                  perKeystroke.wall, verdict(perKeystroke.wall < LargeCatalogKeystrokeTargetMs), perKeystroke.cpu);
        } else {
            qInfo("one keystroke, generated catalog of %d codes: %.2f ms, %.4f ms per 1000 codes, for information",
                  codes, perKeystroke.wall, perKeystroke.wall / (codes / 1000.0));
        }
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(BenchSearch)
#include "bench_search.moc"
