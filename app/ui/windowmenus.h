#pragma once

#include <QList>

class Catalog;
class CodeBrowser;
class DetailPane;
class MainWindow;
class QAction;
class QActionGroup;
class QWidget;

// The window's menus and their actions, made through MainWindow's public interface. Each action
// is found by its object name (by the tests, by the Help dialog); its text, marked for
// translation where it is made, stays on it for retranslate().
struct WindowMenus
{
    QList<QAction *> copyActions; // Copy, as Markdown, code and phrase, full description
    QActionGroup *languages = nullptr;

    static WindowMenus create(MainWindow *window, CodeBrowser *browser, DetailPane *details, const Catalog &catalog);
    // Sets every menu's and action's text in the language now installed.
    static void retranslate(QWidget *window);
};
