// The corpus of tests/data/traces: each <name>.log is parsed and compared with what
// <name>.expected.json says must be found in it. A field the expectation leaves out must be empty
// in the result too (time, source, destination, Reasons, Warnings, notes), so that nothing is
// found that the format does not give.
#include "trace/traceparser.h"
#include "tracetestsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QDir corpusDir()
{
    return QDir(QStringLiteral(SIPCODES_TRACE_CORPUS));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList corpusNames()
{
    QStringList names;
    const QStringList files =
        corpusDir().entryList({u"*.expected.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(QStringLiteral(".expected.json").size()));
    return names;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The protocol of a Reason is compared without case, as the corpus README asks.
QJsonArray normalisedReasons(QJsonArray reasons)
{
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        QJsonObject reason = reasons.at(i).toObject();
        reason.insert(u"protocol"_s, reason.value(u"protocol"_s).toString().toLower());
        reasons.replace(i, reason);
    }
    return reasons;
}

QJsonArray sorted(const QJsonArray &array)
{
    QStringList items;
    for (const QJsonValue value : array)
        items.append(value.toString());
    items.sort();
    return QJsonArray::fromStringList(items);
}

// The expectation, with the fields that are compared loosely normalised.
QJsonObject normalisedExpectation(QJsonObject expected)
{
    if (expected.contains(u"reasons"_s))
        expected.insert(u"reasons"_s, normalisedReasons(expected.value(u"reasons"_s).toArray()));
    if (expected.contains(u"notes"_s))
        expected.insert(u"notes"_s, sorted(expected.value(u"notes"_s).toArray()));
    return expected;
}

// A message in the corpus's shape: empty fields left out.
QJsonObject messageObject(const TraceMessage &message)
{
    QJsonObject object;
    object.insert(u"kind"_s, message.isRequest() ? u"request"_s : u"response"_s);
    object.insert(u"method"_s, message.method);
    if (message.isResponse()) {
        object.insert(u"code"_s, message.code);
        object.insert(u"reason"_s, message.reason);
    }
    object.insert(u"callId"_s, message.callId);
    object.insert(u"cseq"_s, message.cseqText());
    if (!message.time.isEmpty())
        object.insert(u"time"_s, message.time);
    if (!message.source.isEmpty())
        object.insert(u"source"_s, message.source);
    if (!message.destination.isEmpty())
        object.insert(u"destination"_s, message.destination);
    if (!message.reasons.isEmpty()) {
        QJsonArray reasons;
        for (const ReasonValue &reason : message.reasons) {
            reasons.append(QJsonObject{{u"protocol"_s, reason.protocol},
                                       {u"cause"_s, reason.cause < 0 ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(reason.cause)},
                                       {u"text"_s, textOrNull(reason.text)},
                                       {u"location"_s, textOrNull(reason.location)}});
        }
        object.insert(u"reasons"_s, normalisedReasons(reasons));
    }
    if (!message.warnings.isEmpty()) {
        QJsonArray warnings;
        for (const WarningValue &warning : message.warnings)
            warnings.append(QJsonObject{
                {u"code"_s, warning.code}, {u"agent"_s, warning.agent}, {u"text"_s, warning.text}});
        object.insert(u"warnings"_s, warnings);
    }
    if (message.notes)
        object.insert(u"notes"_s, sorted(QJsonArray::fromStringList(message.noteKeys())));
    return object;
}

QJsonObject callObject(const TraceCall &call)
{
    QJsonArray messages;
    for (const qsizetype index : call.messages)
        messages.append(int(index));
    return {{u"callId"_s, call.callId},
            {u"method"_s, call.method},
            {u"final"_s,
             call.finalCode == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(call.finalCode)},
            {u"outcome"_s, TraceCall::outcomeKey(call.outcome)},
            {u"messages"_s, messages}};
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

class TestTraceCorpus final : public QObject
{
    Q_OBJECT

private:
    QHash<int, QString> m_registry;

private slots:
    void initTestCase()
    {
        m_registry = registryFromCatalog();
        QVERIFY(m_registry.size() > 70);
        QVERIFY(!m_registry.contains(477));
        QCOMPARE(m_registry.value(500), u"Server Internal Error"_s);
    }

    // A loop over nothing would pass: the corpus must be all there.
    void corpusIsComplete()
    {
        const QStringList names = corpusNames();
        QVERIFY2(names.size() >= 29, qPrintable(u"%1 expectation files"_s.arg(names.size())));
        for (const QString &name : names)
            QVERIFY2(corpusDir().exists(name + u".log"_s), qPrintable(name));
        QCOMPARE(corpusDir().entryList({u"*.log"_s}, QDir::Files).size(), names.size());
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : corpusNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void corpus()
    {
        QFETCH(QString, name);
        const QByteArray log = readFile(corpusDir().filePath(name + u".log"_s));
        const QJsonObject expectation =
            QJsonDocument::fromJson(readFile(corpusDir().filePath(name + u".expected.json"_s)))
                .object();
        const QJsonArray expectedMessages = expectation.value(u"messages"_s).toArray();
        const QJsonArray expectedCalls = expectation.value(u"calls"_s).toArray();
        QVERIFY(!expectedMessages.isEmpty());

        const Trace trace = TraceParser::parse(log, optionsWithRegistry(m_registry));
        QVERIFY(!trace.truncated);
        QVERIFY(!trace.cancelled);
        QCOMPARE(trace.bytesRead, log.size());

        const qsizetype common = std::min(trace.messages.size(), expectedMessages.size());
        for (qsizetype i = 0; i < common; ++i) {
            const QString actual = compact(messageObject(trace.messages.at(i)));
            const QString expected =
                compact(normalisedExpectation(expectedMessages.at(i).toObject()));
            QVERIFY2(actual == expected,
                     qPrintable(
                         u"message %1\n   found: %2\nexpected: %3"_s.arg(i).arg(actual, expected)));
        }
        QCOMPARE(trace.messages.size(), expectedMessages.size());

        const qsizetype commonCalls = std::min(trace.calls.size(), expectedCalls.size());
        for (qsizetype i = 0; i < commonCalls; ++i) {
            const QString actual = compact(callObject(trace.calls.at(i)));
            const QString expected = compact(expectedCalls.at(i).toObject());
            QVERIFY2(
                actual == expected,
                qPrintable(u"call %1\n   found: %2\nexpected: %3"_s.arg(i).arg(actual, expected)));
        }
        QCOMPARE(trace.calls.size(), expectedCalls.size());

        // Each message's span starts at a line and holds its start line.
        for (const TraceMessage &message : trace.messages) {
            QVERIFY(message.offset >= 0 && message.length > 0);
            QVERIFY(message.offset + message.length <= log.size());
            QVERIFY(message.offset == 0 || log.at(message.offset - 1) == '\n');
            const QByteArray span = log.mid(message.offset, message.length);
            QVERIFY2(span.contains("SIP/2.0"), span.constData());
            QVERIFY(!message.headers.isEmpty());
        }
    }

    // Reading the file in small pieces finds exactly what reading it whole does.
    void corpusStreamed_data() { corpus_data(); }
    void corpusStreamed()
    {
        QFETCH(QString, name);
        const QByteArray log = readFile(corpusDir().filePath(name + u".log"_s));
        TraceParserOptions options = optionsWithRegistry(m_registry);
        const Trace whole = TraceParser::parse(log, options);
        for (const qsizetype readSize : {1, 13, 4096}) {
            QFile file(corpusDir().filePath(name + u".log"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            options.readSize = readSize;
            const Trace streamed = TraceParser::parse(file, options);
            QCOMPARE(streamed.bytesRead, log.size());
            QCOMPARE(streamed.messages.size(), whole.messages.size());
            for (qsizetype i = 0; i < whole.messages.size(); ++i) {
                QCOMPARE(compact(messageObject(streamed.messages.at(i))),
                         compact(messageObject(whole.messages.at(i))));
                QCOMPARE(streamed.messages.at(i).offset, whole.messages.at(i).offset);
                QCOMPARE(streamed.messages.at(i).length, whole.messages.at(i).length);
                QCOMPARE(streamed.messages.at(i).headers, whole.messages.at(i).headers);
            }
            QCOMPARE(streamed.calls.size(), whole.calls.size());
            for (qsizetype i = 0; i < whole.calls.size(); ++i)
                QCOMPARE(compact(callObject(streamed.calls.at(i))),
                         compact(callObject(whole.calls.at(i))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTraceCorpus)
#include "tst_tracecorpus.moc"
