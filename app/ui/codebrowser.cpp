#include "codebrowser.h"

#include "core/codesheet.h"
#include "core/domain.h"
#include "models/codefilterproxy.h"
#include "models/codemodel.h"
#include "ui/codedelegate.h"
#include "ui/drawnicon.h"
#include "ui/traceview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QString MoreMatchesLink = u"#more"_s;
// Search input longer than this is cut by the field itself, so that a pasted log file neither
// freezes the field nor reaches the search.
constexpr int SearchFieldMaximumLength = 1000;

// The search field's clear icon, drawn rather than asked of the style: the style looks
// "edit-clear" up in the icon theme (its index file and some 30 folders), which cost about 3 ms
// of start-up, then mostly fell back to an icon like this one. A cross on a disc in the text
// colour.
QIcon clearIcon(const QPalette &palette)
{
    return drawnIcon([&palette](QPainter &painter, qreal unit) {
        const qreal size = 16 * unit;
        QColor disc = palette.color(QPalette::Active, QPalette::Text);
        disc.setAlphaF(0.69f); // as dark as Qt's own icon on a white field
        painter.setPen(Qt::NoPen);
        painter.setBrush(disc);
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        painter.setPen(QPen(palette.color(QPalette::Active, QPalette::Base), 1.6 * unit, Qt::SolidLine, Qt::RoundCap));
        const qreal near = 5.5 * unit;
        const qreal far = size - near;
        painter.drawLine(QPointF(near, near), QPointF(far, far));
        painter.drawLine(QPointF(far, near), QPointF(near, far));
    });
}
} // namespace

CodeBrowser::CodeBrowser(CodeModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_search(model->catalog()),
      m_proxy(new CodeFilterProxy(this)),
      m_searchField(new QLineEdit),
      m_clearAction(new QAction(m_searchField)),
      m_matchLine(new QLabel),
      m_resultStack(new QStackedWidget),
      m_tree(new QTreeView),
      m_emptyResult(new QLabel)
{
    setObjectName(u"codeBrowser"_s);
    m_proxy->setSourceModel(m_model);

    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setMaxLength(SearchFieldMaximumLength);
    m_searchField->installEventFilter(this);
    // Our own clear button, as QLineEdit's would behave: shown only while there is text, it
    // clears the field and leaves the focus where it was. See clearIcon() for why.
    m_clearAction->setObjectName(u"clearSearchAction"_s);
    m_clearAction->setIcon(clearIcon(m_searchField->palette()));
    m_searchField->addAction(m_clearAction, QLineEdit::TrailingPosition);
    m_clearAction->setVisible(false);
    connect(m_clearAction, &QAction::triggered, m_searchField, [this] {
        if (!m_searchField->text().isEmpty()) {
            m_searchField->clear();
            emit m_searchField->textEdited(QString());
        }
    });
    connect(m_searchField, &QLineEdit::textChanged, this, [this] {
        m_clearAction->setVisible(!m_searchField->text().isEmpty());
        if (m_searchField->text().trimmed().isEmpty()) {
            m_includeDescriptionMatches = false;
            endSearch();
        }
        applyQuery();
    });

    m_matchLine->setObjectName(u"matchCountLabel"_s);
    m_matchLine->setTextFormat(Qt::RichText);
    m_matchLine->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_matchLine->installEventFilter(this); // Enter follows its link
    connect(m_matchLine, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link != MoreMatchesLink)
            return;
        const bool hadFocus = m_matchLine->hasFocus();
        m_includeDescriptionMatches = true;
        applyQuery();
        if (hadFocus) // the link is gone: go on to the results it added
            m_tree->setFocus(Qt::TabFocusReason);
    });

    m_tree->setObjectName(u"codeTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new CodeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this); // the mouse's back and forward buttons
    updateColumnWidths(false);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodeBrowser::currentRowChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(m_tree->selectionModel()->hasSelection()); });

    m_emptyResult->setObjectName(u"emptyResultLabel"_s);
    m_emptyResult->setAlignment(Qt::AlignCenter);
    m_emptyResult->setWordWrap(true);
    m_emptyResult->setMargin(24);
    m_resultStack->setObjectName(u"resultStack"_s);
    m_resultStack->addWidget(m_tree);
    m_resultStack->addWidget(m_emptyResult);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchField);
    layout->addWidget(m_matchLine);
    layout->addWidget(m_resultStack, 1);
    setTabOrder(m_searchField, m_matchLine); // reachable only while it holds a link
    setTabOrder(m_matchLine, m_tree);
    setFocusProxy(m_searchField);

    m_search.setLanguage(m_model->language());
    applyQuery();
    retranslate();
}

CodeBrowser::~CodeBrowser() = default;

void CodeBrowser::setLanguage(const QString &language)
{
    m_search.setLanguage(language);
    if (m_proxy->result().filtering) { // the same query may now match other entries
        const QScopedValueRollback searching(m_searching, true);
        const std::optional<EntryKey> entry = currentEntry();
        m_proxy->setResult(m_search.search(m_searchField->text(), m_includeDescriptionMatches));
        expandShownClasses();
        if (const QModelIndex row = entry ? m_proxy->mapFromSource(m_model->indexOf(*entry)) : QModelIndex(); row.isValid())
            selectRow(row);
        updateMatchLine();
    }
}

void CodeBrowser::applyQuery()
{
    // Where nothing is selected (the last search matched nothing), the entry shown last.
    const std::optional<EntryKey> previous = currentEntry() ? currentEntry() : m_lastEntry;
    // Refiltering moves the current row too: all of it is the search's doing, not the user's.
    const QScopedValueRollback searching(m_searching, true);
    m_proxy->setResult(m_search.search(m_searchField->text(), m_includeDescriptionMatches));
    const SearchResult &result = m_proxy->result();
    expandShownClasses();
    QModelIndex target;
    if (result.focus) // what a pasted line or a PBX identifier names
        target = m_proxy->mapFromSource(m_model->indexOf(*result.focus));
    if (!target.isValid() && result.classDigit != 0)
        target = m_proxy->mapFromSource(m_model->indexOfClass(result.classDigit)); // "4xx": the class
    if (!target.isValid() && result.filtering)
        target = m_proxy->firstMatch();
    if (!target.isValid() && !result.filtering && previous)
        target = m_proxy->mapFromSource(m_model->indexOf(*previous));
    if (target.isValid())
        selectRow(target);
    m_unknownCode = result.unknownCode;
    updateMatchLine();
    emit subjectChanged(currentSubject(), true);
    emit selectionChanged(m_tree->selectionModel()->hasSelection());
}

void CodeBrowser::selectRow(const QModelIndex &proxyIndex)
{
    // Never through QAbstractItemView::setCurrentIndex(): it picks its selection command from
    // the keyboard modifiers held at that moment, and with Ctrl down (Ctrl+V, Ctrl+X,
    // Ctrl+Backspace) it would toggle the row off.
    m_tree->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_tree->scrollTo(proxyIndex);
}

void CodeBrowser::selectFirstMatch()
{
    selectRow(m_proxy->firstMatch());
}

void CodeBrowser::expandShownClasses()
{
    // A few dozen rows at most: expanding them one by one is cheaper than expandAll() on every
    // keystroke. Unfiltered, the top rows open (the response classes, the registries' classes);
    // filtered, every row that holds a match.
    const bool filtering = m_proxy->result().filtering;
    const auto expand = [&](const auto &self, const QModelIndex &parent) -> void {
        const int rows = m_proxy->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex child = m_proxy->index(row, 0, parent);
            // The rows under one parent are all of one level (classes, or entries): once one is an
            // entry, so are the others, and a class of 20,000 codes is not walked to learn it.
            if (!m_proxy->hasChildren(child))
                return;
            m_tree->setExpanded(child, true);
            if (filtering)
                self(self, child);
        }
    };
    expand(expand, {});
}

void CodeBrowser::currentRowChanged(const QModelIndex &current)
{
    if (const std::optional<EntryKey> entry = m_model->keyAt(m_proxy->mapToSource(current))) {
        m_lastEntry = entry;
        // An unregistered code the search explains is what the user looked at, not its fallback.
        const int unknown = m_searching ? m_proxy->result().unknownCode : 0;
        if (!m_walkingHistory)
            m_history.visit(unknown != 0 ? EntryKey{EntryKind::Response, unknown} : *entry, m_searching);
        emit historyChanged(m_history.canGoBack(), m_history.canGoForward());
    }
    if (!m_searching)
        m_unknownCode = 0; // the user moved on from the search's unknown code
    emit subjectChanged(currentSubject(), m_searching);
}

DetailPane::Subject CodeBrowser::currentSubject() const
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const CodeModel::Node node = m_model->nodeAt(index);
    DetailPane::Subject subject;
    subject.entry = m_model->keyAt(index);
    subject.unknownCode = m_unknownCode;
    if (node.level == CodeModel::Node::Level::Class && node.kind == EntryKind::Response)
        subject.classDigit = m_model->classAt(index)->digit;
    if (node.kind != EntryKind::Response && node.level != CodeModel::Node::Level::Entry && node.level != CodeModel::Node::Level::None) {
        subject.registry = node.kind;
        subject.classIndex = node.classIndex;
    }
    return subject;
}

int CodeBrowser::currentCode() const
{
    const SipCode *code = m_model->codeAt(m_proxy->mapToSource(m_tree->currentIndex()));
    return code ? code->code : 0;
}

std::optional<EntryKey> CodeBrowser::currentEntry() const
{
    return m_model->keyAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

bool CodeBrowser::selectEntry(const EntryKey &entry)
{
    const QModelIndex source = m_model->indexOf(entry);
    if (!source.isValid())
        return false;
    QModelIndex target = m_proxy->mapFromSource(source);
    if (!target.isValid()) {
        m_searchField->clear();
        target = m_proxy->mapFromSource(source);
    }
    m_tree->expand(target.parent());
    selectRow(target);
    return true;
}

void CodeBrowser::followLink(const EntryKey &entry)
{
    selectEntry(entry);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void CodeBrowser::showHistoryEntry(std::optional<EntryKey> entry)
{
    if (!entry)
        return;
    const QScopedValueRollback walking(m_walkingHistory, true);
    if (!m_model->catalog().contains(*entry) && entry->kind == EntryKind::Response)
        m_searchField->setText(QString::number(entry->code));
    else
        selectEntry(*entry);
    emit historyChanged(m_history.canGoBack(), m_history.canGoForward());
}

void CodeBrowser::goBack()
{
    showHistoryEntry(m_history.back());
}

void CodeBrowser::goForward()
{
    showHistoryEntry(m_history.forward());
}

QList<TicketFormatter::Entry> CodeBrowser::selectedEntries() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    QList<TicketFormatter::Entry> entries = m_model->entriesFor(m_proxy->sourceRowsForCopy(rows));
    if (m_unknownCode != 0 && entries.size() == 1 && entries.first().code
        && entries.first().code->code == Domain::fallbackFor(m_unknownCode))
        entries.first().unknownCode = m_unknownCode;
    return entries;
}

void CodeBrowser::copy(TicketFormatter::Format format)
{
    const QList<TicketFormatter::Entry> entries = selectedEntries();
    if (entries.isEmpty()) {
        emit message(TicketFormatter::nothingSelectedText());
        return;
    }
    const QString language = m_model->language();
    QGuiApplication::clipboard()->setMimeData(TicketFormatter::mimeData(entries, language, format).release());
    const QString what = entries.size() == 1 ? TicketFormatter::codeAndPhrase(entries, language)
                                             : tr("%n line(s)", nullptr, int(entries.size()));
    emit message(tr("Copied as %1: %2", "copied as FORMAT: WHAT").arg(TicketFormatter::formatName(format), what));
    endSearch();
}

void CodeBrowser::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void CodeBrowser::setTextFont(const QFont &font)
{
    m_tree->setFont(font);
    updateColumnWidths(true);
}

QByteArray CodeBrowser::headerState() const
{
    return m_tree->header()->saveState();
}

void CodeBrowser::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = m_tree->header();
    const QByteArray current = header->saveState();
    if (!header->restoreState(state))
        return;
    bool usable = header->count() == CodeModel::ColumnCount;
    for (int section = 0; usable && section < header->count(); ++section)
        usable = !header->isSectionHidden(section) && header->sectionSize(section) > 0;
    if (!usable)
        header->restoreState(current);
}

void CodeBrowser::updateColumnWidths(bool keepWider)
{
    // From the font, not from measuring every row: sizing to contents lays out all texts and
    // costs more than the rest of start-up together. With `keepWider`, a column the user
    // widened stays as wide; the code column always grows to hold a code in the new font.
    const QFontMetrics metrics(m_tree->font());
    QHeaderView *header = m_tree->header();
    const auto fit = [&](int column, int width) {
        header->resizeSection(column, keepWider ? std::max(width, header->sectionSize(column)) : width);
    };
    // Codes sit one level deep; warn-codes and causes two, under ranges such as "370–379".
    fit(CodeModel::CodeColumn, m_tree->indentation() * 3 + metrics.horizontalAdvance(u"000–000"_s));
    fit(CodeModel::ReasonColumn, metrics.horizontalAdvance(u"M"_s) * 22);
}

void CodeBrowser::updateMatchLine()
{
    const SearchResult &result = m_proxy->result();
    const Catalog &catalog = m_model->catalog();
    const QString language = m_model->language();
    QString line;
    bool offersMore = false; // the link to the matches hidden by the ones found by name
    if (!result.filtering) {
        line = CodeModel::countText(result.total);
    } else if (!result.reasons.isEmpty() || !result.warnings.isEmpty()) {
        // A pasted Reason or Warning header, decoded value by value.
        QStringList values;
        for (const ReasonValue &reason : result.reasons)
            values.append(CodeSheet::reasonText(catalog, reason, language));
        for (const WarningValue &warning : result.warnings)
            values.append(CodeSheet::warningText(catalog, warning, language));
        line = (result.reasons.isEmpty() ? tr("Warning: %1") : tr("Reason: %1")).arg(values.join(u"; "_s));
    } else if (result.focus && result.focus->kind == EntryKind::Cause && !catalog.mappings().isEmpty()) {
        // "cause 17": the cause, and whether the standard gives it a response.
        const QString name = CodeSheet::causeText(catalog, result.focus->code, language);
        const QString standard = catalog.mappings().standard();
        line = catalog.mappings().rowsFrom(standard, CauseMappings::Direction::CauseToSip, result.focus->code).isEmpty()
                   ? tr("%1: no SIP response in RFC 3398").arg(name)
                   : tr("%1: RFC 3398, section 7.2.4.1").arg(name);
    } else if (!result.missing.isEmpty()) {
        QStringList missing;
        for (const EntryKey &entry : result.missing)
            missing.append(CodeSheet::entryLabel(entry.kind, entry.code));
        line = tr("Not in the catalog: %1").arg(missing.join(u", "_s));
    } else if (result.unknownCode != 0) {
        line = tr("%1 is not a registered code; a UAC treats it as %2")
                   .arg(result.unknownCode).arg(Domain::fallbackFor(result.unknownCode));
    } else {
        line = CodeModel::countText(result.total, result.shown);
        offersMore = result.hiddenDescriptionMatches > 0;
    }
    // Rich text only with the link: a rich label lays out a text document for each size it is
    // asked, several times in every keystroke and language switch.
    if (offersMore) {
        m_matchLine->setTextFormat(Qt::RichText);
        m_matchLine->setText(line.toHtmlEscaped() + u" · <a href=\"%1\">%2</a>"_s.arg(
            MoreMatchesLink, tr("show %n more that mention it only in the description", nullptr,
                                result.hiddenDescriptionMatches).toHtmlEscaped()));
    } else {
        m_matchLine->setTextFormat(Qt::PlainText);
        m_matchLine->setText(line);
    }
    // Tab stops at the line only while it offers a link; Enter then follows it.
    m_matchLine->setFocusPolicy(result.hiddenDescriptionMatches > 0 ? Qt::StrongFocus : Qt::NoFocus);

    const bool empty = result.filtering && result.shown == 0;
    if (empty && (!result.reasons.isEmpty() || !result.warnings.isEmpty())) {
        m_emptyResult->setText(line); // what the Reason means
    } else if (empty) {
        m_emptyResult->setText(tr("Nothing matches “%1”.\n\nTry a number such as 486, a prefix such as 48, "
                                  "a class such as 4xx, words from a name or description, a PBX cause name "
                                  "such as USER_BUSY, or a line from a trace such as a Reason header.")
                                   .arg(m_searchField->text().trimmed().left(80)));
    }
    m_resultStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyResult) : m_tree);
}

void CodeBrowser::retranslate()
{
    m_searchField->setPlaceholderText(tr("Search codes (486, 4xx), words, USER_BUSY, or paste a line"));
    m_searchField->setToolTip(tr("Type a code, a prefix such as 48, a class such as 4xx, words, or a PBX cause "
                                 "name; or paste a status line, a Reason or Warning header, or a log line. "
                                 "Esc clears the search; Down moves into the results."));
    // What a screen reader says for each control.
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setAccessibleDescription(m_searchField->toolTip());
    m_tree->setAccessibleName(tr("Codes"));
    m_tree->setAccessibleDescription(tr("SIP response codes, warning codes and ISDN causes, each grouped by class; "
                                        "the selected entry is described in the detail pane"));
    m_matchLine->setAccessibleName(tr("Matches"));
    m_emptyResult->setAccessibleName(tr("No matches"));
    m_model->retranslate();
    updateMatchLine();
}

void CodeBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange) // a dark theme, say: the icon follows
        m_clearAction->setIcon(clearIcon(m_searchField->palette()));
    QWidget::changeEvent(event);
}

bool CodeBrowser::isWindowShortcut(const QKeyEvent *key) const
{
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction *> actions = window()->findChildren<QAction *>();
    return std::any_of(actions.cbegin(), actions.cend(), [&](const QAction *action) {
        return action->isEnabled() && action->shortcuts().contains(pressed);
    });
}

bool CodeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::MouseButtonPress) {
        const Qt::MouseButton button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride && watched == m_searchField) {
        // A ShortcutOverride that ends accepted gives the key to the widget; ignored, to the
        // window's shortcut. Say which, explicitly: the platform's key path and QTest's widget
        // path deliver it in opposite states. Ctrl+C with nothing selected copies the code
        // (right after typing "486", that is what the user wants); Ctrl+E, Ctrl+F and the rest
        // are the window's, not the line edit's Emacs keys.
        auto *key = static_cast<QKeyEvent *>(event);
        if (isWindowShortcut(key) && !(key->matches(QKeySequence::Copy) && m_searchField->hasSelectedText())) {
            key->ignore();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_searchField) {
        if (key->matches(QKeySequence::Paste)) {
            if (const QString text = QGuiApplication::clipboard()->text(); TraceView::looksLikeTrace(text)) {
                emit tracePasted(text); // a pasted trace is read as one, not cut to a query
                return true;
            }
        }
        if (key->key() == Qt::Key_Escape && !m_searchField->text().isEmpty()) {
            m_searchField->clear();
            return true;
        }
        if (enter) {
            endSearch(); // Enter confirms the match shown
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            if (!m_tree->currentIndex().isValid())
                selectFirstMatch();
            endSearch();
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
    } else if (watched == m_matchLine && enter && m_proxy->result().hiddenDescriptionMatches > 0) {
        emit m_matchLine->linkActivated(MoreMatchesLink);
        return true;
    } else if (watched == m_tree && key->key() == Qt::Key_Escape) {
        m_searchField->setFocus(Qt::OtherFocusReason);
        m_searchField->selectAll();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
