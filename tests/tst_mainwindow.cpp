#include "catalogloader.h"
#include "codemodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<MainWindow> makeWindow()
    {
        CatalogLoader::Result result = CatalogLoader::loadFile(u":/catalog.json"_s);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error));
        auto window = std::make_unique<MainWindow>(std::move(*result.catalog));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return window;
    }

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QLineEdit *search() const { return child<QLineEdit>("searchField"); }
    QTreeView *tree() const { return child<QTreeView>("codeTree"); }
    QTextBrowser *details() const { return child<QTextBrowser>("detailPane"); }
    QLabel *matchLine() const { return child<QLabel>("matchCountLabel"); }

    // The codes a user can see in the tree: rows under expanded classes.
    QList<int> visibleCodes() const
    {
        QList<int> codes;
        const QAbstractItemModel *model = tree()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex classIndex = model->index(row, 0);
            if (!tree()->isExpanded(classIndex))
                continue;
            for (int child = 0; child < model->rowCount(classIndex); ++child)
                codes.append(model->index(child, 0, classIndex).data(CodeModel::CodeRole).toInt());
        }
        return codes;
    }

    int totalCodes() const
    {
        const QAbstractItemModel *model = tree()->model();
        int total = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            total += model->rowCount(model->index(row, 0));
        return total;
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_window = makeWindow();
    }

    void cleanup() { m_window.reset(); }

    void startsWithEverythingAndFocusInSearch()
    {
        QCOMPARE(m_window->windowTitle(), u"SIP Codes"_s);
        QVERIFY(search()->hasFocus());
        QCOMPARE(tree()->model()->rowCount(), 6);
        QCOMPARE(visibleCodes().size(), 77);
        QCOMPARE(matchLine()->text(), u"77 codes"_s);
        // Something useful is in the pane from the start.
        QVERIFY(!details()->toPlainText().isEmpty());
    }

    void typingBusyFiltersAndShowsFirstMatch()
    {
        QAbstractItemModelTester tester(tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTest::keyClicks(search(), u"busy"_s);
        QCOMPARE(visibleCodes(), (QList<int>{486, 600}));
        QCOMPARE(m_window->currentCode(), 486);
        const QString pane = details()->toPlainText();
        QVERIFY2(pane.contains(u"486 Busy Here"_s), qPrintable(pane));
        QVERIFY(pane.contains(u"RFC 3261, section 21.4.24"_s));
        QVERIFY(matchLine()->text().startsWith(u"2 of 77 codes"_s));

        QTest::keyClick(search(), Qt::Key_Escape);
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(visibleCodes().size(), 77);
        QCOMPARE(m_window->currentCode(), 486); // the selection survives clearing
        QCOMPARE(matchLine()->text(), u"77 codes"_s);
    }

    void prefixAndClassQueries()
    {
        QTest::keyClicks(search(), u"48"_s);
        QCOMPARE(visibleCodes(), (QList<int>{480, 481, 482, 483, 484, 485, 486, 487, 488, 489}));
        search()->clear();
        QTest::keyClicks(search(), u"6xx"_s);
        QCOMPARE(visibleCodes(), (QList<int>{600, 603, 604, 606, 607, 608}));
        QCOMPARE(m_window->currentCode(), 600);
    }

    void downMovesIntoResults()
    {
        QTest::keyClicks(search(), u"not acceptable"_s);
        QTest::keyClick(search(), Qt::Key_Down);
        QVERIFY(tree()->hasFocus());
        QCOMPARE(m_window->currentCode(), 406);
        QTest::keyClick(tree(), Qt::Key_Down);
        QCOMPARE(m_window->currentCode(), 488);
        QVERIFY(details()->toPlainText().contains(u"488 Not Acceptable Here"_s));
        // Ctrl+F goes back to the search, ready to type over.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search()->hasFocus());
        QCOMPARE(search()->selectedText(), u"not acceptable"_s);
    }

    void emptyResultSaysSo()
    {
        QTest::keyClicks(search(), u"xyzzy"_s);
        const auto *stack = child<QStackedWidget>("resultStack");
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyResultLabel"_s);
        QVERIFY(child<QLabel>("emptyResultLabel")->text().contains(u"No code matches “xyzzy”"_s));
        QVERIFY(matchLine()->text().startsWith(u"0 of 77 codes"_s));
        QTest::keyClick(search(), Qt::Key_Escape);
        QCOMPARE(stack->currentWidget(), tree());
    }

    void descriptionMatchesOnRequest()
    {
        QTest::keyClicks(search(), u"busy"_s);
        QVERIFY(matchLine()->text().contains(u"#more"_s));
        emit matchLine()->linkActivated(u"#more"_s);
        QVERIFY(visibleCodes().size() > 2);
        QVERIFY(visibleCodes().contains(480)); // "Status 486 (Busy Here) MAY be used ..."
        QVERIFY(!matchLine()->text().contains(u"#more"_s));
    }

    void hugePasteDoesNotHurt()
    {
        const QString huge(1024 * 1024, u'x');
        search()->setText(huge);
        search()->insert(huge);
        QVERIFY(search()->text().size() <= search()->maxLength());
        QCOMPARE(visibleCodes().size(), 0);
        QTest::keyClick(search(), Qt::Key_Escape);
        QCOMPARE(visibleCodes().size(), 77);
    }

    void rememberedBetweenRuns()
    {
        QVERIFY(m_window->selectCode(503));
        m_window->resize(900, 640);
        m_window->close();
        m_window = makeWindow();
        QCOMPARE(m_window->currentCode(), 503);
        QCOMPARE(m_window->size(), QSize(900, 640));
        QVERIFY(details()->toPlainText().contains(u"503 Service Unavailable"_s));
    }

    void selectingAClassShowsWhatItMeans()
    {
        tree()->setCurrentIndex(tree()->model()->index(3, 0));
        const QString pane = details()->toPlainText();
        QVERIFY2(pane.contains(u"4xx Request Failure"_s), qPrintable(pane));
        QVERIFY(pane.contains(u"definite failure responses"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
