#include "mainwindow.h"

#include "core/languages.h"
#include "i18n/localization.h"
#include "models/codemodel.h"
#include "ui/codebrowser.h"
#include "ui/detailpane.h"
#include "ui/helptexts.h"
#include "ui/languagefont.h"
#include "ui/textzoom.h"
#include "ui/traceview.h"
#include "ui/windowmenus.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QMimeData>
#include <QLabel>
#include <QMenuBar>
#include <QLineEdit>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QWindow>

using namespace Qt::StringLiterals;

namespace {
constexpr QSize PreferredSize(1100, 700); // the first window's size, where the screen has room
constexpr int StatusMessageTimeout = 4000;

// The translators and the font for the language to start in, set before any widget is built: the
// widgets come out translated, in their font, instead of being changed again.
std::unique_ptr<Localization> startupLocalization(const QString &language)
{
    auto localization = std::make_unique<Localization>();
    localization->setLanguage(Languages::startupLanguage(language));
    LanguageFont::apply(localization->language());
    return localization;
}
} // namespace

MainWindow::MainWindow(Catalog catalog, const QString &language, QWidget *parent)
    : QMainWindow(parent),
      m_catalog(std::move(catalog)),
      m_localization(startupLocalization(language)),
      m_model(new CodeModel(&m_catalog, this)),
      m_browser(new CodeBrowser(m_model)),
      m_details(new DetailPane(&m_catalog)),
      m_splitter(new QSplitter(Qt::Horizontal)),
      m_sourceLabel(new QLabel),
      m_saveTimer(new QTimer(this))
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
    connect(m_details, &DetailPane::entryLinkActivated, m_browser, &CodeBrowser::followLink);
    const auto show = [this](const QString &text) { statusBar()->showMessage(text, StatusMessageTimeout); };
    connect(m_browser, &CodeBrowser::message, this, show);
    connect(m_details, &DetailPane::message, this, show);
    // Where the link under the mouse leads; an empty target clears the line.
    connect(m_details, &DetailPane::linkHovered, this, [this](const QString &target) { statusBar()->showMessage(target); });
    // Writing the settings file waits for the event loop: the disk (an fsync for the atomic
    // save) is no part of what the user waits for after a change.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(0);
    connect(m_saveTimer, &QTimer::timeout, this, &MainWindow::saveSettings);

    const WindowMenus menus = WindowMenus::create(this, m_browser, m_details, m_catalog);
    m_copyActions = menus.copyActions;
    m_languageGroup = menus.languages;
    applyLanguage(m_localization->language()); // drops the round the translators posted too
    restoreSettings();
    m_browser->searchField()->setFocus();
}

MainWindow::~MainWindow()
{
    if (m_saveTimer->isActive())
        saveSettings(); // a change not yet written
    // The widgets show the catalog and the model: they go first, while both still exist.
    const std::unique_ptr<QWidget> widgets(takeCentralWidget());
}

void MainWindow::retranslate()
{
    WindowMenus::retranslate(this);
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
    // Remembered with the rest once the switch is drawn: a value set in QSettings now would be
    // written (and synced to disk) by the posted event that follows, within the switch.
    m_chosenLanguage = language;
    m_saveTimer->start();
    return true;
}

void MainWindow::applyLanguage(const QString &language)
{
    m_localization->setLanguage(language); // the translators; LanguageChange is posted
    LanguageFont::apply(language);          // first, for the pages laid out below
    m_model->setLanguage(language);
    m_browser->setLanguage(language);
    m_details->setLanguage(language);
    if (m_traceView)
        m_traceView->setLanguage(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    // Complete when this returns: every widget retranslates itself now. The round the translators
    // posted (to the window, and once shown to its QWindow) would only do it all again: the
    // tree's texts, the menus, the labels' sizes.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(this, &change);
    QCoreApplication::removePostedEvents(this, QEvent::LanguageChange);
    if (QWindow *window = windowHandle())
        QCoreApplication::removePostedEvents(window, QEvent::LanguageChange);
}

bool MainWindow::selectCode(int code)
{
    return m_browser->selectCode(code);
}

int MainWindow::currentCode() const
{
    return m_browser->currentCode();
}

std::optional<EntryKey> MainWindow::currentEntry() const
{
    return m_browser->currentEntry();
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
            DetailPane::Subject subject;
            if (m_catalog.find(code))
                subject.entry = EntryKey{EntryKind::Response, code};
            else
                subject.unknownCode = code;
            m_details->setSubject(subject);
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
    m_saveTimer->stop();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setTreeHeaderState(m_browser->headerState());
    m_settings.setTextSizeStep(m_textSizeStep);
    if (!m_chosenLanguage.isEmpty())
        m_settings.setLanguage(m_chosenLanguage);
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
