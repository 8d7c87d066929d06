#include "mainwindow.h"

#include "core/languages.h"
#include "i18n/localization.h"
#include "models/codemodel.h"
#include "ui/codebrowser.h"
#include "ui/detailpane.h"
#include "ui/helptexts.h"
#include "ui/textzoom.h"
#include "ui/traceview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QLabel>
#include <QMenuBar>
#include <QLineEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
constexpr QSize PreferredSize(1100, 700); // the first window's size, where the screen has room
constexpr int StatusMessageTimeout = 4000;
constexpr char SourceText[] = "sipcodesSourceText"; // a menu's or action's untranslated text
} // namespace

MainWindow::MainWindow(Catalog catalog, const QString &language, QWidget *parent)
    : QMainWindow(parent),
      m_catalog(std::move(catalog)),
      m_localization(std::make_unique<Localization>()),
      m_model(new CodeModel(&m_catalog, this)),
      m_browser(new CodeBrowser(m_model)),
      m_details(new DetailPane(&m_catalog)),
      m_splitter(new QSplitter(Qt::Horizontal)),
      m_sourceLabel(new QLabel),
      m_languageGroup(new QActionGroup(this))
{
    setObjectName(u"mainWindow"_s);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(m_splitter);
    setTabOrder(m_browser->tree(), m_details->browser());
    setTabOrder(m_details->browser(), m_details->copyButton());
    setTabOrder(m_details->copyButton(), m_browser->searchField());
    m_sourceLabel->setObjectName(u"sourceLabel"_s);
    statusBar()->addPermanentWidget(m_sourceLabel);

    connect(m_browser, &CodeBrowser::subjectChanged, m_details, &DetailPane::setSubject);
    connect(m_browser, &CodeBrowser::historyChanged, this, [this](bool canGoBack, bool canGoForward) {
        if (auto *back = findChild<QAction *>(u"backAction"_s)) {
            back->setEnabled(canGoBack);
            findChild<QAction *>(u"forwardAction"_s)->setEnabled(canGoForward);
        }
    });
    connect(m_browser, &CodeBrowser::tracePasted, this,
            [this](const QString &text) { traceView()->showText(text, tr("pasted text")); });
    setAcceptDrops(true); // a trace file dropped on the window opens in the Trace view
    connect(m_details, &DetailPane::backRequested, m_browser, &CodeBrowser::goBack);
    connect(m_details, &DetailPane::forwardRequested, m_browser, &CodeBrowser::goForward);
    connect(m_browser, &CodeBrowser::selectionChanged, this, [this](bool any) {
        for (QAction *action : std::as_const(m_copyActions))
            action->setEnabled(any);
    });
    connect(m_details, &DetailPane::codeLinkActivated, m_browser, &CodeBrowser::followLink);
    const auto show = [this](const QString &text) { statusBar()->showMessage(text, StatusMessageTimeout); };
    connect(m_browser, &CodeBrowser::message, this, show);
    connect(m_details, &DetailPane::message, this, show);
    // Where the link under the mouse leads; an empty target clears the line.
    connect(m_details, &DetailPane::linkHovered, this, [this](const QString &target) { statusBar()->showMessage(target); });

    createActions();
    applyLanguage(Languages::startupLanguage(language));
    restoreSettings();
    m_browser->searchField()->setFocus();
}

MainWindow::~MainWindow()
{
    // The widgets show the catalog and the model: they go first, while both still exist.
    const std::unique_ptr<QWidget> widgets(takeCentralWidget());
}

void MainWindow::createActions()
{
    // Each action is found by its object name (by retranslate(), by the tests); its text, marked
    // for translation here, is kept on it and translated by retranslate().
    const auto add = [](QMenu *menu, const char *name, const char *text, const QList<QKeySequence> &keys,
                        const auto *receiver, auto slot) {
        QAction *action = menu->addAction(QString(), receiver, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setProperty(SourceText, QByteArray(text));
        action->setShortcuts(keys);
        return action;
    };
    const auto menu = [this](const char *name, const char *text) {
        QMenu *added = menuBar()->addMenu(QString());
        added->setObjectName(QString::fromLatin1(name));
        added->setProperty(SourceText, QByteArray(text));
        return added;
    };
    QMenu *file = menu("fileMenu", QT_TR_NOOP("&File"));
    add(file, "openTraceAction", QT_TR_NOOP("&Open Trace…"), {QKeySequence::Open}, this, [this] {
        if (const QString path = QFileDialog::getOpenFileName(this, tr("Open a SIP trace or log")); !path.isEmpty())
            openTrace(path);
    });
    // Some platform themes bind no key to Quit; Ctrl+Q is what Linux desktops use.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    add(file, "quitAction", QT_TR_NOOP("&Quit"), quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(u"Ctrl+Q"_s)} : quitKeys,
        qApp, &QApplication::closeAllWindows)->setMenuRole(QAction::QuitRole);

    QMenu *edit = menu("editMenu", QT_TR_NOOP("&Edit"));
    add(edit, "findAction", QT_TR_NOOP("&Find"), {QKeySequence::Find}, m_browser, &CodeBrowser::focusSearch);
    edit->addSeparator();
    const std::tuple<TicketFormatter::Format, const char *, const char *, QKeySequence> copies[] = {
        {TicketFormatter::Format::TicketLine, "copyAction", QT_TR_NOOP("&Copy"), QKeySequence::Copy},
        {TicketFormatter::Format::Markdown, "copyMarkdownAction", QT_TR_NOOP("Copy as &Markdown"),
         QKeySequence(u"Ctrl+Shift+C"_s)},
        {TicketFormatter::Format::CodeAndPhrase, "copyPhraseAction", QT_TR_NOOP("Copy Code and &Phrase Only"),
         QKeySequence(u"Ctrl+Alt+C"_s)},
        {TicketFormatter::Format::FullDescription, "copyDescriptionAction", QT_TR_NOOP("Copy Full &Description"),
         QKeySequence(u"Ctrl+Shift+D"_s)}};
    for (const auto &[format, name, text, keys] : copies)
        m_copyActions.append(add(edit, name, text, {keys}, this, [this, format = format] { copySelection(format); }));
    m_browser->tree()->addActions(m_copyActions); // its context menu
    m_details->setCopyActions(m_copyActions);

    QMenu *view = menu("viewMenu", QT_TR_NOOP("&View"));
    add(view, "expandAllAction", QT_TR_NOOP("&Expand All"), {QKeySequence(u"Ctrl+E"_s)}, m_browser->tree(),
        &QTreeView::expandAll);
    add(view, "collapseAllAction", QT_TR_NOOP("C&ollapse All"), {QKeySequence(u"Ctrl+Shift+E"_s)}, m_browser->tree(),
        &QTreeView::collapseAll);
    view->addSeparator();
    add(view, "largerTextAction", QT_TR_NOOP("&Larger Text"), {QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)}, this,
        [this] { setTextSizeStep(m_textSizeStep + 1); });
    add(view, "smallerTextAction", QT_TR_NOOP("&Smaller Text"), {QKeySequence::ZoomOut}, this,
        [this] { setTextSizeStep(m_textSizeStep - 1); });
    add(view, "normalTextAction", QT_TR_NOOP("&Normal Text Size"), {QKeySequence(u"Ctrl+0"_s)}, this,
        [this] { setTextSizeStep(0); });
    view->addSeparator();
    add(view, "backAction", QT_TR_NOOP("&Back"), {QKeySequence::Back}, this, &MainWindow::goBack)->setEnabled(false);
    add(view, "forwardAction", QT_TR_NOOP("&Forward"), {QKeySequence::Forward}, this, &MainWindow::goForward)
        ->setEnabled(false); // nothing viewed yet

    QMenu *languages = menu("languageMenu", QT_TR_NOOP("&Language"));
    for (const QString &language : Languages::supported()) {
        // Each language is listed by its own name, whatever the current one.
        QAction *action = languages->addAction(Languages::nativeName(language), this,
                                               [this, language] { setLanguage(language); });
        action->setObjectName(u"language_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
    }

    QMenu *help = menu("helpMenu", QT_TR_NOOP("&Help"));
    add(help, "shortcutsAction", QT_TR_NOOP("&Keyboard Shortcuts"), {QKeySequence::HelpContents}, this,
        [this] { HelpTexts::showShortcuts(this); });
    add(help, "aboutAction", QT_TR_NOOP("&About SIP Codes"), {}, this, [this] { HelpTexts::showAbout(this, m_catalog); })
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    for (QMenu *menu : findChildren<QMenu *>()) {
        if (const QByteArray text = menu->property(SourceText).toByteArray(); !text.isEmpty())
            menu->setTitle(tr(text.constData()));
    }
    for (QAction *action : findChildren<QAction *>()) {
        if (const QByteArray text = action->property(SourceText).toByteArray(); !text.isEmpty())
            action->setText(tr(text.constData()));
    }
    m_copyActions.first()->setToolTip(tr("Copy as a ticket line: code, phrase, summary and RFC"));
    // The display name is what desktops and window titles show: it follows the language too.
    QGuiApplication::setApplicationDisplayName(tr("SIP Codes"));
    setWindowTitle(tr("SIP Codes"));
    m_sourceLabel->setAccessibleName(tr("Data source"));
    m_sourceLabel->setText(tr("Data: %1, checked %2").arg(m_catalog.registryName(), m_catalog.registryChecked()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QString MainWindow::language() const
{
    return m_localization->language();
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!Languages::isSupported(language))
        return false;
    applyLanguage(language);
    m_settings.setLanguage(language);
    saveSettings();
    return true;
}

void MainWindow::applyLanguage(const QString &language)
{
    m_localization->setLanguage(language); // the translators; LanguageChange is posted
    m_model->setLanguage(language);
    m_browser->setLanguage(language);
    m_details->setLanguage(language);
    if (m_traceView)
        m_traceView->setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    // Complete when this returns: every widget retranslates itself now, and finds nothing left to
    // do when the posted event arrives.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(this, &change);
}

bool MainWindow::selectCode(int code)
{
    return m_browser->selectCode(code);
}

int MainWindow::currentCode() const
{
    return m_browser->currentCode();
}

void MainWindow::copySelection(TicketFormatter::Format format)
{
    if (m_traceView && m_traceView->hasKeyboard())
        m_traceView->copy(format); // the current call's story
    else
        m_browser->copy(format);
}

TraceView *MainWindow::traceView()
{
    if (!m_traceView) {
        m_traceView = new TraceView(&m_catalog, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_traceView);
        m_traceView->setLanguage(language());
        connect(m_traceView, &TraceView::codeSelected, this, [this](int code) {
            m_details->setSubject(m_catalog.find(code) ? DetailPane::Subject{code, 0, 0} : DetailPane::Subject{0, 0, code});
        });
        connect(m_traceView, &TraceView::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, StatusMessageTimeout); });
    }
    return m_traceView;
}

void MainWindow::openTrace(const QString &path)
{
    traceView()->openFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openTrace(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::goBack()
{
    m_browser->goBack();
}

void MainWindow::goForward()
{
    m_browser->goForward();
}

void MainWindow::setTextSizeStep(int step)
{
    m_textSizeStep = TextZoom::bounded(step);
    m_browser->setTextFont(TextZoom::font(m_textSizeStep));
    m_details->setTextFont(TextZoom::font(m_textSizeStep));
    findChild<QAction *>(u"smallerTextAction"_s)->setEnabled(m_textSizeStep > TextZoom::smallestStep());
    findChild<QAction *>(u"largerTextAction"_s)->setEnabled(m_textSizeStep < Settings::MaximumTextSizeStep);
}

void MainWindow::restoreSettings()
{
    // Each value is checked on its own: a broken one falls back to its default and leaves the
    // others as the user had them. restoreGeometry() rejects garbage and moves a window that
    // would be off every screen back.
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(PreferredSize.boundedTo(screen()->availableGeometry().size() * 9 / 10));
    const auto sizesUsable = [&] {
        const QList<int> sizes = m_splitter->sizes();
        return sizes.size() == 2 && std::all_of(sizes.cbegin(), sizes.cend(), [](int size) { return size > 0; });
    };
    if (!m_splitter->restoreState(m_settings.splitterState()) || !sizesUsable()) {
        const int width = std::max(m_splitter->width(), 600);
        m_splitter->setSizes({width * 3 / 5, width * 2 / 5});
    }
    m_browser->restoreHeaderState(m_settings.treeHeaderState());
    setTextSizeStep(m_settings.textSizeStep().value_or(0));
    if (const std::optional<int> code = m_settings.code(); !code || !selectCode(*code))
        m_browser->selectFirstMatch();
    if (!m_settings.isWritable())
        reportUnsavedSettings();
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setTreeHeaderState(m_browser->headerState());
    m_settings.setTextSizeStep(m_textSizeStep);
    if (const int code = currentCode(); code != 0)
        m_settings.setCode(code);
    if (!m_settings.save())
        reportUnsavedSettings();
}

void MainWindow::reportUnsavedSettings()
{
    if (m_unsavedSettingsReported)
        return;
    m_unsavedSettingsReported = true; // once: the user cannot act on it twice
    statusBar()->showMessage(m_settings.unwritableMessage(), 10 * StatusMessageTimeout);
    qWarning("%s", qUtf8Printable(m_settings.unwritableMessage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
