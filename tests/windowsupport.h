#pragma once

// What the window tests share: a window shown on screen and given the keyboard.
#include "testsupport.h"
#include "ui/mainwindow.h"

#include <QTest>

#include <memory>

// `language` empty: the remembered one, as at a normal start.
inline std::unique_ptr<MainWindow> showMainWindow(const QString &language = {}, Catalog catalog = embeddedCatalog())
{
    auto window = std::make_unique<MainWindow>(std::move(catalog), language);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not exposed");
    // Under Xvfb no window manager gives the new window focus, as a desktop would.
    window->activateWindow();
    return window;
}
