#include "testsupport.h"

#include <QHeaderView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

// Settings a user's machine may hold after a crash, a bad edit or an older version: each broken
// value falls back to its default, and the others are kept.
class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void hostileValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("geometry: text") << u"window/geometry"_s << QVariant(u"full screen please"_s);
        QTest::newRow("geometry: number") << u"window/geometry"_s << QVariant(42);
        QTest::newRow("geometry: random bytes") << u"window/geometry"_s << QVariant(QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff\xff", 10));
        QTest::newRow("splitter: text") << u"window/splitter"_s << QVariant(u"-300,-20"_s);
        QTest::newRow("header: bytes") << u"window/treeHeader"_s << QVariant(QByteArray(300, '\xff'));
        QTest::newRow("language: number") << u"language"_s << QVariant(7);
        QTest::newRow("language: unknown") << u"language"_s << QVariant(u"klingon"_s);
        QTest::newRow("language: list") << u"language"_s << QVariant(QStringList{u"nl"_s, u"en"_s});
        QTest::newRow("code: text") << u"selection/code"_s << QVariant(u"486; DROP TABLE"_s);
        QTest::newRow("code: gone") << u"selection/code"_s << QVariant(431);
        QTest::newRow("code: negative") << u"selection/code"_s << QVariant(-486);
    }

    // One broken value next to good ones: the broken one gets its default, the good ones stay.
    void hostileValues()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        {
            QSettings settings;
            settings.setValue(u"language"_s, u"nl"_s);
            settings.setValue(u"selection/code"_s, 503);
            settings.setValue(key, value);
        }
        const auto window = showMainWindow();
        QVERIFY(window->isVisible());
        if (key == u"language")
            QCOMPARE(window->language(), u"en"_s); // the system's (C in tests), not the broken one
        else
            QCOMPARE(window->language(), u"nl"_s);
        if (key == u"selection/code")
            QCOMPARE(window->currentCode(), 100); // the first code
        else
            QCOMPARE(window->currentCode(), 503);
        const auto *splitter = window->findChild<QSplitter *>(u"splitter"_s);
        for (const int size : splitter->sizes())
            QVERIFY(size > 0);
        const QHeaderView *header = window->findChild<QTreeView *>(u"codeTree"_s)->header();
        for (int section = 0; section < header->count(); ++section)
            QVERIFY(!header->isSectionHidden(section) && header->sectionSize(section) > 0);
    }

    void negativeSplitterSizes()
    {
        {
            const auto window = showMainWindow();
            auto *splitter = window->findChild<QSplitter *>(u"splitter"_s);
            // A state as QSplitter writes it, with sizes that make no sense.
            QByteArray state = splitter->saveState();
            QDataStream stream(&state, QIODevice::ReadWrite);
            stream.skipRawData(8); // marker and version
            stream << QList<int>{-500, -1};
            QSettings().setValue(u"window/splitter"_s, state);
        }
        const auto window = showMainWindow();
        for (const int size : window->findChild<QSplitter *>(u"splitter"_s)->sizes())
            QVERIFY(size > 0);
    }

    void windowOffEveryScreenComesBack()
    {
        {
            const auto window = showMainWindow();
            window->move(20000, 20000);
            window->close();
        }
        const auto window = showMainWindow();
        const QRect screen = window->screen()->availableGeometry();
        QVERIFY2(screen.intersects(window->frameGeometry()),
                 qPrintable(u"%1,%2"_s.arg(window->x()).arg(window->y())));
    }

    void overrideLanguageIsNotSaved()
    {
        QSettings().setValue(u"language"_s, u"zh_TW"_s);
        {
            const auto window = showMainWindow(u"nl"_s);
            QCOMPARE(window->language(), u"nl"_s);
            window->close();
        }
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"zh_TW"_s);
    }

    // Killing the app while it saves never leaves a broken or half-written settings file.
    void killDuringSave()
    {
        const QString file = QSettings().fileName();
        for (int round = 0; round < 12; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(SETTINGS_WRITER), {});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(300 + QRandomGenerator::global()->bounded(400));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            QSettings settings(file, QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            const int generation = settings.value(u"test/generation"_s).toInt();
            const QString padding = settings.value(u"test/padding"_s).toString();
            if (generation == 0)
                continue; // killed before the first save completed: no file is fine too
            QCOMPARE(padding.size(), 64 * 1024);
            QCOMPARE(padding.front(), QChar(u'a' + generation % 26));
            QVERIFY(settings.contains(u"window/geometry"_s));
            QVERIFY(QFile::exists(file));
        }
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
