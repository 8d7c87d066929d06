#include "core/catalogsearch.h"
#include "core/searchquery.h"
#include "testsupport.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The search as a user meets it: text in, the codes shown out. A core test: no model, no view.
class TestSearch final : public QObject
{
    Q_OBJECT

private:
    // A fresh catalog and search for every test function: nothing carries over.
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<CatalogSearch> m_search;
    SearchResult m_result; // of the last search()

    // The codes `text` shows, in catalog order.
    QList<int> search(const QString &text, bool includeDescriptionMatches = false)
    {
        m_result = m_search->search(text, includeDescriptionMatches);
        QList<int> codes;
        const std::vector<CodeClass> &classes = m_catalog->classes();
        for (std::size_t classIndex = 0; classIndex < classes.size(); ++classIndex) {
            for (std::size_t codeIndex = 0; codeIndex < classes[classIndex].codes.size(); ++codeIndex) {
                if (m_result.isShown(classIndex, codeIndex))
                    codes.append(classes[classIndex].codes[codeIndex].code);
            }
        }
        return codes;
    }

    // For the _data() functions, which run before init().
    static QList<int> codesOfClass(int digit)
    {
        const Catalog catalog = embeddedCatalog();
        QList<int> codes;
        for (const SipCode &code : catalog.findClass(digit)->codes)
            codes.append(code.code);
        return codes;
    }

private slots:
    void init()
    {
        m_catalog = std::make_unique<Catalog>(embeddedCatalog());
        m_search = std::make_unique<CatalogSearch>(*m_catalog);
    }

    void cleanup()
    {
        m_search.reset();
        m_catalog.reset();
    }

    void query_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected");

        const QList<int> range48{480, 481, 482, 483, 484, 485, 486, 487, 488, 489};
        QTest::newRow("number") << u"486"_s << QList<int>{486};
        QTest::newRow("number in brackets") << u"(486)"_s << QList<int>{486};
        QTest::newRow("full-width number") << u"４８６"_s << QList<int>{486};
        QTest::newRow("prefix") << u"48"_s << range48;
        QTest::newRow("prefix with x") << u"48x"_s << range48;
        QTest::newRow("class") << u"4xx"_s << codesOfClass(4);
        QTest::newRow("class, capitals") << u"6XX"_s << QList<int>{600, 603, 604, 606, 607, 608};
        QTest::newRow("single digit") << u"2"_s << QList<int>{200, 202, 204};
        QTest::newRow("word") << u"busy"_s << QList<int>{486, 600};
        QTest::newRow("word, any case, spaces") << u"  BuSy  "_s << QList<int>{486, 600};
        QTest::newRow("two words") << u"busy here"_s << QList<int>{486};
        QTest::newRow("all words must match") << u"not acceptable"_s << QList<int>{406, 488, 606};
        QTest::newRow("number and word") << u"486 busy"_s << QList<int>{486};
        QTest::newRow("number and word disagree") << u"404 busy"_s << QList<int>{};
        QTest::newRow("class and word") << u"6xx busy"_s << QList<int>{600};
        QTest::newRow("phrase with slash") << u"call/transaction"_s << QList<int>{481};
        QTest::newRow("older name") << u"session in progress"_s << QList<int>{183};
        QTest::newRow("older name 437") << u"unsupported certificate"_s << QList<int>{437};
        QTest::newRow("HTTP-style name") << u"internal server error"_s << QList<int>{500};
        QTest::newRow("words of a phrase") << u"proxy authentication"_s << QList<int>{407};
        QTest::newRow("description only") << u"glare"_s << QList<int>{491};
        QTest::newRow("description only, two words") << u"overlapped dialing"_s << QList<int>{484};
        QTest::newRow("no such word") << u"xyzzy"_s << QList<int>{};
        QTest::newRow("no such class") << u"7xx"_s << QList<int>{};
        QTest::newRow("too many digits") << u"4860"_s << QList<int>{};
        QTest::newRow("regular expression characters") << u"(*[?^$\\"_s << QList<int>{};
        QTest::newRow("cause") << u"cause 17"_s << QList<int>{486};
        QTest::newRow("q850") << u"q850 17"_s << QList<int>{486};
        QTest::newRow("Q.850 with colon") << u"Q.850: 34"_s << QList<int>{503};
        QTest::newRow("Reason header") << u"Reason: Q.850;cause=34;text=\"No circuit available\""_s << QList<int>{503};
        QTest::newRow("cause with two rows") << u"cause 22"_s << QList<int>{301, 410};
        QTest::newRow("cause RFC 3398 does not map") << u"cause 16"_s << QList<int>{};
        QTest::newRow("status line") << u"SIP/2.0 486 Busy Here"_s << QList<int>{486};
        QTest::newRow("status line with arrow") << u"<-- SIP/2.0 503 Service Unavailable"_s << QList<int>{503};
        QTest::newRow("Wireshark summary") << u"Status: 404 Not Found"_s << QList<int>{404};
        QTest::newRow("Wireshark status line") << u"Status-Line: SIP/2.0 404 Not Found"_s << QList<int>{404};
        QTest::newRow("timestamp in front") << u"2026-11-22 12:00:01.123 SIP/2.0 180 Ringing"_s << QList<int>{180};
        QTest::newRow("log line, own phrase") << u"Nov 22 12:00:01 pbx[42]: <-- SIP/2.0 603 Go away (10.0.0.1:5060)"_s
                                              << QList<int>{603};
        QTest::newRow("unknown final code") << u"431"_s << QList<int>{400};
        QTest::newRow("unknown provisional code") << u"150"_s << QList<int>{183};
        QTest::newRow("unknown 6xx code") << u"699"_s << QList<int>{600};
        QTest::newRow("unknown code in a trace") << u"SIP/2.0 499 Custom"_s << QList<int>{400};
        QTest::newRow("control characters separate words")
            << u"\u0007busy\u0000here\u001b"_s << QList<int>{486};
        QTest::newRow("word start, not inside a word") << u"here"_s << QList<int>{410, 486, 488};
        QTest::newRow("beginning of a word") << u"forbid"_s << QList<int>{403};
    }

    void query()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        QCOMPARE(search(text), expected);
        QCOMPARE(m_result.shown, expected.size());
        search(QString());
        QCOMPARE(m_result.shown, m_catalog->codeCount());
    }

    void acrossLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("忙 in Chinese") << u"zh_CN"_s << u"忙"_s << QList<int>{486, 600};
        QTest::newRow("busy while in Chinese") << u"zh_CN"_s << u"busy"_s << QList<int>{486, 600};
        QTest::newRow("忙 in Traditional Chinese") << u"zh_TW"_s << u"忙"_s << QList<int>{486, 600};
        QTest::newRow("bezet in Dutch") << u"nl"_s << u"bezet"_s << QList<int>{486, 600};
        QTest::newRow("busy while in Dutch") << u"nl"_s << u"busy"_s << QList<int>{486, 600};
        QTest::newRow("full-width digits in Chinese") << u"zh_CN"_s << u"４８６"_s << QList<int>{486};
        QTest::newRow("Dutch word not in English") << u"en"_s << u"bezet"_s << QList<int>{};
    }

    void acrossLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        m_search->setLanguage(language);
        QCOMPARE(search(text), expected);
    }

    // The same text finds other codes once the language changes, and back.
    void languageSwitchChangesWhatTheSameTextFinds()
    {
        QCOMPARE(search(u"bezet"_s), QList<int>{});
        m_search->setLanguage(u"nl"_s);
        QCOMPARE(search(u"bezet"_s), (QList<int>{486, 600}));
        m_search->setLanguage(u"en"_s);
        QCOMPARE(search(u"bezet"_s), QList<int>{});
    }

    void nameMatchesComeBeforeDescriptionMatches()
    {
        // "busy" is in the names of 486 and 600, and only in the descriptions of others.
        QCOMPARE(search(u"busy"_s), (QList<int>{486, 600}));
        const int hidden = m_result.hiddenDescriptionMatches;
        QVERIFY(hidden > 0);
        QCOMPARE(search(u"busy"_s, true).size(), 2 + hidden);
        QCOMPARE(m_result.hiddenDescriptionMatches, 0);
    }

    void causeAndClassAreNamed()
    {
        search(u"Reason: Q.850;cause=16"_s);
        QCOMPARE(m_result.cause, 16);
        QCOMPARE(m_result.shown, 0);
        QCOMPARE(search(u"4xx"_s).size(), codesOfClass(4).size());
        QCOMPARE(m_result.classDigit, 4);
        search(u"48"_s);
        QCOMPARE(m_result.classDigit, 0);
    }

    void unknownCodesNameTheirFallback_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("unknown");
        QTest::newRow("431") << u"431"_s << 431;
        QTest::newRow("150") << u"150"_s << 150;
        QTest::newRow("known") << u"486"_s << 0;
        QTest::newRow("prefix") << u"43"_s << 0;
        QTest::newRow("outside 100-699") << u"700"_s << 0;
        QTest::newRow("with words") << u"431 busy"_s << 0;
    }

    void unknownCodesNameTheirFallback()
    {
        QFETCH(QString, text);
        QFETCH(int, unknown);
        search(text);
        QCOMPARE(m_result.unknownCode, unknown);
        search(QString());
        QCOMPARE(m_result.unknownCode, 0);
    }

    void emptyQueryShowsEverything()
    {
        for (const QString &text : {u""_s, u"   "_s, u"\t\n"_s}) {
            QCOMPARE(search(text).size(), m_catalog->codeCount());
            QVERIFY(!m_result.filtering);
        }
    }

    void hugeQueryIsCut()
    {
        const QString huge = u"busy "_s + QString(1024 * 1024, u'a');
        const SearchQuery query = SearchQuery::parse(huge);
        QCOMPARE(query.words().size(), 2);
        QCOMPARE(query.words().last().size(), SearchQuery::MaximumLength - 5);
        QCOMPARE(search(huge), QList<int>{});
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("prefixes");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("classDigit");
        QTest::newRow("plain") << u"486"_s << QStringList{u"486"_s} << QStringList{} << 0;
        QTest::newRow("class") << u"4XX"_s << QStringList{u"4"_s} << QStringList{} << 4;
        QTest::newRow("class, spaced") << u" 6xx "_s << QStringList{u"6"_s} << QStringList{} << 6;
        QTest::newRow("prefix is no class") << u"48x"_s << QStringList{u"48"_s} << QStringList{} << 0;
        QTest::newRow("punctuation trimmed") << u"\"busy\","_s << QStringList{} << QStringList{u"busy"_s} << 0;
        QTest::newRow("accents folded") << u"Één"_s << QStringList{} << QStringList{u"een"_s} << 0;
        QTest::newRow("combining mark dropped") << u"be\u0301zet"_s << QStringList{} << QStringList{u"bezet"_s} << 0;
        QTest::newRow("Chinese kept") << u"这里忙"_s << QStringList{} << QStringList{u"这里忙"_s} << 0;
        QTest::newRow("width folded") << u"ＢＵＳＹ ４ｘｘ"_s << QStringList{u"4"_s} << QStringList{u"busy"_s} << 0;
        QTest::newRow("only punctuation kept") << u"..."_s << QStringList{} << QStringList{u"..."_s} << 0;
    }

    void parsing()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, prefixes);
        QFETCH(QStringList, words);
        QFETCH(int, classDigit);
        const SearchQuery query = SearchQuery::parse(text);
        QCOMPARE(query.codePrefixes(), prefixes);
        QCOMPARE(query.words(), words);
        QCOMPARE(query.classDigit(), classDigit);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
