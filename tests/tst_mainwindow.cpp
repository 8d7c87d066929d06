#include "models/codemodel.h"
#include "models/tracemodel.h"
#include "ui/traceview.h"
#include "ui/windowicon.h"
#include "ui/windowstyle.h"
#include "windowsupport.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>
#include <QGuiApplication>
#include <QMimeData>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

// Stands in for the system browser: records what the app asks it to open.
class UrlRecorder final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QString m_lastBoxTitle; // of the last box modalBoxText() read

    template <typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QLineEdit *search() const { return child<QLineEdit>("searchField"); }

    // Keys go to the window, as the platform sends them: shortcuts, shortcut overrides, focus and
    // modifier state then take the path they take for a user. (QTest::keyClick on a widget
    // skips that path, and passed while real keys failed.)
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        QTest::keyClick(m_window->windowHandle(), key, modifiers);
    }
    void type(const QString &text) const
    {
        for (const QChar c : text) {
            QVERIFY2(c.unicode() < 0x80, "type() sends ASCII keys; paste other text");
            QTest::keyClick(m_window->windowHandle(), char(c.unicode()));
        }
    }
    QTreeView *tree() const { return child<QTreeView>("codeTree"); }
    QTextBrowser *details() const { return child<QTextBrowser>("detailPane"); }
    QLabel *matchLine() const { return child<QLabel>("matchCountLabel"); }

    // The pane follows a search once the event loop is idle, as it is between keystrokes.
    QString paneText() const
    {
        QCoreApplication::processEvents();
        return details()->toPlainText();
    }
    QString paneHtml() const
    {
        QCoreApplication::processEvents();
        return details()->toHtml();
    }

    // Opens a message box with `open`, and returns its text once it is up; with
    // SIPCODES_SCREENSHOTS=DIR set, saves a picture of it there as NAME.png.
    template <typename Open>
    QString modalBoxText(const QString &name, Open open)
    {
        QString text;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            m_lastBoxTitle = box->windowTitle();
            if (qEnvironmentVariableIsSet("SIPCODES_SCREENSHOTS"))
                box->grab().save(qEnvironmentVariable("SIPCODES_SCREENSHOTS") + u'/' + name + u".png"_s);
            box->close();
        });
        open();
        return text;
    }

    // The response codes a user can see in the tree: rows under expanded rows.
    QList<int> visibleCodes() const { return visibleEntries(EntryKind::Response); }

    // The entries of `kind` a user can see in the tree.
    QList<int> visibleEntries(EntryKind kind, const QModelIndex &parent = {}) const
    {
        QList<int> codes;
        const QAbstractItemModel *model = tree()->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (model->hasChildren(index)) {
                if (tree()->isExpanded(index))
                    codes += visibleEntries(kind, index);
            } else if (index.data(CodeModel::KindRole).toInt() == int(kind)) {
                codes.append(index.data(CodeModel::CodeRole).toInt());
            }
        }
        return codes;
    }

    // Everything the catalog holds: responses, warn-codes and causes.
    static constexpr int TotalEntries = 199;

private slots:
    // As the app does: without an organisation name QSettings refuses to write at all, and
    // every save would fail unseen.
    void initTestCase() { QCoreApplication::setOrganizationName(u"sipcodes"_s); }

    void init()
    {
        // Every save must work here: a failing one once went unseen in every window test.
        QTest::failOnWarning(QRegularExpression(u"Settings cannot be saved"_s));
        QSettings().clear();
        QGuiApplication::clipboard()->clear();
        m_window = showMainWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void startsWithEverythingAndFocusInSearch()
    {
        QCOMPARE(m_window->windowTitle(), u"SIP Codes"_s);
        QVERIFY(search()->hasFocus());
        QCOMPARE(tree()->model()->rowCount(), 8); // 1xx to 6xx, then the warn-codes and the causes
        QCOMPARE(visibleCodes().size(), 77);
        QCOMPARE(matchLine()->text(), u"%1 codes"_s.arg(TotalEntries));
        // Something useful is in the pane from the start.
        QVERIFY(!paneText().isEmpty());
    }

    void typingBusyFiltersAndShowsFirstMatch()
    {
        QAbstractItemModelTester tester(tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        type(u"busy"_s);
        QCOMPARE(visibleCodes(), (QList<int>{486, 600}));
        QCOMPARE(m_window->currentCode(), 486);
        const QString pane = paneText();
        QVERIFY2(pane.contains(u"486 Busy Here"_s), qPrintable(pane));
        QVERIFY(pane.contains(u"RFC 3261, section 21.4.24"_s));
        QVERIFY(matchLine()->text().startsWith(u"4 of %1 codes"_s.arg(TotalEntries)));

        press(Qt::Key_Escape);
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(visibleCodes().size(), 77);
        QCOMPARE(m_window->currentCode(), 486); // the selection survives clearing
        QCOMPARE(matchLine()->text(), u"%1 codes"_s.arg(TotalEntries));
    }

    void prefixAndClassQueries()
    {
        type(u"48"_s);
        QCOMPARE(visibleCodes(), (QList<int>{480, 481, 482, 483, 484, 485, 486, 487, 488, 489}));
        QCOMPARE(m_window->currentCode(), 480);
        search()->clear();
        type(u"6xx"_s);
        QCOMPARE(visibleCodes(), (QList<int>{600, 603, 604, 606, 607, 608}));
        // A class asked for by name is what the pane shows, not its first code.
        QCOMPARE(m_window->currentCode(), 0);
        QVERIFY2(paneText().startsWith(u"6xx Global Failure"_s), qPrintable(paneText()));
        press(Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"SIP 6xx Global Failure: "_s));
    }

    void downMovesIntoResults()
    {
        type(u"not acceptable"_s);
        press(Qt::Key_Down);
        QVERIFY(tree()->hasFocus());
        QCOMPARE(m_window->currentCode(), 406);
        press(Qt::Key_Down);
        QCOMPARE(m_window->currentCode(), 488);
        QVERIFY(paneText().contains(u"488 Not Acceptable Here"_s));
        // Ctrl+F goes back to the search, ready to type over.
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search()->hasFocus());
        QCOMPARE(search()->selectedText(), u"not acceptable"_s);
    }

    void emptyResultSaysSo()
    {
        type(u"xyzzy"_s);
        const auto *stack = child<QStackedWidget>("resultStack");
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyResultLabel"_s);
        QVERIFY(child<QLabel>("emptyResultLabel")->text().contains(u"Nothing matches “xyzzy”"_s));
        QVERIFY(matchLine()->text().startsWith(u"0 of %1 codes"_s.arg(TotalEntries)));
        press(Qt::Key_Escape);
        QCOMPARE(stack->currentWidget(), tree());
    }

    void descriptionMatchesOnRequest()
    {
        type(u"busy"_s);
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
        press(Qt::Key_Escape);
        QCOMPARE(visibleCodes().size(), 77);
    }

    // The search selects its first match whatever keys are held: pasting with Ctrl+V, deleting
    // with Ctrl+Backspace or Ctrl+X once toggled the row off, and every copy then found nothing.
    void firstMatchStaysSelectedWhateverKeysAreHeld()
    {
        QGuiApplication::clipboard()->setText(u"486"_s);
        press(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(search()->text(), u"486"_s);
        QCOMPARE(tree()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_window->currentCode(), 486);
        press(Qt::Key_Backspace, Qt::ControlModifier);
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(tree()->selectionModel()->selectedRows().size(), 1);
        type(u"busy"_s);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_X, Qt::ControlModifier);
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(), u"busy"_s);
        QCOMPARE(tree()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_window->currentCode(), 486);
    }

    // Type, then copy in each format, from the search field and from the tree.
    void copyAfterTypingInEveryFormat()
    {
        press(Qt::Key_F, Qt::ControlModifier);
        type(u"busy"_s);
        press(Qt::Key_C, Qt::ControlModifier);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY2(data->text().startsWith(u"SIP 486 Busy Here: "_s), qPrintable(data->text()));
        QVERIFY(data->html().contains(u"<b>SIP 486 Busy Here</b>"_s));
        press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(u"- **SIP 486 Busy Here**: "_s),
                 qPrintable(QGuiApplication::clipboard()->text()));
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Copied as Markdown: 486 Busy Here"_s);
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"The callee's end system was contacted"_s));
        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), tree());
        press(Qt::Key_C, Qt::ControlModifier);
        data = QGuiApplication::clipboard()->mimeData();
        QVERIFY2(data->text().startsWith(u"SIP 486 Busy Here: "_s), qPrintable(data->text()));
        QVERIFY(data->hasHtml());
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(m_window->currentCode(), 600);
        press(Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"600 Busy Everywhere"_s);
    }

    // The window's keys win over the line edit's Emacs keys while the search field has focus.
    void windowKeysWorkInTheSearchField()
    {
        QVERIFY(search()->hasFocus());
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!tree()->isExpanded(tree()->model()->index(3, 0)));
        press(Qt::Key_E, Qt::ControlModifier);
        for (int row = 0; row < tree()->model()->rowCount(); ++row)
            QVERIFY(tree()->isExpanded(tree()->model()->index(row, 0)));
        type(u"busy"_s);
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(search()->selectedText(), u"busy"_s);
    }

    // Words marked in the pane are what Ctrl+C copies, not the ticket line.
    void ctrlCInThePaneCopiesTheMarkedText()
    {
        type(u"486"_s);
        details()->setFocus(Qt::TabFocusReason);
        QTextCursor cursor = details()->document()->find(u"Busy Here"_s);
        QVERIFY(!cursor.isNull());
        details()->setTextCursor(cursor);
        press(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Busy Here"_s);
        // Without a mark, the ticket line again.
        cursor.clearSelection();
        details()->setTextCursor(cursor);
        press(Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"SIP 486 Busy Here: "_s));
    }

    // An unregistered code is copied as itself, with what it is handled as.
    void unknownCodeIsCopiedAsItself()
    {
        type(u"431"_s);
        press(Qt::Key_C, Qt::ControlModifier);
        const QString ticket = QGuiApplication::clipboard()->text();
        QVERIFY2(ticket.startsWith(u"SIP 431 not registered, handled as 400 Bad Request: "_s), qPrintable(ticket));
        QVERIFY(ticket.endsWith(u"(RFC 3261, 8.1.3.2)"_s));
        press(Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"431 not registered, handled as 400 Bad Request"_s);
        // Once the user picks 400 itself, 400 is what is copied.
        press(Qt::Key_Down); // into the results: 400 is still the search's
        press(Qt::Key_Up);   // the 4xx class row
        press(Qt::Key_Down);
        QCOMPARE(m_window->currentCode(), 400);
        press(Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"SIP 400 Bad Request: "_s));
    }

    void historyKeepsCodesReachedBySearch()
    {
        type(u"486"_s);
        press(Qt::Key_Return);
        press(Qt::Key_Escape);
        type(u"180"_s);
        QCOMPARE(m_window->currentCode(), 180);
        press(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), 486);
        // Without Enter: clearing the search ends it too.
        press(Qt::Key_F, Qt::ControlModifier);
        type(u"503"_s);
        press(Qt::Key_Escape);
        type(u"603"_s);
        press(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), 503);
    }

    // The field's own clear button: there only while there is text; a click clears the search as
    // Esc does, and the keyboard stays in the field.
    void clearButtonClearsTheSearch()
    {
        auto *clear = child<QAction>("clearSearchAction");
        QToolButton *button = nullptr;
        for (QToolButton *candidate : search()->findChildren<QToolButton *>())
            if (candidate->defaultAction() == clear)
                button = candidate;
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        type(u"486"_s);
        QVERIFY(button->isVisible());
        QVERIFY(!clear->icon().isNull());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(search()->text().isEmpty());
        QVERIFY(!button->isVisible());
        QCOMPARE(visibleCodes().size(), 77);
        QCOMPARE(m_window->currentCode(), 486); // the selection survives clearing
        QVERIFY(search()->hasFocus());
    }

    // The application's icon comes from the event loop, once the window is on screen, in the
    // three sizes title and task bars draw.
    void windowIconAfterTheFirstFrame()
    {
        QApplication::setWindowIcon(QIcon());
        WindowIcon::setAfterFirstFrame(m_window.get());
        QVERIFY(QApplication::windowIcon().isNull());
        QTRY_VERIFY(!QApplication::windowIcon().isNull());
        QCOMPARE(QApplication::windowIcon().availableSizes(), (QList<QSize>{{16, 16}, {32, 32}, {48, 48}}));
        QVERIFY(!m_window->windowIcon().isNull());
    }

    // Larger text widens the code column: codes never turn into "4…".
    void codesStayReadableAtEveryTextSize()
    {
        QHeaderView *header = tree()->header();
        for (const int step : {0, 1, 2, 6, 12}) {
            m_window->setTextSizeStep(step);
            const int needed = tree()->indentation() + QFontMetrics(tree()->font()).horizontalAdvance(u"0000"_s);
            QVERIFY2(header->sectionSize(CodeModel::CodeColumn) >= needed,
                     qPrintable(u"step %1: %2 < %3"_s.arg(step).arg(header->sectionSize(0)).arg(needed)));
        }
        press(Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(m_window->textSizeStep(), 0);
    }

    // Nothing to copy: the copy actions say so by being disabled; clearing brings the code back.
    void zeroResultsDisableCopying()
    {
        type(u"503"_s);
        QGuiApplication::clipboard()->setText(u"xyzzy"_s);
        press(Qt::Key_A, Qt::ControlModifier);
        press(Qt::Key_V, Qt::ControlModifier); // pasted over: 503 was the last code shown
        QCOMPARE(visibleCodes().size(), 0);
        for (const char *name : {"copyAction", "copyMarkdownAction", "copyPhraseAction", "copyDescriptionAction"})
            QVERIFY2(!child<QAction>(name)->isEnabled(), name);
        QVERIFY(!child<QToolButton>("copyDetailsButton")->isEnabled());
        press(Qt::Key_Escape);
        QCOMPARE(m_window->currentCode(), 503);
        QVERIFY2(paneText().startsWith(u"503 Service Unavailable"_s), qPrintable(paneText()));
        QVERIFY(child<QAction>("copyAction")->isEnabled());
    }

    // In Chinese and Dutch, the short copy keeps the English phrase that traces show.
    void codeAndPhraseKeepsTheEnglishPhrase()
    {
        QVERIFY(m_window->setLanguage(u"zh_CN"_s));
        type(u"486"_s);
        const QString phrase = tree()->model()->index(0, CodeModel::ReasonColumn, tree()->currentIndex().parent())
                                   .siblingAtRow(tree()->currentIndex().row()).data().toString();
        QVERIFY(phrase != u"Busy Here"_s);
        press(Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"486 "_s + phrase) && copied.contains(u"Busy Here"_s), qPrintable(copied));
    }

    // Dialog titles and the shortcut table name actions without their menu mnemonics.
    void helpTextsWithoutMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "zh_CN", "zh_TW", "nl"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void helpTextsWithoutMnemonics()
    {
        QFETCH(QString, language);
        QVERIFY(m_window->setLanguage(language));
        const QString shortcuts = modalBoxText(u"shortcuts-"_s + language, [&] { press(Qt::Key_F1); });
        const QString title = m_lastBoxTitle;
        static const QRegularExpression mnemonic(u"&|\\([A-Z]\\)"_s);
        QVERIFY2(!title.isEmpty() && !mnemonic.match(title).hasMatch(), qPrintable(title));
        QVERIFY2(!QTextDocumentFragment::fromHtml(shortcuts).toPlainText().contains(mnemonic), qPrintable(shortcuts));
        const QString about = modalBoxText(u"about-"_s + language, [&] { child<QAction>("aboutAction")->trigger(); });
        QVERIFY2(!about.contains(u"afbeelding"_s), qPrintable(about)); // Dutch for "picture", not "mapping"
    }

    // The "show N more" link is reached with Tab and followed with Enter.
    void moreMatchesLinkByKeyboard()
    {
        type(u"busy"_s);
        QCOMPARE(visibleCodes(), (QList<int>{486, 600}));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), matchLine());
        press(Qt::Key_Return);
        QVERIFY(visibleCodes().contains(480));
        QCOMPARE(QApplication::focusWidget(), tree());
        // Without a link, Tab goes straight from the field to the results.
        press(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), search());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tree());
    }

    // The pane shows when it has the keyboard, and where a link leads before it is clicked.
    void paneShowsFocusAndLinkTargets()
    {
        type(u"486"_s);
        auto *area = child<QWidget>("detailArea");
        const QColor highlight = area->palette().color(QPalette::Highlight);
        const QPoint corner = details()->geometry().topLeft() - QPoint(1, 1);
        QVERIFY(area->grab().toImage().pixelColor(corner) != highlight);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), details());
        QCOMPARE(area->grab().toImage().pixelColor(corner), highlight);

        emit details()->highlighted(QUrl(u"response:600"_s));
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Show 600 Busy Everywhere"_s);
        const QUrl rfc(u"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"_s);
        emit details()->highlighted(rfc);
        QCOMPARE(m_window->statusBar()->currentMessage(), rfc.toString());
        emit details()->highlighted(QUrl());
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }

    // A link no program can open says so.
    void unopenableLinkSaysSo()
    {
        if (QGuiApplication::platformName() != u"offscreen")
            QSKIP("only the offscreen platform is sure to have no web browser");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"openUrl"_s));
        emit details()->anchorClicked(QUrl(u"https://www.rfc-editor.org/rfc/rfc3261"_s));
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"No web browser could be opened for "_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    // A trace pasted into the search field opens in the Trace view, calls and all; Ctrl+C there
    // copies the current call's story, and a response chosen there shows its sheet.
    void pastedTraceOpensTheTraceView()
    {
        QFile log(QStringLiteral(TRACE_CORPUS) + u"/sngrep-interleaved.log"_s);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QGuiApplication::clipboard()->setText(QString::fromUtf8(log.readAll()));
        press(Qt::Key_V, Qt::ControlModifier);
        auto *view = m_window->findChild<TraceView *>(u"traceView"_s);
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QVERIFY(search()->text().isEmpty()); // not cut down into a query
        QCOMPARE(view->model()->rowCount(), 3); // its three calls
        QCOMPARE(QApplication::focusWidget(), view->tree());
        press(Qt::Key_C, Qt::ControlModifier);
        const QString story = QGuiApplication::clipboard()->text();
        QVERIFY2(story.startsWith(u"Call "_s) && story.contains(u"INVITE → "_s), qPrintable(story));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasHtml());
        // Down into the first call's messages until a response: the pane shows its code.
        for (int step = 0; step < 4 && view->tree()->currentIndex().data(TraceModel::CodeRole).toInt() == 0; ++step)
            press(Qt::Key_Down);
        const int code = view->tree()->currentIndex().data(TraceModel::CodeRole).toInt();
        QVERIFY(code != 0);
        QVERIFY2(paneText().startsWith(QString::number(code)), qPrintable(paneText()));
        // One line of a trace is still a search.
        search()->setFocus();
        QGuiApplication::clipboard()->setText(u"SIP/2.0 486 Busy Here"_s);
        press(Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(search()->text(), u"SIP/2.0 486 Busy Here"_s);
    }

    // A file opens off the UI thread and shows when read; the view follows the language.
    void openedTraceFileLoadsAndFollowsTheLanguage()
    {
        m_window->openTrace(QStringLiteral(TRACE_CORPUS) + u"/mixed-formats.log"_s);
        auto *view = m_window->findChild<TraceView *>(u"traceView"_s);
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QVERIFY(m_window->setLanguage(u"zh_CN"_s));
        QCOMPARE(view->windowTitle(), QCoreApplication::translate("TraceView", "Trace"));
        QVERIFY(view->windowTitle() != u"Trace"_s);
        m_window->openTrace(u"/nonexistent/trace.log"_s);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"/nonexistent/trace.log"_s));
    }

    void rememberedBetweenRuns()
    {
        QVERIFY(m_window->selectCode(503));
        m_window->resize(900, 640);
        m_window->close();
        m_window = showMainWindow();
        QCOMPARE(m_window->currentCode(), 503);
        QCOMPARE(m_window->size(), QSize(900, 640));
        QVERIFY(paneText().contains(u"503 Service Unavailable"_s));
    }

    void ctrlCRightAfterTypingCopiesTheTicketLine()
    {
        type(u"486"_s);
        press(Qt::Key_C, Qt::ControlModifier);
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QVERIFY2(data->text().startsWith(u"SIP 486 Busy Here: "_s), qPrintable(data->text()));
        QVERIFY(data->text().endsWith(u"(RFC 3261, 21.4.24)"_s));
        QVERIFY(data->hasHtml());
        QVERIFY(data->html().contains(u"<b>SIP 486 Busy Here</b>"_s));
        QVERIFY(data->html().contains(u"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"_s));
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Copied as ticket line: 486 Busy Here"_s);
    }

    void ctrlCInSearchFieldWithSelectionCopiesTheText()
    {
        type(u"busy"_s);
        search()->selectAll();
        press(Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"busy"_s);
    }

    void severalCodesCopyInCodeOrder()
    {
        type(u"busy"_s);
        QItemSelectionModel *selection = tree()->selectionModel();
        const QModelIndex busyEverywhere = tree()->model()->index(0, 0, tree()->model()->index(1, 0));
        selection->select(busyEverywhere, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        press(Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"SIP 486 Busy Here: "_s));
        QVERIFY(lines[1].startsWith(u"SIP 600 Busy Everywhere: "_s));
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Copied as ticket line: 2 lines"_s);
    }

    void classRowCopiesItsVisibleCodes()
    {
        type(u"busy"_s);
        const QModelIndex globalFailure = tree()->model()->index(1, 0);
        tree()->selectionModel()->select(globalFailure, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_window->copySelection(TicketFormatter::Format::CodeAndPhrase);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"6xx Global Failure\n600 Busy Everywhere"_s);
    }

    void otherFormatsByShortcut()
    {
        type(u"486"_s);
        press(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(u"- **SIP 486 Busy Here**: "_s),
                 qPrintable(QGuiApplication::clipboard()->text()));
        press(Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"486 Busy Here"_s);
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"The callee's end system was contacted"_s));
    }

    void dragCarriesTheTicketLine()
    {
        type(u"486"_s);
        const QModelIndexList rows = tree()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QVERIFY(tree()->model()->flags(rows.first()) & Qt::ItemIsDragEnabled);
        QVERIFY(tree()->model()->mimeTypes().contains(u"text/plain"_s));
        const std::unique_ptr<QMimeData> data(tree()->model()->mimeData(rows));
        QVERIFY(data);
        QVERIFY(data->text().startsWith(u"SIP 486 Busy Here: "_s));
        QVERIFY(data->html().contains(u"<b>SIP 486 Busy Here</b>"_s));
    }

    void copyButtonBesideTheHeading()
    {
        type(u"503"_s);
        auto *button = child<QToolButton>("copyDetailsButton");
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"SIP 503 Service Unavailable: "_s));
    }

    void languageSwitchChangesTheWholeWindowAtOnce_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("menuTitle");
        QTest::addColumn<QString>("codeHeader");
        QTest::addColumn<QString>("classLabel");
        QTest::addColumn<QString>("matchLine");
        // A label is followed by the language's own colon: full width in Chinese.
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"语言(&L)"_s << u"状态码"_s << u"类别：6xx"_s << u"4 / 199 个状态码"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"語言(&L)"_s << u"代碼"_s << u"類別：6xx"_s << u"4 / 199 個狀態碼"_s;
        QTest::newRow("nl") << u"nl"_s << u"&Taal"_s << u"Code"_s << u"Klasse: 6xx"_s << u"4 van 199 codes"_s;
        QTest::newRow("en") << u"en"_s << u"&Language"_s << u"Code"_s << u"Class: 6xx"_s << u"4 of 199 codes"_s;
    }

    void languageSwitchChangesTheWholeWindowAtOnce()
    {
        QFETCH(QString, language);
        QFETCH(QString, menuTitle);
        QFETCH(QString, codeHeader);
        QFETCH(QString, classLabel);
        QFETCH(QString, matchLine);
        QVERIFY(m_window->setLanguage(language == u"en" ? u"nl"_s : u"en"_s));
        type(u"busy"_s);
        QVERIFY(m_window->selectCode(600));

        auto *action = m_window->findChild<QAction *>(u"language_"_s + language);
        QVERIFY(action);
        action->trigger();

        QCOMPARE(m_window->language(), language);
        QVERIFY(action->isChecked());
        QCOMPARE(m_window->findChild<QMenu *>(u"languageMenu"_s)->title(), menuTitle);
        QCOMPARE(tree()->model()->headerData(0, Qt::Horizontal).toString(), codeHeader);
        QVERIFY2(paneText().contains(classLabel), qPrintable(paneText()));
        QVERIFY2(this->matchLine()->text().startsWith(matchLine), qPrintable(this->matchLine()->text()));
        // The language is data too: the pane names the code in it, with the wire phrase beside.
        const QString reason = tree()->model()->index(0, 1, tree()->model()->index(1, 0)).data().toString();
        if (language != u"en") {
            QVERIFY(reason != u"Busy Everywhere"_s);
            QVERIFY2(paneText().contains(u"600 %1 (Busy Everywhere)"_s.arg(reason)),
                     qPrintable(paneText()));
        }
        // What the user was doing stays as it was.
        QCOMPARE(search()->text(), u"busy"_s);
        QCOMPARE(m_window->currentCode(), 600);
        QCOMPARE(visibleCodes(), (QList<int>{486, 600}));
    }

    // The faces that draw `text` in `font`, in order of the text.
    static QStringList facesDrawing(const QString &text, const QFont &font)
    {
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QStringList faces;
        for (const QGlyphRun &run : layout.glyphRuns())
            faces.append(run.rawFont().familyName());
        return faces;
    }

    // The menu bar's overflow button has its chevrons drawn, not read with every image plugin
    // loaded to probe the file; other icons are the platform style's own.
    void overflowButtonIconIsDrawn()
    {
        WindowStyle style(QStyleFactory::create(u"Fusion"_s));
        for (const QStyle::StandardPixmap pixmap :
             {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
            const QImage image = style.standardIcon(pixmap).pixmap(16, 16).toImage();
            QCOMPARE(image.size(), QSize(16, 16));
            int inked = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    inked += qAlpha(image.pixel(x, y)) > 128;
            }
            QVERIFY2(inked > 10, qPrintable(QString::number(inked)));
            // Right for the menu bar, down for a column: the ink lies on the far side's half.
            const bool horizontal = pixmap == QStyle::SP_ToolBarHorizontalExtensionButton;
            QVERIFY(qAlpha(image.pixel(horizontal ? 11 : 8, horizontal ? 8 : 11)) > 128);
        }
        QVERIFY(!style.standardIcon(QStyle::SP_DialogOkButton).isNull());
    }

    void chineseIsDrawnInTheGlyphsOfItsScript_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("face");
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"请求失败"_s << u"Noto Sans CJK SC"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"請求失敗"_s << u"Noto Sans CJK TC"_s;
    }

    void chineseIsDrawnInTheGlyphsOfItsScript()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, face);
        if (!QFontDatabase::hasFamily(face))
            QSKIP("fonts-noto-cjk is not installed");
        // Left to fontconfig, Han characters went to the Japanese face, in Japanese glyph forms.
        const QString latin = QFontInfo(tree()->font()).family();
        QCOMPARE(facesDrawing(u"Busy Here"_s, tree()->font()), QStringList{latin});
        QVERIFY(m_window->setLanguage(language));
        for (const QWidget *widget : {static_cast<const QWidget *>(tree()), static_cast<const QWidget *>(details()),
                                      static_cast<const QWidget *>(matchLine())}) {
            QCOMPARE(facesDrawing(text, widget->font()), QStringList{face});
        }
        // The language menu names each language in its own glyphs, whatever the window's language;
        // English stays in the system's face.
        QVERIFY(m_window->setLanguage(u"en"_s));
        auto *menu = m_window->findChild<QMenu *>(u"languageMenu"_s);
        menu->popup(m_window->geometry().center());
        menu->close();
        const QAction *traditional = m_window->findChild<QAction *>(u"language_zh_TW"_s);
        QCOMPARE(facesDrawing(traditional->text(), traditional->font()), QStringList{u"Noto Sans CJK TC"_s});
        QCOMPARE(facesDrawing(u"Busy Here"_s, tree()->font()), QStringList{latin});
    }

    void languageSwitchInEveryOrderKeepsModelSelectionAndScroll()
    {
        QAbstractItemModelTester tester(tree()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(m_window->selectCode(603));
        tree()->collapse(tree()->model()->index(0, 0)); // 1xx folded away by the user
        const int scroll = tree()->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        QStringList languages{u"en"_s, u"nl"_s, u"zh_CN"_s, u"zh_TW"_s};
        std::sort(languages.begin(), languages.end());
        do {
            for (const QString &language : std::as_const(languages)) {
                QVERIFY(m_window->setLanguage(language));
                QCOMPARE(m_window->currentCode(), 603);
                QCOMPARE(tree()->verticalScrollBar()->value(), scroll);
                QVERIFY(!tree()->isExpanded(tree()->model()->index(0, 0)));
                QVERIFY(tree()->isExpanded(tree()->model()->index(5, 0)));
            }
        } while (std::next_permutation(languages.begin(), languages.end()));
    }

    void languageIsRememberedButOverrideIsNot()
    {
        QVERIFY(m_window->setLanguage(u"nl"_s));
        m_window->close();
        m_window = showMainWindow();
        QCOMPARE(m_window->language(), u"nl"_s);
        {
            MainWindow overridden(embeddedCatalog(), u"zh_TW"_s);
            QCOMPARE(overridden.language(), u"zh_TW"_s);
        }
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"nl"_s);
    }

    void relatedLinksAndHistory()
    {
        type(u"486"_s);
        press(Qt::Key_Down);
        QVERIFY(paneText().contains(u"Related codes"_s));
        QVERIFY(paneHtml().contains(u"response:600"_s));
        emit details()->anchorClicked(QUrl(u"response:600"_s));
        QCOMPARE(m_window->currentCode(), 600);
        QVERIFY(search()->text().isEmpty()); // 600 was hidden by the search: it was cleared
        emit details()->anchorClicked(QUrl(u"response:603"_s));
        QCOMPARE(m_window->currentCode(), 603);

        press(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), 600);
        press(Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), 486);
        press(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), 600);
        // The mouse's back button does the same, over the pane.
        QTest::mouseClick(details()->viewport(), Qt::BackButton);
        QCOMPARE(m_window->currentCode(), 486);
        QTest::mouseClick(details()->viewport(), Qt::ForwardButton);
        QCOMPARE(m_window->currentCode(), 600);
        // A new visit drops what lay ahead.
        QVERIFY(m_window->selectCode(404));
        press(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_window->currentCode(), 404);
    }

    void typingLeavesOneHistoryEntry()
    {
        QVERIFY(m_window->selectCode(180));
        type(u"503"_s); // shows 500, then 503 along the way
        QCOMPARE(m_window->currentCode(), 503);
        m_window->goBack();
        QCOMPARE(m_window->currentCode(), 180);
    }

    void detailPaneShowsTroubleshooting()
    {
        type(u"503"_s);
        const QString pane = paneText();
        QVERIFY2(pane.contains(u"Header fields"_s) && pane.contains(u"Retry-After"_s), qPrintable(pane));
        QVERIFY(pane.contains(u"RFC 3398, section 8.2.6.1"_s));
        QVERIFY(pane.contains(u"FreeSWITCH"_s) && pane.contains(u"Asterisk"_s)); // their mappings beside the RFC's
        QVERIFY(pane.contains(u"What usually causes it"_s));
        QVERIFY(pane.contains(u"From field experience, not from the RFC."_s));
    }

    void unknownCodeIsExplainedNotEmpty()
    {
        type(u"431"_s);
        QCOMPARE(child<QStackedWidget>("resultStack")->currentWidget(), tree());
        QCOMPARE(m_window->currentCode(), 400);
        const QString pane = paneText();
        QVERIFY2(pane.contains(u"431 Unknown code"_s), qPrintable(pane));
        QVERIFY(pane.contains(u"8.1.3.2"_s));
        QVERIFY(pane.contains(u"400 Bad Request"_s));
        QVERIFY(paneHtml().contains(u"response:400"_s));
        QVERIFY(matchLine()->text().contains(u"431 is not a registered code"_s));
    }

    void unknownCodeExplanationSurvivesALanguageSwitch()
    {
        type(u"150"_s);
        QVERIFY(paneText().contains(u"150 Unknown code"_s));
        QVERIFY(m_window->setLanguage(u"nl"_s));
        QVERIFY2(paneText().contains(u"150 Onbekende code"_s), qPrintable(paneText()));
        QVERIFY(m_window->selectCode(486)); // the user moves on: the pane follows the tree again
        QVERIFY(paneText().startsWith(u"486 "_s));
    }

    void causeSearchNamesTheCause()
    {
        type(u"cause 17"_s);
        QCOMPARE(visibleCodes(), QList<int>{486});
        QCOMPARE(visibleEntries(EntryKind::Cause), QList<int>{17});
        QCOMPARE(m_window->currentEntry(), std::optional<EntryKey>(EntryKey{EntryKind::Cause, 17})); // the cause named
        QVERIFY2(paneText().startsWith(u"Cause 17 User busy"_s), qPrintable(paneText()));
        QCOMPARE(matchLine()->text(), u"ISDN cause 17 (User busy): RFC 3398, section 7.2.4.1"_s);
        // A pasted Reason header: its values decoded in the match line, the cause in the pane,
        // with RFC 3398 mapping it to no response and each PBX's own answer beside it.
        search()->setText(u"Reason: Q.850;cause=16;text=\"Normal call clearing\""_s);
        QCOMPARE(matchLine()->text(), u"Reason: Q.850 cause 16, Normal call clearing"_s);
        QCOMPARE(child<QStackedWidget>("resultStack")->currentWidget(), tree());
        const QString pane = paneText();
        QVERIFY2(pane.contains(u"Cause 16 Normal call clearing"_s) && pane.contains(u"it becomes a BYE or a CANCEL"_s),
                 qPrintable(pane));
        // Preemption has no entries of its own: the line says what its cause means.
        search()->setText(u"Reason: preemption;cause=2"_s);
        QCOMPARE(matchLine()->text(), u"Reason: preemption cause 2, Reserved Resources Preempted"_s);
        QVERIFY(child<QLabel>("emptyResultLabel")->text().contains(u"Reserved Resources Preempted"_s));
    }

    void pbxNamesAndHeaderLinesSelectTheirEntry()
    {
        type(u"NORMAL_TEMPORARY_FAILURE"_s);
        QCOMPARE(m_window->currentEntry(), std::optional<EntryKey>(EntryKey{EntryKind::Cause, 41}));
        search()->setText(u"Warning: 370 gw1 \"Insufficient bandwidth\""_s);
        QCOMPARE(m_window->currentEntry(), std::optional<EntryKey>(EntryKey{EntryKind::Warning, 370}));
        QVERIFY2(paneText().startsWith(u"Warning 370 Insufficient bandwidth"_s), qPrintable(paneText()));
        QCOMPARE(matchLine()->text(), u"Warning: 370 Insufficient bandwidth, from gw1"_s); // its text is the name
        // 487 is a response and FreeSWITCH's ORIGINATOR_CANCEL: both listed, the response first.
        search()->setText(u"487"_s);
        QCOMPARE(visibleCodes(), QList<int>{487});
        QCOMPARE(visibleEntries(EntryKind::Cause), QList<int>{487});
        QCOMPARE(m_window->currentCode(), 487);
        // The cause's link in the response's sheet leads to the cause.
        emit details()->anchorClicked(QUrl(u"cause:17"_s));
        QCOMPARE(m_window->currentEntry(), std::optional<EntryKey>(EntryKey{EntryKind::Cause, 17}));
        m_window->goBack();
        QCOMPARE(m_window->currentCode(), 487);
    }

    void pastedTraceLineFindsItsCode()
    {
        search()->setText(u"2026-11-22 10:31:07.512 <-- SIP/2.0 488 Not Acceptable Here"_s);
        QCOMPARE(visibleCodes(), QList<int>{488});
        QCOMPARE(m_window->currentCode(), 488);
    }

    void hostileSearchInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("1 MB paste") << QString(1024 * 1024, u'9');
        QTest::newRow("regular expression") << u"^(a+)+$ .* [ \\ (?<x> {2,} | $"_s;
        QTest::newRow("lone surrogates") << QString(QChar(0xd800)) + u"486"_s + QChar(0xdfff);
        QTest::newRow("right to left") << u"\u202e486 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"_s;
        QTest::newRow("combining marks") << u"b\u0301\u0302\u0303u\u0308sy"_s;
        QTest::newRow("control characters and NUL") << u"\u0000\u0001busy\u0000\u001b[31m\u007f"_s;
        QTest::newRow("HTML") << u"<script>alert(1)</script><img src=x>"_s;
        QTest::newRow("format specifiers") << u"%1 %n %s %%"_s;
    }

    // Whatever lands in the search field, the window keeps working.
    void hostileSearchInput()
    {
        QFETCH(QString, text);
        search()->setText(text);
        search()->insert(text); // pasted at the cursor as well
        QVERIFY(search()->text().size() <= search()->maxLength());
        QVERIFY(!matchLine()->text().isEmpty());
        press(Qt::Key_Backspace);
        press(Qt::Key_Escape);
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(visibleCodes().size(), 77);
        type(u"busy"_s);
        QCOMPARE(visibleCodes(), (QList<int>{486, 600}));
    }

    // Links leave the application only for rfc-editor.org, and only when clicked.
    void linksAreFenced()
    {
        UrlRecorder recorder;
        const QList<QUrl> &opened = recorder.opened;
        for (const char *scheme : {"https", "http", "file", "mailto"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &recorder, "open");

        type(u"486"_s);
        QVERIFY(opened.isEmpty()); // showing a code opens nothing
        for (const char *url : {"https://example.com/", "http://www.rfc-editor.org/rfc/rfc3261",
                                "file:///etc/passwd", "mailto:someone@example.com",
                                "https://www.rfc-editor.org.evil.example/rfc3261"})
            emit details()->anchorClicked(QUrl(QString::fromLatin1(url)));
        QVERIFY2(opened.isEmpty(), qPrintable(opened.isEmpty() ? QString() : opened.first().toString()));
        const QUrl rfc(u"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24"_s);
        emit details()->anchorClicked(rfc);
        QCOMPARE(opened, QList<QUrl>{rfc});
        for (const char *scheme : {"https", "http", "file", "mailto"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    // The main flows with the keyboard alone: find, browse, read, copy, go back, clear.
    void keyboardOnly()
    {
        press(Qt::Key_F, Qt::ControlModifier);
        type(u"busy"_s);
        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), tree());
        press(Qt::Key_Down); // the 6xx class row
        press(Qt::Key_Down);
        QCOMPARE(m_window->currentCode(), 600);
        press(Qt::Key_Up, Qt::ShiftModifier);
        press(Qt::Key_Up, Qt::ShiftModifier);
        press(Qt::Key_C, Qt::ControlModifier);
        // 486, the 6xx class row and 600 are selected: in catalog order, the class before its code.
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(u"SIP 486 "_s));
        QVERIFY(lines[1].startsWith(u"SIP 6xx "_s));
        QVERIFY(lines[2].startsWith(u"SIP 600 "_s));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), details());
        // Tab walks the pane's links (Enter follows one), then leaves for the Copy button.
        for (int links = 0; links < 40 && QApplication::focusWidget() == details(); ++links)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"copyDetailsButton"_s);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), search());
        press(Qt::Key_Escape);
        QCOMPARE(visibleCodes().size(), 77);
        press(Qt::Key_Left, Qt::AltModifier);
        QVERIFY(m_window->currentCode() != 0);
        press(Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(m_window->textSizeStep(), 1);
    }

    void viewMenuTextSizeIsRemembered()
    {
        const qreal base = tree()->font().pointSizeF();
        m_window->setTextSizeStep(3);
        QCOMPARE(tree()->font().pointSizeF(), base + 3);
        QCOMPARE(details()->font().pointSizeF(), base + 3);
        m_window->setTextSizeStep(1000);
        QCOMPARE(m_window->textSizeStep(), 12); // bounded
        m_window->setTextSizeStep(2);
        m_window->close();
        m_window = showMainWindow();
        QCOMPARE(m_window->textSizeStep(), 2);
        QCOMPARE(tree()->font().pointSizeF(), base + 2);
    }

    void everyControlHasAnAccessibleNameInEveryLanguage()
    {
        const QList<QWidget *> controls{search(), tree(), details(), matchLine(),
                                        child<QWidget>("copyDetailsButton"), child<QWidget>("emptyResultLabel")};
        for (const QString &language : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"nl"_s}) {
            QVERIFY(m_window->setLanguage(language));
            QStringList names;
            for (QWidget *control : controls) {
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
                names << control->accessibleName();
            }
            QVERIFY(!search()->accessibleDescription().isEmpty());
            QVERIFY(!tree()->accessibleDescription().isEmpty());
            if (language != u"en")
                QVERIFY2(names.first() != u"Search"_s, qPrintable(language));
        }
    }

    void everyActionHasAShortcutWhereExpected()
    {
        const QList<std::pair<const char *, QKeySequence>> expected{
            {"copyAction", QKeySequence(QKeySequence::Copy)},
            {"quitAction", QKeySequence(u"Ctrl+Q"_s)},
            {"backAction", QKeySequence(QKeySequence::Back)},
            {"forwardAction", QKeySequence(QKeySequence::Forward)}};
        for (const auto &[name, keys] : expected)
            QCOMPARE(child<QAction>(name)->shortcut(), keys);
    }

    // F1 lists the shortcuts from the actions themselves; About names the version and the data.
    void helpDialogs()
    {
        const QString shortcuts = modalBoxText(u"shortcuts"_s, [&] { press(Qt::Key_F1); });
        QVERIFY2(shortcuts.contains(u"Ctrl+Shift+C"_s) && shortcuts.contains(u"Copy as Markdown"_s), qPrintable(shortcuts));
        QVERIFY(shortcuts.contains(u"F1"_s));
        QVERIFY(shortcuts.contains(u"Ctrl+Q"_s));
        const QString about = modalBoxText(u"about"_s, [&] { child<QAction>("aboutAction")->trigger(); });
        QVERIFY2(about.contains(QStringLiteral(SIPCODES_VERSION)) && about.contains(u"2026-11-22"_s)
                     && about.contains(u"MIT"_s),
                 qPrintable(about));
    }

    void selectingAClassShowsWhatItMeans()
    {
        tree()->setCurrentIndex(tree()->model()->index(3, 0));
        const QString pane = paneText();
        QVERIFY2(pane.contains(u"4xx Request Failure"_s), qPrintable(pane));
        QVERIFY(pane.contains(u"definite failure responses"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
