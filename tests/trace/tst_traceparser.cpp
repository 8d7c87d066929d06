// The trace parser on input nobody would paste on purpose: nothing at all, NUL bytes, invalid
// UTF-8, a 20 MB line, random bytes, a huge Content-Length, /dev/zero; cancelling halfway; and
// the details the corpus does not pin down (header lists, messages without Call-ID, escapes).
#include "trace/traceparser.h"
#include "tracetestsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray rawMessage(const QByteArray &callId, int cseq = 1,
                      const QByteArray &startLine = "SIP/2.0 486 Busy Here")
{
    return startLine +
           "\r\n"
           "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK" +
           callId + QByteArray::number(cseq) +
           "\r\n"
           "From: <sip:alice@example.com>;tag=a1\r\n"
           "To: <sip:bob@example.org>;tag=b2\r\n"
           "Call-ID: " +
           callId +
           "\r\n"
           "CSeq: " +
           QByteArray::number(cseq) +
           " INVITE\r\n"
           "Content-Length: 0\r\n"
           "\r\n";
}

// What must hold for any input: spans inside it, calls and messages pointing at each other.
void checkConsistent(const Trace &trace, qint64 inputSize)
{
    for (qsizetype i = 0; i < trace.messages.size(); ++i) {
        const TraceMessage &message = trace.messages.at(i);
        QVERIFY(message.offset >= 0 && message.length >= 0);
        QVERIFY(message.offset + message.length <= inputSize);
        QVERIFY(message.isRequest() || (message.code >= 100 && message.code <= 699));
        QVERIFY(message.call >= -1 && message.call < trace.calls.size());
        if (message.call >= 0)
            QVERIFY(trace.calls.at(message.call).messages.contains(i));
    }
    for (const TraceCall &call : trace.calls) {
        QVERIFY(!call.messages.isEmpty());
        QVERIFY(std::is_sorted(call.messages.cbegin(), call.messages.cend()));
        QVERIFY(call.finalMessage < trace.messages.size());
        QCOMPARE(call.finalCode == 0, call.finalMessage < 0);
    }
}

Trace parseStreamed(const QByteArray &input, qsizetype readSize,
                    const TraceParserOptions &base = {})
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    TraceParserOptions options = base;
    options.readSize = readSize;
    return TraceParser::parse(buffer, options);
}

} // namespace

class TestTraceParser final : public QObject
{
    Q_OBJECT

private slots:
    void emptyInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("line ends") << QByteArray("\n\r\n\n\r\r\n");
        QTest::newRow("blanks") << QByteArray("   \t  \n  ");
        QTest::newRow("a status line alone") << QByteArray("SIP/2.0 200 OK");
        QTest::newRow("a request line alone")
            << QByteArray("INVITE sip:bob@example.org SIP/2.0\r\n\r\n");
    }
    void emptyInput()
    {
        QFETCH(QByteArray, input);
        const Trace trace = TraceParser::parse(input);
        QVERIFY(trace.messages.isEmpty());
        QVERIFY(trace.calls.isEmpty());
        QVERIFY(!trace.truncated);
        QVERIFY(!trace.cancelled);
        QCOMPARE(trace.bytesRead, input.size());
        QCOMPARE(parseStreamed(input, 3).messages.size(), 0);
    }

    void nulBytes()
    {
        const QByteArray zeros(1024 * 1024, '\0');
        QVERIFY(TraceParser::parse(zeros).messages.isEmpty());

        // NUL bytes between the messages and inside header values do not hide the messages.
        QByteArray message = rawMessage("nul-call");
        message.replace("tag=a1", QByteArray("tag=a\0"
                                             "1",
                                             7));
        const QByteArray input = zeros.left(100) + '\n' + message + QByteArray(50, '\0') + '\n' +
                                 rawMessage("nul-call", 2);
        const Trace trace = TraceParser::parse(input);
        QCOMPARE(trace.messages.size(), 2);
        QCOMPARE(trace.calls.size(), 1);
        QCOMPARE(trace.messages.at(0).fromTag, QString::fromUtf8(QByteArray("a\0"
                                                                            "1",
                                                                            3)));
        checkConsistent(trace, input.size());
    }

    void invalidUtf8()
    {
        const QByteArray callId = "bad\xc3(\xff-utf8";
        const QByteArray input = rawMessage(callId, 1, "SIP/2.0 486 Busy \xfe\xff Here") +
                                 rawMessage(callId, 1, "SIP/2.0 486 Busy \xfe\xff Here");
        const Trace trace = TraceParser::parse(input, optionsWithRegistry(registryFromCatalog()));
        QCOMPARE(trace.messages.size(), 2);
        QCOMPARE(trace.calls.size(), 1);
        QVERIFY(trace.messages.at(0).reason.contains(QChar::ReplacementCharacter));
        QVERIFY(trace.messages.at(0).callId.contains(QChar::ReplacementCharacter));
        QVERIFY(trace.messages.at(0).notes.testFlag(TraceMessage::PhraseDiffers));
        QVERIFY(trace.messages.at(1).notes.testFlag(TraceMessage::Retransmission));
    }

    // A 20 MB line, plain or made of start lines and escapes, costs linear time and hides nothing.
    void longLine_data()
    {
        QTest::addColumn<QByteArray>("piece");
        QTest::newRow("letters") << QByteArray("x");
        QTest::newRow("status lines") << QByteArray("SIP/2.0 200 OK ");
        QTest::newRow("escaped lines")
            << QByteArray("SIP/2.0 200 OK#012Via: SIP/2.0/UDP h;branch=1#012");
        QTest::newRow("backslash escapes")
            << QByteArray("INVITE sip:a@b SIP/2.0\\r\\nCall-ID: \\u00eb\\r\\n");
        QTest::newRow("framing words")
            << QByteArray("<--- Received SIP request from UDP:a:1 ---> bytes Request msg ");
    }
    void longLine()
    {
        QFETCH(QByteArray, piece);
        const QByteArray line = piece.repeated(20 * 1024 * 1024 / piece.size());
        const QByteArray input = line + '\n' + rawMessage("after-the-long-line");
        QElapsedTimer timer;
        timer.start();
        const Trace trace = TraceParser::parse(input);
        QVERIFY2(timer.elapsed() < 60000, "far slower than linear");
        QVERIFY(!trace.truncated);
        QVERIFY(!trace.messages.isEmpty());
        QCOMPARE(trace.messages.last().callId, u"after-the-long-line"_s);
        checkConsistent(trace, input.size());
        const Trace streamed = parseStreamed(input, 64 * 1024);
        QCOMPARE(streamed.messages.last().callId, u"after-the-long-line"_s);
        QCOMPARE(streamed.bytesRead, input.size());
    }

    void randomBytes_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("withSipPieces");
        for (const quint32 seed : {1u, 16u, 2024u}) {
            QTest::addRow("seed %u", seed) << seed << false;
            QTest::addRow("seed %u with SIP pieces", seed) << seed << true;
        }
    }
    void randomBytes()
    {
        QFETCH(quint32, seed);
        QFETCH(bool, withSipPieces);
        QRandomGenerator random(seed);
        static const QList<QByteArray> pieces = {"SIP/2.0 200 OK\r\n",
                                                 "INVITE sip:a@b SIP/2.0\n",
                                                 "Call-ID: x\r\n",
                                                 "CSeq: 1 INVITE\r\n",
                                                 "Content-Length: 5\r\n",
                                                 "\r\n",
                                                 "v: SIP/2.0/UDP h;branch=z9\n",
                                                 "Reason: Q.850;cause=1\n",
                                                 "#012",
                                                 "\\r\\n",
                                                 "Frame 1: x\n",
                                                 "    Request-Line: ACK sip:a@b SIP/2.0\n",
                                                 "    Message Header\n",
                                                 "recv 1 bytes from udp/[::1]:1 at 1:",
                                                 "<--- SIP read from UDP:a:1 --->\n",
                                                 "U a:1 -> b:2 #1\n",
                                                 "2024/01/05 10:00:00.000000 a:1 -> b:2\n",
                                                 "Warning: 399 a \"b\"\n",
                                                 "Retry-After: x\n"};
        QByteArray input;
        while (input.size() < 2 * 1024 * 1024) {
            if (withSipPieces && random.bounded(4) == 0) {
                input += pieces.at(random.bounded(int(pieces.size())));
            } else {
                const quint32 word = random.generate();
                input.append(reinterpret_cast<const char *>(&word), sizeof word);
            }
        }
        const Trace trace = TraceParser::parse(input, optionsWithRegistry(registryFromCatalog()));
        checkConsistent(trace, input.size());
        QCOMPARE(trace.bytesRead, input.size());
        for (const qsizetype readSize : {1, 7, 4096}) {
            const Trace streamed =
                parseStreamed(input, readSize, optionsWithRegistry(registryFromCatalog()));
            QCOMPARE(streamed.messages.size(), trace.messages.size());
            QCOMPARE(streamed.calls.size(), trace.calls.size());
            for (qsizetype i = 0; i < trace.messages.size(); ++i) {
                QCOMPARE(streamed.messages.at(i).offset, trace.messages.at(i).offset);
                QCOMPARE(streamed.messages.at(i).length, trace.messages.at(i).length);
                QCOMPARE(streamed.messages.at(i).notes, trace.messages.at(i).notes);
            }
        }
    }

    // The body ends at the next start line whatever Content-Length claims.
    void hugeContentLength()
    {
        QByteArray first = rawMessage("huge-body", 1, "INVITE sip:bob@example.org SIP/2.0");
        first.replace("Content-Length: 0", "Content-Length: 999999999999999999999999");
        const QByteArray input =
            first + "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\n" + rawMessage("huge-body");
        const Trace trace = TraceParser::parse(input);
        QCOMPARE(trace.messages.size(), 2);
        QCOMPARE(trace.messages.at(0).bodyLength, 999999999999999999LL);
        QVERIFY(trace.messages.at(1).isResponse());
        QCOMPARE(trace.calls.at(0).finalCode, 486);
    }

    void cancelHalfway()
    {
        QByteArray input;
        for (int i = 0; input.size() < 8 * 1024 * 1024; ++i)
            input += rawMessage("call-" + QByteArray::number(i));
        const qsizetype all = TraceParser::parse(input).messages.size();

        for (const bool streamed : {false, true}) {
            TraceParserOptions options;
            QList<qint64> reports;
            options.progress = [&](qint64 done, qint64 total) {
                [&] { QCOMPARE(total, input.size()); }();
                reports.append(done);
                return done < input.size() / 2;
            };
            const Trace trace = streamed ? parseStreamed(input, 256 * 1024, options)
                                         : TraceParser::parse(input, options);
            QVERIFY(trace.cancelled);
            QVERIFY(!reports.isEmpty());
            QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
            QVERIFY(reports.last() >= input.size() / 2 && reports.last() < input.size());
            QVERIFY(trace.bytesRead < input.size());
            QVERIFY(trace.messages.size() > 0 && trace.messages.size() < all);
            checkConsistent(trace, input.size());
        }
    }

    void progressReachesTheEnd()
    {
        const QByteArray input = rawMessage("a").repeated(30000);
        TraceParserOptions options;
        qint64 last = -1;
        int reports = 0;
        options.progress = [&](qint64 done, qint64) {
            last = done;
            ++reports;
            return true;
        };
        const Trace trace = TraceParser::parse(input, options);
        QVERIFY(!trace.cancelled);
        QCOMPARE(last, input.size());
        QVERIFY(reports >= input.size() / TraceParser::ProgressStep);
    }

    // A device that never ends is read up to the limit, as a file over it would be.
    void endlessDevice()
    {
        QFile zero(u"/dev/zero"_s);
        if (!zero.open(QIODevice::ReadOnly))
            QSKIP("no /dev/zero here");
        const Trace trace = TraceParser::parse(zero);
        QVERIFY(trace.truncated);
        QCOMPARE(trace.bytesRead, TraceParser::MaximumInputSize);
        QVERIFY(trace.messages.isEmpty());
    }

    // However many fields or values one message holds, it keeps a bounded number of them.
    void manyValues()
    {
        QByteArray input = "SIP/2.0 503 Service Unavailable\r\nCall-ID: many\r\nCSeq: 1 INVITE\r\n";
        input += QByteArray("X-Filler: x\r\n").repeated(10000);
        input += "Reason: " + QByteArray("Q.850;cause=34, ").repeated(50000) + "\r\n";
        input += "Warning: " + QByteArray("399 h \"t\", ").repeated(50000) + "\r\n\r\n";
        const Trace trace = TraceParser::parse(input, optionsWithRegistry({}, true));
        QCOMPARE(trace.messages.size(), 1);
        const TraceMessage &message = trace.messages.first();
        QCOMPARE(message.headers.size(), TraceParser::MaximumValuesPerMessage);
        QCOMPARE(message.reasons.size(), TraceParser::MaximumValuesPerMessage);
        QCOMPARE(message.warnings.size(), TraceParser::MaximumValuesPerMessage);
        QCOMPARE(message.reasons.first(), (ReasonValue{u"Q.850"_s, 34, {}, {}}));
    }

    void headerList()
    {
        const QByteArray input = "OPTIONS sip:a@example.com SIP/2.0\r\n"
                                 "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                                 "i: list@example.com\r\n"
                                 "Subject: a folded\r\n"
                                 "  subject line\r\n"
                                 "CSeq: 7 OPTIONS\r\n"
                                 "\r\n";
        const Trace withHeaders = TraceParser::parse(input, optionsWithRegistry({}, true));
        QCOMPARE(withHeaders.messages.size(), 1);
        const TraceMessage &message = withHeaders.messages.first();
        const QList<TraceHeader> expected = {{u"Via"_s, u"SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1"_s},
                                             {u"i"_s, u"list@example.com"_s},
                                             {u"Subject"_s, u"a folded subject line"_s},
                                             {u"CSeq"_s, u"7 OPTIONS"_s}};
        QCOMPARE(message.headers, expected);
        QCOMPARE(message.requestUri, u"sip:a@example.com"_s);
        QCOMPARE(message.branch, u"z9hG4bK1"_s);
        QCOMPARE(message.bodyLength, -1);
        QCOMPARE(message.cseqText(), u"7 OPTIONS"_s);
        QVERIFY(TraceParser::parse(input).messages.first().headers.isEmpty());
    }

    // Prefixes the corpus does not show: an indented paste, docker compose, Kamailio's own log.
    void otherPrefixes()
    {
        const QByteArray input = "    INVITE sip:a@b SIP/2.0\n    Via: SIP/2.0/UDP "
                                 "h;branch=z9hG4bK1\n    Call-ID: p\n    CSeq: 1 INVITE\n"
                                 "    Content-Length: 0\n\n"
                                 "sbc_1  | 2024-01-05T10:00:00.123Z SIP/2.0 200 OK\r\nsbc_1  | "
                                 "2024-01-05T10:00:00.123Z Call-ID: p\r\n"
                                 "sbc_1  | 2024-01-05T10:00:00.124Z CSeq: 1 INVITE\r\nsbc_1  | "
                                 "2024-01-05T10:00:00.124Z \r\n"
                                 " 7(7) DEBUG: <core> [core/parser.c:99]: ACK sip:a@b SIP/2.0\n"
                                 " 7(7) DEBUG: <core> [core/parser.c:99]: Call-ID: p\n 7(7) DEBUG: "
                                 "<core> [core/parser.c:99]: CSeq: 1 ACK\n";
        const Trace trace = TraceParser::parse(input);
        QCOMPARE(trace.messages.size(), 3);
        QCOMPARE(trace.messages.at(0).branch, u"z9hG4bK1"_s);
        QCOMPARE(trace.messages.at(1).time, u"2024-01-05T10:00:00.123Z"_s);
        QCOMPARE(trace.messages.at(2).cseqText(), u"1 ACK"_s);
        QCOMPARE(trace.calls.size(), 1);
        QCOMPARE(trace.calls.first().outcome, TraceCall::Outcome::Answered);
    }

    // A NOTIFY about a REFER carries a status line and headers in its body: no message of its own.
    void sipfragBody()
    {
        const QByteArray body = "SIP/2.0 200 OK\r\nContact: <sip:c@192.0.2.3>\r\n";
        const QByteArray input =
            "NOTIFY sip:a@192.0.2.1 SIP/2.0\r\nCall-ID: refer\r\nCSeq: 3 NOTIFY\r\n"
            "Event: refer\r\nContent-Type: message/sipfrag;version=2.0\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body +
            "SIP/2.0 200 OK\r\nCall-ID: refer\r\nCSeq: 3 NOTIFY\r\n\r\n";
        const Trace trace = TraceParser::parse(input);
        QCOMPARE(trace.messages.size(), 2);
        QCOMPARE(trace.messages.at(1).cseqText(), u"3 NOTIFY"_s);
        QCOMPARE(trace.calls.first().finalCode, 200);
    }

    void withoutCallId()
    {
        const QByteArray input =
            "SIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\n\r\nSIP/2.0 200 OK\r\nCSeq: 1 OPTIONS\r\n\r\n";
        const Trace trace = TraceParser::parse(input);
        QCOMPARE(trace.messages.size(), 2);
        QCOMPARE(trace.messages.at(0).call, -1);
        QVERIFY(trace.calls.isEmpty());
        QVERIFY(!trace.messages.at(1).notes.testFlag(TraceMessage::Retransmission));
    }

    void withoutRegistry()
    {
        const Trace trace =
            TraceParser::parse(rawMessage("r", 1, "SIP/2.0 477 Something (477/TM)"));
        QCOMPARE(trace.messages.size(), 1);
        QCOMPARE(trace.messages.first().code, 477);
        QCOMPARE(trace.messages.first().notes, TraceMessage::Notes());
    }

    void escapes()
    {
        // Written out with escapes of their own: moc misreads raw string literals here.
        const QByteArray input =
            "2024-01-05 16:00:00,250 DEBUG sent: b'MESSAGE sip:a@b SIP/2.0\\r\\nFrom: "
            "\"Zo\\xc3\\xab \\\\ Pat\" "
            "<sip:z@b>;tag=1\\r\\nCall-ID: esc\\r\\nCSeq: 1 MESSAGE\\r\\n\\r\\n'\n"
            "{\"raw\": \"SIP/2.0 200 OK\\r\\nFrom: \\\"\\ud83d\\ude00 Zo\\u00eb\\\" "
            "<sip:z@b>;tag=1\\r\\n"
            "Call-ID: esc\\r\\nCSeq: 1 MESSAGE\\r\\n\\r\\n\"}\n";
        const Trace trace = TraceParser::parse(input, optionsWithRegistry({}, true));
        QCOMPARE(trace.messages.size(), 2);
        QCOMPARE(trace.messages.at(0).headers.at(0).value,
                 u"\"Zo\u00eb \\ Pat\" <sip:z@b>;tag=1"_s);
        QCOMPARE(trace.messages.at(1).headers.at(0).value,
                 u"\"\U0001F600 Zo\u00eb\" <sip:z@b>;tag=1"_s);
        QCOMPARE(trace.messages.at(0).time, u"2024-01-05 16:00:00,250"_s);
        QVERIFY(trace.messages.at(1).time.isEmpty());
        QCOMPARE(trace.calls.size(), 1);
        QCOMPARE(trace.calls.first().finalCode, 200);
        // Both messages span their whole line.
        QCOMPARE(trace.messages.at(0).offset, 0);
        QCOMPARE(trace.messages.at(1).offset + trace.messages.at(1).length, input.size() - 1);
    }

    void keys()
    {
        QStringList notes;
        for (const TraceMessage::Note note : TraceMessage::AllNotes)
            notes.append(TraceMessage::noteKey(note));
        QCOMPARE(notes, QStringList({u"phrase-differs"_s, u"unregistered-code"_s,
                                     u"retransmission"_s, u"retry-after"_s, u"auth-repeated"_s,
                                     u"no-final-response"_s, u"481-after-reinvite"_s}));
        QCOMPARE(TraceCall::outcomeKey(TraceCall::Outcome::NoFinal), u"no-final"_s);
        QCOMPARE(TraceCall::outcomeKey(TraceCall::Outcome::Cancelled), u"cancelled"_s);
    }
};

QTEST_GUILESS_MAIN(TestTraceParser)
#include "tst_traceparser.moc"
