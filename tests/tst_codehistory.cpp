#include "core/codehistory.h"

#include <QTest>

namespace {

EntryKey response(int code)
{
    return {EntryKind::Response, code};
}

int codeOf(const std::optional<EntryKey> &entry)
{
    return entry ? entry->code : -1;
}

QList<int> codes(const CodeHistory &history)
{
    QList<int> result;
    for (const EntryKey &entry : history.entries())
        result.append(entry.code);
    return result;
}

} // namespace

class TestCodeHistory final : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward()
    {
        CodeHistory history;
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.back(), std::nullopt);
        history.visit(response(486));
        history.visit(response(600));
        history.visit(response(603));
        QCOMPARE(codeOf(history.back()), 600);
        QCOMPARE(codeOf(history.back()), 486);
        QCOMPARE(history.back(), std::nullopt);
        QCOMPARE(codeOf(history.forward()), 600);
        QVERIFY(history.canGoForward());
    }

    void newVisitDropsWhatLayAhead()
    {
        CodeHistory history;
        for (const int code : {100, 180, 183})
            history.visit(response(code));
        QCOMPARE(codeOf(history.back()), 180);
        history.visit(response(404));
        QVERIFY(!history.canGoForward());
        QCOMPARE(codes(history), (QList<int>{100, 180, 404}));
    }

    void sameNumberInAnotherRegistryIsAnotherVisit()
    {
        CodeHistory history;
        history.visit(response(487));
        history.visit({EntryKind::Cause, 487}); // FreeSWITCH's ORIGINATOR_CANCEL
        QCOMPARE(history.entries().size(), 2);
        QCOMPARE(history.back(), std::optional<EntryKey>(response(487)));
    }

    void repeatedVisitIsOne()
    {
        CodeHistory history;
        history.visit(response(486));
        history.visit(response(486));
        QCOMPARE(codes(history), QList<int>{486});
    }

    void aRunOfProvisionalVisitsLeavesItsLast()
    {
        CodeHistory history;
        history.visit(response(180));
        history.visit(response(500), true); // typing "5"
        history.visit(response(503), true); // "503"
        history.visit(response(486));       // the user picks a code
        history.visit(response(400), true); // typing again
        QCOMPARE(codes(history), (QList<int>{180, 503, 486, 400}));
        QCOMPARE(codeOf(history.back()), 486);
        history.visit(response(401), true); // a provisional visit after walking back is a new entry
        QCOMPARE(codes(history), (QList<int>{180, 503, 486, 401}));
    }

    // A search that ended (Enter, Esc, leaving the field) keeps its last match: the next search
    // starts a run of its own instead of replacing it.
    void aSettledSearchIsKept()
    {
        CodeHistory history;
        history.visit(response(100));
        history.visit(response(400), true); // "4"
        history.visit(response(486), true); // "486"
        history.settle();         // Enter, then Esc
        history.visit(response(100), true); // "1"
        history.visit(response(180), true); // "180"
        QCOMPARE(codes(history), (QList<int>{100, 486, 180}));
        QCOMPARE(codeOf(history.current()), 180);
        QCOMPARE(codeOf(history.back()), 486);
        QCOMPARE(codeOf(history.current()), 486);
    }

    void bounded()
    {
        CodeHistory history;
        for (int i = 0; i < CodeHistory::MaximumSize + 20; ++i)
            history.visit(response(100 + i));
        QCOMPARE(codes(history).size(), CodeHistory::MaximumSize);
        QCOMPARE(codes(history).first(), 120);
    }
};

QTEST_GUILESS_MAIN(TestCodeHistory)
#include "tst_codehistory.moc"
