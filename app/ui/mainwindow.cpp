#include "mainwindow.h"

#include "codefilterproxy.h"
#include "codemodel.h"
#include "detailformatter.h"
#include "detailpane.h"
#include "helptexts.h"
#include "localization.h"
#include "ticketformatter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString MoreMatchesLink = u"#more"_s;
// The first window's size, where the screen has room for it.
constexpr QSize PreferredSize(1100, 700);

// Search input that is longer than this is cut by the field itself, so that a pasted log file
// neither freezes the field nor reaches the filter.
constexpr int SearchFieldMaximumLength = 1000;
constexpr int StatusMessageTimeout = 4000;
} // namespace

MainWindow::MainWindow(Catalog catalog, const QString &language, QWidget *parent)
    : QMainWindow(parent),
      m_localization(new Localization(this)),
      m_model(new CodeModel(this)),
      m_proxy(new CodeFilterProxy(this))
{
    const QString initial = Localization::startupLanguage(language);
    m_model->setLanguage(initial);
    m_model->setCatalog(std::move(catalog));
    m_proxy->setSourceModel(m_model);
    createWidgets();
    createActions();
    expandVisibleClasses();
    applyLanguage(initial);
    restoreSettings();
    m_searchField->setFocus();
}

QString MainWindow::language() const
{
    return m_localization->language();
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!Localization::isSupported(language))
        return false;
    applyLanguage(language);
    m_settings.setLanguage(language);
    saveSettings();
    return true;
}

void MainWindow::applyLanguage(const QString &language)
{
    m_model->setLanguage(language);
    m_localization->setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    // Installing a translator posts LanguageChange; retranslate now so that the switch is
    // complete when this returns, and let the posted event find nothing left to do.
    retranslateUi();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    setObjectName(u"mainWindow"_s);

    m_searchField = new QLineEdit;
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaxLength(SearchFieldMaximumLength);
    m_searchField->installEventFilter(this);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::applyQuery);

    m_matchLine = new QLabel;
    m_matchLine->setObjectName(u"matchCountLabel"_s);
    m_matchLine->setTextFormat(Qt::RichText);
    m_matchLine->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_matchLine->installEventFilter(this); // Enter follows its link
    connect(m_matchLine, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link != MoreMatchesLink)
            return;
        const bool hadFocus = m_matchLine->hasFocus();
        m_proxy->setIncludeDescriptionMatches(true);
        expandVisibleClasses();
        if (hadFocus) // the link is gone: go on to the results it added
            m_tree->setFocus(Qt::TabFocusReason);
    });

    m_tree = new QTreeView;
    m_tree->setObjectName(u"codeTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(true);
    updateColumnWidths(false);
    m_tree->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCopyActions);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        menu.addActions({m_copyAction, m_copyMarkdownAction, m_copyPhraseAction,
                         m_copyDescriptionAction});
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });

    m_emptyResult = new QLabel;
    m_emptyResult->setObjectName(u"emptyResultLabel"_s);
    m_emptyResult->setAlignment(Qt::AlignCenter);
    m_emptyResult->setWordWrap(true);
    m_emptyResult->setMargin(24);

    m_resultStack = new QStackedWidget;
    m_resultStack->setObjectName(u"resultStack"_s);
    m_resultStack->addWidget(m_tree);
    m_resultStack->addWidget(m_emptyResult);

    auto *browser = new QWidget;
    auto *browserLayout = new QVBoxLayout(browser);
    browserLayout->setContentsMargins(0, 0, 0, 0);
    browserLayout->addWidget(m_searchField);
    browserLayout->addWidget(m_matchLine);
    browserLayout->addWidget(m_resultStack, 1);

    m_details = new DetailPane(m_model);
    m_details->browser()->viewport()->installEventFilter(this);
    m_details->browser()->installEventFilter(this);
    connect(m_details, &DetailPane::linkHovered, this, [this](const QString &target) {
        target.isEmpty() ? statusBar()->clearMessage() : statusBar()->showMessage(target);
    });
    connect(m_details, &DetailPane::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageTimeout); });
    connect(m_details, &DetailPane::codeLinkActivated, this, [this](int code) {
        selectCode(code);
        m_tree->setFocus(Qt::OtherFocusReason);
    });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(browser);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);
    setTabOrder(m_searchField, m_matchLine); // reachable only while it holds a link
    setTabOrder(m_matchLine, m_tree);
    setTabOrder(m_tree, m_details->browser());
    setTabOrder(m_details->browser(), m_details->copyButton());
    setTabOrder(m_details->copyButton(), m_searchField);

    connect(m_proxy, &CodeFilterProxy::matchesChanged, this, &MainWindow::updateMatchLine);
    m_sourceLabel = new QLabel;
    m_sourceLabel->setObjectName(u"sourceLabel"_s);
    statusBar()->addPermanentWidget(m_sourceLabel);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    // Some platform themes bind no key to Quit; Ctrl+Q is what Linux desktops use.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quitAction->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(u"Ctrl+Q"_s)} : quitKeys);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setObjectName(u"findAction"_s);

    m_editMenu->addSeparator();
    const auto addCopy = [this](CopyFormat format, const QKeySequence &shortcut, const char *name) {
        QAction *action = m_editMenu->addAction(QString(), this, [this, format] { copySelection(format); });
        action->setShortcut(shortcut);
        action->setObjectName(QString::fromLatin1(name));
        return action;
    };
    m_copyAction = addCopy(CopyFormat::TicketLine, QKeySequence::Copy, "copyAction");
    m_copyMarkdownAction = addCopy(CopyFormat::Markdown, QKeySequence(u"Ctrl+Shift+C"_s), "copyMarkdownAction");
    m_copyPhraseAction = addCopy(CopyFormat::CodeAndPhrase, QKeySequence(u"Ctrl+Alt+C"_s), "copyPhraseAction");
    m_copyDescriptionAction = addCopy(CopyFormat::FullDescription, QKeySequence(u"Ctrl+Shift+D"_s), "copyDescriptionAction");
    m_details->copyButton()->setDefaultAction(m_copyAction);
    auto *copyMenu = new QMenu(m_details->copyButton());
    copyMenu->addActions({m_copyMarkdownAction, m_copyPhraseAction, m_copyDescriptionAction});
    m_details->copyButton()->setMenu(copyMenu);
    updateCopyActions();

    m_viewMenu = menuBar()->addMenu(QString());
    m_expandAllAction = m_viewMenu->addAction(QString(), m_tree, &QTreeView::expandAll);
    m_expandAllAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_expandAllAction->setObjectName(u"expandAllAction"_s);
    m_collapseAllAction = m_viewMenu->addAction(QString(), m_tree, &QTreeView::collapseAll);
    m_collapseAllAction->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    m_collapseAllAction->setObjectName(u"collapseAllAction"_s);
    m_viewMenu->addSeparator();
    m_largerAction = m_viewMenu->addAction(QString(), this, [this] { setTextSizeStep(m_textSizeStep + 1); });
    m_largerAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)});
    m_largerAction->setObjectName(u"largerTextAction"_s);
    m_smallerAction = m_viewMenu->addAction(QString(), this, [this] { setTextSizeStep(m_textSizeStep - 1); });
    m_smallerAction->setShortcut(QKeySequence::ZoomOut);
    m_resetSizeAction = m_viewMenu->addAction(QString(), this, [this] { setTextSizeStep(0); });
    m_resetSizeAction->setShortcut(QKeySequence(u"Ctrl+0"_s));
    m_viewMenu->addSeparator();
    m_backAction = m_viewMenu->addAction(QString(), this, &MainWindow::goBack);
    m_backAction->setObjectName(u"backAction"_s);
    m_backAction->setShortcut(QKeySequence::Back);
    m_forwardAction = m_viewMenu->addAction(QString(), this, &MainWindow::goForward);
    m_forwardAction->setObjectName(u"forwardAction"_s);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    updateHistoryActions();

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : Localization::supportedLanguages()) {
        // Each language is listed by its own name, whatever the current one.
        QAction *action = m_languageMenu->addAction(Localization::nativeName(language));
        action->setObjectName(u"language_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox box(QMessageBox::NoIcon, HelpTexts::plainText(m_shortcutsAction),
                        HelpTexts::shortcutsHtml(findChildren<QAction *>()), QMessageBox::Close, this);
        box.setObjectName(u"shortcutsDialog"_s);
        box.setTextFormat(Qt::RichText);
        box.exec();
    });
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, HelpTexts::plainText(m_aboutAction), HelpTexts::aboutHtml(m_model->catalog()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setObjectName(u"aboutAction"_s);
}

void MainWindow::retranslateUi()
{
    m_retranslatedFor = m_localization->language();
    // The display name is what desktops and window titles show: it follows the language too.
    QGuiApplication::setApplicationDisplayName(tr("SIP Codes"));
    setWindowTitle(tr("SIP Codes"));
    m_searchField->setPlaceholderText(tr("Search by code (486, 48, 4xx), reason phrase or words"));
    m_searchField->setToolTip(tr("Type a code, a prefix such as 48, a class such as 4xx, or words. "
                                 "Esc clears the search; Down moves into the results."));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find"));
    m_languageMenu->setTitle(tr("&Language"));
    m_viewMenu->setTitle(tr("&View"));
    m_expandAllAction->setText(tr("&Expand All"));
    m_collapseAllAction->setText(tr("C&ollapse All"));
    m_largerAction->setText(tr("&Larger Text"));
    m_smallerAction->setText(tr("&Smaller Text"));
    m_resetSizeAction->setText(tr("&Normal Text Size"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About SIP Codes"));
    // What a screen reader says for each control.
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setAccessibleDescription(m_searchField->toolTip());
    m_tree->setAccessibleName(tr("Response codes"));
    m_tree->setAccessibleDescription(tr("SIP response codes grouped by class; the selected code is described in the detail pane"));
    m_matchLine->setAccessibleName(tr("Matches"));
    m_emptyResult->setAccessibleName(tr("No matches"));
    m_sourceLabel->setAccessibleName(tr("Data source"));
    m_backAction->setText(tr("&Back"));
    m_forwardAction->setText(tr("&Forward"));
    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setToolTip(tr("Copy as a ticket line: code, phrase, summary and RFC"));
    m_copyMarkdownAction->setText(tr("Copy as &Markdown"));
    m_copyPhraseAction->setText(tr("Copy Code and &Phrase Only"));
    m_copyDescriptionAction->setText(tr("Copy Full &Description"));
    m_model->retranslate();
    updateMatchLine();
    m_details->setSubject(currentSubject());
    m_details->retranslate();
    const Catalog &catalog = m_model->catalog();
    m_sourceLabel->setText(tr("Data: %1, checked %2").arg(catalog.registryName(), catalog.registryChecked()));
}

void MainWindow::changeEvent(QEvent *event)
{
    // applyLanguage() has retranslated already; the event the translator posts finds it done.
    if (event->type() == QEvent::LanguageChange && m_languageMenu
        && m_retranslatedFor != m_localization->language())
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyQuery(const QString &text)
{
    // Where nothing is selected (the last search matched nothing), the code shown last.
    const int previousCode = currentCode() != 0 ? currentCode() : m_history.current().value_or(0);
    // Refiltering moves the current row too: all of it is the search's doing, not the user's.
    const QScopedValueRollback searching(m_selectingFirstMatch, true);
    if (text.trimmed().isEmpty()) {
        m_proxy->setIncludeDescriptionMatches(false);
        m_history.settle(); // the search ended: its last match stays in the history
    }
    m_proxy->setQueryText(text);
    expandVisibleClasses();

    QModelIndex target;
    if (const int digit = m_proxy->classDigit(); digit != 0)
        target = m_proxy->mapFromSource(m_model->indexOfClass(digit)); // "4xx": the class itself
    else if (m_proxy->isFiltering())
        target = m_proxy->firstMatch();
    else if (previousCode != 0)
        target = m_proxy->mapFromSource(m_model->indexOfCode(previousCode));
    if (target.isValid())
        selectRow(target);
    m_unknownCode = m_proxy->unknownCode();
    m_details->setSubject(currentSubject(), true);
    updateCopyActions();
}

void MainWindow::selectRow(const QModelIndex &proxyIndex)
{
    m_tree->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_tree->scrollTo(proxyIndex);
}

void MainWindow::expandVisibleClasses()
{
    // Six rows at most: expanding them one by one is cheaper than expandAll() on every keystroke.
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->setExpanded(m_proxy->index(row, 0), true);
}

void MainWindow::updateMatchLine()
{
    const int total = m_proxy->totalCount();
    const int matches = m_proxy->matchCount();
    QString line;
    if (!m_proxy->isFiltering()) {
        line = tr("%n code(s)", nullptr, total);
    } else if (const int cause = m_proxy->cause(); cause != 0) {
        const QString name = DetailFormatter::causeText(m_model->catalog(), cause, m_model->language());
        line = matches == 0 ? tr("%1: no SIP response in RFC 3398").arg(name)
                            : tr("%1: RFC 3398, section 7.2.4.1").arg(name);
    } else if (const int unknown = m_proxy->unknownCode(); unknown != 0) {
        line = tr("%1 is not a registered code; a UAC treats it as %2")
                   .arg(unknown).arg(Catalog::fallbackFor(unknown));
    } else {
        line = tr("%1 of %n code(s)", nullptr, total).arg(matches);
        if (const int more = m_proxy->hiddenDescriptionMatchCount(); more > 0) {
            line += u" · <a href=\"%1\">%2</a>"_s.arg(
                MoreMatchesLink,
                tr("show %n more that mention it only in the description", nullptr, more));
        }
    }
    m_matchLine->setText(line);
    // Tab stops at the line only while it offers a link; Enter then follows it.
    m_matchLine->setFocusPolicy(line.contains(u"<a "_s) ? Qt::StrongFocus : Qt::NoFocus);

    const bool empty = m_proxy->isFiltering() && matches == 0;
    if (empty) {
        const QString language = m_model->language();
        m_emptyResult->setText(
            m_proxy->cause() != 0
                ? DetailFormatter::causeWithoutResponseText(m_model->catalog(), m_proxy->cause(), language)
                : tr("No code matches “%1”.\n\nTry a number such as 486, a prefix such as 48, "
                     "a class such as 4xx, or words from a reason phrase or description.")
                      .arg(m_proxy->queryText().trimmed().left(80)));
        m_details->clear();
    }
    m_resultStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyResult) : m_tree);
}

void MainWindow::showDetails(const QModelIndex &proxyIndex)
{
    const SipCode *code = m_model->codeAt(m_proxy->mapToSource(proxyIndex));
    if (code && !m_walkingHistory) {
        // An unregistered code the search explains is what the user looked at, not its fallback.
        const int unknown = m_selectingFirstMatch ? m_proxy->unknownCode() : 0;
        m_history.visit(unknown != 0 ? unknown : code->code, m_selectingFirstMatch);
        updateHistoryActions();
    }
    if (!m_selectingFirstMatch)
        m_unknownCode = 0; // the user moved on from the search's unknown code
    // While typing, the tree answers each keystroke at once and the pane, whose rich text
    // layout costs several times the filtering, follows when the event loop is idle.
    m_details->setSubject(currentSubject(), m_selectingFirstMatch);
}

DetailPane::Subject MainWindow::currentSubject() const
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const SipCode *code = m_model->codeAt(index);
    const CodeClass *codeClass = m_model->classAt(index);
    return {code ? code->code : 0, codeClass && !code ? codeClass->digit : 0, m_unknownCode};
}

int MainWindow::currentCode() const
{
    const SipCode *code = m_model->codeAt(m_proxy->mapToSource(m_tree->currentIndex()));
    return code ? code->code : 0;
}

bool MainWindow::selectCode(int code)
{
    const QModelIndex source = m_model->indexOfCode(code);
    if (!source.isValid())
        return false;
    QModelIndex target = m_proxy->mapFromSource(source);
    if (!target.isValid()) {
        m_searchField->clear();
        target = m_proxy->mapFromSource(source);
    }
    selectRow(target);
    return true;
}

bool MainWindow::isWindowShortcut(const QKeyEvent *key) const
{
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction *> actions = findChildren<QAction *>();
    return std::any_of(actions.cbegin(), actions.cend(), [&](const QAction *action) {
        return action->isEnabled() && action->shortcuts().contains(pressed);
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons walk the history, over the tree or the pane.
    if (event->type() == QEvent::MouseButtonPress
        && (watched == m_tree->viewport() || watched == m_details->browser()->viewport())) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // A ShortcutOverride that ends accepted gives the key to the widget; ignored, to the
        // window's shortcut. Say which, explicitly: the platform's key path and QTest's
        // widget path deliver it in opposite states.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool copy = key->matches(QKeySequence::Copy);
        if (watched == m_searchField && isWindowShortcut(key) && !(copy && m_searchField->hasSelectedText())) {
            // Ctrl+C with nothing selected copies the code (right after typing "486", that is
            // what the user wants); Ctrl+E, Ctrl+F and the rest are the window's, not the
            // line edit's Emacs keys.
            key->ignore();
            return true;
        }
        if (watched == m_details->browser() && copy && m_details->browser()->textCursor().hasSelection()) {
            key->accept(); // text selected in the pane: Ctrl+C copies that text
            return true;
        }
        return QMainWindow::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_searchField) {
        if (key->key() == Qt::Key_Escape && !m_searchField->text().isEmpty()) {
            m_searchField->clear();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_history.settle(); // Enter confirms the match shown
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            if (!m_tree->currentIndex().isValid())
                selectRow(m_proxy->firstMatch());
            m_history.settle();
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
    } else if (watched == m_matchLine && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
               && m_proxy->hiddenDescriptionMatchCount() > 0) {
        emit m_matchLine->linkActivated(MoreMatchesLink);
        return true;
    } else if (watched == m_tree && key->key() == Qt::Key_Escape) {
        m_searchField->setFocus(Qt::OtherFocusReason);
        m_searchField->selectAll();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreSettings()
{
    // Each value is checked on its own: a broken one falls back to its default and leaves the
    // others as the user had them.
    // restoreGeometry() rejects garbage and moves a window that would be off every screen back.
    if (!restoreGeometry(m_settings.windowGeometry())) {
        const QSize room = screen()->availableGeometry().size() * 9 / 10;
        resize(PreferredSize.boundedTo(room));
    }

    const int splitterWidth = std::max(m_splitter->width(), 600);
    const auto sizesUsable = [&] {
        const QList<int> sizes = m_splitter->sizes();
        return sizes.size() == 2 && std::all_of(sizes.cbegin(), sizes.cend(), [](int size) { return size > 0; });
    };
    if (!m_splitter->restoreState(m_settings.splitterState()) || !sizesUsable())
        m_splitter->setSizes({splitterWidth * 3 / 5, splitterWidth * 2 / 5});

    QHeaderView *header = m_tree->header();
    const QByteArray defaultHeader = header->saveState();
    if (header->restoreState(m_settings.treeHeaderState())) {
        bool usable = header->count() == CodeModel::ColumnCount;
        for (int section = 0; usable && section < header->count(); ++section)
            usable = !header->isSectionHidden(section) && header->sectionSize(section) > 0;
        if (!usable)
            header->restoreState(defaultHeader);
    }

    setTextSizeStep(m_settings.textSizeStep().value_or(0));

    const std::optional<int> code = m_settings.code();
    if (!code || !selectCode(*code))
        selectRow(m_proxy->firstMatch());
    if (!m_settings.isWritable())
        reportUnsavedSettings();
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setTreeHeaderState(m_tree->header()->saveState());
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

void MainWindow::updateCopyActions()
{
    const bool any = m_tree->selectionModel()->hasSelection();
    for (QAction *action : {m_copyAction, m_copyMarkdownAction, m_copyPhraseAction, m_copyDescriptionAction})
        action->setEnabled(any);
}

void MainWindow::copySelection(CopyFormat format)
{
    QTextBrowser *pane = m_details->browser();
    if (format == CopyFormat::TicketLine && pane->hasFocus() && pane->textCursor().hasSelection()) {
        pane->copy(); // the words the user marked in the pane, not the ticket line
        statusBar()->showMessage(tr("Copied the selected text"), StatusMessageTimeout);
        return;
    }
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    QList<TicketFormatter::Entry> entries = m_model->entriesFor(m_proxy->sourceRowsForCopy(rows));
    if (entries.isEmpty()) {
        statusBar()->showMessage(tr("Nothing is selected to copy"), StatusMessageTimeout);
        return;
    }
    // The search asked about an unregistered code and its fallback is still what is selected.
    if (m_unknownCode != 0 && entries.size() == 1 && entries.first().code
        && entries.first().code->code == Catalog::fallbackFor(m_unknownCode))
        entries.first().unknownCode = m_unknownCode;
    m_history.settle();
    const QString language = m_model->language();
    std::unique_ptr<QMimeData> data;
    QString formatName;
    switch (format) {
    case CopyFormat::TicketLine:
        data = TicketFormatter::mimeData(entries, language);
        formatName = tr("ticket line");
        break;
    case CopyFormat::Markdown:
        data = std::make_unique<QMimeData>();
        data->setText(TicketFormatter::markdown(entries, language));
        formatName = tr("Markdown");
        break;
    case CopyFormat::CodeAndPhrase:
        data = std::make_unique<QMimeData>();
        data->setText(TicketFormatter::codeAndPhrase(entries, language));
        formatName = tr("code and phrase");
        break;
    case CopyFormat::FullDescription:
        data = std::make_unique<QMimeData>();
        data->setText(TicketFormatter::fullDescription(entries, language));
        formatName = tr("full description");
        break;
    }
    QGuiApplication::clipboard()->setMimeData(data.release()); // the clipboard owns it now
    const QString what = entries.size() == 1
                             ? TicketFormatter::codeAndPhrase(entries, language)
                             : tr("%n line(s)", nullptr, int(entries.size()));
    statusBar()->showMessage(tr("Copied as %1: %2", "copied as FORMAT: WHAT").arg(formatName, what),
                             StatusMessageTimeout);
}

void MainWindow::showHistoryEntry(std::optional<int> code)
{
    if (!code)
        return;
    const QScopedValueRollback walking(m_walkingHistory, true);
    if (!m_model->catalog().find(*code))
        m_searchField->setText(QString::number(*code)); // explained again, as the search did
    else
        selectCode(*code);
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
    if (!m_backAction)
        return;
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::setTextSizeStep(int step)
{
    // The step is relative to the system font, so that it scales with the user's settings.
    const QFont base = QApplication::font();
    const int minimumStep = std::max(6 - int(base.pointSizeF()), -Settings::MaximumTextSizeStep);
    m_textSizeStep = std::clamp(step, std::min(minimumStep, 0), Settings::MaximumTextSizeStep);
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() + m_textSizeStep);
    m_tree->setFont(font);
    m_details->setTextFont(font);
    updateColumnWidths(true);
    m_smallerAction->setEnabled(m_textSizeStep > minimumStep);
    m_largerAction->setEnabled(m_textSizeStep < Settings::MaximumTextSizeStep);
}

void MainWindow::updateColumnWidths(bool keepWider)
{
    // From the font, not from measuring every row: sizing to contents lays out all texts and
    // costs more than the rest of start-up together. With `keepWider`, a column the user
    // widened stays as wide; the code column always grows to hold a code in the new font.
    const QFontMetrics metrics(m_tree->font());
    QHeaderView *header = m_tree->header();
    const auto fit = [&](int column, int width) {
        header->resizeSection(column, keepWider ? std::max(width, header->sectionSize(column)) : width);
    };
    fit(CodeModel::CodeColumn, m_tree->indentation() + metrics.horizontalAdvance(u"0000000"_s));
    fit(CodeModel::ReasonColumn, metrics.horizontalAdvance(u"M"_s) * 22);
}
