#include "windowsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QRegularExpression>
#include <QStatusBar>
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
    // As the app does: without an organisation name QSettings refuses to write at all, and
    // every save would fail unseen.
    void initTestCase() { QCoreApplication::setOrganizationName(u"sipcodes"_s); }

    void init()
    {
        QSettings settings;
        if (QFileInfo(settings.fileName()).isDir())
            QDir(settings.fileName()).removeRecursively();
        settings.clear();
    }

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
        QTest::newRow("text size: huge") << u"view/textSizeStep"_s << QVariant(2147483647);
        QTest::newRow("text size: beyond the largest") << u"view/textSizeStep"_s << QVariant(13);
        QTest::newRow("text size: text") << u"view/textSizeStep"_s << QVariant(u"big"_s);
        QTest::newRow("text size: fraction") << u"view/textSizeStep"_s << QVariant(u"2.5"_s);
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
            settings.setValue(u"view/textSizeStep"_s, 2);
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
        // An out-of-range size is refused, not clamped to the largest.
        QCOMPARE(window->textSizeStep(), key == u"view/textSizeStep" ? 0 : 2);
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

    // Settings that cannot be written are reported once, in the status bar, not lost silently.
    void unwritableSettingsAreReportedOnce()
    {
        const QString file = QSettings().fileName();
        QFile::remove(file);
        QVERIFY(QDir().mkpath(file)); // a directory where the file should be
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Settings cannot be saved"_s));
        const auto window = showMainWindow();
        QVERIFY2(window->statusBar()->currentMessage().contains(file), qPrintable(window->statusBar()->currentMessage()));
        QTest::failOnWarning(QRegularExpression(u"Settings cannot be saved"_s));
        QVERIFY(window->setLanguage(u"nl"_s)); // saves, and fails again: no second report
        window->close();
        QVERIFY(QDir(file).removeRecursively());
    }

    // Killing the app while it saves never leaves a broken or half-written settings file.
    void killDuringSave()
    {
        // The writer is the app's own settings, under the app's names.
        const QString file = QSettings(u"sipcodes"_s, u"sipcodes"_s).fileName();
        QFile::remove(file);
        int checked = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(SETTINGS_WRITER), {});
            QVERIFY(writer.waitForStarted());
            // Kill only once the writer has reported a whole save, then at a random moment of
            // the saves that follow.
            // A round killed while QSettings wrote its lock file leaves one that QLockFile takes
            // as stale only after 30 s: the next writer may wait that long before its save.
            int reported = 0;
            while (reported == 0 && writer.waitForReadyRead(45000)) {
                while (writer.canReadLine()) {
                    const QByteArray line = writer.readLine().trimmed();
                    if (line.startsWith("saved "))
                        reported = line.mid(6).toInt();
                }
            }
            QVERIFY2(reported > 0, "the writer never reported a save");
            QTest::qWait(QRandomGenerator::global()->bounded(200));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            // Read a copy under a new name: QSettings caches files it has read in this process.
            const QString copy = u"%1.round%2"_s.arg(file).arg(round);
            QFile::remove(copy);
            QVERIFY(QFile::copy(file, copy));
            QSettings settings(copy, QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            const int generation = settings.value(u"test/generation"_s).toInt();
            QVERIFY2(generation >= reported, qPrintable(u"%1 < %2"_s.arg(generation).arg(reported)));
            const QString padding = settings.value(u"test/padding"_s).toString();
            QCOMPARE(padding.size(), 64 * 1024);
            QCOMPARE(padding.front(), QChar(u'a' + generation % 26));
            QVERIFY(settings.contains(u"window/geometry"_s));
            ++checked;
        }
        QCOMPARE(checked, 12);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
