#include "core/catalogsearch.h"
#include "models/codefilterproxy.h"
#include "models/codemodel.h"
#include "models/tracemodel.h"
#include "trace/traceparser.h"
#include "trace/tracestory.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

class TestCodeModel final : public QObject
{
    Q_OBJECT

private:
    // A fresh catalog for every test function; the model shows it without owning it.
    std::unique_ptr<Catalog> m_catalog;

    // A model test: no translator is installed, so plural forms read "code(s)".
    static QString codeCountText(int count) { return u"%1 code(s)"_s.arg(count); }

private slots:
    void init() { m_catalog = std::make_unique<Catalog>(embeddedCatalog()); }
    void cleanup() { m_catalog.reset(); }

    void classesAndCodes()
    {
        CodeModel model(m_catalog.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

        QCOMPARE(model.rowCount(), 8); // six response classes, then the warn-codes and the causes
        QCOMPARE(model.columnCount(), int(CodeModel::ColumnCount));
        const QStringList labels{u"1xx"_s, u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s, u"6xx"_s};
        // RFC 3261, section 21, names each class so.
        const QStringList names{u"Provisional"_s,    u"Successful"_s,     u"Redirection"_s,
                                u"Request Failure"_s, u"Server Failure"_s, u"Global Failure"_s};
        int codes = 0;
        for (int row = 0; row < 6; ++row) {
            const QModelIndex classIndex = model.index(row, CodeModel::CodeColumn);
            QCOMPARE(classIndex.data().toString(), labels[row]);
            QCOMPARE(model.index(row, CodeModel::ReasonColumn).data().toString(), names[row]);
            QCOMPARE(classIndex.data(CodeModel::CodeRole).toInt(), 0);
            const int children = model.rowCount(classIndex);
            QVERIFY(children > 0);
            // The class row says how many codes it holds.
            QCOMPARE(model.index(row, CodeModel::SummaryColumn).data().toString(), codeCountText(children));
            for (int child = 0; child < children; ++child) {
                const QModelIndex codeIndex = model.index(child, CodeModel::CodeColumn, classIndex);
                const int code = codeIndex.data(CodeModel::CodeRole).toInt();
                QCOMPARE(code / 100, row + 1);
                QCOMPARE(codeIndex.parent(), classIndex);
                QCOMPARE(model.indexOfCode(code), codeIndex);
                QVERIFY(!model.index(child, CodeModel::ReasonColumn, classIndex).data().toString().isEmpty());
                QVERIFY(!model.index(child, CodeModel::SummaryColumn, classIndex).data().toString().isEmpty());
                QCOMPARE(model.rowCount(codeIndex), 0);
            }
            codes += children;
        }
        QCOMPARE(codes, model.catalog().codeCount());

        const QModelIndex busy = model.indexOfCode(486, CodeModel::ReasonColumn);
        QCOMPARE(busy.data().toString(), u"Busy Here"_s);
        QVERIFY(busy.data(CodeModel::RegisteredRole).toBool());
        QVERIFY(!model.indexOfCode(202).data(CodeModel::RegisteredRole).toBool()); // deprecated
        QVERIFY(!model.indexOfCode(431).isValid());
        QCOMPARE(model.headerData(CodeModel::CodeColumn, Qt::Horizontal).toString(), u"Code"_s);
        QCOMPARE(model.headerData(CodeModel::ReasonColumn, Qt::Horizontal).toString(), u"Name"_s);
    }

    // A language switch tells the views once that every text changed; the retranslation that
    // follows it, with the same translators, tells them nothing more.
    void languageSwitchAnnouncesTheTextsOnce()
    {
        CodeModel model(m_catalog.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLanguage(u"nl"_s);
        QCOMPARE(model.index(3, CodeModel::ReasonColumn).data().toString(), u"Verzoek mislukt"_s);
        const qsizetype announced = changed.size();
        QVERIFY(announced > 0);
        // Every level: the classes, their codes, the other registries and their groups.
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &arguments) {
            return arguments.first().toModelIndex().parent().isValid();
        }));
        model.retranslate();
        QCOMPARE(changed.size(), announced);
        model.setLanguage(u"nl"_s);
        QCOMPARE(changed.size(), announced);
        model.setLanguage(u"en"_s);
        QCOMPARE(changed.size(), 2 * announced);
    }

    // The proxy shows what a SearchResult shows, and stays a consistent model while it changes.
    void typingManyQueriesKeepsProxyConsistent()
    {
        CodeModel model(m_catalog.get());
        CatalogSearch search(*m_catalog);
        CodeFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);

        const QStringList typed{u"486"_s, u"4xx"_s, u"not acceptable"_s, u"busy here"_s,
                                u"proxy authentication"_s, u"SIP/2.0 503"_s, u"xyzzy"_s,
                                u"(*[?^$\\"_s, u"６０３"_s, u"  "_s};
        int searches = 0;
        for (const QString &text : typed) {
            // One keystroke at a time, then backspace all the way, as a user would.
            for (qsizetype length = 1; length <= text.size(); ++length, ++searches)
                proxy.setResult(search.search(text.left(length)));
            proxy.setResult(search.search(text, true));
            for (qsizetype length = text.size() - 1; length >= 0; --length, ++searches)
                proxy.setResult(search.search(text.left(length)));
            QCOMPARE(proxy.rowCount(), 8);
        }
        QVERIFY(searches > 50);
    }

    void classRowCountsShownCodesWhileFiltering()
    {
        CodeModel model(m_catalog.get());
        CatalogSearch search(*m_catalog);
        CodeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setResult(search.search(u"busy"_s));
        QCOMPARE(proxy.rowCount(), 3); // 4xx, 6xx, and the causes (USER_BUSY, BUSY_EVERYWHERE)
        const QModelIndex requestFailure = proxy.index(0, CodeModel::SummaryColumn);
        const int total = int(m_catalog->findClass(4)->codes.size());
        QCOMPARE(requestFailure.data().toString(), u"1 of %1"_s.arg(codeCountText(total)));
        QCOMPARE(proxy.firstMatch().data(CodeModel::CodeRole).toInt(), 486);
        proxy.setResult(search.search(QString()));
        QCOMPARE(proxy.index(3, CodeModel::SummaryColumn).data().toString(), codeCountText(total));
    }

    // The registries after the responses: each grouped by its own classes, every entry found
    // where indexOf() says, and the causes' rows naming what the PBXs call them.
    void otherRegistries()
    {
        CodeModel model(m_catalog.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QModelIndex warnings = model.indexOfRegistry(EntryKind::Warning);
        const QModelIndex causes = model.indexOfRegistry(EntryKind::Cause);
        QCOMPARE(warnings.row(), 6);
        QCOMPARE(causes.row(), 7);
        QCOMPARE(model.nodeAt(warnings).level, CodeModel::Node::Level::Registry);
        QCOMPARE(model.rowCount(warnings), 5);
        QCOMPARE(model.rowCount(causes), 8);
        QCOMPARE(model.index(2, CodeModel::CodeColumn, warnings).data().toString(), u"370–379"_s);
        int entries = 0;
        for (const QModelIndex &registry : {warnings, causes}) {
            for (int row = 0; row < model.rowCount(registry); ++row) {
                const QModelIndex group = model.index(row, 0, registry);
                QCOMPARE(group.parent(), registry);
                for (int child = 0; child < model.rowCount(group); ++child, ++entries) {
                    const QModelIndex entry = model.index(child, 0, group);
                    QCOMPARE(entry.parent(), group);
                    const std::optional<EntryKey> key = model.keyAt(entry);
                    QVERIFY(key);
                    QCOMPARE(key->kind, model.nodeAt(registry).kind);
                    QCOMPARE(model.indexOf(*key), entry);
                    QCOMPARE(entry.data(CodeModel::KindRole).toInt(), int(key->kind));
                }
            }
        }
        QCOMPARE(entries, m_catalog->warnings().entryCount() + m_catalog->causes().entryCount());
        const QModelIndex busy = model.indexOf({EntryKind::Cause, 17}, CodeModel::SummaryColumn);
        QVERIFY(busy.data().toString().contains(u"USER_BUSY"_s));
        QVERIFY(busy.data().toString().contains(u"AST_CAUSE_USER_BUSY"_s));
        // A PBX's own cause is drawn as not registered; a response and a cause of the same number
        // are two rows.
        QVERIFY(!model.indexOf({EntryKind::Cause, 804}).data(CodeModel::RegisteredRole).toBool());
        QVERIFY(model.indexOf({EntryKind::Cause, 487}) != model.indexOfCode(487));
        QCOMPARE(model.indexOf({EntryKind::Cause, 487}).data(CodeModel::CodeRole).toInt(), 487);
    }

    // A pasted Reason header shows its entries, and selecting goes to what it names.
    void proxyShowsWhatALineNames()
    {
        CodeModel model(m_catalog.get());
        CatalogSearch search(*m_catalog);
        CodeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setResult(search.search(u"Reason: Q.850;cause=17;text=\"User busy\""_s));
        QCOMPARE(proxy.rowCount(), 2); // 4xx (486, what 17 becomes) and the causes
        const QModelIndex focus = proxy.mapFromSource(model.indexOf(*proxy.result().focus));
        QVERIFY(focus.isValid());
        QCOMPARE(model.keyAt(proxy.mapToSource(focus))->kind, EntryKind::Cause);
        // The registry row counts what it shows of all its classes.
        const QModelIndex causes = proxy.mapFromSource(model.indexOfRegistry(EntryKind::Cause));
        QCOMPARE(causes.siblingAtColumn(CodeModel::SummaryColumn).data().toString(),
                 u"1 of %1"_s.arg(codeCountText(m_catalog->causes().entryCount())));
        // A copy of the causes' row brings its one shown cause.
        const QList<TicketFormatter::Entry> entries = model.entriesFor(proxy.sourceRowsForCopy({causes}));
        QCOMPARE(entries.size(), 2); // the class, then the cause
        QCOMPARE(entries.last().entry->code, 17);
        QCOMPARE(TicketFormatter::codeAndPhrase({entries.last()}, u"en"_s), u"Q.850 cause 17 User busy"_s);
    }

    // A copy of a class row brings the codes shown under it, not the hidden ones.
    void classRowCopiesItsShownCodes()
    {
        CodeModel model(m_catalog.get());
        CatalogSearch search(*m_catalog);
        CodeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setResult(search.search(u"busy"_s));
        const QList<TicketFormatter::Entry> entries = model.entriesFor(proxy.sourceRowsForCopy({proxy.index(1, 0)}));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).code, nullptr); // the class first
        QCOMPARE(entries.at(1).code->code, 600);
    }
    // The trace model: calls over their messages, consistent through a model tester while traces
    // are shown one after another.
    void traceModelShowsCallsAndMessages()
    {
        TraceModel model([](const TraceCall &call) { return call.method; });
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const QDir corpus(QStringLiteral(TRACE_CORPUS));
        const QStringList logs = corpus.entryList({u"*.log"_s}, QDir::Files, QDir::Name);
        QVERIFY(logs.size() >= 29);
        for (const QString &log : logs) {
            QFile file(corpus.filePath(log));
            QVERIFY(file.open(QIODevice::ReadOnly));
            model.setTrace(TraceParser::parse(file));
            const Trace &trace = model.trace();
            QCOMPARE(model.rowCount(), int(trace.calls.size()));
            int messages = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex call = model.index(row, 0);
                QCOMPARE(call.data(TraceModel::CallRole).toInt(), row);
                messages += model.rowCount(call);
                for (int child = 0; child < model.rowCount(call); ++child) {
                    const QModelIndex message = model.index(child, TraceModel::WhatColumn, call);
                    QCOMPARE(message.parent(), call);
                    const TraceMessage &parsed = trace.messages.at(trace.calls.at(row).messages.at(child));
                    QCOMPARE(message.data(TraceModel::CodeRole).toInt(), parsed.isResponse() ? parsed.code : 0);
                    QVERIFY(!message.data().toString().isEmpty());
                }
            }
            QCOMPARE(messages, int(trace.messages.size())); // every message of the corpus has a call
        }
        model.setTrace(Trace());
        QCOMPARE(model.rowCount(), 0);
    }

    // A message row decodes its Reason and Warning with the catalog's registries.
    void traceMessagesDecodeReasonAndWarning_data()
    {
        QTest::addColumn<QString>("log");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("Reason") << u"raw-busy-crlf.log"_s << u"(Reason: Q.850 cause 17, User busy)"_s;
        QTest::newRow("Warning") << u"journald-488.log"_s
                                 << u"Warning: 370 Insufficient bandwidth, from gw1.example.net"_s;
    }

    void traceMessagesDecodeReasonAndWarning()
    {
        QFETCH(QString, log);
        QFETCH(QString, decoded);
        QFile file(QDir(QStringLiteral(TRACE_CORPUS)).filePath(log));
        QVERIFY(file.open(QIODevice::ReadOnly));
        TraceModel model([](const TraceCall &call) { return call.method; },
                         [this](const TraceMessage &message) {
                             return TraceStory(Trace(), *m_catalog, u"en"_s).reasonsText(message);
                         });
        model.setTrace(TraceParser::parse(file, TraceStory::parserOptions(*m_catalog)));
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex call = model.index(row, 0);
            for (int child = 0; child < model.rowCount(call); ++child)
                rows.append(model.index(child, TraceModel::WhatColumn, call).data().toString());
        }
        QVERIFY(!rows.isEmpty());
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) { return row.contains(decoded); }),
                 qPrintable(rows.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCodeModel)
#include "tst_codemodel.moc"
