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

    // The response codes `text` shows, in catalog order.
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

    // Every entry `text` shows, in registry order: "486", "warning 370", "cause 17".
    QString searchAll(const QString &text, bool includeDescriptionMatches = false)
    {
        QStringList shown;
        for (const int code : search(text, includeDescriptionMatches))
            shown.append(QString::number(code));
        for (const Vocabulary *vocabulary : {&m_catalog->warnings(), &m_catalog->causes()}) {
            for (std::size_t c = 0; c < vocabulary->classes.size(); ++c) {
                for (std::size_t e = 0; e < vocabulary->classes[c].entries.size(); ++e) {
                    if (m_result.isShown(vocabulary->kind, c, e))
                        shown.append(u"%1 %2"_s.arg(EntryKey::kindName(vocabulary->kind))
                                         .arg(vocabulary->classes[c].entries[e].code));
                }
            }
        }
        return shown.join(u", "_s);
    }

    static QString classText(int digit)
    {
        QStringList codes;
        for (const int code : codesOfClass(digit))
            codes.append(QString::number(code));
        return codes.join(u", "_s);
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
        QTest::addColumn<QString>("expected");

                QTest::newRow("number") << u"486"_s << u"486"_s;
        QTest::newRow("number in brackets") << u"(486)"_s << u"486"_s;
        QTest::newRow("full-width number") << u"４８６"_s << u"486"_s;
        QTest::newRow("prefix") << u"48"_s << u"480, 481, 482, 483, 484, 485, 486, 487, 488, 489"_s;
        QTest::newRow("prefix with x") << u"48x"_s << u"480, 481, 482, 483, 484, 485, 486, 487, 488, 489"_s;
        QTest::newRow("class") << u"4xx"_s << classText(4);
        QTest::newRow("class, capitals") << u"6XX"_s << u"600, 603, 604, 606, 607, 608"_s;
        QTest::newRow("single digit") << u"2"_s << u"200, 202, 204, cause 2"_s;
        QTest::newRow("word") << u"busy"_s << u"486, 600, cause 17, cause 815"_s;
        QTest::newRow("word, any case, spaces") << u"  BuSy  "_s << u"486, 600, cause 17, cause 815"_s;
        QTest::newRow("two words") << u"busy here"_s << u"486"_s;
        QTest::newRow("all words must match") << u"not acceptable"_s << u"406, 488, 606, cause 818"_s;
        QTest::newRow("number and word") << u"486 busy"_s << u"486"_s;
        QTest::newRow("number and word disagree") << u"404 busy"_s << u""_s;
        QTest::newRow("class and word") << u"6xx busy"_s << u"600"_s;
        QTest::newRow("phrase with slash") << u"call/transaction"_s << u"481"_s;
        QTest::newRow("older name") << u"session in progress"_s << u"183"_s;
        QTest::newRow("older name 437") << u"unsupported certificate"_s << u"437, cause 822"_s;
        QTest::newRow("HTTP-style name") << u"internal server error"_s << u"500"_s;
        QTest::newRow("words of a phrase") << u"proxy authentication"_s << u"407"_s;
        QTest::newRow("description only") << u"glare"_s << u"491"_s;
        QTest::newRow("description only, two words") << u"overlapped dialing"_s << u"484"_s;
        QTest::newRow("no such word") << u"xyzzy"_s << u""_s;
        QTest::newRow("no such class") << u"7xx"_s << u""_s;
        QTest::newRow("too many digits") << u"4860"_s << u""_s;
        QTest::newRow("regular expression characters") << u"(*[?^$\\"_s << u""_s;
        QTest::newRow("cause") << u"cause 17"_s << u"486, cause 17"_s;
        QTest::newRow("q850") << u"q850 17"_s << u"486, cause 17"_s;
        QTest::newRow("Q.850 with colon") << u"Q.850: 34"_s << u"503, cause 34"_s;
        QTest::newRow("Reason header") << u"Reason: Q.850;cause=34;text=\"No circuit available\""_s << u"503, cause 34"_s;
        QTest::newRow("cause with two rows") << u"cause 22"_s << u"301, 410, cause 22"_s;
        QTest::newRow("cause RFC 3398 does not map") << u"cause 16"_s << u"cause 16"_s;
        QTest::newRow("status line") << u"SIP/2.0 486 Busy Here"_s << u"486"_s;
        QTest::newRow("status line with arrow") << u"<-- SIP/2.0 503 Service Unavailable"_s << u"503"_s;
        QTest::newRow("Wireshark summary") << u"Status: 404 Not Found"_s << u"404"_s;
        QTest::newRow("Wireshark status line") << u"Status-Line: SIP/2.0 404 Not Found"_s << u"404"_s;
        QTest::newRow("timestamp in front") << u"2026-11-22 12:00:01.123 SIP/2.0 180 Ringing"_s << u"180"_s;
        QTest::newRow("log line, own phrase") << u"Nov 22 12:00:01 pbx[42]: <-- SIP/2.0 603 Go away (10.0.0.1:5060)"_s
                                              << u"603"_s;
        QTest::newRow("unknown final code") << u"431"_s << u"400"_s;
        QTest::newRow("unknown provisional code") << u"150"_s << u"183"_s;
        QTest::newRow("unknown 6xx code") << u"699"_s << u"600"_s;
        QTest::newRow("unknown code in a trace") << u"SIP/2.0 499 Custom"_s << u"400"_s;
        QTest::newRow("control characters separate words")
            << u"\u0007busy\u0000here\u001b"_s << u"486"_s;
        QTest::newRow("word start, not inside a word") << u"here"_s << u"410, 486, 488, cause 14"_s;
        QTest::newRow("beginning of a word") << u"forbid"_s << u"403"_s;
        // The other registries: numbers, names, PBX identifiers.
        QTest::newRow("response and warn-code") << u"380"_s << u"380, warning 380"_s;
        QTest::newRow("response and PBX cause") << u"487"_s << u"487, cause 487"_s;
        QTest::newRow("class is responses only") << u"3xx"_s << classText(3);
        QTest::newRow("FreeSWITCH name") << u"USER_BUSY"_s << u"cause 17"_s;
        QTest::newRow("Asterisk name") << u"AST_CAUSE_USER_BUSY"_s << u"cause 17"_s;
        QTest::newRow("Asterisk alias") << u"ast_cause_busy"_s << u"cause 17"_s;
        QTest::newRow("FreeSWITCH temporary failure") << u"NORMAL_TEMPORARY_FAILURE"_s << u"cause 41"_s;
        QTest::newRow("FreeSWITCH's own cause") << u"MEDIA_TIMEOUT"_s << u"cause 804"_s;
        QTest::newRow("warn-code name") << u"insufficient bandwidth"_s << u"warning 370"_s;
        // Header lines, pasted as they appear.
        QTest::newRow("Warning header") << u"Warning: 370 gw1 \"Insufficient bandwidth\""_s << u"warning 370"_s;
        QTest::newRow("two Warning values") << u"Warning: 305 sbc \"x\", 399 pbx.example.com \"codec\""_s
                                            << u"warning 305, warning 399"_s;
        QTest::newRow("Reason Q.850 with text")
            << u"Reason: Q.850;cause=16;text=\"Normal call clearing\""_s << u"cause 16"_s;
        QTest::newRow("Reason SIP") << u"Reason: SIP;cause=487"_s << u"487"_s;
        QTest::newRow("Reason STIR") << u"Reason: STIR;cause=438"_s << u"438"_s;
        QTest::newRow("Reason preemption") << u"Reason: preemption;cause=1"_s << u""_s;
        QTest::newRow("several Reasons") << u"Reason: SIP;cause=200;text=\"Call completed elsewhere\", Q.850;cause=26"_s
                                         << u"200, 404, cause 26"_s; // RFC 3398: 26 becomes 404
        QTest::newRow("Reason cause beyond Q.850") << u"Reason: Q.850;cause=261850"_s << u""_s;
        QTest::newRow("Warning code not three digits") << u"Warning: 3999 x \"y\""_s << u""_s;
        QTest::newRow("Reason without header name") << u"Q.850;cause=41"_s << u"503, cause 41"_s;
        // Log lines without SIP/2.0.
        QTest::newRow("Asterisk") << u"[Nov 23 10:00:01] Got SIP response 503 \"Service Unavailable\" back from 10.0.0.1:5060"_s
                                  << u"503"_s;
        QTest::newRow("FreeSWITCH") << u"2026-11-23 10:00:01.123 [NOTICE] sofia.c:7000 Received 486 Busy Here"_s << u"486"_s;
        QTest::newRow("a count is not a code") << u"received 512 bytes"_s << u""_s;
        QTest::newRow("Kamailio") << u"ERROR: <script>: reply 486 to INVITE"_s << u"486"_s;
        QTest::newRow("Kamailio t_reply") << u"t_reply(\"404\", \"Not here\")"_s << u"404"_s;
        QTest::newRow("pjsip") << u"RX 512 bytes Response msg 486/INVITE/cseq=2 (rdata0x7f) from UDP 10.0.0.1:5060"_s
                               << u"486"_s;
        QTest::newRow("FreeSWITCH CDR") << u"sip_term_status=486"_s << u"486"_s;
        QTest::newRow("proto-specific cause") << u"proto_specific_hangup_cause: sip:503"_s << u"503"_s;
        QTest::newRow("sip and a code") << u"sip 486"_s << u"486"_s;
        // The app's own ticket lines, pasted back.
        QTest::newRow("ticket line") << u"SIP 486 Busy Here: The callee is busy (RFC 3261, 21.4.24)"_s << u"486"_s;
        QTest::newRow("cause ticket line") << u"Q.850 cause 17 User busy: FreeSWITCH USER_BUSY (ITU-T Q.850)"_s
                                           << u"486, cause 17"_s;
        QTest::newRow("warn-code ticket line") << u"SIP Warning 399 Miscellaneous warning: ..."_s << u"warning 399"_s;
        QTest::newRow("PBX cause ticket line") << u"FreeSWITCH cause 804 No media received: ..."_s << u"cause 804"_s;
    }

    void query()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(searchAll(text), expected);
        QCOMPARE(m_result.shown, expected.isEmpty() ? 0 : int(expected.count(u',') + 1));
        search(QString());
        QCOMPARE(m_result.shown, m_result.total);
        QVERIFY(m_result.total > m_catalog->codeCount());
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

    // A search remembers the one before and, when the text was only typed further, looks again
    // only at what that one matched. Whatever is typed, deleted or changed in between, each step
    // shows what a search that never saw the earlier text shows.
    void typingOnShowsWhatAFreshSearchShows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("steps");
        const auto typed = [](const QString &text) {
            QStringList steps;
            for (qsizetype length = 1; length <= text.size(); ++length)
                steps.append(text.left(length));
            return steps;
        };
        QTest::newRow("busy here, typed") << u"en"_s << typed(u"busy here"_s);
        QTest::newRow("typed, then deleted") << u"en"_s << typed(u"busy here"_s) + QStringList{u"busy her"_s, u"bus"_s, u"b"_s, u""_s, u"r"_s};
        QTest::newRow("a word changed in the middle") << u"en"_s << QStringList{u"busy here"_s, u"bus here"_s, u"busy here"_s, u"busy xhere"_s};
        QTest::newRow("numbers and words") << u"en"_s << QStringList{u"4"_s, u"48"_s, u"48 b"_s, u"48 bu"_s, u"4 bu"_s, u"4xx"_s, u"4xx t"_s};
        QTest::newRow("a PBX name") << u"en"_s << typed(u"user_busy"_s);
        QTest::newRow("a pasted line after words") << u"en"_s << QStringList{u"sip"_s, u"sip/2.0 486 busy here"_s, u"sip/2.0 486 busy here x"_s};
        QTest::newRow("Chinese") << u"zh_CN"_s << typed(u"忙 4"_s);
    }

    void typingOnShowsWhatAFreshSearchShows()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, steps);
        m_search->setLanguage(language); // goes through the steps in turn, as typing does
        int compared = 0;
        for (const QString &text : std::as_const(steps)) {
            const QString typedOn = searchAll(text);
            auto fresh = std::make_unique<CatalogSearch>(*m_catalog);
            fresh->setLanguage(language);
            std::swap(m_search, fresh);
            const QString alone = searchAll(text);
            std::swap(m_search, fresh);
            QCOMPARE(typedOn, alone);
            compared += typedOn.isEmpty() ? 0 : 1;
        }
        QVERIFY2(compared > 0, "every step showed nothing: the comparison proved nothing");
    }

    void narrowing_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("later");
        QTest::addColumn<bool>("narrows");
        QTest::newRow("a word continued") << u"bu"_s << u"bus"_s << true;
        QTest::newRow("a word added") << u"busy"_s << u"busy h"_s << true;
        QTest::newRow("a letter deleted") << u"busy"_s << u"bus"_s << false;
        QTest::newRow("a word changed") << u"busy here"_s << u"busy xhere"_s << false;
        QTest::newRow("a number continued") << u"4"_s << u"48"_s << false;
        QTest::newRow("words after the same number") << u"48"_s << u"48 b"_s << true;
        QTest::newRow("a class, read as one only alone") << u"4xx"_s << u"4xx t"_s << false;
        QTest::newRow("a code prefix and words") << u"4x b"_s << u"4x bu"_s << true;
        QTest::newRow("a line") << u"sip"_s << u"SIP/2.0 486 Busy Here"_s << false;
    }

    void narrowing()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, later);
        QFETCH(bool, narrows);
        QCOMPARE(SearchQuery::parse(later).narrows(SearchQuery::parse(earlier)), narrows);
    }

    void nameMatchesComeBeforeDescriptionMatches()
    {
        // "busy" is in the names of 486 and 600, and only in the descriptions of others.
        QCOMPARE(searchAll(u"busy"_s), u"486, 600, cause 17, cause 815"_s);
        const int hidden = m_result.hiddenDescriptionMatches;
        QVERIFY(hidden > 0);
        QCOMPARE(searchAll(u"busy"_s, true).count(u',') + 1, 4 + hidden);
        QCOMPARE(m_result.hiddenDescriptionMatches, 0);
    }

    void causeAndClassAreNamed()
    {
        search(u"Reason: Q.850;cause=16"_s);
        QCOMPARE(m_result.focus, std::optional<EntryKey>(EntryKey{EntryKind::Cause, 16}));
        QCOMPARE(m_result.shown, 1); // RFC 3398 turns 16 into a BYE, no response
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
