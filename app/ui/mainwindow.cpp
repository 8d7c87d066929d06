#include "mainwindow.h"

#include "core/languages.h"
#include "i18n/localization.h"
#include "models/codemodel.h"
#include "ui/codebrowser.h"
#include "ui/detailpane.h"
#include "ui/helptexts.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr QSize PreferredSize(1100, 700); // the first window's size, where the screen has room
constexpr int StatusMessageTimeout = 4000;
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
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);
    setCentralWidget(central);
    setTabOrder(m_browser->tree(), m_details->browser());
    setTabOrder(m_details->browser(), m_details->copyButton());
    setTabOrder(m_details->copyButton(), m_browser->searchField());
    m_sourceLabel->setObjectName(u"sourceLabel"_s);
    statusBar()->addPermanentWidget(m_sourceLabel);

    // The mouse's back and forward buttons walk the history, over the tree or the pane.
    m_browser->tree()->viewport()->installEventFilter(this);
    m_details->browser()->viewport()->installEventFilter(this);
    connect(m_browser, &CodeBrowser::subjectChanged, m_details, &DetailPane::setSubject);
    connect(m_browser, &CodeBrowser::codeVisited, this, [this](int code, bool provisional) {
        if (!m_walkingHistory)
            m_history.visit(code, provisional);
        updateHistoryActions();
    });
    connect(m_browser, &CodeBrowser::searchEnded, this, [this] { m_history.settle(); });
    connect(m_browser, &CodeBrowser::selectionChanged, this, [this](bool any) {
        for (QAction *action : std::as_const(m_copyActions))
            action->setEnabled(any);
    });
    connect(m_details, &DetailPane::codeLinkActivated, this, [this](int code) {
        selectCode(code);
        m_browser->tree()->setFocus(Qt::OtherFocusReason);
    });
    const auto show = [this](const QString &text) { statusBar()->showMessage(text, StatusMessageTimeout); };
    connect(m_browser, &CodeBrowser::message, this, show);
    connect(m_details, &DetailPane::message, this, show);
    connect(m_details, &DetailPane::linkHovered, this, [this](const QString &target) {
        target.isEmpty() ? statusBar()->clearMessage() : statusBar()->showMessage(target);
    });

    createActions();
    applyLanguage(Languages::startupLanguage(language));
    restoreSettings();
    m_browser->searchField()->setFocus();
}

MainWindow::~MainWindow()
{
    // The widgets show the catalog and the model: they go first, while both still exist (the
    // base class would delete them only after the members).
    const std::unique_ptr<QWidget> widgets(takeCentralWidget());
}

QAction *MainWindow::addAction(QMenu *menu, const char *name, const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    QAction *action = menu->addAction(QString(), this, slot);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(u"fileMenu"_s);
    QAction *quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(u"quitAction"_s);
    // Some platform themes bind no key to Quit; Ctrl+Q is what Linux desktops use.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(u"Ctrl+Q"_s)} : quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(QString());
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(QString(), m_browser, &CodeBrowser::focusSearch)->setObjectName(u"findAction"_s);
    edit->actions().constLast()->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    const std::pair<CopyFormat, const char *> copies[] = {
        {CopyFormat::TicketLine, "copyAction"}, {CopyFormat::Markdown, "copyMarkdownAction"},
        {CopyFormat::CodeAndPhrase, "copyPhraseAction"}, {CopyFormat::FullDescription, "copyDescriptionAction"}};
    const QKeySequence copyKeys[] = {QKeySequence::Copy, QKeySequence(u"Ctrl+Shift+C"_s),
                                     QKeySequence(u"Ctrl+Alt+C"_s), QKeySequence(u"Ctrl+Shift+D"_s)};
    for (std::size_t i = 0; i < std::size(copies); ++i) {
        QAction *action = edit->addAction(QString(), this, [this, format = copies[i].first] { copySelection(format); });
        action->setObjectName(QString::fromLatin1(copies[i].second));
        action->setShortcut(copyKeys[i]);
        m_copyActions.append(action);
    }
    m_browser->tree()->addActions(m_copyActions); // its context menu
    m_details->copyButton()->setDefaultAction(m_copyActions.first());
    auto *copyMenu = new QMenu(m_details->copyButton());
    copyMenu->addActions(m_copyActions.mid(1));
    m_details->copyButton()->setMenu(copyMenu);

    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(u"viewMenu"_s);
    view->addAction(QString(), m_browser->tree(), &QTreeView::expandAll)->setObjectName(u"expandAllAction"_s);
    view->actions().constLast()->setShortcut(QKeySequence(u"Ctrl+E"_s));
    view->addAction(QString(), m_browser->tree(), &QTreeView::collapseAll)->setObjectName(u"collapseAllAction"_s);
    view->actions().constLast()->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    view->addSeparator();
    view->addAction(QString(), this, [this] { setTextSizeStep(m_textSizeStep + 1); })->setObjectName(u"largerTextAction"_s);
    view->actions().constLast()->setShortcuts({QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)});
    view->addAction(QString(), this, [this] { setTextSizeStep(m_textSizeStep - 1); })->setObjectName(u"smallerTextAction"_s);
    view->actions().constLast()->setShortcut(QKeySequence::ZoomOut);
    view->addAction(QString(), this, [this] { setTextSizeStep(0); })->setObjectName(u"normalTextAction"_s);
    view->actions().constLast()->setShortcut(QKeySequence(u"Ctrl+0"_s));
    view->addSeparator();
    addAction(view, "backAction", QKeySequence::Back, &MainWindow::goBack);
    addAction(view, "forwardAction", QKeySequence::Forward, &MainWindow::goForward);
    updateHistoryActions();

    QMenu *languages = menuBar()->addMenu(QString());
    languages->setObjectName(u"languageMenu"_s);
    for (const QString &language : Languages::supported()) {
        // Each language is listed by its own name, whatever the current one.
        QAction *action = languages->addAction(Languages::nativeName(language));
        action->setObjectName(u"language_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    QMenu *help = menuBar()->addMenu(QString());
    help->setObjectName(u"helpMenu"_s);
    QAction *shortcuts = help->addAction(QString(), this, [this] {
        QMessageBox box(QMessageBox::NoIcon, HelpTexts::plainText(findChild<QAction *>(u"shortcutsAction"_s)),
                        HelpTexts::shortcutsHtml(findChildren<QAction *>()), QMessageBox::Close, this);
        box.setObjectName(u"shortcutsDialog"_s);
        box.setTextFormat(Qt::RichText);
        box.exec();
    });
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(this, HelpTexts::plainText(findChild<QAction *>(u"aboutAction"_s)),
                           HelpTexts::aboutHtml(m_catalog));
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    // Object name and text of every menu and action; the language actions keep their own names.
    static const std::pair<const char *, const char *> texts[] = {
        {"fileMenu", QT_TR_NOOP("&File")}, {"quitAction", QT_TR_NOOP("&Quit")},
        {"editMenu", QT_TR_NOOP("&Edit")}, {"findAction", QT_TR_NOOP("&Find")},
        {"copyAction", QT_TR_NOOP("&Copy")}, {"copyMarkdownAction", QT_TR_NOOP("Copy as &Markdown")},
        {"copyPhraseAction", QT_TR_NOOP("Copy Code and &Phrase Only")},
        {"copyDescriptionAction", QT_TR_NOOP("Copy Full &Description")},
        {"viewMenu", QT_TR_NOOP("&View")}, {"expandAllAction", QT_TR_NOOP("&Expand All")},
        {"collapseAllAction", QT_TR_NOOP("C&ollapse All")}, {"largerTextAction", QT_TR_NOOP("&Larger Text")},
        {"smallerTextAction", QT_TR_NOOP("&Smaller Text")}, {"normalTextAction", QT_TR_NOOP("&Normal Text Size")},
        {"backAction", QT_TR_NOOP("&Back")}, {"forwardAction", QT_TR_NOOP("&Forward")},
        {"languageMenu", QT_TR_NOOP("&Language")}, {"helpMenu", QT_TR_NOOP("&Help")},
        {"shortcutsAction", QT_TR_NOOP("&Keyboard Shortcuts")}, {"aboutAction", QT_TR_NOOP("&About SIP Codes")}};
    for (const auto &[name, text] : texts) {
        if (auto *menu = findChild<QMenu *>(QString::fromLatin1(name)))
            menu->setTitle(tr(text));
        else if (auto *action = findChild<QAction *>(QString::fromLatin1(name)))
            action->setText(tr(text));
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::copySelection(CopyFormat format)
{
    QTextBrowser *pane = m_details->browser();
    if (format == CopyFormat::TicketLine && pane->hasFocus() && pane->textCursor().hasSelection()) {
        pane->copy(); // the words the user marked in the pane, not the ticket line
        statusBar()->showMessage(tr("Copied the selected text"), StatusMessageTimeout);
        return;
    }
    const QList<TicketFormatter::Entry> entries = m_browser->selectedEntries();
    if (entries.isEmpty()) {
        statusBar()->showMessage(tr("Nothing is selected to copy"), StatusMessageTimeout);
        return;
    }
    m_history.settle();
    const QString language = m_model->language();
    auto data = std::make_unique<QMimeData>();
    QString formatName;
    switch (format) {
    case CopyFormat::TicketLine:
        data = TicketFormatter::mimeData(entries, language);
        formatName = tr("ticket line");
        break;
    case CopyFormat::Markdown:
        data->setText(TicketFormatter::markdown(entries, language));
        formatName = tr("Markdown");
        break;
    case CopyFormat::CodeAndPhrase:
        data->setText(TicketFormatter::codeAndPhrase(entries, language));
        formatName = tr("code and phrase");
        break;
    case CopyFormat::FullDescription:
        data->setText(TicketFormatter::fullDescription(entries, language));
        formatName = tr("full description");
        break;
    }
    QGuiApplication::clipboard()->setMimeData(data.release()); // the clipboard owns it now
    const QString what = entries.size() == 1 ? TicketFormatter::codeAndPhrase(entries, language)
                                             : tr("%n line(s)", nullptr, int(entries.size()));
    statusBar()->showMessage(tr("Copied as %1: %2", "copied as FORMAT: WHAT").arg(formatName, what),
                             StatusMessageTimeout);
}

void MainWindow::showHistoryEntry(std::optional<int> code)
{
    if (!code)
        return;
    const QScopedValueRollback walking(m_walkingHistory, true);
    m_browser->showCode(*code);
    updateHistoryActions();
}

void MainWindow::goBack()
{
    showHistoryEntry(m_history.back());
}

void MainWindow::goForward()
{
    showHistoryEntry(m_history.forward());
}

void MainWindow::updateHistoryActions()
{
    if (auto *back = findChild<QAction *>(u"backAction"_s)) {
        back->setEnabled(m_history.canGoBack());
        findChild<QAction *>(u"forwardAction"_s)->setEnabled(m_history.canGoForward());
    }
}

void MainWindow::setTextSizeStep(int step)
{
    // The step is relative to the system font, so that it scales with the user's settings.
    const QFont base = QApplication::font();
    const int minimumStep = std::max(6 - int(base.pointSizeF()), -Settings::MaximumTextSizeStep);
    m_textSizeStep = std::clamp(step, std::min(minimumStep, 0), Settings::MaximumTextSizeStep);
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() + m_textSizeStep);
    m_browser->setTextFont(font);
    m_details->setTextFont(font);
    findChild<QAction *>(u"smallerTextAction"_s)->setEnabled(m_textSizeStep > minimumStep);
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
    QHeaderView *header = m_browser->tree()->header();
    const QByteArray defaultHeader = header->saveState();
    if (header->restoreState(m_settings.treeHeaderState())) {
        bool usable = header->count() == CodeModel::ColumnCount;
        for (int section = 0; usable && section < header->count(); ++section)
            usable = !header->isSectionHidden(section) && header->sectionSize(section) > 0;
        if (!usable)
            header->restoreState(defaultHeader);
    }
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
    m_settings.setTreeHeaderState(m_browser->tree()->header()->saveState());
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
    const QString text = tr("Settings cannot be saved: %1 is not a writable file. This session's "
                            "choices will be forgotten.").arg(m_settings.fileName());
    statusBar()->showMessage(text, 10 * StatusMessageTimeout);
    qWarning("%s", qUtf8Printable(text));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}
