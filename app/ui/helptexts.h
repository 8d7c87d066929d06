#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Catalog;
class QAction;
class QWidget;

// The texts of the Help menu's dialogs, built from what the window really has, so that the list
// of shortcuts cannot drift from the actions.
class HelpTexts final
{
    Q_DECLARE_TR_FUNCTIONS(HelpTexts)

public:
    static QString shortcutsHtml(const QList<QAction *> &actions);
    static QString aboutHtml(const Catalog &catalog);
    // An action's text as a title or a table shows it: without its mnemonic, whether written
    // "&Quit" or, as Chinese menus write it, "退出(&Q)".
    static QString plainText(const QAction *action);

    // The Help menu's dialogs, over `window`: its shortcuts, read from its actions, and About.
    static void showShortcuts(QWidget *window);
    static void showAbout(QWidget *window, const Catalog &catalog);
};
