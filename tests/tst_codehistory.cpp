#include "core/codehistory.h"

#include <QTest>

class TestCodeHistory final : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward()
    {
        CodeHistory history;
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.back(), std::nullopt);
        history.visit(486);
        history.visit(600);
        history.visit(603);
        QCOMPARE(history.back(), 600);
        QCOMPARE(history.back(), 486);
        QCOMPARE(history.back(), std::nullopt);
        QCOMPARE(history.forward(), 600);
        QVERIFY(history.canGoForward());
    }

    void newVisitDropsWhatLayAhead()
    {
        CodeHistory history;
        for (const int code : {100, 180, 183})
            history.visit(code);
        QCOMPARE(history.back(), 180);
        history.visit(404);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.codes(), (QList<int>{100, 180, 404}));
    }

    void repeatedVisitIsOne()
    {
        CodeHistory history;
        history.visit(486);
        history.visit(486);
        QCOMPARE(history.codes(), QList<int>{486});
    }

    void aRunOfProvisionalVisitsLeavesItsLast()
    {
        CodeHistory history;
        history.visit(180);
        history.visit(500, true); // typing "5"
        history.visit(503, true); // "503"
        history.visit(486);       // the user picks a code
        history.visit(400, true); // typing again
        QCOMPARE(history.codes(), (QList<int>{180, 503, 486, 400}));
        QCOMPARE(history.back(), 486);
        history.visit(401, true); // a provisional visit after walking back is a new entry
        QCOMPARE(history.codes(), (QList<int>{180, 503, 486, 401}));
    }

    // A search that ended (Enter, Esc, leaving the field) keeps its last match: the next search
    // starts a run of its own instead of replacing it.
    void aSettledSearchIsKept()
    {
        CodeHistory history;
        history.visit(100);
        history.visit(400, true); // "4"
        history.visit(486, true); // "486"
        history.settle();         // Enter, then Esc
        history.visit(100, true); // "1"
        history.visit(180, true); // "180"
        QCOMPARE(history.codes(), (QList<int>{100, 486, 180}));
        QCOMPARE(history.current(), 180);
        QCOMPARE(history.back(), 486);
        QCOMPARE(history.current(), 486);
    }

    void bounded()
    {
        CodeHistory history;
        for (int i = 0; i < CodeHistory::MaximumSize + 20; ++i)
            history.visit(100 + i);
        QCOMPARE(history.codes().size(), CodeHistory::MaximumSize);
        QCOMPARE(history.codes().first(), 120);
    }
};

QTEST_GUILESS_MAIN(TestCodeHistory)
#include "tst_codehistory.moc"
