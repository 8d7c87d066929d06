#include "testsupport.h"
#include "codefilterproxy.h"
#include "codemodel.h"
#include "localization.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCodeModel final : public QObject
{
    Q_OBJECT

private:
    Localization m_localization; // English plural forms ("1 code", "6 codes") come from it

private slots:
    void initTestCase() { QVERIFY(m_localization.setLanguage(u"en"_s)); }

    void classesAndCodes()
    {
        CodeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setCatalog(embeddedCatalog());

        QCOMPARE(model.rowCount(), 6);
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
            QVERIFY(classIndex.data(CodeModel::IsClassRole).toBool());
            const int children = model.rowCount(classIndex);
            QVERIFY(children > 0);
            // The class row says how many codes it holds.
            QCOMPARE(model.index(row, CodeModel::SummaryColumn).data().toString(),
                     u"%1 code%2"_s.arg(children).arg(children == 1 ? u""_s : u"s"_s));
            for (int child = 0; child < children; ++child) {
                const QModelIndex codeIndex = model.index(child, CodeModel::CodeColumn, classIndex);
                const int code = codeIndex.data(CodeModel::CodeRole).toInt();
                QCOMPARE(code / 100, row + 1);
                QCOMPARE(codeIndex.data(CodeModel::ClassDigitRole).toInt(), row + 1);
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
        QVERIFY(busy.data(CodeModel::NameSearchRole).toString().contains(u"busy here"_s));
        QVERIFY(!model.indexOfCode(431).isValid());
        QCOMPARE(model.headerData(CodeModel::CodeColumn, Qt::Horizontal).toString(), u"Code"_s);
        QCOMPARE(model.headerData(CodeModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason phrase"_s);
    }

    void reloadingKeepsModelConsistent()
    {
        CodeModel model;
        CodeFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setQueryText(u"busy"_s);
        model.setCatalog(embeddedCatalog());
        QCOMPARE(proxy.matchCount(), 2);
        model.setCatalog(Catalog());
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.matchCount(), 0);
        model.setCatalog(embeddedCatalog());
        QCOMPARE(proxy.matchCount(), 2);
    }

    void typingManyQueriesKeepsProxyConsistent()
    {
        CodeModel model;
        model.setCatalog(embeddedCatalog());
        CodeFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);

        const QStringList typed{u"486"_s, u"4xx"_s, u"not acceptable"_s, u"busy here"_s,
                                u"proxy authentication"_s, u"SIP/2.0 503"_s, u"xyzzy"_s,
                                u"(*[?^$\\"_s, u"６０３"_s, u"  "_s};
        for (const QString &text : typed) {
            // One keystroke at a time, then backspace all the way, as a user would.
            for (qsizetype length = 1; length <= text.size(); ++length)
                proxy.setQueryText(text.left(length));
            proxy.setIncludeDescriptionMatches(true);
            proxy.setIncludeDescriptionMatches(false);
            for (qsizetype length = text.size() - 1; length >= 0; --length)
                proxy.setQueryText(text.left(length));
            QCOMPARE(proxy.matchCount(), model.catalog().codeCount());
            QCOMPARE(proxy.rowCount(), 6);
        }
    }

    void classRowCountsVisibleCodesWhileFiltering()
    {
        CodeModel model;
        model.setCatalog(embeddedCatalog());
        CodeFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQueryText(u"busy"_s);
        QCOMPARE(proxy.rowCount(), 2); // 4xx and 6xx
        const QModelIndex requestFailure = proxy.index(0, CodeModel::SummaryColumn);
        const int total = int(model.catalog().findClass(4)->codes.size());
        QCOMPARE(requestFailure.data().toString(), u"1 of %1 codes"_s.arg(total));
        QCOMPARE(proxy.firstMatch().data(CodeModel::CodeRole).toInt(), 486);
        proxy.setQueryText(QString());
        QCOMPARE(proxy.index(3, CodeModel::SummaryColumn).data().toString(), u"%1 codes"_s.arg(total));
    }

    void nameMatchesComeBeforeDescriptionMatches()
    {
        CodeModel model;
        model.setCatalog(embeddedCatalog());
        CodeFilterProxy proxy;
        proxy.setSourceModel(&model);
        // "busy" is in the names of 486 and 600, and only in the descriptions of others.
        proxy.setQueryText(u"busy"_s);
        QCOMPARE(proxy.matchCount(), 2);
        const int hidden = proxy.hiddenDescriptionMatchCount();
        QVERIFY(hidden > 0);
        proxy.setIncludeDescriptionMatches(true);
        QCOMPARE(proxy.matchCount(), 2 + hidden);
        QCOMPARE(proxy.hiddenDescriptionMatchCount(), 0);
    }
};

QTEST_MAIN(TestCodeModel)
#include "tst_codemodel.moc"
