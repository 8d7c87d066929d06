#include "detailpane.h"

#include "core/codesheet.h"
#include "core/reference.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int FocusFrameWidth = 2;
constexpr int PageMargin = 10;
}

DetailPane::DetailPane(const Catalog *catalog, QWidget *parent)
    : QWidget(parent),
      m_catalog(catalog),
      m_language(LocalizedText::english().toString()),
      m_browser(new QTextBrowser),
      m_copyButton(new QToolButton),
      m_renderTimer(new QTimer(this))
{
    setObjectName(u"detailArea"_s);
    m_browser->setObjectName(u"detailPane"_s);
    m_browser->document()->setDocumentMargin(PageMargin);
    m_browser->setOpenLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::openLink);
    connect(m_browser, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        const std::optional<EntryKey> key = EntryKey::fromUrl(url);
        const CatalogEntry *entry = key ? m_catalog->entry(*key) : nullptr;
        emit linkHovered(entry ? tr("Show %1 %2").arg(CodeSheet::entryLabel(key->kind, key->code), entry->name.text(m_language))
                               : url.toString());
    });
    // The pane draws its own focus frame (paintEvent): most styles draw none around a browser.
    m_browser->installEventFilter(this);
    m_browser->viewport()->installEventFilter(this);

    // Above the page's top right corner, beside the heading; inside the browser's viewport,
    // Tab could never leave the browser for it.
    m_copyButton->setObjectName(u"copyDetailsButton"_s);
    m_copyButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setAutoRaise(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(FocusFrameWidth, 0, FocusFrameWidth, FocusFrameWidth);
    layout->setSpacing(0);
    layout->addWidget(m_copyButton, 0, Qt::AlignRight);
    layout->addWidget(m_browser, 1);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(0);
    connect(m_renderTimer, &QTimer::timeout, this, &DetailPane::render);
}

DetailPane::~DetailPane() = default;

void DetailPane::setSubject(const Subject &subject, bool deferred)
{
    m_subject = subject;
    if (deferred) {
        m_renderTimer->start();
        return;
    }
    m_renderTimer->stop();
    render();
}

void DetailPane::clear()
{
    m_renderTimer->stop();
    m_subject = {};
    m_rendered.clear();
    m_browser->clear();
}

void DetailPane::setTextFont(const QFont &font)
{
    m_browser->setFont(font);
    m_browser->document()->setDefaultFont(m_browser->font()); // resolved against the window's
}

void DetailPane::setCopyActions(const QList<QAction *> &actions)
{
    m_copyButton->setDefaultAction(actions.first());
    auto *menu = new QMenu(m_copyButton);
    menu->addActions(actions.mid(1));
    m_copyButton->setMenu(menu);
}

void DetailPane::setLanguage(const QString &language)
{
    m_language = language;
    render();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailPane::retranslate()
{
    m_browser->setAccessibleName(tr("Details"));
    m_browser->setAccessibleDescription(tr("Everything known about the selected entry"));
    m_copyButton->setAccessibleName(tr("Copy"));
    if (const QAction *action = m_copyButton->defaultAction())
        m_copyButton->setAccessibleDescription(action->toolTip());
    render(); // the sheet's labels are translated too
}

void DetailPane::openLink(const QUrl &url)
{
    if (const std::optional<EntryKey> entry = EntryKey::fromUrl(url)) {
        emit entryLinkActivated(*entry);
        return;
    }
    // Only the RFC pages the pane itself links to leave the application.
    if (!Reference::isReferenceUrl(url))
        return;
    if (!QDesktopServices::openUrl(url))
        emit message(tr("No web browser could be opened for %1").arg(url.toString()));
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        update();
    if (watched == m_browser->viewport() && event->type() == QEvent::MouseButtonPress) {
        const Qt::MouseButton button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? emit backRequested() : emit forwardRequested();
            return true;
        }
    }
    // Words marked in the pane are what Ctrl+C copies, not the window's ticket line: accepting the
    // override gives the key to the browser (the platform's key path may deliver it ignored).
    if (watched == m_browser && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy) && m_browser->textCursor().hasSelection()) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!m_browser->hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), FocusFrameWidth));
    const int half = FocusFrameWidth / 2;
    painter.drawRect(m_browser->geometry().adjusted(-half, -half, half - 1, half - 1));
}

void DetailPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The page asked for while hidden (at start-up, the first code) is laid out from the event
    // loop: the window maps first, and the page is laid out once, at its final width.
    m_renderTimer->start();
}

void DetailPane::render()
{
    // Hidden, nothing is laid out: showEvent() renders what is asked for by then.
    if (!isVisible())
        return;
    // A page already shown is not laid out again; one translated label stands for the
    // translators installed, so that a language switch redraws the labels once.
    const Subject &subject = m_subject;
    const QString key = u"%1/%2:%3/%4/%5:%6/%7/%8"_s.arg(subject.unknownCode)
                            .arg(subject.entry ? int(subject.entry->kind) : -1).arg(subject.entry ? subject.entry->code : -1)
                            .arg(subject.classDigit).arg(subject.registry ? int(*subject.registry) : -1)
                            .arg(subject.classIndex).arg(m_language, CodeSheet::tr("Description"));
    if (key == m_rendered)
        return;
    m_rendered = key;
    const CatalogEntry *entry = subject.entry ? m_catalog->entry(*subject.entry) : nullptr;
    const Vocabulary *vocabulary = subject.registry ? m_catalog->vocabulary(*subject.registry) : nullptr;
    QString page;
    if (subject.unknownCode != 0)
        page = CodeSheet::forUnknownCode(*m_catalog, subject.unknownCode, m_language).toHtml();
    else if (entry && subject.entry->kind == EntryKind::Response)
        page = CodeSheet::forCode(*m_catalog, *static_cast<const SipCode *>(entry), m_language).toHtml();
    else if (entry)
        page = CodeSheet::forEntry(*m_catalog, subject.entry->kind, *static_cast<const VocabularyEntry *>(entry), m_language)
                   .toHtml();
    else if (const CodeClass *codeClass = m_catalog->findClass(subject.classDigit))
        page = CodeSheet::forClass(*codeClass, m_language).toHtml();
    else if (vocabulary && subject.classIndex >= 0 && std::size_t(subject.classIndex) < vocabulary->classes.size())
        page = CodeSheet::forVocabularyClass(*subject.registry, vocabulary->classes[std::size_t(subject.classIndex)], m_language)
                   .toHtml();
    else if (vocabulary)
        page = CodeSheet::forRegistry(*m_catalog, *subject.registry, m_language).toHtml();
    if (page.isEmpty())
        m_browser->clear();
    else
        showPage(page);
}

void DetailPane::showPage(const QString &html)
{
    // The page is built apart and then handed to the browser, to be laid out once at the
    // browser's width. Set into the browser's own document, it would be laid out first empty and
    // then full, each time at another width as the scroll bar came and went: four layouts of
    // the sheet's tables for every page.
    auto page = std::make_unique<QTextDocument>();
    page->setDocumentMargin(PageMargin);
    page->setDefaultFont(m_browser->font());
    // The browser's wrap mode, which it would otherwise set, laying the page out once more.
    page->setDefaultTextOption(m_browser->document()->defaultTextOption());
    // A layout made while the page is empty, and no page size until the browser gives its own:
    // no layout happens before that.
    page->documentLayout();
    page->setPageSize(QSizeF(0, 0));
    page->setHtml(html);
    m_browser->setDocument(page.get());
    m_page = std::move(page); // the page shown before goes now that the browser has let it go
}
