#include "core/languages.h"
#include "i18n/localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLocalization final : public QObject
{
    Q_OBJECT

private slots:
    void bestMatch_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << QStringList{u"en-US"_s} << u"en"_s;
        QTest::newRow("Dutch, Belgium") << QStringList{u"nl-BE"_s} << u"nl"_s;
        QTest::newRow("Simplified") << QStringList{u"zh-CN"_s} << u"zh_CN"_s;
        QTest::newRow("Simplified script") << QStringList{u"zh-Hans-SG"_s} << u"zh_CN"_s;
        QTest::newRow("Taiwan") << QStringList{u"zh-TW"_s} << u"zh_TW"_s;
        QTest::newRow("Hong Kong") << QStringList{u"zh-HK"_s} << u"zh_TW"_s;
        QTest::newRow("Traditional script") << QStringList{u"zh-Hant"_s} << u"zh_TW"_s;
        QTest::newRow("first supported wins") << QStringList{u"fr-FR"_s, u"nl-NL"_s, u"en"_s} << u"nl"_s;
        QTest::newRow("nothing supported") << QStringList{u"de-DE"_s, u"fr"_s} << u"en"_s;
        QTest::newRow("empty") << QStringList{} << u"en"_s;
    }

    void bestMatch()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(Languages::bestMatch(uiLanguages), expected);
    }

    void nativeNames()
    {
        QCOMPARE(Languages::supported(), (QStringList{u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"nl"_s}));
        QCOMPARE(Languages::nativeName(u"zh_CN"_s), u"简体中文"_s);
        QCOMPARE(Languages::nativeName(u"zh_TW"_s), u"繁體中文"_s);
        QCOMPARE(Languages::nativeName(u"nl"_s), u"Nederlands"_s);
        QCOMPARE(Languages::nativeName(u"en"_s), u"English"_s);
    }

    void switchingInstallsTranslations()
    {
        Localization localization;
        QVERIFY(!localization.setLanguage(u"fr"_s));
        QVERIFY(localization.language().isEmpty());
        QVERIFY(localization.setLanguage(u"nl"_s));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Language"), u"&Taal"_s);
        QVERIFY(localization.setLanguage(u"zh_TW"_s));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Language"), u"語言(&L)"_s);
        QVERIFY(localization.setLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Language"), u"&Language"_s);
        QCOMPARE(QCoreApplication::translate("CodeModel", "%n code(s)", nullptr, 1), u"1 code"_s);
    }

    // Qt's own strings (context menus, standard buttons) follow, from the system's Qt translations.
    void qtStringsFollow()
    {
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(folder + u"/qtbase_nl.qm"_s))
            QSKIP(qPrintable(u"Qt's translations are not installed in %1 (Debian package qt6-translations-l10n)"_s.arg(folder)));
        Localization localization;
        QVERIFY(localization.setLanguage(u"nl"_s));
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Copy"), u"&Kopiëren"_s);
        QVERIFY(localization.setLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Copy"), u"&Copy"_s);
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
