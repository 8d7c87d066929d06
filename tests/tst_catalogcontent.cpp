#include "catalogloader.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QList<int> parseCodes(const char *list)
{
    QList<int> codes;
    for (const QString &code : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
        codes.append(code.toInt());
    return codes;
}

// The codes of RFC 3261 (seed 000 quotes its text for each; seed 001's SIP part covers the same).
const char *const Rfc3261Codes =
    "100 180 181 182 183 200 300 301 302 305 380 400 401 402 403 404 405 406 407 408 410 413 414 "
    "415 416 420 421 423 480 481 482 483 484 485 486 487 488 491 493 500 501 502 503 504 505 513 "
    "600 603 604 606";

} // namespace

// What the catalog must say, checked against the seeds and the IANA registry.
class TestCatalogContent final : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        CatalogLoader::Result result = CatalogLoader::loadFile(u":/catalog.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_catalog = std::move(*result.catalog);
    }

    void everySeedCodeIsPresent_data()
    {
        QTest::addColumn<QList<int>>("codes");
        QTest::newRow("seed 000, RFC 3261 text") << parseCodes(Rfc3261Codes);
        QTest::newRow("seed 001, Chinese table") << parseCodes(Rfc3261Codes);
        QTest::newRow("seed 002, Dutch page") << parseCodes(
            "100 180 181 182 183 199 200 202 204 300 301 302 305 380 400 401 402 403 404 405 406 "
            "407 408 409 410 411 412 413 414 415 416 417 420 421 422 423 424 425 428 429 430 433 "
            "436 437 438 439 440 469 470 480 481 482 483 484 485 486 487 488 489 491 493 494 500 "
            "501 502 503 504 505 513 555 580 600 603 604 606 607 608");
        QTest::newRow("seed 003, Traditional Chinese table") << parseCodes(
            "100 180 181 182 183 199 200 202 204 300 301 302 305 380 400 401 402 403 404 405 406 "
            "407 408 409 410 411 412 413 414 415 416 417 420 421 422 423 424 428 429 430 433 436 "
            "437 438 439 440 469 470 480 481 482 483 484 485 486 487 488 489 491 493 494 500 501 "
            "502 503 504 505 513 555 580 600 603 604 606 607");
        QTest::newRow("seed 004, cheat sheet") << parseCodes(
            "100 180 181 182 183 199 200 202 204 300 301 302 305 380 400 401 402 403 404 405 406 "
            "407 408 409 410 411 412 413 414 415 416 417 420 421 422 423 424 428 429 430 433 436 "
            "437 438 439 470 480 481 482 483 484 485 486 487 488 489 491 493 494 500 501 502 503 "
            "504 505 513 580 600 603 604 606");
    }

    void everySeedCodeIsPresent()
    {
        QFETCH(QList<int>, codes);
        for (const int code : codes)
            QVERIFY2(m_catalog.find(code), qPrintable(u"missing %1"_s.arg(code)));
    }

    void registryAndHistoricalCodes()
    {
        int registered = 0;
        QList<int> unregistered;
        QList<int> deprecated;
        for (const CodeClass &codeClass : m_catalog.classes()) {
            for (const SipCode &code : codeClass.codes) {
                if (code.status == CodeStatus::Unregistered)
                    unregistered.append(code.code);
                else
                    ++registered;
                if (code.status == CodeStatus::Deprecated)
                    deprecated.append(code.code);
            }
        }
        QCOMPARE(registered, 75); // the IANA registry as of 2026
        QCOMPARE(unregistered, (QList<int>{409, 411}));
        QCOMPARE(deprecated, (QList<int>{202}));
        QCOMPARE(m_catalog.codeCount(), 77);
    }

    void phrasesFollowIana_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("otherName");
        // Where a seed or an older RFC spells it otherwise, that spelling stays as another name.
        QTest::newRow("183") << 183 << u"Session Progress"_s << u"Session in Progress"_s;
        QTest::newRow("500") << 500 << u"Server Internal Error"_s << u"Internal Server Error"_s;
        QTest::newRow("437") << 437 << u"Unsupported Credential"_s << u"Unsupported Certificate"_s;
        QTest::newRow("436") << 436 << u"Bad Identity Info"_s << u"Bad Identity-Info"_s;
        QTest::newRow("181") << 181 << u"Call Is Being Forwarded"_s << QString();
        QTest::newRow("414") << 414 << u"Request-URI Too Long"_s << QString();
        QTest::newRow("417") << 417 << u"Unknown Resource-Priority"_s << QString();
        QTest::newRow("481") << 481 << u"Call/Transaction Does Not Exist"_s << QString();
        QTest::newRow("504") << 504 << u"Server Time-out"_s << QString();
        QTest::newRow("202") << 202 << u"Accepted"_s << QString();
        QTest::newRow("604") << 604 << u"Does Not Exist Anywhere"_s << QString();
        QTest::newRow("608") << 608 << u"Rejected"_s << QString();
    }

    void phrasesFollowIana()
    {
        QFETCH(int, code);
        QFETCH(QString, phrase);
        QFETCH(QString, otherName);
        const SipCode *entry = m_catalog.find(code);
        QVERIFY(entry);
        QCOMPARE(entry->reason.englishText(), phrase);
        if (!otherName.isEmpty())
            QVERIFY2(entry->aliases.contains(otherName, Qt::CaseInsensitive),
                     qPrintable(entry->aliases.join(u", "_s)));
    }

    void everyCodeIsComplete()
    {
        for (const CodeClass &codeClass : m_catalog.classes()) {
            QVERIFY(!codeClass.description.englishText().isEmpty());
            for (const SipCode &code : codeClass.codes) {
                const QString name = QString::number(code.code);
                const QString summary = code.summary.englishText();
                QVERIFY2(!summary.isEmpty() && !summary.contains(u'\n') && !summary.endsWith(u'.'),
                         qPrintable(name + u": summary must be one line without a final period"_s));
                QVERIFY2(!code.description.englishText().isEmpty()
                             && code.description.englishText() != summary,
                         qPrintable(name));
                QVERIFY2(code.rfc > 0, qPrintable(name));
                QVERIFY2(QRegularExpression(u"^[0-9]+(\\.[0-9]+)*$"_s).match(code.section).hasMatch(),
                         qPrintable(name + u": section "_s + code.section));
                for (const QString &alias : code.aliases)
                    QVERIFY2(alias.compare(code.reason.englishText(), Qt::CaseInsensitive) != 0,
                             qPrintable(name + u": an alias repeats the phrase"_s));
            }
        }
        QCOMPARE(m_catalog.find(486)->section, u"21.4.24"_s);
        QCOMPARE(m_catalog.find(486)->rfc, 3261);
    }

    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"zh_CN", "zh_TW", "nl"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Prints how much of the catalog each language covers, and fails on any gap.
    void everyTextIsTranslated()
    {
        QFETCH(QString, language);
        int texts = 0;
        QStringList missing;
        const auto check = [&](const LocalizedText &text, const QString &what) {
            ++texts;
            if (!text.has(language))
                missing.append(what);
        };
        for (const CodeClass &codeClass : m_catalog.classes()) {
            check(codeClass.name, codeClass.label() + u" name"_s);
            check(codeClass.summary, codeClass.label() + u" summary"_s);
            check(codeClass.description, codeClass.label() + u" description"_s);
            for (const SipCode &code : codeClass.codes) {
                const QString name = QString::number(code.code);
                check(code.reason, name + u" reason phrase"_s);
                check(code.summary, name + u" summary"_s);
                check(code.description, name + u" description"_s);
            }
        }
        qInfo("%s: %d of %d texts translated (%.1f%%)", qPrintable(language),
              int(texts - missing.size()), texts, 100.0 * (texts - missing.size()) / texts);
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing: "_s + missing.join(u", "_s)));
    }

    void translationsAreNotCopiesOfTheEnglish()
    {
        // A Chinese text with no Chinese character in it was not translated.
        for (const CodeClass &codeClass : m_catalog.classes()) {
            for (const SipCode &code : codeClass.codes) {
                for (const QString &language : {u"zh_CN"_s, u"zh_TW"_s}) {
                    for (const LocalizedText *text : {&code.reason, &code.summary, &code.description}) {
                        const QString value = text->text(language);
                        const bool hasHan = std::any_of(value.cbegin(), value.cend(), [](QChar c) {
                            return c.script() == QChar::Script_Han;
                        });
                        QVERIFY2(hasHan, qPrintable(u"%1 %2: %3"_s.arg(code.code).arg(language, value)));
                    }
                }
                QVERIFY2(code.description.text(u"nl"_s) != code.description.englishText(),
                         qPrintable(QString::number(code.code)));
            }
        }
    }

    // The seeds' slips must not reach the product.
    void noSeedTypos_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QStringList>("typos");
        QTest::newRow("English seeds") << QStringList{u"en"_s}
            << QStringList{u"Uknown"_s, u"Permently"_s, u"temporaily"_s, u"forwarder"_s,
                           u"Does Not Exists"_s, u"Message To Large"_s, u"doen't"_s,
                           u"serviced specified"_s, u"proxys"_s, u"UndecipherableRequest"_s,
                           u"Unavaliable"_s, u"Accpet"_s};
        QTest::newRow("seed 001, Chinese") << QStringList{u"zh_CN"_s, u"zh_TW"_s}
            << QStringList{u"种植了"_s, u"出世化"_s, u"很类四"_s, u"不成工"_s, u"818"_s, u"时见"_s,
                           u"肯囊个"_s, u"亲求"_s, u"势能"_s, u"更消息"_s, u"Accpet"_s};
    }

    void noSeedTypos()
    {
        QFETCH(QStringList, languages);
        QFETCH(QStringList, typos);
        for (const CodeClass &codeClass : m_catalog.classes()) {
            for (const SipCode &code : codeClass.codes) {
                QStringList texts{code.aliases.join(u' ')};
                for (const QString &language : std::as_const(languages))
                    texts << code.reason.text(language) << code.summary.text(language)
                          << code.description.text(language);
                const QString all = texts.join(u'\n');
                for (const QString &typo : std::as_const(typos))
                    QVERIFY2(!all.contains(typo, Qt::CaseInsensitive),
                             qPrintable(u"%1 contains \"%2\""_s.arg(code.code).arg(typo)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogContent)
#include "tst_catalogcontent.moc"
