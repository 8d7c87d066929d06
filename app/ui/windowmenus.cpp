#include "windowmenus.h"

#include "core/catalog.h"
#include "core/languages.h"
#include "ui/codebrowser.h"
#include "ui/detailpane.h"
#include "ui/helptexts.h"
#include "ui/languagefont.h"
#include "ui/mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
constexpr char SourceText[] = "sipcodesSourceText"; // a menu's or action's untranslated text
} // namespace

WindowMenus WindowMenus::create(MainWindow *window, CodeBrowser *browser, DetailPane *details,
                                const Catalog &catalog)
{
    WindowMenus result;
    result.languages = new QActionGroup(window);

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
    const auto menu = [window](const char *name, const char *text) {
        QMenu *added = window->menuBar()->addMenu(QString());
        added->setObjectName(QString::fromLatin1(name));
        added->setProperty(SourceText, QByteArray(text));
        return added;
    };
    QMenu *file = menu("fileMenu", QT_TRANSLATE_NOOP("MainWindow", "&File"));
    add(file, "openTraceAction", QT_TRANSLATE_NOOP("MainWindow", "&Open Trace…"), {QKeySequence::Open}, window, [window] {
        const QString caption = QCoreApplication::translate("MainWindow", "Open a SIP trace or log");
        if (const QString path = QFileDialog::getOpenFileName(window, caption); !path.isEmpty())
            window->openTrace(path);
    });
    // Some platform themes bind no key to Quit; Ctrl+Q is what Linux desktops use.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    add(file, "quitAction", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(u"Ctrl+Q"_s)} : quitKeys,
        qApp, &QApplication::closeAllWindows)->setMenuRole(QAction::QuitRole);

    QMenu *edit = menu("editMenu", QT_TRANSLATE_NOOP("MainWindow", "&Edit"));
    add(edit, "findAction", QT_TRANSLATE_NOOP("MainWindow", "&Find"), {QKeySequence::Find}, browser, &CodeBrowser::focusSearch);
    edit->addSeparator();
    const std::tuple<TicketFormatter::Format, const char *, const char *, QKeySequence> copies[] = {
        {TicketFormatter::Format::TicketLine, "copyAction", QT_TRANSLATE_NOOP("MainWindow", "&Copy"), QKeySequence::Copy},
        {TicketFormatter::Format::Markdown, "copyMarkdownAction", QT_TRANSLATE_NOOP("MainWindow", "Copy as &Markdown"),
         QKeySequence(u"Ctrl+Shift+C"_s)},
        {TicketFormatter::Format::CodeAndPhrase, "copyPhraseAction", QT_TRANSLATE_NOOP("MainWindow", "Copy Code and &Phrase Only"),
         QKeySequence(u"Ctrl+Alt+C"_s)},
        {TicketFormatter::Format::FullDescription, "copyDescriptionAction", QT_TRANSLATE_NOOP("MainWindow", "Copy Full &Description"),
         QKeySequence(u"Ctrl+Shift+D"_s)}};
    for (const auto &[format, name, text, keys] : copies)
        result.copyActions.append(add(edit, name, text, {keys}, window, [window, format = format] { window->copySelection(format); }));
    browser->tree()->addActions(result.copyActions); // its context menu
    details->setCopyActions(result.copyActions);

    QMenu *view = menu("viewMenu", QT_TRANSLATE_NOOP("MainWindow", "&View"));
    add(view, "expandAllAction", QT_TRANSLATE_NOOP("MainWindow", "&Expand All"), {QKeySequence(u"Ctrl+E"_s)}, browser->tree(),
        &QTreeView::expandAll);
    add(view, "collapseAllAction", QT_TRANSLATE_NOOP("MainWindow", "C&ollapse All"), {QKeySequence(u"Ctrl+Shift+E"_s)}, browser->tree(),
        &QTreeView::collapseAll);
    view->addSeparator();
    add(view, "largerTextAction", QT_TRANSLATE_NOOP("MainWindow", "&Larger Text"), {QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)}, window,
        [window] { window->setTextSizeStep(window->textSizeStep() + 1); });
    add(view, "smallerTextAction", QT_TRANSLATE_NOOP("MainWindow", "&Smaller Text"), {QKeySequence::ZoomOut}, window,
        [window] { window->setTextSizeStep(window->textSizeStep() - 1); });
    add(view, "normalTextAction", QT_TRANSLATE_NOOP("MainWindow", "&Normal Text Size"), {QKeySequence(u"Ctrl+0"_s)}, window,
        [window] { window->setTextSizeStep(0); });
    view->addSeparator();
    add(view, "backAction", QT_TRANSLATE_NOOP("MainWindow", "&Back"), {QKeySequence::Back}, window, &MainWindow::goBack)->setEnabled(false);
    add(view, "forwardAction", QT_TRANSLATE_NOOP("MainWindow", "&Forward"), {QKeySequence::Forward}, window, &MainWindow::goForward)
        ->setEnabled(false); // nothing viewed yet

    QMenu *languages = menu("languageMenu", QT_TRANSLATE_NOOP("MainWindow", "&Language"));
    for (const QString &language : Languages::supported()) {
        // Each language is listed by its own name, whatever the current one.
        QAction *action = languages->addAction(Languages::nativeName(language), window,
                                               [window, language] { window->setLanguage(language); });
        action->setObjectName(u"language_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        result.languages->addAction(action);
    }
    // 繁體中文 in its own glyphs, whatever the window's language; looked up when first shown.
    QObject::connect(
        languages, &QMenu::aboutToShow, languages,
        [languages] {
            for (QAction *action : languages->actions())
                action->setFont(LanguageFont::forLanguage(action->data().toString()));
        },
        Qt::SingleShotConnection);

    QMenu *help = menu("helpMenu", QT_TRANSLATE_NOOP("MainWindow", "&Help"));
    add(help, "shortcutsAction", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"), {QKeySequence::HelpContents}, window,
        [window] { HelpTexts::showShortcuts(window); });
    add(help, "aboutAction", QT_TRANSLATE_NOOP("MainWindow", "&About SIP Codes"), {}, window,
        [window, &catalog] { HelpTexts::showAbout(window, catalog); })
        ->setMenuRole(QAction::AboutRole);
    return result;
}

void WindowMenus::retranslate(QWidget *window)
{
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        if (const QByteArray text = menu->property(SourceText).toByteArray(); !text.isEmpty())
            menu->setTitle(QCoreApplication::translate("MainWindow", text.constData()));
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (const QByteArray text = action->property(SourceText).toByteArray(); !text.isEmpty())
            action->setText(QCoreApplication::translate("MainWindow", text.constData()));
    }
}
